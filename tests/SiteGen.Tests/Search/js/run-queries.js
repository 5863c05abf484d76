// Runs sitegen-search.js under Node over a built site, as the search page would, and prints what it found.
// Usage: node run-queries.js <output folder> <queries.json> <theme js folder>
// queries.json: ["?q=...&unit=...", ...] (URL query strings). Prints a JSON array, one entry per query:
// { total, titles (every hit, in order), shown (first page), marked and excerpt (of the first shown), facets,
//   fetched (files of the first page), url, corrected (the query searched instead) and suggestions (offered) }.
'use strict';
const fs = require('fs');
const path = require('path');

const [outputDir, queriesPath, jsDir] = process.argv.slice(2);
const text = require(path.resolve(jsDir, 'sitegen-text.js'));
const SiteGenSearch = require(path.resolve(jsDir, 'sitegen-search.js'));
const folder = path.join(outputDir, 'search');
const manifest = fs.readdirSync(folder).find((f) => f.startsWith('manifest.'));
let fetched = [];
const read = (p) => { fetched.push(p); return JSON.parse(fs.readFileSync(path.join(folder, p), 'utf8')); };

(async () => {
  const out = [];
  for (const query of JSON.parse(fs.readFileSync(queriesPath, 'utf8'))) {
    // A fresh engine per query: nothing cached, as on a first visit.
    const engine = SiteGenSearch.create({ text, manifest, load: async (p) => read(p) });
    fetched = [];
    const state = SiteGenSearch.stateFromQuery(query);
    const result = await engine.search(state);
    const shown = await engine.records(result.hits.slice(0, 10 * state.page));
    const firstPage = fetched.slice();
    const all = await engine.records(result.hits);
    const facets = {};
    for (const f of SiteGenSearch.FACETS) facets[f] = result.facets[f].map((v) => [v.slug, v.count, v.selected]);
    out.push({
      total: result.total,
      titles: all.map((r) => r.t),
      shown: shown.map((r) => r.t),
      marked: shown.length > 0 ? engine.excerpt(shown[0], result).filter((p) => p.mark).map((p) => p.text) : [],
      excerpt: shown.length > 0 ? engine.excerpt(shown[0], result).map((p) => p.text).join('') : '',
      facets,
      fetched: firstPage,
      url: SiteGenSearch.queryFromState(state),
      corrected: result.corrected ? result.corrected.to : null,
      suggestions: result.suggestions || [],
    });
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e && e.stack || e); process.exitCode = 1; });
