using SiteGen.Images;

namespace SiteGen.Import;

/// <summary>The release's picture, to be written next to the bulletin as its 'image:', with the guesses for its name and description.</summary>
/// <param name="FileName">The picture's file name beside the bulletin: the bulletin's slug and the picture's own format ("rapat-koordinasi.jpg").</param>
public sealed record ImportedPicture(string FileName, byte[] Bytes, ImageInfo Info, Guess Image, Guess Alt);
