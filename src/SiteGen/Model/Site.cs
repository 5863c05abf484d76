using SiteGen.Configuration;
using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>The result of the Model phase: everything a template may see, ordered and linked.</summary>
public sealed record Site
{
    public required SiteConfig Config { get; init; }
    /// <summary>Published bulletins, newest first, ties broken by title then source path.</summary>
    public required IReadOnlyList<Bulletin> Bulletins { get; init; }
    /// <summary>Neighbours and related bulletins, aligned with <see cref="Bulletins"/>.</summary>
    public required IReadOnlyList<BulletinLinks> Links { get; init; }
    public required IReadOnlyList<Unit> Units { get; init; }
    public required IReadOnlyList<Election> Elections { get; init; }
    /// <summary>Index pages per kind; every unit, Polda and election has one even without bulletins.</summary>
    public required IReadOnlyDictionary<TermKind, IReadOnlyList<Term>> Terms { get; init; }
    public required IReadOnlyList<FreePage> FreePages { get; init; }
    /// <summary>Bulletins left out because their date has not come yet (none when the build includes them, <c>--future</c>).</summary>
    public Schedule Scheduled { get; init; } = Schedule.None;
    /// <summary>Every file the build writes from the model, in a fixed order (see <see cref="PagePlanner"/>).</summary>
    public IReadOnlyList<Page> Pages { get; init; } = [];
    /// <summary>Where each published bulletin and free page is, by its Markdown file, for links written to those files.</summary>
    public PageAddresses PageAddresses { get; init; } = PageAddresses.None;
    /// <summary>The office's logo (<c>logo:</c> in sitegen.yaml), when it names a usable picture; the theme's icons are made from it.</summary>
    public Images.SiteLogo? Logo { get; init; }

    public IReadOnlyList<Term> TermsOf(TermKind kind) => Terms[kind];
}
