// Loads pages of a built site in headless Chromium on a throttled connection and prints what they transfer and how
// soon they show. Usage: node bench/measure-page-load.mjs <site output folder> <playwright-core folder> <path>...
// The site is served gzip-compressed (HTML, CSS, JS, JSON, XML), as a static host such as GitHub Pages serves it.
// Throttling is Chromium's own (DevTools protocol): the network as Lighthouse's mobile profile (150 ms, 1.6 Mbit/s
// down, 750 kbit/s up) and the CPU 4× slower. Each figure is the median of RUNS loads, each with an empty cache.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [outputDir, playwrightDir, ...paths] = process.argv.slice(2);
const runs = Number(process.env.RUNS || 5);
const require = createRequire(path.join(path.resolve(playwrightDir), 'package.json'));
const { chromium } = require('playwright-core');

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.webmanifest': 'application/manifest+json', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.png': 'image/png', '.webp': 'image/webp', '.gif': 'image/gif', '.ico': 'image/x-icon',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.webmanifest']);
const root = path.resolve(outputDir);
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
  const ext = path.extname(file);
  const body = fs.readFileSync(file);
  const headers = { 'content-type': types[ext] || 'application/octet-stream', 'cache-control': 'no-store' };
  if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(zlib.gzipSync(body, { level: 9 }));
  } else {
    res.writeHead(200, headers).end(body);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (bytes) => (bytes / 1000).toFixed(1) + ' kB';

async function loadOnce(pagePath) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1000 * 1000) / 8, uploadThroughput: (750 * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bytes = { html: 0, cssjs: 0, pictures: 0, other: 0 };
  const kinds = new Map();
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = kinds.get(e.requestId);
    const slot = type === 'Document' ? 'html' : type === 'Stylesheet' || type === 'Script' ? 'cssjs' : type === 'Image' ? 'pictures' : 'other';
    bytes[slot] += e.encodedDataLength;
  });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__lcp = entry.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(base + pagePath, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    lcp: window.__lcp,
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
  }));
  await context.close();
  return { ...bytes, ...timing };
}

console.log(`Pages of the sample site on a throttled phone connection (150 ms RTT, 1.6 Mbit/s down, CPU 4× slower), median of ${runs} loads`);
console.log('');
console.log('| page | HTML | CSS + JS | pictures | other | FCP | LCP | load |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const pagePath of paths) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await loadOnce(pagePath));
  const m = (key) => median(results.map((r) => r[key]));
  console.log(`| /${pagePath} | ${kb(m('html'))} | ${kb(m('cssjs'))} | ${kb(m('pictures'))} | ${kb(m('other'))} | ${Math.round(m('fcp'))} ms | ${Math.round(m('lcp'))} ms | ${Math.round(m('load'))} ms |`);
}
await browser.close();
server.close();
