using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Rendering;

/// <summary>
/// Fingerprints of what each page shows, taken from the model the way <see cref="TemplateModel"/> reads it, so a rebuild
/// re-renders only pages whose fingerprint changed. <see cref="Site"/> covers what every page may show (the <c>site</c>
/// object: settings, units, elections, tags and years with their counts); when it changes, every page is rendered again.
/// </summary>
internal sealed class PageKeys
{
    private readonly Site _site;
    private readonly Func<Bulletin, ulong> _content;
    private readonly Dictionary<(TermKind, string), ulong> _termLinks = [];
    private readonly ulong[] _cards;
    private readonly string? _searchManifest;

    /// <param name="searchManifest">The search index's manifest path, which only the search page shows.</param>
    /// <param name="content">A fingerprint of a bulletin's source file: covers its body and the front matter the card does not show.</param>
    private PageKeys(Site site, Func<Bulletin, ulong> content, string? searchManifest, bool parallel)
    {
        _site = site;
        _content = content;
        _searchManifest = searchManifest;
        foreach (var (kind, terms) in site.Terms)
            foreach (var term in terms)
                _termLinks[(kind, term.Slug)] = new Fingerprint().Add(term.Name).Add(term.Path).Add(term.Bulletins.Count).Value;
        // Each card's and page's fingerprint reads only the finished model, into its own slot: found in parallel.
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        _cards = new ulong[site.Bulletins.Count];
        Parallel.For(0, _cards.Length, options, i => _cards[i] = Card(site.Bulletins[i]));
        Site = SiteKey();
        Pages = new ulong[site.Pages.Count];
        Parallel.For(0, Pages.Length, options, i => Pages[i] = Page(site.Pages[i]));
    }

    public ulong Site { get; }

    /// <summary>One fingerprint per page, aligned with <see cref="Model.Site.Pages"/>.</summary>
    public ulong[] Pages { get; }

    /// <param name="parallel">False to find the fingerprints on one thread.</param>
    public static PageKeys Of(Site site, Func<Bulletin, ulong> content, string? searchManifest = null, bool parallel = true) => new(site, content, searchManifest, parallel);

    /// <summary>The search page's fingerprint: it shows nothing of the model but the index's manifest.</summary>
    public static ulong OfSearchPage(Page page, string? searchManifest) =>
        new Fingerprint().Add((long)page.Kind).Add(page.Path).Add(searchManifest).Value;

    private ulong SiteKey()
    {
        var config = _site.Config;
        var key = new Fingerprint()
            .Add(config.Title).Add(config.Description).Add(config.Language).Add(config.BaseUrl.AbsoluteUri)
            .Add(config.PageSize).Add(config.TimeZoneId).Add(config.UnsafeHtml).Add(config.Theme)
            .Add(_site.Bulletins.Count);
        // The header, the footer and every page's icons: the logo (its file's name holds a hash of its bytes), colours, contact.
        key.Add(config.ShortTitle).Add(config.Colors.Brand).Add(config.Colors.Accent)
            .Add(_site.Logo?.Path).Add(_site.Logo is { } logo ? logo.Bytes : []);
        var contact = config.Contact;
        key.Add(contact.Address).Add(contact.Phone).Add(contact.WhatsApp).Add(contact.Email).Add(contact.CallCenter).Add(contact.Ppid);
        foreach (var unit in _site.Units)
            key.Add(unit.Name).Add(unit.Slug).Add(unit.Polda).Add(unit.PoldaSlug).Add(unit.Region).Add(unit.Address).Add(unit.Url);
        foreach (var election in _site.Elections)
            key.Add(election.Name).Add(election.Slug).Add(election.Kind).Add(election.VotingDay?.DayNumber ?? -1).Add(election.Description);
        foreach (var (kind, terms) in _site.Terms.OrderBy(t => t.Key))
        {
            key.Add((long)kind).Add(terms.Count);
            foreach (var term in terms) key.Add(_termLinks[(kind, term.Slug)]);
        }
        // The elections overview names the units that wrote about each election.
        foreach (var term in _site.TermsOf(TermKind.Election))
            foreach (var unit in term.Bulletins.Select(b => b.Unit.Slug).Distinct().Order(StringComparer.Ordinal))
                key.Add(unit);
        foreach (var page in _site.FreePages) key.Add(page.Title).Add(page.Path);
        return key.Value;
    }

    private ulong Card(Bulletin b)
    {
        var key = new Fingerprint()
            .Add(b.Title).Add(b.Path).Add(b.Date.Ticks).Add(b.Date.Offset.Ticks).Add(b.Summary).Add(b.Location)
            .Add(b.Draft).Add(b.Future)
            .Add(_termLinks[(TermKind.Unit, b.Unit.Slug)]).Add(_termLinks[(TermKind.Polda, b.Unit.PoldaSlug)]);
        // A card shows the bulletin's picture: its sizes' names and dimensions follow from the file's name and size.
        if (b.Image is { } image)
            key.Add(image.File.SourcePath).Add(image.File.FileName).Add(image.Alt).Add(image.Caption).Add(image.Credit)
                .Add(image.File.Image?.Width ?? -1).Add(image.File.Image?.Height ?? -1).Add((long)(image.File.Image?.Format ?? 0));
        foreach (var election in b.Elections) key.Add(_termLinks[(TermKind.Election, election.Slug)]);
        key.Add(-1L);
        foreach (var tag in b.Tags) key.Add(_termLinks[(TermKind.Tag, tag.Slug)]);
        return key.Value;
    }

    /// <summary>A fingerprint of where a body's links to other pages' Markdown files lead, which the body's own text does not say; 0 when it has none.</summary>
    private ulong PageLinksKey(Content.RenderedMarkdown body)
    {
        if (body.PageLinks.Count == 0) return 0;
        var key = new Fingerprint();
        foreach (var link in body.PageLinks) key.Add(_site.PageAddresses.HrefOf(link));
        return key.Value;
    }

    private ulong Page(Page page)
    {
        var key = new Fingerprint().Add((long)page.Kind).Add(page.Path);
        if (page.Bulletin is { } bulletin)
        {
            var links = _site.Links[bulletin.Index];
            key.Add(_cards[bulletin.Index]).Add(_content(bulletin)).Add(PageLinksKey(bulletin.Body))
                .Add(links.Older is { } older ? _cards[older.Index] : 0).Add(links.Newer is { } newer ? _cards[newer.Index] : 0);
            foreach (var related in links.Related) key.Add(_cards[related.Index]);
        }
        if (page.Term is { } term)
            key.Add(_termLinks[(term.Kind, term.Slug)]).Add(term.Tag?.Description);
        if (page.Pager is { } pager)
        {
            key.Add(pager.Number).Add(pager.Total);
            foreach (var item in pager.Items) key.Add(_cards[item.Index]);
        }
        if (page.FreePage is { } free)
            key.Add(free.Title).Add(free.Summary).Add(free.Body.Html(_site.PageAddresses)).Add(free.Draft);
        if (page.Target is { } target)
            key.Add(target);
        if (page.Kind == PageKind.Feed)
        {
            foreach (var entry in (page.Term?.Bulletins ?? _site.Bulletins).Take(Feeds.AtomFeed.EntryCount))
                key.Add(_cards[entry.Index]).Add(_content(entry)).Add(PageLinksKey(entry.Body));
        }
        if (page.Kind == PageKind.Search)
            return OfSearchPage(page, _searchManifest);
        if (page.Kind == PageKind.Sitemap)
        {
            // The sitemap lists every page with the last change of its bulletins.
            foreach (var other in _site.Pages) key.Add(other.Path).Add((long)other.Kind);
            foreach (var b in _site.Bulletins) key.Add(b.LastChanged.Ticks).Add(b.LastChanged.Offset.Ticks);
        }
        return key.Value;
    }
}
