using System.Collections.Concurrent;
using System.Globalization;
using Scriban.Runtime;
using SiteGen.Images;
using SiteGen.Model;
using SiteGen.Text;
using static SiteGen.Rendering.ReadOnlyObjects;

namespace SiteGen.Rendering;

/// <summary>
/// The view models templates see (<c>site</c>, <c>page</c>, <c>bulletin</c>, <c>term</c>, <c>pager</c>, <c>t</c>),
/// built from the <see cref="Site"/> as read-only Scriban objects. Objects shared by many pages (bulletin cards, the
/// site object) are built once; docs/themes.md, "The theme model", documents every field.
/// </summary>
public sealed class TemplateModel
{
    private readonly Site _site;
    private readonly DateFormatter _dates;
    private readonly ScriptObject _siteObject;
    private readonly ScriptObject?[] _cards;
    private readonly Dictionary<(TermKind, string), ScriptObject> _termLinks = [];
    // A term's object is the same on each of its pages; made per page, an election's list of units would cost
    // the election's bulletins on every one of its pages, which grows with the square of the site.
    private readonly ConcurrentDictionary<(TermKind, string), ScriptObject> _termObjects = new();
    // The index kinds with an overview, in the table's order: the menu, and what a theme's overview page lists.
    private readonly Dictionary<TermKind, ScriptObject> _indexes = [];

    public ScriptObject Translations { get; }

    /// <summary>The largest list any page can loop over, so the theme's loop limit can be sized for it.</summary>
    public int LargestList { get; }

    private readonly IReadOnlyDictionary<string, PictureSizes> _images;
    private readonly string? _searchManifestPath;
    private readonly SiteIdentity _identity;

    /// <param name="searchManifestPath">Path of the search index's manifest (page.search_manifest_url on the search page), or null when the site has no index.</param>
    /// <param name="identity">The site's logo, icons and colours; made from its settings when not given.</param>
    public TemplateModel(Site site, ScriptObject translations, IReadOnlyDictionary<string, PictureSizes> images, string? searchManifestPath = null, SiteIdentity? identity = null)
    {
        _site = site;
        _images = images;
        _searchManifestPath = searchManifestPath;
        _identity = identity ?? new SiteIdentity(site.Config, site.Logo);
        _dates = new DateFormatter(site.Config.Language);
        Translations = translations;
        foreach (var (kind, terms) in site.Terms)
            foreach (var term in terms)
                _termLinks[(kind, term.Slug)] = Object(("name", term.Name), ("url", Url(term.Path)), ("count", term.Bulletins.Count));
        // Cards are made when a page first shows them: a rebuild that renders a few pages makes only their cards.
        _cards = new ScriptObject?[site.Bulletins.Count];
        foreach (var kind in IndexKinds.All)
            if (kind.Overview is { } overview)
                _indexes[kind.Kind] = Object(
                    ("kind", overview.Name), ("url", Url(kind.Prefix)), ("title", Translate(overview.TitleKey)), ("nav", Translate(overview.NavKey)),
                    ("terms", Array(site.TermsOf(kind.Kind).Select(t => _termLinks[(kind.Kind, t.Slug)]))));
        _siteObject = SiteObject();
        LargestList = new[] { site.Config.PageSize, site.Units.Count, site.Elections.Count, site.FreePages.Count }
            .Concat(site.Terms.Values.Select(t => t.Count)).Max();
    }

    private string Url(string path) => _site.Config.Url(path);

    private string Translate(string key) => Translations[key]?.ToString() ?? key;

    private string Permalink(string path) => _site.Config.Permalink(path);

    /// <summary>The globals for one page.</summary>
    public ScriptObject Globals(Page page, string kindName, string title, string? description)
    {
        var globals = new ScriptObject
        {
            ["site"] = _siteObject,
            ["t"] = Translations,
            ["page"] = PageObject(page, kindName, title, description),
            ["bulletin"] = page.Bulletin is { } b ? Full(b) : null,
            ["term"] = page.Term is { } term ? TermObject(term) : null,
            ["pager"] = page.Pager is { } pager ? PagerObject(pager) : null,
        };
        return globals;
    }

    private ScriptObject SiteObject()
    {
        var config = _site.Config;
        var poldas = _site.TermsOf(TermKind.Polda).Select(p => Object(
            ("name", p.Name), ("url", Url(p.Path)), ("count", p.Bulletins.Count),
            ("units", Array(p.Polda!.Units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => UnitObject(u))))));
        var elections = _site.TermsOf(TermKind.Election).Select(ElectionObject);
        return Object(
            ("title", config.Title),
            ("description", config.Description),
            ("language", config.Language),
            ("base_url", config.BaseUrl.AbsoluteUri),
            ("base_path", config.BasePath),
            ("urls", Object(
            [
                ("home", Url(UrlScheme.Home)),
                .. IndexKinds.All.Where(k => k.Overview is not null).Select(k => (k.Overview!.Name, (object?)Url(k.Prefix))),
                ("search", Url(UrlScheme.Search)),
                ("feed", Url(UrlScheme.Feed)),
                ("sitemap", Url(UrlScheme.Sitemap)),
            ])),
            ("free_pages", Array(_site.FreePages.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => Object(("title", p.Title), ("url", Url(p.Path)))))),
            ("short_title", config.ShortTitle ?? config.Title),
            ("mark", _identity.Initials),
            ("logo", _identity.Logo is { } logo
                ? Object(("url", Url(logo.Png)), ("webp_url", Url(logo.Webp)), ("width", logo.Width), ("height", logo.Height))
                : null),
            ("theme_color", _identity.ThemeColor),
            ("colors_css", _identity.ColorsStylesheet is { } colors ? Url(colors) : null),
            ("icons", Object(
                ("favicon", Url(SiteIdentity.Favicon)),
                ("apple_touch", Url(SiteIdentity.AppleTouchIcon)),
                ("manifest", Url(SiteIdentity.Manifest)))),
            ("share_image", Object(("url", Permalink(SiteIdentity.Icon512)), ("width", 512), ("height", 512))),
            ("contact", ContactObject(config.Contact)),
            ("bulletin_count", _site.Bulletins.Count),
            ("indexes", Array(IndexKinds.All.Where(k => _indexes.ContainsKey(k.Kind)).Select(k => _indexes[k.Kind]))),
            ("poldas", Array(poldas)),
            ("units", Array(_site.TermsOf(TermKind.Unit).Select(t => UnitObject(t.Unit!)))),
            ("elections", Array(elections)),
            ("tags", Array(_site.TermsOf(TermKind.Tag).Select(t => _termLinks[(TermKind.Tag, t.Slug)]))),
            ("years", Array(_site.TermsOf(TermKind.Year).Select(t => _termLinks[(TermKind.Year, t.Slug)]))));
    }

    /// <summary>The footer's contact details, each with the link that dials, messages or writes to it; null when none is set.</summary>
    private static ScriptObject? ContactObject(Configuration.SiteContact contact)
    {
        if (!contact.IsSet) return null;
        static string Digits(string number) => string.Concat(number.Where(char.IsAsciiDigit));
        // wa.me wants the number with its country code and no leading zero: 0812… in Indonesia is 62812….
        static string WhatsAppNumber(string number) =>
            number.TrimStart().StartsWith('+') ? Digits(number) : Digits(number) is var d && d.StartsWith('0') ? "62" + d[1..] : Digits(number);
        return Object(
            ("address", contact.Address),
            ("phone", contact.Phone),
            ("phone_url", contact.Phone is { } phone ? "tel:" + (phone.TrimStart().StartsWith('+') ? "+" : "") + Digits(phone) : null),
            ("whatsapp", contact.WhatsApp),
            ("whatsapp_url", contact.WhatsApp is { } wa ? "https://wa.me/" + WhatsAppNumber(wa) : null),
            ("email", contact.Email),
            ("email_url", contact.Email is { } email ? "mailto:" + email : null),
            ("call_center", contact.CallCenter),
            ("call_center_url", contact.CallCenter is { } call ? "tel:" + Digits(call) : null),
            ("ppid", contact.Ppid));
    }

    private ScriptObject UnitObject(Content.Unit unit)
    {
        var link = _termLinks[(TermKind.Unit, unit.Slug)];
        return Object(
            ("name", unit.Name), ("url", link["url"]), ("count", link["count"]), ("region", unit.Region),
            ("address", unit.Address), ("website", unit.Url), ("polda", _termLinks[(TermKind.Polda, unit.PoldaSlug)]));
    }

    private ScriptObject ElectionObject(Term term)
    {
        var election = term.Election!;
        var units = term.Bulletins.Select(b => b.Unit).Distinct().OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => _termLinks[(TermKind.Unit, u.Slug)]);
        return Object(
            ("name", election.Name), ("url", Url(term.Path)), ("count", term.Bulletins.Count), ("kind", election.Kind),
            ("description", election.Description),
            ("voting_day", election.VotingDay is { } day ? _dates.Long(day.ToDateTime(TimeOnly.MinValue)) : null),
            ("voting_day_iso", election.VotingDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("units", Array(units)));
    }

    /// <summary>The bulletin's card, made once: when two pages rendered in parallel race, both use the first one stored.</summary>
    private ScriptObject CardOf(Bulletin b) =>
        Volatile.Read(ref _cards[b.Index]) ?? Interlocked.CompareExchange(ref _cards[b.Index], Card(b), null) ?? _cards[b.Index]!;

    private ScriptObject Card(Bulletin b)
    {
        var local = b.Date.DateTime;
        return Object(
            ("title", b.Title),
            ("url", Url(b.Path)),
            ("permalink", Permalink(b.Path)),
            ("date", _dates.Long(local)),
            ("date_short", _dates.Short(local)),
            ("date_iso", DateFormatter.Iso(b.Date)),
            ("year", b.Date.Year),
            ("summary", b.Summary),
            ("unit", _termLinks[(TermKind.Unit, b.Unit.Slug)]),
            ("polda", _termLinks[(TermKind.Polda, b.Unit.PoldaSlug)]),
            ("elections", Array(b.Elections.Select(e => _termLinks[(TermKind.Election, e.Slug)]))),
            ("tags", Array(b.Tags.Select(t => _termLinks[(TermKind.Tag, t.Slug)]))),
            ("location", b.Location),
            ("image", b.Image is { } image ? ImageObject(b, image) : null),
            ("draft", b.Draft),
            ("future", b.Future));
    }

    private ScriptObject Full(Bulletin b)
    {
        var links = _site.Links[b.Index];
        var full = new ScriptObject();
        foreach (var (key, value) in CardOf(b)) full.Add(key, value);
        full.Add("author", b.Author);
        full.Add("updated", b.Updated is { } updated ? _dates.Long(updated.DateTime) : null);
        full.Add("updated_iso", b.Updated is { } changed ? DateFormatter.Iso(changed) : null);
        full.Add("share", ShareLinks(b));
        full.Add("content", new HtmlString(b.Body.Html(_site.PageAddresses)));
        full.Add("older", links.Older is { } older ? CardOf(older) : null);
        full.Add("newer", links.Newer is { } newer ? CardOf(newer) : null);
        full.Add("related", Array(links.Related.Select(r => CardOf(r))));
        full.Add("unit_details", UnitObject(b.Unit));
        full.IsReadOnly = true;
        return full;
    }

    private ScriptObject ImageObject(Bulletin b, BulletinImage image)
    {
        var sizes = _images[image.File.SourcePath];
        string UrlOf(PlannedSize v) => Url(b.Path) + Uri.EscapeDataString(v.FileName);
        string Srcset(IEnumerable<PlannedSize> variants) => string.Join(", ", variants.Select(v => $"{UrlOf(v)} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));
        return Object(
            ("url", UrlOf(sizes.Default)),
            ("width", sizes.Default.Width),
            ("height", sizes.Default.Height),
            ("srcset", Srcset(sizes.Variants)),
            ("webp_srcset", sizes.WebpVariants.Count > 0 ? Srcset(sizes.WebpVariants) : null),
            ("permalink", Permalink(b.Path) + Uri.EscapeDataString(sizes.Largest.FileName)),
            ("alt", image.Alt),
            ("caption", image.Caption),
            ("credit", image.Credit));
    }

    /// <summary>
    /// Addresses that share the bulletin on WhatsApp, Facebook, X, Telegram and by e-mail: plain links, no script of theirs
    /// on the page. The title and summary go in without invisible or direction characters, which have no place in an address.
    /// </summary>
    private ScriptObject ShareLinks(Bulletin b)
    {
        static string Escape(string text) => Uri.EscapeDataString(string.Concat(text.Where(c => !TextSafety.IsHidden(c))));
        var permalink = Permalink(b.Path);
        var (link, title) = (Escape(permalink), Escape(b.Title));
        return Object(
            ("whatsapp", $"https://wa.me/?text={Escape(b.Title + " " + permalink)}"),
            ("facebook", $"https://www.facebook.com/sharer/sharer.php?u={link}"),
            ("x", $"https://x.com/intent/tweet?text={title}&url={link}"),
            ("telegram", $"https://t.me/share/url?url={link}&text={title}"),
            ("email", $"mailto:?subject={title}&body={Escape(b.Summary + " " + permalink)}"));
    }

    private ScriptObject TermObject(Term term) => _termObjects.GetOrAdd((term.Kind, term.Slug), _ => NewTermObject(term));

    private ScriptObject NewTermObject(Term term)
    {
        var kind = term.Kind.ToString().ToLowerInvariant();
        var obj = new ScriptObject
        {
            ["kind"] = kind,
            ["name"] = term.Name,
            ["url"] = Url(term.Path),
            ["count"] = term.Bulletins.Count,
            ["feed_url"] = term.HasFeed ? Url(UrlScheme.FeedOf(term.Path)) : null,
            ["description"] = term.Description,
            ["unit"] = term.Unit is { } unit ? UnitObject(unit) : null,
            ["polda"] = term.Polda is { } polda
                ? Object(("name", polda.Name), ("url", Url(term.Path)), ("units", Array(polda.Units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(UnitObject))))
                : null,
            ["election"] = term.Election is not null ? ElectionObject(term) : null,
        };
        obj.IsReadOnly = true;
        return obj;
    }

    private ScriptObject PagerObject(Pager pager)
    {
        var numbers = new List<ScriptObject>();
        var last = 0;
        // First, last and two either side of the current page; gaps stand for the rest, so a 5,000-page list stays
        // short, and only those numbers are visited, so each page of it costs the same.
        var shown = new[] { 1, pager.Number - 2, pager.Number - 1, pager.Number, pager.Number + 1, pager.Number + 2, pager.Total };
        foreach (var n in shown.Where(n => n >= 1 && n <= pager.Total).Distinct().Order())
        {
            if (last != 0 && n > last + 1) numbers.Add(Object(("gap", true), ("number", 0), ("url", null), ("current", false)));
            numbers.Add(Object(("gap", false), ("number", n), ("url", Url(pager.Paths[n - 1])), ("current", n == pager.Number)));
            last = n;
        }
        return Object(
            ("number", pager.Number),
            ("total", pager.Total),
            ("items", Array(pager.Items.Select(b => CardOf(b)))),
            ("previous_url", pager.PreviousPath is { } p ? Url(p) : null),
            ("next_url", pager.NextPath is { } n2 ? Url(n2) : null),
            ("first_url", Url(pager.Paths[0])),
            ("last_url", Url(pager.Paths[^1])),
            ("pages", Array(numbers)));
    }

    private ScriptObject PageObject(Page page, string kindName, string title, string? description)
    {
        var config = _site.Config;
        var feed = page.Term is { HasFeed: true } term ? Url(UrlScheme.FeedOf(term.Path)) : Url(UrlScheme.Feed);
        var crumbs = Breadcrumbs.For(page, title, Translate);
        var (shown, alt) = SharedPicture(page);
        var largest = shown is null ? null : _images[shown.SourcePath].Largest;
        var image = largest is null ? null : Permalink(page.Path) + Uri.EscapeDataString(largest.FileName);
        var jsonLd = page.Bulletin is { } bulletin ? StructuredData.NewsArticle(bulletin, config, image) : StructuredData.BreadcrumbList(crumbs, config);
        return Object(
            ("kind", kindName),
            ("title", title),
            ("description", description ?? config.Description),
            ("url", Url(page.Path)),
            ("permalink", Permalink(page.Path)),
            ("feed_url", feed),
            ("content", page.FreePage is { } free ? new HtmlString(free.Body.Html(_site.PageAddresses)) : null),
            ("index", page.Kind == PageKind.Overview ? _indexes[page.Index!.Kind] : null),
            ("noindex", page.Kind == PageKind.NotFound),
            ("breadcrumbs", Array(crumbs.Select(c => Object(("name", c.Name), ("url", Url(c.Path)))))),
            ("og_type", page.Kind == PageKind.Bulletin ? "article" : "website"),
            ("locale", Locale(config.Language)),
            ("image", image),
            ("image_alt", alt),
            ("image_width", largest?.Width),
            ("image_height", largest?.Height),
            ("json_ld", jsonLd),
            // Only the search page carries it, so an edit that changes the index re-renders that page alone.
            ("search_manifest_url", page.Kind == PageKind.Search && _searchManifestPath is not null ? Url(_searchManifestPath) : null));
    }

    /// <summary>The picture that stands for the page when it is shared: a bulletin's own, else the first described picture of its text.</summary>
    private static (Content.Resource? Picture, string? Alt) SharedPicture(Page page)
    {
        if (page.Bulletin?.Image is { } own) return (own.File, own.Alt);
        var body = page.Bulletin?.Body ?? page.FreePage?.Body;
        return body?.Resources.FirstOrDefault(r => r.Image is not null && !string.IsNullOrEmpty(r.Alt)) is { } first ? (first, first.Alt) : (null, null);
    }

    /// <summary>The Open Graph locale for a language: "id" → "id_ID".</summary>
    private static string Locale(string language) => language switch
    {
        "id" => "id_ID",
        "en" => "en_US",
        _ when language.Contains('-') => language.Replace('-', '_'),
        _ => language,
    };
}
