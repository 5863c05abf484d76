using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Loading;

/// <summary>Reads a theme from <c>themes/{name}</c> in the site's folder or, for "default" when the site has none, from the copy built into SiteGen.</summary>
public static class ThemeLoader
{
    private const string EmbeddedPrefix = "theme/default/";

    public static ThemeSource? Load(string sourceRoot, string name, DiagnosticBag diagnostics)
    {
        var site = new SiteFolder(sourceRoot);
        var relativeRoot = "themes/" + name;
        // The theme's folder is judged like each of its files: one linked in from outside the site is refused, not read.
        if (Directory.Exists(Path.Combine(site.Root, "themes", name)))
        {
            if (site.RealFolder(relativeRoot, diagnostics) is null) return null;
            var files = new List<(string Path, byte[] Bytes)>();
            foreach (var relative in SourceLoader.EnumerateFiles(site, relativeRoot, diagnostics))
            {
                if (site.ReadBytes(relative, diagnostics) is { } bytes) files.Add((relative[(relativeRoot.Length + 1)..], bytes));
            }
            return Classify(name, relativeRoot, files, diagnostics);
        }
        if (name == "default") return Classify(name, Say.BuiltInTheme, ReadEmbedded(), diagnostics);
        diagnostics.Error(new SourcePosition(Configuration.SiteConfig.FileName, 0, 0), DiagnosticCodes.ThemeMissing,
            Say.ThemeNotFound.With(name, relativeRoot));
        return null;
    }

    private static List<(string Path, byte[] Bytes)> ReadEmbedded()
    {
        var assembly = typeof(ThemeLoader).Assembly;
        var files = new List<(string, byte[])>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files.Add((resource[EmbeddedPrefix.Length..].Replace('\\', '/'), memory.ToArray()));
        }
        return files;
    }

    private static ThemeSource Classify(string name, string displayRoot, List<(string Path, byte[] Bytes)> files, DiagnosticBag diagnostics)
    {
        var templates = new List<SourceText>();
        var translations = new List<SourceText>();
        var assets = new List<SourceFile>();
        var searchData = new List<SourceText>();
        foreach (var (path, bytes) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var display = displayRoot + "/" + path;
            if ((path.StartsWith("layouts/", StringComparison.Ordinal) || path.StartsWith("partials/", StringComparison.Ordinal)) && path.EndsWith(".html", StringComparison.Ordinal))
            {
                if (TextDecoder.Decode(bytes, display, diagnostics) is { } text) templates.Add(new SourceText(path, text));
            }
            else if (path.StartsWith("i18n/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                if (TextDecoder.Decode(bytes, display, diagnostics) is { } text) translations.Add(new SourceText(path, text));
            }
            else if (path.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets.Add(new SourceFile(path["assets/".Length..], bytes));
            }
            else if (path.StartsWith("search/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                if (TextDecoder.Decode(bytes, display, diagnostics) is { } text) searchData.Add(new SourceText(path, text));
            }
        }
        return new ThemeSource(name, displayRoot, templates, translations, assets) { SearchData = searchData };
    }
}
