/*
 * SiteGen search engine: reads the index that `sitegen build` writes under search/ (SearchIndexBuilder.cs) and
 * answers queries with as few and as small downloads as it can: the manifest, the index chunks holding the query's
 * words, the facet blocks of the hits, and one record per result shown. A word of five letters or more that finds
 * nothing (or almost nothing) also fetches the vocabulary files of its first letter and length ± 1, to search the word
 * one typo away instead ("pilkda" → "pilkada") or to offer it ("Maksud Anda: …"). No DOM here: sitegen-search-ui.js
 * draws the page, and the tests and the benchmark run this file under Node.
 *
 * Classic browser script (sets globalThis.SiteGenSearch) and CommonJS module. Needs SiteGenText (sitegen-text.js).
 */
(function (root) {
  'use strict';

  const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  const DIGIT = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

  const FACETS = Object.freeze(['unit', 'polda', 'election', 'tag', 'year']);
  // The last word of a query also matches words it begins, so results come while one types.
  const PREFIX_MIN = 3;
  const PREFIX_CHUNKS = 2; // chunks read to find the words a prefix begins
  const PREFIX_EXTRA_CHUNKS = 2; // further chunks read for the stems of those words
  const PREFIX_TERMS = 24;
  const PREFIX_FACTOR = 0.6;
  // Forgiving one typo (SearchVocabulary.cs writes the files): only in words this long, never in the first letter.
  const TYPO_MIN = 5;
  const VOCAB_MIN = 4; // the vocabulary's shortest words: bit 0 of a letter's mask
  const RARE = 3; // a word held by this few bulletins may itself be a typo
  const RARE_FACTOR = 10; // ...so a word one typo away held by this many times more bulletins is offered
  const CLEAR_FACTOR = 4; // the best candidate is searched at once when it is held by this many times more than the next
  const SUGGESTIONS = 3;

  /** Every number of a PostingCodec text. */
  function readNumbers(text) {
    const out = [];
    let value = 0;
    let shift = 0;
    for (let i = 0; i < text.length; i++) {
      const d = DIGIT[text.charCodeAt(i)];
      if (d < 0) throw new Error('bad index text');
      if (d >= 32) { value += (d - 32) * 2 ** shift; shift += 5; continue; }
      out.push(value + d * 2 ** shift);
      value = 0;
      shift = 0;
    }
    return out;
  }

  /** Decodes one posting part into ids and weights; each part's gaps start from -1. */
  function readPostings(text, ids, weights) {
    const numbers = readNumbers(text);
    let previous = -1;
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      previous += numbers[i] + 1;
      ids.push(previous);
      weights.push(numbers[i + 1] + 1);
    }
  }

  /** True when a becomes b by one edit: a letter added, dropped or changed, or two neighbours swapped (SearchVocabulary.OneEditApart). */
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
    return shorter.slice(i) === longer.slice(i + 1);
  }

  function lowerBound(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < key) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * Creates an engine. options.load(path) returns a promise of the parsed JSON file at path (relative to the
   * index folder); options.manifest is the manifest's file name; options.text is SiteGenText.
   */
  function create(options) {
    const load = options.load;
    const text = options.text || root.SiteGenText;
    const cache = new Map();
    let manifest = null;
    let protectedWords = null;
    let phrases = null;

    function get(path) {
      if (!cache.has(path)) {
        const promise = Promise.resolve().then(() => load(path));
        promise.catch(() => cache.delete(path));
        cache.set(path, promise);
      }
      return cache.get(path);
    }

    async function open() {
      if (manifest) return manifest;
      const m = await get(options.manifest);
      if (m.version !== 1) throw new Error('unknown search index version ' + m.version);
      protectedWords = new Set(m.protected ? m.protected.split(' ') : []);
      phrases = new Map();
      for (const [key, stems] of m.glossary) {
        const words = stems.split(' ');
        if (!phrases.has(words[0])) phrases.set(words[0], []);
        phrases.get(words[0]).push({ words, key });
      }
      // Longest phrase first, then by short form, as GlossaryMatcher.cs orders them.
      for (const list of phrases.values()) {
        list.sort((a, b) => b.words.length - a.words.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      }
      const years = new Map();
      for (const [year, first, count] of m.facets.year) {
        if (!years.has(year)) years.set(year, []);
        years.get(year).push([first, first + count]);
      }
      m.yearRanges = years;
      // Facet values as numbers: a value's code is its index in the manifest's list ("year": in yearList).
      m.yearList = [...years.keys()];
      m.yearStarts = m.facets.year.map(([, first]) => first).sort((a, b) => a - b);
      m.yearAt = m.yearStarts.map((first) => m.yearList.indexOf(m.facets.year.find(([, f]) => f === first)[0]));
      m.facetValues = {
        unit: m.facets.unit.map((v) => ({ slug: v[1], name: v[0] })),
        polda: m.facets.polda.map((v) => ({ slug: v[1], name: v[0] })),
        election: m.facets.election.map((v) => ({ slug: v[1], name: v[0] })),
        tag: m.facets.tag.map((v) => ({ slug: v[1], name: v[0] })),
        year: m.yearList.map((y) => ({ slug: y, name: y })),
      };
      manifest = m;
      return m;
    }

    /** The chunk indices that may hold key: those starting with it, else the last one starting before it. */
    function chunksFor(key) {
      const first = manifest.first;
      const lo = lowerBound(first, key);
      const out = [];
      for (let i = lo; i < first.length && first[i] === key; i++) out.push(i);
      if (out.length === 0 && lo > 0) out.push(lo - 1);
      return out;
    }

    /** The chunk indices holding keys that begin with prefix, at most max of them. */
    function chunksForPrefix(prefix, max) {
      const first = manifest.first;
      const lo = lowerBound(first, prefix);
      const out = [];
      if (lo > 0 && !(lo < first.length && first[lo] === prefix)) out.push(lo - 1);
      for (let i = lo; i < first.length && first[i].startsWith(prefix) && out.length < max; i++) out.push(i);
      return out.slice(0, max);
    }

    const chunkPath = (i) => 'i/' + manifest.chunks[i] + '.json';

    /**
     * Turns a query into groups of alternative terms. Every group must match (AND); a glossary phrase becomes its
     * short form; the last word also matches the words it begins.
     */
    function parse(query) {
      const tokens = text.analyze(query, { isQuery: true, protectedWords });
      const groups = [];
      for (let i = 0; i < tokens.length; i++) {
        const candidates = phrases.get(tokens[i].stem) || [];
        let matched = null;
        for (const p of candidates) {
          if (i + p.words.length > tokens.length) continue;
          let ok = true;
          for (let k = 1; k < p.words.length && ok; k++) ok = tokens[i + k].stem === p.words[k];
          if (ok) { matched = p; break; }
        }
        if (matched) {
          groups.push({ label: tokens.slice(i, i + matched.words.length).map((t) => t.surface).join(' '), exact: [matched.key], stems: matched.words.slice(), prefixes: [] });
          i += matched.words.length - 1;
        } else {
          const t = tokens[i];
          groups.push({ label: t.surface, word: t.surface, exact: [t.stem], stems: [t.stem], prefixes: [] });
        }
      }
      // Prefix matching on the last word, unless the query ends with a space (the word is finished).
      const last = groups[groups.length - 1];
      const lastToken = tokens[tokens.length - 1];
      if (last && last.label === lastToken.surface && !/\s$/.test(query)) {
        if (lastToken.surface.length >= PREFIX_MIN) last.prefixes.push(lastToken.surface);
        if (lastToken.stem !== lastToken.surface && lastToken.stem.length >= PREFIX_MIN) last.prefixes.push(lastToken.stem);
      }
      // Two words with the same meaning need not both be there twice.
      const seen = new Set();
      return groups.filter((g) => {
        const key = g.exact.join(' ') + '|' + g.prefixes.join(' ');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }

    async function loadChunks(indices) {
      const unique = [...new Set(indices)].sort((a, b) => a - b);
      const chunks = await Promise.all(unique.map((i) => get(chunkPath(i))));
      return new Map(unique.map((i, k) => [i, chunks[k]]));
    }

    function postingsOf(term, chunks) {
      const ids = [];
      const weights = [];
      for (const i of chunksFor(term)) {
        const chunk = chunks.get(i);
        if (chunk && Object.prototype.hasOwnProperty.call(chunk.w, term)) readPostings(chunk.w[term], ids, weights);
      }
      return { ids, weights };
    }

    /** Finds every matching document: [{ id, score }] in id order, and the terms that matched (for highlighting). */
    async function match(groups) {
      await open();
      const exactChunks = [];
      for (const g of groups) {
        for (const term of g.exact) exactChunks.push(...chunksFor(term));
        for (const p of g.prefixes) exactChunks.push(...chunksForPrefix(p, PREFIX_CHUNKS));
      }
      const chunks = await loadChunks(exactChunks);

      // Stems of the words the last word begins: the stems themselves, and the stems of surface words.
      for (const g of groups) {
        if (g.prefixes.length === 0) continue;
        const found = new Set();
        for (const chunk of chunks.values()) {
          for (const p of g.prefixes) {
            for (const key of Object.keys(chunk.w)) if (key.startsWith(p)) found.add(key);
            for (const key of Object.keys(chunk.s)) if (key.startsWith(p)) found.add(chunk.s[key]);
          }
        }
        for (const term of g.exact) found.delete(term);
        const loaded = (term) => chunksFor(term).every((i) => chunks.has(i));
        const terms = [...found].sort((a, b) => (loaded(b) - loaded(a)) || (a < b ? -1 : a > b ? 1 : 0));
        const extra = new Set();
        g.expanded = [];
        for (const term of terms) {
          if (g.expanded.length >= PREFIX_TERMS) break;
          const need = chunksFor(term).filter((i) => !chunks.has(i));
          const more = need.filter((i) => !extra.has(i));
          if (extra.size + more.length > PREFIX_EXTRA_CHUNKS) continue;
          more.forEach((i) => extra.add(i));
          g.expanded.push(term);
        }
        if (extra.size > 0) for (const [i, c] of await loadChunks([...extra])) chunks.set(i, c);
      }

      const count = manifest.count;
      const matchedTerms = new Set();
      const counts = [];
      // Scores by id in flat arrays (-1: not matched), cheaper than maps for thousands of hits.
      let result = null;
      for (const g of groups) {
        const scores = new Float64Array(count).fill(-1);
        let size = 0;
        const alternatives = g.exact.map((t) => [t, 1]).concat((g.expanded || []).map((t) => [t, PREFIX_FACTOR]));
        for (const [term, factor] of alternatives) {
          const { ids, weights } = postingsOf(term, chunks);
          if (ids.length === 0) continue;
          matchedTerms.add(term);
          const idf = Math.log(1 + count / ids.length);
          for (let k = 0; k < ids.length; k++) {
            const s = idf * weights[k] * factor;
            const old = scores[ids[k]];
            if (old < 0) size++;
            if (s > old) scores[ids[k]] = s;
          }
        }
        // Every group is counted, even once the result is empty: a word that finds nothing may be a typo.
        counts.push(size);
        if (result === null) {
          result = scores;
        } else {
          for (let id = 0; id < count; id++) result[id] = result[id] >= 0 && scores[id] >= 0 ? result[id] + scores[id] : -1;
        }
      }
      const hits = [];
      if (result !== null) for (let id = 0; id < count; id++) if (result[id] >= 0) hits.push({ id, score: result[id] });
      const highlight = new Set(matchedTerms);
      for (const g of groups) {
        if (!matchedTerms.has(g.exact[0])) continue;
        for (const s of g.stems) highlight.add(s);
        // A short form found its long forms too: mark them.
        for (const list of phrases.values()) for (const p of list) if (p.key === g.exact[0]) p.words.forEach((w) => highlight.add(w));
      }
      return { hits, highlight, prefixes: groups.flatMap((g) => g.prefixes), counts };
    }

    /** Whether the vocabulary has a file for words of this first letter and length. */
    function vocabularyHas(letter, length) {
      const vocab = manifest.vocab;
      if (!vocab || length < VOCAB_MIN || length - VOCAB_MIN > 29) return false;
      const masks = manifest.vocabMasks || (manifest.vocabMasks = readNumbers(vocab[1]));
      const mask = masks[letter.charCodeAt(0) - 97] || 0;
      return Math.floor(mask / 2 ** (length - VOCAB_MIN)) % 2 === 1;
    }

    /** The words of one vocabulary group, [{ word, count }]: its first file and the parts it announces. */
    async function vocabularyGroup(letter, length) {
      const base = 'v/' + manifest.vocab[0] + '/' + letter + length;
      const first = await get(base + '.json');
      const rest = await Promise.all(Array.from({ length: first.more || 0 }, (_, k) => get(base + '.' + (k + 1) + '.json')));
      const out = [];
      for (const part of [first, ...rest]) {
        const counts = readNumbers(part.f);
        part.w.split(' ').forEach((word, k) => out.push({ word, count: counts[k] }));
      }
      return out;
    }

    /** The words one typo away from word (same first letter), most bulletins first. */
    async function candidates(word) {
      const lengths = [word.length - 1, word.length, word.length + 1].filter((l) => vocabularyHas(word[0], l));
      const groups = await Promise.all(lengths.map((l) => vocabularyGroup(word[0], l)));
      const out = [];
      for (const list of groups) for (const c of list) if (oneEditApart(word, c.word)) out.push(c);
      return out.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    }

    /** query with each of its words that replacements names replaced; the other words stay as typed. */
    function rewrite(query, replacements) {
      return query.split(/(\s+)/).map((part) => {
        if (part.length === 0 || /^\s+$/.test(part)) return part;
        const words = text.normalize(part);
        if (!words.some((w) => replacements.has(w))) return part;
        return words.map((w) => replacements.get(w) || w).join(' ');
      }).join('');
    }

    /**
     * What to do about words that may be mistyped: { corrected } to search at once instead, { suggestions } to offer,
     * or null. A word of TYPO_MIN letters that finds nothing is replaced by the word one typo away when one candidate
     * is clearly the most common; otherwise the likeliest are offered. A word found in at most RARE bulletins is kept,
     * but a far more common word one typo away is offered.
     */
    async function spell(query, groups, found) {
      if (!manifest.vocab) return null;
      const doubtful = [];
      groups.forEach((g, k) => {
        if (g.word && g.word.length >= TYPO_MIN && /^[a-z]+$/.test(g.word) && found.counts[k] <= RARE) {
          doubtful.push({ word: g.word, count: found.counts[k] });
        }
      });
      if (doubtful.length === 0) return null;
      const lists = await Promise.all(doubtful.map((d) => candidates(d.word)));
      doubtful.forEach((d, k) => { d.candidates = lists[k]; });
      const finds = async (q) => (await match(parse(q))).hits.length;

      const missing = doubtful.filter((d) => d.count === 0);
      if (missing.length > 0) {
        // Every word must match, so one word without a candidate leaves nothing to find.
        if (missing.some((d) => d.candidates.length === 0)) return null;
        const best = new Map(missing.map((d) => [d.word, d.candidates[0].word]));
        const clear = missing.every((d) => d.candidates.length === 1 || d.candidates[0].count >= CLEAR_FACTOR * d.candidates[1].count);
        if (clear) {
          const corrected = rewrite(query, best);
          if (await finds(corrected) > 0) return { corrected };
        }
        // Offer the likeliest words for the first unclear word, each with the others' best.
        const unclear = missing.find((d) => d.candidates.length > 1) || missing[0];
        const suggestions = [];
        for (const c of unclear.candidates.slice(0, SUGGESTIONS)) {
          const q = rewrite(query, new Map([...best, [unclear.word, c.word]]));
          if (await finds(q) > 0) suggestions.push(q);
        }
        return suggestions.length > 0 ? { suggestions } : null;
      }

      const better = new Map();
      for (const d of doubtful) {
        const c = d.candidates[0];
        if (c && c.count >= RARE_FACTOR * d.count) better.set(d.word, c.word);
      }
      if (better.size === 0) return null;
      const q = rewrite(query, better);
      return await finds(q) > found.hits.length ? { suggestions: [q] } : null;
    }

    async function blocksFor(ids) {
      const size = manifest.blockSize;
      const wanted = [...new Set(ids.map((id) => Math.floor(id / size)))].sort((a, b) => a - b);
      const loaded = await Promise.all(wanted.map((b) => get('d/' + manifest.blocks[b] + '.json').then((json) => decodeBlock(b, json))));
      return new Map(wanted.map((b, k) => [b, loaded[k]]));
    }

    function decodeBlock(b, json) {
      if (json.decoded) return json.decoded;
      const units = readNumbers(json.u);
      const elections = readNumbers(json.e);
      const raw = readNumbers(json.t);
      const tags = [];
      for (let k = 0; k < raw.length;) {
        const n = raw[k++];
        tags.push(raw.slice(k, k + n));
        k += n;
      }
      json.decoded = { first: b * manifest.blockSize, units, elections, tags, groups: json.r };
      return json.decoded;
    }

    /** The year code of a document: ids follow the date, so each year is a range of ids. */
    function yearOf(id) {
      const starts = manifest.yearStarts;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= id) lo = mid; else hi = mid - 1;
      }
      return manifest.yearAt[lo];
    }

    /**
     * The facet values of the hits as codes, one array per facet: a number per hit for unit, Polda and year, an array of
     * codes per hit for elections and tags (shared with the decoded blocks, so nothing is copied for thousands of hits).
     */
    function valuesOf(hits, blocks) {
      const n = hits.length;
      const units = manifest.facets.unit;
      const v = { unit: new Int32Array(n), polda: new Int32Array(n), election: new Array(n), tag: new Array(n), year: new Int32Array(n) };
      for (let i = 0; i < n; i++) {
        const id = hits[i].id;
        const block = blocks.get(Math.floor(id / manifest.blockSize));
        const k = id - block.first;
        const unit = block.units[k];
        v.unit[i] = unit;
        v.polda[i] = units[unit][2];
        v.election[i] = manifest.electionSets[block.elections[k]];
        v.tag[i] = block.tags[k];
        v.year[i] = yearOf(id);
      }
      return v;
    }

    /** Whether hit i has one of the selected codes of facet f (a Set), or f selects nothing. */
    function hasSelected(values, f, i, selected) {
      if (selected.size === 0) return true;
      const x = values[f][i];
      if (typeof x === 'number') return selected.has(x);
      for (const c of x) if (selected.has(c)) return true;
      return false;
    }

    /**
     * Runs a search. state: { q, filters: { unit: [slug], polda, election, tag, year }, sort: 'relevance'|'newest' }.
     * With an empty query and some filter, lists every bulletin the filters allow.
     * Returns { total, hits: [{ id, score }], facets: { name: [{ slug, name, count, selected }] }, highlight, prefixes },
     * with corrected: { from, to } when a mistyped word was searched as the word one typo away, or suggestions: [query]
     * when words one typo away are offered instead.
     */
    async function search(state, typed) {
      await open();
      const filters = state.filters || {};
      const anyFilter = FACETS.some((f) => (filters[f] || []).length > 0);
      const groups = parse(state.q || '');
      let found;
      let spelling = null;
      if (groups.length > 0) {
        found = await match(groups);
        // A correction is searched once, as typed: it is never corrected again.
        if (typed === undefined) spelling = await spell(state.q, groups, found);
        if (spelling && spelling.corrected) {
          const result = await search({ ...state, q: spelling.corrected }, state.q);
          result.corrected = { from: state.q, to: spelling.corrected };
          return result;
        }
      } else if (anyFilter) {
        found = { hits: Array.from({ length: manifest.count }, (_, id) => ({ id, score: 0 })), highlight: new Set(), prefixes: [] };
      } else {
        return { total: 0, hits: [], facets: emptyFacets(), highlight: new Set(), prefixes: [], empty: true };
      }

      const blocks = await blocksFor(found.hits.map((h) => h.id));
      const values = valuesOf(found.hits, blocks);
      const n = found.hits.length;
      // The chosen values as codes; a slug the index does not know selects nothing.
      const selected = {};
      const selectedSlugs = {};
      for (const f of FACETS) {
        selectedSlugs[f] = new Set(filters[f] || []);
        selected[f] = new Set();
        manifest.facetValues[f].forEach((v, code) => { if (selectedSlugs[f].has(v.slug)) selected[f].add(code); });
        if (selectedSlugs[f].size > 0 && selected[f].size === 0) selected[f].add(-1);
      }
      const active = FACETS.filter((f) => selected[f].size > 0);
      const passes = (i, skip) => {
        for (const f of active) if (f !== skip && !hasSelected(values, f, i, selected[f])) return false;
        return true;
      };

      // A facet's counts apply every other facet's filter, so one can still add a second unit to the first.
      const facets = {};
      for (const f of FACETS) {
        const counts = new Int32Array(manifest.facetValues[f].length);
        const column = values[f];
        for (let i = 0; i < n; i++) {
          if (!passes(i, f)) continue;
          const x = column[i];
          if (typeof x === 'number') counts[x]++;
          else for (const c of x) counts[c]++; // a bulletin's elections and tags are each listed once
        }
        facets[f] = facetList(f, counts, selectedSlugs[f]);
      }
      const hits = active.length === 0 ? found.hits.slice() : found.hits.filter((h, i) => passes(i, null));
      if (state.sort === 'newest') hits.sort((a, b) => b.id - a.id);
      else hits.sort((a, b) => b.score - a.score || b.id - a.id);
      const result = { total: hits.length, hits, facets, highlight: found.highlight, prefixes: found.prefixes };
      if (spelling && spelling.suggestions) result.suggestions = spelling.suggestions;
      return result;
    }

    function facetList(f, counts, selected) {
      return manifest.facetValues[f]
        .map((v, code) => ({ slug: v.slug, name: v.name, count: counts[code], selected: selected.has(v.slug) }))
        .filter((v) => v.count > 0 || v.selected)
        .sort((a, b) => f === 'year'
          ? (a.slug < b.slug ? 1 : a.slug > b.slug ? -1 : 0)
          : (b.count - a.count) || a.name.localeCompare(b.name, 'id'));
    }

    function emptyFacets() {
      const facets = {};
      for (const f of FACETS) facets[f] = [];
      return facets;
    }

    /** The records (title, url, date, unit, summary, text) of the given hits, in their order. */
    async function records(hits) {
      await open();
      const ids = hits.map((h) => h.id);
      const blocks = await blocksFor(ids);
      return Promise.all(ids.map((id) => {
        const block = blocks.get(Math.floor(id / manifest.blockSize));
        const group = Math.floor(id / manifest.groupSize) - Math.floor(block.first / manifest.groupSize);
        return get('r/' + block.groups[group] + '/' + id + '.json');
      }));
    }

    /**
     * Splits text into pieces [{ text, mark }]: a piece is marked when its word's stem matched the query, or when it
     * begins with the last word being typed. Used for titles and excerpts; the UI inserts the pieces as text.
     */
    function highlight(value, found) {
      const pieces = [];
      const re = /[\p{L}\p{N}'\u2019\u02bc-]+/gu;
      let at = 0;
      let m;
      while ((m = re.exec(value)) !== null) {
        if (isMatch(m[0], found)) {
          if (m.index > at) pieces.push({ text: value.slice(at, m.index), mark: false });
          pieces.push({ text: m[0], mark: true });
          at = m.index + m[0].length;
        }
      }
      if (at < value.length) pieces.push({ text: value.slice(at), mark: false });
      return pieces;
    }

    function isMatch(word, found) {
      // A text says the same words again and again: each is analysed once per search.
      const known = found.matchCache || (found.matchCache = new Map());
      let yes = known.get(word);
      if (yes === undefined) {
        const tokens = text.analyze(word, { protectedWords });
        yes = tokens.some((t) => found.highlight.has(t.stem) || found.prefixes.some((p) => t.surface.startsWith(p)));
        known.set(word, yes);
      }
      return yes;
    }

    /** A window of about `words` words of the record's text around the most matched words, as highlight pieces. */
    function excerpt(record, found, words) {
      const size = words || 30;
      const source = record.x && record.x.length > 0 ? record.x : record.s;
      // One line per block of the text (a heading, a paragraph, a list item): words remember their block.
      const all = [];
      const block = [];
      source.split('\n').forEach((line, b) => {
        for (const w of line.split(/\s+/)) if (w.length > 0) { all.push(w); block.push(b); }
      });
      let best = 0;
      let bestScore = -1;
      if (found.highlight.size > 0 || found.prefixes.length > 0) {
        const hit = all.map((w) => (isMatch(w, found) ? 1 : 0));
        let sum = 0;
        for (let i = 0; i < all.length; i++) {
          sum += hit[i];
          if (i >= size) sum -= hit[i - size];
          const start = Math.max(0, i - size + 1);
          if (sum > bestScore) { bestScore = sum; best = start; }
        }
        // Start a little before the first match of the window, for context, but not in the block before its own.
        while (best < all.length && hit[best] === 0 && bestScore > 0) best++;
        const matched = best;
        best = Math.max(0, best - 4);
        while (best < matched && block[best] !== block[matched]) best++;
      }
      if (bestScore <= 0) {
        // Nothing matched in the body: the summary says best what the bulletin is about.
        const summary = record.s || source;
        return highlight(summary, found);
      }
      // A heading is not run into the paragraph after it: a block that ends without a full stop is set off by a dash.
      const end = Math.min(all.length, best + size);
      let shown = best > 0 ? '… ' : '';
      for (let i = best; i < end; i++) {
        if (i > best) shown += block[i] !== block[i - 1] && !/[.!?:;…]$/.test(all[i - 1]) ? ' — ' : ' ';
        shown += all[i];
      }
      return highlight(shown + (end < all.length ? ' …' : ''), found);
    }

    return Object.freeze({ open, parse, search, records, highlight, excerpt, facets: FACETS });
  }

  /** Reads the search state from a URL query string: q, sort, page and the facets (repeatable). */
  function stateFromQuery(query) {
    const params = new URLSearchParams(query);
    const filters = {};
    for (const f of FACETS) filters[f] = params.getAll(f).filter((v) => v.length > 0);
    const page = parseInt(params.get('page') || '1', 10);
    return {
      q: params.get('q') || '',
      filters,
      sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
      page: Number.isFinite(page) && page > 1 ? Math.min(page, 1000) : 1,
    };
  }

  /** The URL query string of a search state, in a fixed order so equal states give equal URLs. */
  function queryFromState(state) {
    const params = new URLSearchParams();
    if (state.q) params.append('q', state.q);
    for (const f of FACETS) for (const v of (state.filters && state.filters[f]) || []) params.append(f, v);
    if (state.sort === 'newest') params.append('sort', 'newest');
    if (state.page > 1) params.append('page', String(state.page));
    const s = params.toString();
    return s.length > 0 ? '?' + s : '';
  }

  const api = Object.freeze({ create, stateFromQuery, queryFromState, readNumbers, oneEditApart, FACETS });
  root.SiteGenSearch = api;
  if (typeof module === 'object' && module !== null && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
