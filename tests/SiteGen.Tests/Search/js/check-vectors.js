// Checks sitegen-text.js against the vectors the C# TextAnalyzer is also held to.
// Usage: node check-vectors.js <text-vectors.json> [sitegen-text.js]
// Prints every failing case and exits 1 if there is any.
'use strict';
const fs = require('fs');
const path = require('path');

const [vectorsPath, scriptArg] = process.argv.slice(2);
if (!vectorsPath) {
  console.error('usage: node check-vectors.js <text-vectors.json> [sitegen-text.js]');
  process.exit(2);
}
const scriptPath = scriptArg || path.join(__dirname, '..', '..', '..', '..', 'themes', 'default', 'assets', 'js', 'sitegen-text.js');
const text = require(path.resolve(scriptPath));

const vectors = JSON.parse(fs.readFileSync(vectorsPath, 'utf8'));
const protectedWords = new Set(vectors.protectedWords);

let failures = 0;
for (const c of vectors.cases) {
  const input = c.inputUtf16 ? String.fromCharCode(...c.inputUtf16) : c.input;
  const normalized = text.normalize(input);
  const analyzed = text.analyze(input, { isQuery: Boolean(c.isQuery), protectedWords })
    .map((t) => [t.surface, t.stem, t.position]);
  const problems = [];
  if (JSON.stringify(normalized) !== JSON.stringify(c.normalize)) {
    problems.push(`normalize: got ${JSON.stringify(normalized)}, expected ${JSON.stringify(c.normalize)}`);
  }
  if (JSON.stringify(analyzed) !== JSON.stringify(c.analyze)) {
    problems.push(`analyze: got ${JSON.stringify(analyzed)}, expected ${JSON.stringify(c.analyze)}`);
  }
  if (problems.length > 0) {
    failures++;
    console.log(`FAIL ${c.name}\n  ${problems.join('\n  ')}`);
  }
}
console.log(`${vectors.cases.length} cases, ${failures} failures`);
// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = failures === 0 ? 0 : 1;
