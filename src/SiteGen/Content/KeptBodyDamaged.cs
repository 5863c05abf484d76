namespace SiteGen.Content;

/// <summary>
/// A body an earlier build kept (in the build cache's <c>bodies.bin</c>) whose bytes, read when a page or the search
/// index needed them, are not the ones its entry describes: the file was damaged or changed from outside. Nothing made
/// from it is published; the build that meets it is done again with the bulletins parsed anew.
/// </summary>
public sealed class KeptBodyDamaged(string message, Exception? cause) : Exception(message, cause);
