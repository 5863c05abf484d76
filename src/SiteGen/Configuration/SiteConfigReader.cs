using SiteGen.Content.Yaml;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Configuration;

/// <summary>Reads <c>sitegen.yaml</c> into a <see cref="SiteConfig"/>, reporting every problem with its line.</summary>
public static class SiteConfigReader
{
    private static readonly string[] TopKeys =
        ["title", "description", "base_url", "language", "theme", "page_size", "time_zone", "markdown"];
    private static readonly string[] MarkdownKeys = ["unsafe_html"];

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
        if (entry.Value is YamlScalar scalar) return scalar.IsNull ? null : Content.TextSafety.ContainDirection(scalar.Value.Trim());
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
