using System.Net.Mail;
using SiteGen.Text;
using SiteGen.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Configuration;

/// <summary>Reads <c>sitegen.yaml</c> into a <see cref="SiteConfig"/>, reporting every problem with its line.</summary>
public static class SiteConfigReader
{
    private static readonly string[] TopKeys =
        ["title", "short_title", "description", "base_url", "language", "theme", "page_size", "time_zone", "logo", "colors", "contact", "markdown"];
    private static readonly string[] MarkdownKeys = ["unsafe_html"];
    private static readonly string[] ColorKeys = ["brand", "accent"];
    private static readonly string[] ContactKeys = ["address", "phone", "whatsapp", "email", "call_center", "ppid"];

    /// <summary>The text colour the default theme draws on the <c>brand</c> colour (its header) and on the <c>accent</c> colour (its buttons).</summary>
    public const string BrandText = "#ffffff", AccentText = "#111111";

    /// <summary>The endings a logo may have: pictures SiteGen can read and resize (SVG could carry script).</summary>
    public static readonly string[] LogoKinds = [".png", ".jpg", ".jpeg", ".webp"];

    public static SiteConfig Read(string? text, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var path = SiteConfig.FileName;
        var config = new SiteConfig { TimeZone = FindTimeZone("Asia/Jakarta") ?? TimeZoneInfo.Utc };
        if (text is null)
        {
            diagnostics.Error(SourcePosition.File(path), DiagnosticCodes.ConfigMissing,
                Say.ConfigMissing);
            return config;
        }

        var root = YamlDocumentReader.Read(text, path, 0, diagnostics);
        if (root is YamlMapping map)
        {
            foreach (var entry in map.Entries)
            {
                var key = entry.Key.Value;
                switch (key)
                {
                    case "title": config = config with { Title = ReadText(entry, diagnostics) ?? config.Title }; break;
                    case "description": config = config with { Description = ReadText(entry, diagnostics) ?? "" }; break;
                    case "base_url":
                        if (ReadText(entry, diagnostics) is { } url && ParseBaseUrl(url, entry.Value.Position, diagnostics) is { } uri)
                            config = config with { BaseUrl = uri };
                        break;
                    case "language":
                        if (ReadText(entry, diagnostics) is { } language)
                        {
                            if (language.Length is >= 2 and <= 12 && language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                                config = config with { Language = language };
                            else
                                Invalid(entry, Say.ConfigLanguageInvalid, diagnostics);
                        }
                        break;
                    case "theme":
                        if (ReadText(entry, diagnostics) is { } theme)
                        {
                            if (theme.Length > 0 && theme.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                                config = config with { Theme = theme };
                            else
                                Invalid(entry, Say.ConfigThemeInvalid, diagnostics);
                        }
                        break;
                    case "page_size":
                        if (ReadText(entry, diagnostics) is { } size)
                        {
                            if (int.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000)
                                config = config with { PageSize = n };
                            else
                                Invalid(entry, Say.ConfigPageSizeInvalid, diagnostics);
                        }
                        break;
                    case "time_zone":
                        if (ReadText(entry, diagnostics) is { } id)
                        {
                            if (FindTimeZone(id) is { } zone)
                                config = config with { TimeZone = zone, TimeZoneId = id };
                            else
                                Invalid(entry, Say.ConfigTimeZoneUnknown.With(id), diagnostics);
                        }
                        break;
                    case "markdown":
                        config = ReadMarkdown(entry, config, diagnostics);
                        break;
                    case "short_title": config = config with { ShortTitle = ReadText(entry, diagnostics) is { Length: > 0 } shortTitle ? shortTitle : null }; break;
                    case "logo":
                        if (ReadText(entry, diagnostics) is { Length: > 0 } logo && ReadLogo(logo, entry.Value.Position, diagnostics) is { } setting)
                            config = config with { Logo = setting };
                        break;
                    case "colors":
                        config = config with { Colors = ReadColors(entry, diagnostics) };
                        break;
                    case "contact":
                        config = config with { Contact = ReadContact(entry, diagnostics) };
                        break;
                    default:
                        UnknownKey(entry.Key, TopKeys, diagnostics);
                        break;
                }
            }
        }
        else if (root is not null)
        {
            diagnostics.Error(root.Position, DiagnosticCodes.ConfigInvalidValue,
                Say.ConfigNotSettings.With(root.KindName));
        }

        if (baseUrlOverride is not null && ParseBaseUrl(baseUrlOverride, new SourcePosition("--base-url", 0, 0), diagnostics) is { } over)
            config = config with { BaseUrl = over };
        return config;
    }

    private static SiteConfig ReadMarkdown(YamlEntry entry, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (entry.Value is not YamlMapping map)
        {
            Invalid(entry, Say.ConfigMarkdownNotSettings, diagnostics);
            return config;
        }
        foreach (var item in map.Entries)
        {
            if (item.Key.Value != "unsafe_html")
            {
                UnknownKey(item.Key, MarkdownKeys, diagnostics);
                continue;
            }
            switch (ReadText(item, diagnostics))
            {
                case "true": config = config with { UnsafeHtml = true }; break;
                case "false": config = config with { UnsafeHtml = false }; break;
                case not null: Invalid(item, Say.ConfigUnsafeHtmlInvalid, diagnostics); break;
            }
        }
        return config;
    }

    /// <summary>The logo's path, when it names a picture inside content/ (read and checked with the content, see <see cref="Images.SiteLogo"/>).</summary>
    private static SiteLogoSetting? ReadLogo(string text, SourcePosition at, DiagnosticBag diagnostics)
    {
        var path = text.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        if (!path.StartsWith(Loading.SourceSet.ContentFolder + "/", StringComparison.Ordinal) || path.Split('/').Any(part => part is "" or "." or "..")
            || TextSafety.HasHidden(path))
        {
            diagnostics.Error(at, DiagnosticCodes.ConfigInvalidValue, Say.ConfigLogoPath.With(text));
            return null;
        }
        if (!LogoKinds.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            diagnostics.Error(at, DiagnosticCodes.ConfigInvalidValue, Say.ConfigLogoKind.With(text));
            return null;
        }
        return new SiteLogoSetting(path, at);
    }

    private static SiteColors ReadColors(YamlEntry entry, DiagnosticBag diagnostics)
    {
        var colors = SiteColors.None;
        if (Settings(entry, "brand: \"#0f2a4a\"", diagnostics) is not { } map) return colors;
        foreach (var item in map.Entries)
        {
            var key = item.Key.Value;
            if (!ColorKeys.Contains(key))
            {
                UnknownKey(item.Key, ColorKeys, diagnostics);
                continue;
            }
            var text = ReadText(item, diagnostics);
            if (item.Value is YamlScalar { IsNull: true } || text is { Length: 0 })
            {
                // Unquoted, "#0f2a4a" is a comment and the value is empty: the key is where to look.
                diagnostics.Error(item.Value is YamlScalar { IsNull: true } ? item.Key.Position : item.Value.Position, DiagnosticCodes.ConfigInvalidValue, Say.ColorEmpty.With(key));
                continue;
            }
            if (text is null) continue;
            if (ColorContrast.Normalize(text) is not { } color)
            {
                Invalid(item, Say.ColorInvalid.With(key, text), diagnostics);
                continue;
            }
            // The theme draws white text on the brand colour and dark text on the accent: a colour either would be hard to read on is refused.
            var (textColor, lighter, tooLittle) = key == "brand" ? (BrandText, false, Say.ColorTooLight) : (AccentText, true, Say.ColorTooDark);
            var ratio = ColorContrast.Ratio(color, textColor);
            if (ratio < ColorContrast.TextMinimum)
            {
                diagnostics.Error(item.Value.Position, DiagnosticCodes.ColorContrast,
                    tooLittle.With(text, ColorContrast.Shown(ratio), ColorContrast.Adjust(color, textColor, lighter)));
                continue;
            }
            colors = key == "brand" ? colors with { Brand = color } : colors with { Accent = color };
        }
        return colors;
    }

    private static SiteContact ReadContact(YamlEntry entry, DiagnosticBag diagnostics)
    {
        var contact = SiteContact.None;
        if (Settings(entry, "phone: \"(0342) 801110\"", diagnostics) is not { } map) return contact;
        foreach (var item in map.Entries)
        {
            var key = item.Key.Value;
            if (!ContactKeys.Contains(key))
            {
                UnknownKey(item.Key, ContactKeys, diagnostics);
                continue;
            }
            if (ReadText(item, diagnostics) is not { Length: > 0 } text) continue;
            switch (key)
            {
                case "address": contact = contact with { Address = text }; break;
                case "phone" or "whatsapp" or "call_center":
                    if (!IsTelephoneNumber(text)) Invalid(item, Say.ContactNumberInvalid.With(key, text), diagnostics);
                    else if (key == "phone") contact = contact with { Phone = text };
                    else if (key == "whatsapp") contact = contact with { WhatsApp = text };
                    else contact = contact with { CallCenter = text };
                    break;
                case "email":
                    if (IsEmailAddress(text)) contact = contact with { Email = text };
                    else Invalid(item, Say.ContactEmailInvalid.With(text), diagnostics);
                    break;
                case "ppid":
                    if (UrlSafety.IsWebAddress(text)) contact = contact with { Ppid = text };
                    else Invalid(item, Say.ContactUrlInvalid.With(key, text), diagnostics);
                    break;
            }
        }
        return contact;
    }

    /// <summary>The mapping of settings under <paramref name="entry"/>; null (reported) when it is something else.</summary>
    private static YamlMapping? Settings(YamlEntry entry, string example, DiagnosticBag diagnostics)
    {
        if (entry.Value is YamlMapping map) return map;
        if (entry.Value is not YamlScalar { IsNull: true }) Invalid(entry, Say.ConfigNotMapping.With(entry.Key.Value, example), diagnostics);
        return null;
    }

    // A number people dial or tap: digits and the marks they are written with ("(0342) 801110", "+62 812-3456-7890", "110").
    private static bool IsTelephoneNumber(string text) =>
        text.Length <= 40 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '.' or '(' or ')') && text.Count(char.IsAsciiDigit) >= 3
        && text.IndexOf('+') <= 0;

    private static bool IsEmailAddress(string text) =>
        text.Length <= 254 && !TextSafety.HasHidden(text) && !text.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or ';')
        && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');

    private static Uri? ParseBaseUrl(string text, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            diagnostics.Error(at, DiagnosticCodes.ConfigInvalidValue,
                Say.ConfigBaseUrlInvalid.With(text));
            return null;
        }
        if (uri.UserInfo.Length > 0)
        {
            // It would be printed into every page, feed and sitemap of the public site.
            diagnostics.Error(at, DiagnosticCodes.ConfigInvalidValue,
                Say.ConfigBaseUrlUserInfo.With($"{uri.Scheme}://…@{uri.Authority}{uri.AbsolutePath}", $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}"));
            return null;
        }
        var withSlash = uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/";
        return new Uri(withSlash);
    }

    private static TimeZoneInfo? FindTimeZone(string id)
    {
        // The name becomes a path into the system's time-zone folder, so only the shape of an IANA name is looked up.
        if (id.Length > 64 || id.StartsWith('/') || id.Contains("..", StringComparison.Ordinal)
            || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException)
        {
            // SecurityException: the name is a folder of the time-zone database ("Asia"), which cannot be read as a zone.
            return null;
        }
    }

    private static string? ReadText(YamlEntry entry, DiagnosticBag diagnostics)
    {
        if (entry.Value is YamlScalar scalar) return scalar.IsNull ? null : TextSafety.ContainDirection(scalar.Value.Trim());
        Invalid(entry, Say.ConfigValueMustBeText.With(entry.Key.Value, entry.Value.KindName), diagnostics);
        return null;
    }

    private static void Invalid(YamlEntry entry, string message, DiagnosticBag diagnostics) =>
        diagnostics.Error(entry.Value.Position, DiagnosticCodes.ConfigInvalidValue, message);

    private static void UnknownKey(YamlScalar key, string[] known, DiagnosticBag diagnostics)
    {
        var near = NearMatch.Find(key.Value, known);
        var hint = near is null ? Say.ConfigKnownSettings.With(string.Join(", ", known)) : Say.DidYouMean.With(near);
        diagnostics.Warning(key.Position, DiagnosticCodes.ConfigUnknownKey, Say.ConfigUnknownSetting.With(key.Value, hint));
    }
}
