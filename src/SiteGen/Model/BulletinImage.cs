using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>A bulletin's picture: the file beside its page and the texts that go with it.</summary>
public sealed record BulletinImage(Resource File, string Alt, string? Caption, string? Credit);
