// Checks sitegen-text.js's stemmer against Snowball's reference vocabulary.
// Usage: node stem-vocabulary.js <voc.txt> <output.txt> [sitegen-text.js]
// Prints every mismatch (word, expected, actual) and exits 1 if there is any.
'use strict';
const fs = require('fs');
const path = require('path');

const [vocPath, outputPath, scriptArg] = process.argv.slice(2);
if (!vocPath || !outputPath) {
  console.error('usage: node stem-vocabulary.js <voc.txt> <output.txt> [sitegen-text.js]');
  process.exit(2);
}
const scriptPath = scriptArg || path.join(__dirname, '..', '..', '..', '..', 'themes', 'default', 'assets', 'js', 'sitegen-text.js');
const { stem } = require(path.resolve(scriptPath));

const readLines = (p) => fs.readFileSync(p, 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
const words = readLines(vocPath);
const expected = readLines(outputPath);
if (words.length !== expected.length) {
  console.error(`line counts differ: ${words.length} words, ${expected.length} stems`);
  process.exit(1);
}

let mismatches = 0;
for (let i = 0; i < words.length; i++) {
  const actual = stem(words[i]);
  if (actual !== expected[i]) {
    mismatches++;
    console.log(`line ${i + 1}: ${words[i]} -> ${actual}, expected ${expected[i]}`);
  }
}
console.log(`${words.length} words, ${mismatches} mismatches`);
// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = mismatches === 0 ? 0 : 1;
