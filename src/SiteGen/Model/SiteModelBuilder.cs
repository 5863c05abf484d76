using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>
/// Phase 3, Model: applies publishing rules, assigns URLs, detects collisions,
/// builds the taxonomies and links bulletins to their neighbours. Runs once over the whole site.
/// </summary>
public static class SiteModelBuilder
{
    public const int SummaryLength = 200;

    public static Site Build(
        SiteConfig config,
        IReadOnlyList<Unit> units,
        IReadOnlyList<Election> elections,
        IReadOnlyList<ParsedBulletin> parsed,
        IReadOnlyList<ParsedPage> parsedPages,
        BuildOptions options,
        DiagnosticBag diagnostics,
        Site? previous = null,
        IReadOnlyList<TagDetails>? tagDetails = null,
        LinkStore? linkStore = null)
    {
        var tagsBySlug = new Dictionary<string, Tag>(StringComparer.Ordinal);
        var tagNames = new TagNames();
        var bulletins = new List<Bulletin>(parsed.Count);
        var scheduled = Schedule.None;
        // One string for a value many bulletins repeat ("Humas Polres Blitar"): a million bulletins keep one copy, not a million.
        var repeated = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? value) => value is null ? null : repeated.TryAdd(value, value) ? value : repeated[value];

        foreach (var item in parsed)
        {
            var meta = item.Meta;
            var unit = item.Unit;
            var future = meta.Date > options.Now;
            if (meta.Draft && !options.IncludeDrafts) continue;
            var local = TimeZoneInfo.ConvertTime(meta.Date, config.TimeZone);
            PublishingDate.Check(item.SourcePath, meta, local, options.Now, diagnostics);
            if (meta.Expires is { } expires && expires <= options.Now) continue;
            if (future && !options.IncludeFuture)
            {
                // Left out today, published by the first build on or after its date: the build says so, so it is not a surprise.
                scheduled = scheduled.And(local);
                continue;
            }

            var tags = new List<Tag>();
            foreach (var name in meta.Tags)
            {
                var slug = Slug.From(name.Value);
                if (!tagsBySlug.TryGetValue(slug, out var tag)) tagsBySlug.Add(slug, tag = new Tag(name.Value, slug));
                if (tags.Contains(tag)) continue;
                tags.Add(tag);
                tagNames.Count(slug, name.Value);
            }
            var bulletinSlug = meta.Slug?.Value ?? Slug.FromFileName(item.SourcePath);
            bulletins.Add(new Bulletin
            {
                SourcePath = item.SourcePath,
                Title = meta.Title,
                Date = local,
                Updated = meta.Updated is { } updated ? TimeZoneInfo.ConvertTime(updated, config.TimeZone) : null,
                Unit = unit,
                Elections = item.Elections.ToArray(),
                Tags = tags,
                Summary = meta.Summary ?? TextSafety.ContainDirection(Lead(item.Body)),
                Location = Shared(meta.Location),
                Author = Shared(meta.Author),
                Image = item.Image is { } image ? new BulletinImage(image, meta.ImageAlt ?? "", meta.ImageCaption, meta.ImageCredit) : null,
                Draft = meta.Draft,
                Future = future,
                Body = item.Body,
                Path = UrlScheme.Bulletin(local, bulletinSlug),
                Aliases = meta.Aliases.Where(a => SitePath.FromAlias(a.Value) is not null)
                    .Select(a => new Located<string>(SitePath.FromAlias(a.Value)!, a.Position)).ToArray(),
            });
        }

        bulletins.Sort(Ordering.NewestFirst);
        var freePages = parsedPages.Where(p => options.IncludeDrafts || !p.Draft).ToArray();
        // Tags are shown by the name tags.yaml gives, or the spelling their writers use most, known only once every bulletin is read.
        var details = tagDetails ?? [];
        TagNames.ReportUnused(details, parsed.SelectMany(p => p.Meta.Tags.Select(t => Slug.From(t.Value))), diagnostics);
        var named = tagNames.Tags(details);
        var ordered = new Bulletin[bulletins.Count];
        for (var i = 0; i < ordered.Length; i++)
            ordered[i] = bulletins[i] with
            {
                Index = i,
                Tags = bulletins[i].Tags.Select(t => named[t.Slug]).ToArray(),
            };

        var terms = Taxonomies.Build(new TermSources(ordered, units, elections, named.Values));
        var lookup = terms.Values.SelectMany(list => list).ToDictionary(t => (t.Kind, t.Slug));
        var kept = SameLinks(ordered, previous);
        var linksKey = kept is null && linkStore is not null ? LinksKey(ordered) : 0;
        kept ??= linkStore?.Find(linksKey, ordered);
        var links = kept ?? new BulletinLinks[ordered.Length];
        // Each bulletin's links depend only on the finished term lists, so they are found in parallel into their own slots.
        if (kept is null) Parallel.For(0, ordered.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel ? Environment.ProcessorCount : 1 }, i =>
        {
            var bulletin = ordered[i];
            var unitList = lookup[(TermKind.Unit, bulletin.Unit.Slug)].Bulletins;
            var at = Related.IndexOf(unitList, bulletin.Index);
            links[bulletin.Index] = new BulletinLinks(
                Older: at + 1 < unitList.Count ? unitList[at + 1] : null,
                Newer: at > 0 ? unitList[at - 1] : null,
                Related: Related.For(bulletin, Related.SharedLists(bulletin, lookup)));
        });
        if (kept is null) linkStore?.Made(linksKey, links);

        var pages = freePages
            .Select(p => new FreePage(p.SourcePath, p.Title, p.Summary, UrlScheme.Page(p.Slug), p.Body, p.Draft, p.Updated))
            .ToArray();

        var site = new Site
        {
            Config = config,
            Bulletins = ordered,
            Links = links,
            Units = units,
            Elections = elections,
            Terms = terms,
            FreePages = pages,
            PageAddresses = AddressTable(config, ordered, pages),
            Scheduled = scheduled,
        };
        site = site with { Pages = PagePlanner.Plan(site, options.SitemapLimit) };
        UrlClaims.Check(site.Pages, diagnostics);
        return site;
    }

    /// <summary>
    /// Where each published bulletin and page is, for links written to their Markdown files; made only when some body
    /// has such a link: most sites have none, and a rebuild under serve should not pay for it.
    /// </summary>
    private static PageAddresses AddressTable(SiteConfig config, Bulletin[] bulletins, FreePage[] pages)
    {
        if (!bulletins.Any(b => b.Body.PageLinks.Count > 0) && !pages.Any(p => p.Body.PageLinks.Count > 0)) return PageAddresses.None;
        var pathOfSource = new Dictionary<string, string>(bulletins.Length + pages.Length, StringComparer.Ordinal);
        foreach (var b in bulletins) pathOfSource.TryAdd(b.SourcePath, b.Path);
        foreach (var p in pages) pathOfSource.TryAdd(p.SourcePath, p.Path);
        return new PageAddresses(config.BasePath, pathOfSource);
    }

    /// <summary>
    /// The links of <paramref name="previous"/> moved onto <paramref name="ordered"/>, when every bulletin keeps its place,
    /// unit, elections and tags (so every term list is the same, and so are neighbours and related bulletins); otherwise null.
    /// A rebuild after an edit to a bulletin's text (sitegen serve) keeps them instead of finding them again.
    /// </summary>
    private static BulletinLinks[]? SameLinks(Bulletin[] ordered, Site? previous)
    {
        if (previous is null || previous.Bulletins.Count != ordered.Length) return null;
        for (var i = 0; i < ordered.Length; i++)
        {
            var (a, b) = (ordered[i], previous.Bulletins[i]);
            if (a.SourcePath != b.SourcePath || a.Unit.Slug != b.Unit.Slug
                || !SameSlugs(a.Elections, b.Elections, e => e.Slug) || !SameSlugs(a.Tags, b.Tags, t => t.Slug))
                return null;
        }
        var links = new BulletinLinks[ordered.Length];
        for (var i = 0; i < links.Length; i++)
        {
            var old = previous.Links[i];
            var related = new Bulletin[old.Related.Count];
            for (var r = 0; r < related.Length; r++) related[r] = ordered[old.Related[r].Index];
            links[i] = new BulletinLinks(
                old.Older is { } older ? ordered[older.Index] : null,
                old.Newer is { } newer ? ordered[newer.Index] : null,
                related);
        }
        return links;
    }

    /// <summary>The first paragraph of <paramref name="body"/> cut for a summary (as an earlier build kept it, when it did).</summary>
    internal static string Lead(RenderedMarkdown body) => body.Lead ?? TextCut.AtWord(body.FirstParagraph, SummaryLength);

    /// <summary>A fingerprint of all the links depend on: every bulletin in order, with the unit, elections and tags it names.</summary>
    private static ulong LinksKey(Bulletin[] ordered)
    {
        var key = new Fingerprint().Add(ordered.Length);
        foreach (var bulletin in ordered)
        {
            key.Add(bulletin.SourcePath).Add(bulletin.Unit.Slug);
            foreach (var election in bulletin.Elections) key.Add(election.Slug);
            key.Add(-1L);
            foreach (var tag in bulletin.Tags) key.Add(tag.Slug);
            key.Add(-2L);
        }
        return key.Value;
    }

    // Runs for every bulletin on every rebuild under sitegen serve: a plain loop, without the allocations of LINQ.
    private static bool SameSlugs<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, string> slug)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!string.Equals(slug(a[i]), slug(b[i]), StringComparison.Ordinal)) return false;
        return true;
    }
}
