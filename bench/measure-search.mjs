// Measures, in headless Chromium, what a browser downloads to show the first page of results for each query,
// with SiteGen's search page and with Pagefind over the very same built site; and how many bulletins each finds.
// Usage: node bench/measure-search.mjs <site output folder> <playwright-core folder> <result.json> <query>...
// Bytes: every file the page fetched for search (library, index, records/fragments), each counted at its gzip -9
// size, as a compressing static host serves it, or at its stored size when that is smaller (Pagefind stores its
// index already compressed). The same rule for both engines. The HTML page itself and CSS are not counted.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [outputDir, playwrightDir, resultPath, ...queries] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(playwrightDir), 'package.json'));
const { chromium } = require('playwright-core');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };
const root = path.resolve(outputDir);
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// Pagefind's own API, called as its documentation shows, from a page on the same site (not part of the site).
fs.writeFileSync(path.join(root, 'pagefind-bench.html'), `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title></head><body>
<script type="module">
window.runPagefind = async (q, all) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(q);
  const shown = all ? search.results : search.results.slice(0, 10);
  const data = await Promise.all(shown.map((r) => r.data()));
  return { total: search.results.length, urls: data.map((d) => d.url) };
};
</script></body></html>`);

const sizeCache = new Map();
function served(urlPath) {
  if (!sizeCache.has(urlPath)) {
    const bytes = fs.readFileSync(path.join(root, decodeURIComponent(urlPath)));
    const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
    sizeCache.set(urlPath, { raw: bytes.length, sent: Math.min(bytes.length, gzip) });
  }
  return sizeCache.get(urlPath);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function fresh(prefixes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (prefixes.some((x) => p.startsWith(x))) fetched.add(p);
  });
  return { context, page, fetched };
}

function total(fetched) {
  let raw = 0;
  let sent = 0;
  for (const p of fetched) { const s = served(p); raw += s.raw; sent += s.sent; }
  return { files: fetched.size, raw, sent };
}

const bulletinUrl = /^\/\d{4}\/\d{2}\/[^/]+\/$/;

// What each query should find, judged independently of both engines: the bulletin's own page content (its
// <article>: title, facts, body, tags, not the related-bulletin lists around it) holds a form of every query word,
// an acronym or its long form alike.
const RELEVANT = {
  'pengamanan pilkada': (t) => /aman/.test(t) && /\bpilkada\b|pemilihan kepala daerah/.test(t),
  'patroli': (t) => /patroli/.test(t),
  'pemilihan kepala daerah': (t) => /\bpilkada\b|pemilihan kepala daerah/.test(t),
  'tps': (t) => /\btps\b|tempat pemungutan suara/.test(t),
  'polres kediri': (t) => /kediri/.test(t),
};
// A mistyped query is judged by the words meant.
RELEVANT['pilkda'] = RELEVANT['pemilihan kepala daerah'];
RELEVANT['pengamnan pilkada'] = RELEVANT['pengamanan pilkada'];
const articles = new Map();
for (const year of fs.readdirSync(root).filter((d) => /^\d{4}$/.test(d))) {
  for (const month of fs.readdirSync(path.join(root, year))) {
    if (!/^\d{2}$/.test(month)) continue;
    for (const slug of fs.readdirSync(path.join(root, year, month))) {
      const html = fs.readFileSync(path.join(root, year, month, slug, 'index.html'), 'utf8');
      const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      const text = article.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ').toLowerCase();
      articles.set(`/${year}/${month}/${slug}/`, text);
    }
  }
}

// SiteGen's full result list, from its engine under Node over the same files (not part of the bytes).
const requireTheme = createRequire(path.join(root, 'assets', 'js', 'x.js'));
const SiteGenText = requireTheme('./sitegen-text.js');
const SiteGenSearch = requireTheme('./sitegen-search.js');
async function sitegenAll(q) {
  const folder = path.join(root, 'search');
  const manifest = fs.readdirSync(folder).find((f) => f.startsWith('manifest.'));
  const engine = SiteGenSearch.create({ text: SiteGenText, manifest, load: async (p) => JSON.parse(fs.readFileSync(path.join(folder, p), 'utf8')) });
  const result = await engine.search(SiteGenSearch.stateFromQuery('?q=' + encodeURIComponent(q)));
  return (await engine.records(result.hits)).map((r) => r.u);
}

function judge(q, urls) {
  const relevant = RELEVANT[q];
  if (!relevant) return null;
  const truth = [...articles].filter(([, t]) => relevant(t)).map(([u]) => u);
  const found = new Set(urls.filter((u) => articles.has(u)));
  const hits = truth.filter((u) => found.has(u)).length;
  return { relevant: truth.length, found: found.size, hits, recall: truth.length ? hits / truth.length : 1, precision: found.size ? hits / found.size : 1 };
}
const rows = [];
for (const q of queries) {
  // SiteGen: the real search page, first visit, nothing cached.
  const s = await fresh(['/search/', '/assets/js/']);
  await s.page.goto(`${base}/cari/?q=${encodeURIComponent(q)}`);
  await s.page.waitForFunction(() => {
    const el = document.querySelector('.search-status');
    return el && el.textContent.length > 0 && !el.textContent.startsWith('Mencari');
  }, null, { timeout: 120000 });
  const status = await s.page.locator('.search-status').innerText();
  const shown = await s.page.locator('#cari-hasil > li').count();
  const sitegen = { ...total(s.fetched), found: parseInt(status.replace(/\./g, ''), 10) || 0, shown };
  await s.context.close();

  // Pagefind: its JS library, WebAssembly, index chunks and the fragments of the first ten results.
  const p = await fresh(['/pagefind/']);
  await p.page.goto(`${base}/pagefind-bench.html`);
  const first = await p.page.evaluate((query) => window.runPagefind(query, false), q);
  const pagefind = { ...total(p.fetched), results: first.total, shown: first.urls.length };
  await p.context.close();

  // Pagefind also indexes list pages; count the bulletins among all its results (not part of the bytes).
  const r = await fresh(['/pagefind/']);
  await r.page.goto(`${base}/pagefind-bench.html`);
  const every = await r.page.evaluate((query) => window.runPagefind(query, true), q);
  pagefind.found = every.urls.filter((u) => bulletinUrl.test(u)).length;
  await r.context.close();

  sitegen.judged = judge(q, await sitegenAll(q));
  pagefind.judged = judge(q, every.urls);
  rows.push({ query: q, sitegen, pagefind });
  process.stderr.write(`${q}: SiteGen ${sitegen.sent} B (${sitegen.files} files), Pagefind ${pagefind.sent} B (${pagefind.files} files)\n`);
}
await browser.close();
server.close();
fs.unlinkSync(path.join(root, 'pagefind-bench.html'));
fs.writeFileSync(resultPath, JSON.stringify(rows, null, 2));
