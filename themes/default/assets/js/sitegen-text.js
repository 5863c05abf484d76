/*
 * SiteGen search text handling: Indonesian normalisation, stop words and the
 * Snowball Indonesian stemmer. It must give the same tokens as SiteGen's C#
 * TextAnalyzer (src/SiteGen/Search), which builds the index this script
 * queries; tests/SiteGen.Tests/Search/text-vectors.json holds both to it.
 *
 * Classic browser script (sets globalThis.SiteGenText) and CommonJS module.
 *
 * Stop words: Apache Lucene's Indonesian analyzer list (Apache License 2.0),
 * appendix D of F. Tala, "A Study of Stemming Effects on Information
 * Retrieval in Bahasa Indonesia" (ILLC, Universiteit van Amsterdam, 2003).
 */
(function (root) {
  'use strict';

  // Sorted ordinally; identical to src/SiteGen/Search/stopwords-id.txt.
  const STOP_WORDS = Object.freeze([
    'ada', 'adalah', 'adanya', 'adapun', 'agak', 'agaknya', 'agar', 'akan', 'akankah', 'akhirnya',
    'aku', 'akulah', 'amat', 'amatlah', 'anda', 'andalah', 'antar', 'antara', 'antaranya', 'apa',
    'apaan', 'apabila', 'apakah', 'apalagi', 'apatah', 'atau', 'ataukah', 'ataupun', 'bagai',
    'bagaikan', 'bagaimana', 'bagaimanakah', 'bagaimanapun', 'bagi', 'bahkan', 'bahwa',
    'bahwasanya', 'banyak', 'beberapa', 'begini', 'beginian', 'beginikah', 'beginilah', 'begitu',
    'begitukah', 'begitulah', 'begitupun', 'belum', 'belumlah', 'berapa', 'berapakah', 'berapalah',
    'berapapun', 'bermacam', 'bersama', 'betulkah', 'biasa', 'biasanya', 'bila', 'bilakah', 'bisa',
    'bisakah', 'boleh', 'bolehkah', 'bolehlah', 'buat', 'bukan', 'bukankah', 'bukanlah', 'bukannya',
    'cuma', 'dahulu', 'dalam', 'dan', 'dapat', 'dari', 'daripada', 'dekat', 'demi', 'demikian',
    'demikianlah', 'dengan', 'depan', 'di', 'dia', 'dialah', 'diantara', 'diantaranya',
    'dikarenakan', 'dini', 'diri', 'dirinya', 'disini', 'disinilah', 'dong', 'dulu', 'enggak',
    'enggaknya', 'entah', 'entahlah', 'hal', 'hampir', 'hanya', 'hanyalah', 'harus', 'haruslah',
    'harusnya', 'hendak', 'hendaklah', 'hendaknya', 'hingga', 'ia', 'ialah', 'ibarat', 'ingin',
    'inginkah', 'inginkan', 'ini', 'inikah', 'inilah', 'itu', 'itukah', 'itulah', 'jangan',
    'jangankan', 'janganlah', 'jika', 'jikalau', 'juga', 'justru', 'kala', 'kalau', 'kalaulah',
    'kalaupun', 'kalian', 'kami', 'kamilah', 'kamu', 'kamulah', 'kan', 'kapan', 'kapankah',
    'kapanpun', 'karena', 'karenanya', 'ke', 'kecil', 'kemudian', 'kenapa', 'kepada', 'kepadanya',
    'ketika', 'khususnya', 'kini', 'kinilah', 'kiranya', 'kita', 'kitalah', 'kok', 'lagi', 'lagian',
    'lah', 'lain', 'lainnya', 'lalu', 'lama', 'lamanya', 'lebih', 'macam', 'maka', 'makanya',
    'makin', 'malah', 'malahan', 'mampu', 'mampukah', 'mana', 'manakala', 'manalagi', 'masih',
    'masihkah', 'masing', 'mau', 'maupun', 'melainkan', 'melalui', 'memang', 'mengapa', 'mereka',
    'merekalah', 'merupakan', 'meski', 'meskipun', 'mungkin', 'mungkinkah', 'nah', 'namun', 'nanti',
    'nantinya', 'nyaris', 'oleh', 'olehnya', 'pada', 'padahal', 'padanya', 'paling', 'pantas',
    'para', 'pasti', 'pastilah', 'per', 'percuma', 'pernah', 'pula', 'pun', 'rupanya', 'saat',
    'saatnya', 'saja', 'sajalah', 'saling', 'sama', 'sambil', 'sampai', 'sana', 'sangat',
    'sangatlah', 'saya', 'sayalah', 'se', 'sebab', 'sebabnya', 'sebagai', 'sebagaimana',
    'sebagainya', 'sebaliknya', 'sebanyak', 'sebegini', 'sebegitu', 'sebelum', 'sebelumnya',
    'sebenarnya', 'seberapa', 'sebetulnya', 'sebisanya', 'sebuah', 'sedang', 'sedangkan',
    'sedemikian', 'sedikit', 'sedikitnya', 'segala', 'segalanya', 'segera', 'seharusnya',
    'sehingga', 'sejak', 'sejenak', 'sekali', 'sekalian', 'sekaligus', 'sekalipun', 'sekarang',
    'seketika', 'sekiranya', 'sekitar', 'sekitarnya', 'sela', 'selagi', 'selain', 'selaku',
    'selalu', 'selama', 'selamanya', 'seluruh', 'seluruhnya', 'semacam', 'semakin', 'semasih',
    'semaunya', 'sementara', 'sempat', 'semua', 'semuanya', 'semula', 'sendiri', 'sendirinya',
    'seolah', 'seorang', 'sepanjang', 'sepantasnya', 'sepantasnyalah', 'seperti', 'sepertinya',
    'sering', 'seringnya', 'serta', 'serupa', 'sesaat', 'sesama', 'sesegera', 'sesekali',
    'seseorang', 'sesuatu', 'sesuatunya', 'sesudah', 'sesudahnya', 'setelah', 'seterusnya',
    'setiap', 'setidaknya', 'sewaktu', 'siapa', 'siapakah', 'siapapun', 'sini', 'sinilah', 'suatu',
    'sudah', 'sudahkah', 'sudahlah', 'supaya', 'tadi', 'tadinya', 'tak', 'tanpa', 'tapi', 'telah',
    'tentang', 'tentu', 'tentulah', 'tentunya', 'terdiri', 'terhadap', 'terhadapnya', 'terlalu',
    'terlebih', 'tersebut', 'tersebutlah', 'tertentu', 'tetapi', 'tiap', 'tidak', 'tidakkah',
    'tidaklah', 'toh', 'waduh', 'wah', 'wahai', 'walau', 'walaupun', 'wong', 'yaitu', 'yakni',
    'yang'
  ]);

  const STOP_SET = new Set(STOP_WORDS);

  // Prefix type P, as the paper names it; it decides which suffixes may go.
  const NO_PREFIX = 0;
  const DI_MENG_TER = 1;
  const PER = 2;
  const KE_PENG = 3;
  const BER = 4;

  const isVowel = (c) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

  // Code units, as C# chars are: both sides must see the same string.
  const isAsciiLetter = (code) => code >= 0x61 && code <= 0x7a;
  // Never \d or a Unicode digit test: the C# side counts only 0-9.
  const isAsciiDigit = (code) => code >= 0x30 && code <= 0x39;
  const isWordChar = (code) => isAsciiLetter(code) || isAsciiDigit(code) || code === 0x2d;
  const isLetterDigitBoundary = (previous, current) =>
    (isAsciiLetter(previous) && isAsciiDigit(current)) || (isAsciiDigit(previous) && isAsciiLetter(current));
  // ' and the two apostrophes word processors and phones type instead: U+2019 and U+02BC.
  const isApostrophe = (code) => code === 0x27 || code === 0x2019 || code === 0x02bc;

  /** Snowball Indonesian stem of a lower-case a-z word. */
  function stem(word) {
    if (typeof word !== 'string') throw new TypeError('stem expects a string');
    // The stem is an optional lead letter plus word.slice(start, end); every affix holds one vowel.
    let measure = 0;
    for (let i = 0; i < word.length; i++) {
      if (isVowel(word[i])) measure++;
    }
    if (measure <= 2) return word;

    let start = 0;
    let end = word.length;
    let lead = '';
    let prefix = NO_PREFIX;

    const endsWith = (suffix) => end - start >= suffix.length && word.startsWith(suffix, end - suffix.length);
    const startsWith = (p) => end - start >= p.length && word.startsWith(p, start);
    const vowelAt = (i) => i < end && isVowel(word[i]);

    if (endsWith('kah') || endsWith('lah') || endsWith('pun')) {
      end -= 3;
      measure--;
    }
    if (measure > 2) {
      if (endsWith('nya')) {
        end -= 3;
        measure--;
      } else if (endsWith('ku') || endsWith('mu')) {
        end -= 2;
        measure--;
      }
    }
    if (measure <= 2) return lead + word.slice(start, end);

    function removeFirstOrderPrefix() {
      // Longest match first; meny/peny fall back to men/pen before a consonant.
      if (startsWith('me')) {
        prefix = DI_MENG_TER;
        if (startsWith('meng')) start += 4;
        else if (startsWith('meny') && vowelAt(start + 4)) { lead = 's'; start += 4; }
        else if (startsWith('men')) start += 3;
        else if (startsWith('mem')) { if (vowelAt(start + 3)) lead = 'p'; start += 3; }
        else start += 2;
        return true;
      }
      if (startsWith('pe')) {
        if (startsWith('peng')) start += 4;
        else if (startsWith('peny') && vowelAt(start + 4)) { lead = 's'; start += 4; }
        else if (startsWith('pen')) start += 3;
        else if (startsWith('pem')) { if (vowelAt(start + 3)) lead = 'p'; start += 3; }
        else return false; // bare "pe" is a second-order prefix
        prefix = KE_PENG;
        return true;
      }
      if (startsWith('di')) { start += 2; prefix = DI_MENG_TER; return true; }
      if (startsWith('ter')) { start += 3; prefix = DI_MENG_TER; return true; }
      if (startsWith('ke')) { start += 2; prefix = KE_PENG; return true; }
      return false;
    }

    function removeSecondOrderPrefix() {
      // The paper leaves P unset after "pelajar", unlike "belajar"; Snowball follows it.
      if (startsWith('pelajar')) { start += 3; return true; }
      if (startsWith('per')) { start += 3; prefix = PER; return true; }
      if (startsWith('pe')) { start += 2; prefix = PER; return true; }
      if (startsWith('belajar')) { start += 3; prefix = BER; return true; }
      if (startsWith('ber')) { start += 3; prefix = BER; return true; }
      if (end - start >= 5 && startsWith('be') && !isVowel(word[start + 2]) && word.startsWith('er', start + 3)) {
        start += 2;
        prefix = BER;
        return true;
      }
      return false;
    }

    function removeSuffix() {
      // "-kan" after per-/peng-/ke- is read as "-an" with a stem ending in k.
      if (endsWith('kan') && prefix !== PER && prefix !== KE_PENG) { end -= 3; return true; }
      if (endsWith('an') && prefix !== DI_MENG_TER) { end -= 2; return true; }
      if (endsWith('i') && prefix <= PER && !(end - 2 >= start && word[end - 2] === 's')) { end -= 1; return true; }
      return false;
    }

    if (removeFirstOrderPrefix()) {
      measure--;
      // After an s/p substitution no second-order prefix may follow: "memeberikan" gives "peberi".
      if (measure > 2 && removeSuffix()) {
        measure--;
        if (measure > 2 && lead === '' && removeSecondOrderPrefix()) measure--;
      }
    } else {
      if (removeSecondOrderPrefix()) measure--;
      if (measure > 2 && removeSuffix()) measure--;
    }
    return lead + word.slice(start, end);
  }

  /** True when an already normalised word is one of the 355 stop words. */
  function isStopWord(word) {
    return STOP_SET.has(word);
  }

  // JavaScript's normalize keeps unpaired surrogates where .NET's throws; U+FFFD is a separator in both.
  function replaceLoneSurrogates(text) {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) { i++; continue; }
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        out += text.slice(from, i) + '\ufffd';
        from = i + 1;
      }
    }
    return from === 0 ? text : out + text.slice(from);
  }

  // Steps 1-3 over the whole text; step 4's splitting happens while scanning the result.
  function foldAndJoin(text) {
    const decomposed = replaceLoneSurrogates(text).normalize('NFKD');

    // Step 1: drop combining marks and lower-case A-Z only; "İ" decomposes to I + U+0307 and so becomes "i".
    const folded = [];
    for (let i = 0; i < decomposed.length; i++) {
      const c = decomposed.charCodeAt(i);
      if (c >= 0x300 && c <= 0x36f) continue;
      folded.push(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
    }

    // Step 2: an apostrophe with a letter on both sides is part of the word (jum'at).
    const joined = [];
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i];
      if (isApostrophe(c) && i > 0 && i + 1 < folded.length && isAsciiLetter(folded[i - 1]) && isAsciiLetter(folded[i + 1])) continue;
      joined.push(c);
    }

    // Step 3: a dotted number is joined only when written as thousands (1.500.000), not 08.30 or 17.08.1945.
    const result = [];
    let j = 0;
    while (j < joined.length) {
      if (!isAsciiDigit(joined[j])) { result.push(joined[j++]); continue; }
      const runStart = j;
      let group = 0;
      let dots = 0;
      while (j < joined.length && isAsciiDigit(joined[j])) { j++; group++; }
      let thousands = group <= 3;
      while (j + 1 < joined.length && joined[j] === 0x2e && isAsciiDigit(joined[j + 1])) {
        j++;
        dots++;
        group = 0;
        while (j < joined.length && isAsciiDigit(joined[j])) { j++; group++; }
        if (group !== 3) thousands = false;
      }
      thousands = thousands && dots > 0;
      for (let k = runStart; k < j; k++) {
        if (!(thousands && joined[k] === 0x2e)) result.push(joined[k]);
      }
    }
    // Chunked: spreading a long run into String.fromCharCode would overflow the argument limit.
    let out = '';
    for (let k = 0; k < result.length; k += 4096) {
      out += String.fromCharCode.apply(null, result.slice(k, k + 4096));
    }
    return out;
  }

  // Step 6: single letters carry no meaning; numbers are compared without leading zeros (08 = 8).
  function addWord(word, tokens) {
    if (word.length === 1 && isAsciiLetter(word.charCodeAt(0))) return;
    if (isAsciiDigit(word.charCodeAt(0))) {
      let zeros = 0;
      while (zeros < word.length - 1 && word[zeros] === '0') zeros++;
      word = word.slice(zeros);
    }
    tokens.push(word);
  }

  // Step 5 and step 6 for one run of [a-z0-9-].
  function addRun(run, tokens) {
    if (run.indexOf('-') < 0) { addWord(run, tokens); return; }
    const parts = run.split('-').filter((p) => p.length > 0);
    if (parts.length === 0) return;
    if (parts.every((p) => p === parts[0])) {
      // Reduplication (masing-masing, anak-anak) means the single word.
      addWord(parts[0], tokens);
      return;
    }
    for (const part of parts) addWord(part, tokens);
    // A one- or two-letter half is usually a clipped word (e-KTP, KTP-el): readers also write it joined.
    if (parts.length === 2 && /^[a-z]+$/.test(parts[0]) && /^[a-z]+$/.test(parts[1]) &&
        Math.min(parts[0].length, parts[1].length) <= 2) {
      tokens.push(parts[0] + parts[1]);
    }
  }

  /** Steps 1-6: the normalised words of text, in order, stop words included. */
  function normalize(text) {
    if (typeof text !== 'string') throw new TypeError('normalize expects a string');
    const tokens = [];
    const folded = foldAndJoin(text);
    const n = folded.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(folded.charCodeAt(i))) { i++; continue; }
      // A run of [a-z0-9-] that also ends where a letter meets a digit (step 4).
      const start = i;
      i++;
      while (i < n && isWordChar(folded.charCodeAt(i)) &&
             !isLetterDigitBoundary(folded.charCodeAt(i - 1), folded.charCodeAt(i))) {
        i++;
      }
      addRun(folded.slice(start, i), tokens);
    }
    return tokens;
  }

  /**
   * Steps 1-8: [{ surface, stem, position }] without stop words; position is the index in normalize(text).
   * options.isQuery: keep the stop words when the text holds nothing else.
   * options.protectedWords: Set (or iterable) of normalised names that are never stemmed.
   */
  function analyze(text, options) {
    const isQuery = Boolean(options && options.isQuery);
    const given = options && options.protectedWords;
    const protectedWords = given instanceof Set ? given : new Set(given || []);
    const words = normalize(text);
    const keepStopWords = isQuery && words.every(isStopWord);
    const result = [];
    words.forEach((word, position) => {
      if (!keepStopWords && isStopWord(word)) return;
      // Numbers and names keep their surface form: stemming would turn "kediri" into "diri".
      const s = isAsciiDigit(word.charCodeAt(0)) || protectedWords.has(word) ? word : stem(word);
      result.push({ surface: word, stem: s, position });
    });
    return result;
  }

  const api = Object.freeze({ normalize, analyze, stem, isStopWord, stopWords: STOP_WORDS });
  root.SiteGenText = api;
  if (typeof module === 'object' && module !== null && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
