namespace SiteGen.Configuration;

/// <summary>
/// The <c>contact:</c> settings the footer shows, each null when not set: the office's address, telephone, WhatsApp and
/// e-mail, the police call centre (110) and the address of its public-information office (PPID).
/// </summary>
public sealed record SiteContact(string? Address, string? Phone, string? WhatsApp, string? Email, string? CallCenter, string? Ppid)
{
    public static readonly SiteContact None = new(null, null, null, null, null, null);

    public bool IsSet => this != None;
}
