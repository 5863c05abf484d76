using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Rendering;
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// The compiled theme. A build reads and compiles it once; serve keeps it and compiles it again only when its files,
/// the theme's name or the site's language changed.
/// </summary>
internal sealed class ThemeCache(bool keep)
{
    private (string Theme, string Language)? _for;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>The theme of the last load; null when it could not be read.</summary>
    public Theme? Theme { get; private set; }

    /// <summary>A fingerprint of the theme's files, its name and the site's language: what every page's look depends on.</summary>
    public ulong Key { get; private set; }

    /// <summary>Loads the theme <paramref name="config"/> names; true when it differs from the last one (always, when nothing is kept).</summary>
    public bool Load(string sourceRoot, SiteConfig config, IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics)
    {
        var changedNow = false;
        if (!keep || changed is null || Theme is null || _for != (config.Theme, config.Language) || changed.Any(p => p.StartsWith("themes/", StringComparison.Ordinal)))
            changedNow = Read(sourceRoot, config);
        diagnostics.AddRange(_diagnostics);
        return changedNow;
    }

    private bool Read(string sourceRoot, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var source = ThemeLoader.Load(sourceRoot, config.Theme, diagnostics);
        var key = new Fingerprint().Add(config.Theme).Add(config.Language);
        if (source is not null)
        {
            foreach (var file in source.Templates.Concat(source.Translations)) key.Add(file.Path).Add(file.Text);
            foreach (var asset in source.Assets) key.Add(asset.Path).Add(asset.Bytes);
        }
        if (keep && Theme is not null && key.Value == Key && diagnostics.ToSortedList().Count == 0) return false;
        Key = key.Value;
        Theme = source is null ? null : Theme.Compile(source, config.Language, diagnostics);
        _diagnostics = diagnostics.ToSortedList();
        _for = (config.Theme, config.Language);
        return true;
    }
}
