/*
 * Stek search: the browser engine for the index that `stek build` exports to search/*.js.
 * Classic script, no modules, no fetch: shards are <script> files that call stek.addShard({...}),
 * so search works from file:// as well as over http://. The semantics (docs/search.md) are those
 * of `stek search`; scores are Lucene's BM25 sums, precomputed per term and document at build time.
 * stek.js (the helpers, stek.root) loads before it, and loads it on first use outside the search page.
 *
 * API: stek.ready() -> Promise; stek.analyze(text) -> [terms];
 *      stek.search(query, {limit, prefix}) -> Promise<[{url, title, score}]>;
 *      stek.suggest(query) -> Promise<string|null> (search/words.js loads only when needed).
 */
(() => {
  'use strict';
  const stek = window.stek;
  stek.engine = true;
  const root = stek.root;
  const shards = {};
  const pending = {};
  const decoded = {};
  let M = null;
  let stop = null;
  let stemmer = null;
  let segmenter = null;
  const QUOTES = '"\u201c\u201d\u201e';
  const MAX_TOKEN = 255;
  // Letters ASCII folding maps that Unicode decomposition does not.
  const SPECIAL = {
    '\u00df': 'ss', '\u00e6': 'ae', '\u0153': 'oe', '\u00f8': 'o', '\u0142': 'l', '\u0111': 'd',
    '\u00f0': 'd', '\u00fe': 'th', '\u0131': 'i', '\u0133': 'ij', '\u0140': 'l', '\u017f': 's',
    '\u0149': "'n", '\u01c6': 'dz', '\u01c9': 'lj', '\u01cc': 'nj', '\u01f3': 'dz', '\ufb01': 'fi',
    '\ufb02': 'fl', '\ufb00': 'ff', '\ufb03': 'ffi', '\ufb04': 'ffl', '\u0127': 'h', '\u0167': 't',
    '\u0180': 'b', '\u0188': 'c', '\u0192': 'f', '\u0199': 'k', '\u019a': 'l', '\u01b4': 'y',
    '\u01b6': 'z', '\u0138': 'q',
    // Punctuation that can stand inside a word (UAX #29 MidLetter/MidNumLet), as ASCIIFoldingFilter
    '\u2018': "'", '\u2019': "'", '\u2024': '.', '\ufe52': '.', '\uff07': "'", '\uff0e': '.',
    '\uff1a': ':', '\uff0c': ',', '\uff1b': ';', '\ufe13': ':', '\ufe55': ':', '\ufe50': ',',
    '\ufe54': ';', '\ufe10': ',', '\ufe14': ';'
  };

  stek.addShard = (s) => {
    shards[`${s.type}:${s.id}`] = s;
  };

  function load(type, id) {
    const key = `${type}:${id}`;
    if (shards[key]) return Promise.resolve(shards[key]);
    if (pending[key]) return pending[key];
    const file = type === 'm' ? 'manifest' : type === 'w' ? 'words' : `${type}-${id}`;
    pending[key] = stek.addScript(`${root}search/${file}.js`).then(() => {
      if (shards[key]) return shards[key];
      throw new Error(`search shard ${file} did not register`);
    }, () => {
      delete pending[key];
      throw new Error(`cannot load search shard ${file}`);
    });
    return pending[key];
  }

  stek.ready = () => load('m', 'm').then((m) => {
    if (!M) {
      M = m;
      stop = new Set(m.stop);
      const S = m.lang === 'en' ? window.EnglishStemmer : window.DutchStemmer;
      stemmer = S ? new S() : null;
    }
    return M;
  });

  // ---- analysis: the same steps as org.stek.search.SearchAnalyzer ----

  // UAX #29 classes where Chromium's word segmenter and Lucene's StandardTokenizer part ways.
  const MID_LETTER = ':\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a';
  const MID_NUM_LET = '.\u2018\u2019\u2024\ufe52\uff07\uff0e\'';
  const MID_NUM = ',;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b';
  const LETTER_END = /\p{L}\p{M}*$/u;
  const LETTER_START = /^\p{L}/u;
  const DIGIT_END = /\p{Nd}$/u;
  const DIGIT_START = /^\p{Nd}/u;
  const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}]/u;
  const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

  /* Words as Lucene's StandardTokenizer (UAX #29) finds them: {w, start, end}. */
  function segments(text) {
    const out = [];
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      segmenter = segmenter || new Intl.Segmenter('und', { granularity: 'word' });
      for (const s of segmenter.segment(text)) {
        const word = s.isWordLike || EMOJI.test(s.segment); // Lucene keeps emoji as tokens
        out.push({ w: s.segment, start: s.index, end: s.index + s.segment.length, word });
      }
    } else {
      const re = /[\p{L}\p{N}_]+(?:['.][\p{L}\p{N}_]+)*/gu;
      let m;
      while ((m = re.exec(text))) out.push({ w: m[0], start: m.index, end: m.index + m[0].length, word: true });
    }
    return out;
  }

  function words(text) {
    const seg = segments(text);
    const joined = [];
    // WB6/7 and WB11/12: one mid character between letters (or between digits) does not break,
    // "school.be" and "3,5" stay one word in Lucene; Chromium's segmenter breaks some of them.
    for (let i = 0; i < seg.length; i++) {
      const cur = seg[i];
      if (!cur.word) continue;
      let word = { w: cur.w, start: cur.start, end: cur.end };
      while (i + 2 < seg.length && seg[i + 2].word && seg[i + 1].w.length === 1) {
        const mid = seg[i + 1].w, next = seg[i + 2].w;
        const letters = LETTER_END.test(word.w) && LETTER_START.test(next) &&
          (MID_LETTER + MID_NUM_LET).indexOf(mid) >= 0;
        const digits = DIGIT_END.test(word.w) && DIGIT_START.test(next) &&
          (MID_NUM + MID_NUM_LET).indexOf(mid) >= 0;
        if (!letters && !digits) break;
        word = { w: word.w + mid + next, start: word.start, end: seg[i + 2].end };
        i += 2;
      }
      joined.push(word);
    }
    // Lucene makes each ideograph (and hiragana) its own token; Chromium finds dictionary words.
    const out = [];
    joined.forEach((t) => {
      if (!IDEOGRAPHIC.test(t.w)) {
        out.push(t);
        return;
      }
      let run = '', runStart = t.start, at = t.start;
      for (const c of t.w) {
        if (IDEOGRAPHIC.test(c)) {
          if (run) out.push({ w: run, start: runStart, end: at });
          out.push({ w: c, start: at, end: at + c.length });
          run = '';
          runStart = at + c.length;
        } else {
          if (!run) runStart = at;
          run += c;
        }
        at += c.length;
      }
      if (run) out.push({ w: run, start: runStart, end: at });
    });
    // Lucene's StandardTokenizer cuts tokens at 255 chars.
    const cut = [];
    out.forEach((t) => {
      for (let i = 0; i < t.w.length; i += MAX_TOKEN) {
        const part = t.w.substring(i, i + MAX_TOKEN);
        cut.push({ w: part, start: t.start + i, end: t.start + i + part.length });
      }
    });
    return cut;
  }

  function lower(w) {
    let out = '';
    // Per code point, like Java's Character.toLowerCase (no context rules such as final sigma).
    for (const c of w) out += c === '\u0130' ? 'i' : c.toLowerCase();
    return out;
  }

  function fold(w) {
    if (/^[\x00-\x7f]*$/.test(w)) return w;
    let out = '';
    for (const c of w) {
      const n = c.codePointAt(0);
      if (n < 0x80) out += c;
      else if (SPECIAL[c]) out += SPECIAL[c];
      else if ((n >= 0xff10 && n <= 0xff19) || (n >= 0xff21 && n <= 0xff3a) || (n >= 0xff41 && n <= 0xff5a))
        out += String.fromCharCode(n - 0xfee0); // fullwidth digits and letters
      else if (n < 0x250 || (n >= 0x1e00 && n < 0x1f00)) out += c.normalize('NFD').replace(/\p{M}/gu, '');
      else out += c;
    }
    return out;
  }

  function stem(t) {
    if (M.over[t] !== undefined) return M.over[t];
    if (!stemmer) return t;
    stemmer.setCurrent(t);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /* Tokens of text: {term, pos, start, end}; full = stop words and stemming, else just folded. */
  function tokens(text, full) {
    const out = [];
    let pos = -1;
    words(text).forEach((w) => {
      const t = fold(lower(w.w));
      pos++;
      if (full && stop.has(t)) return;
      out.push({ term: full ? stem(t) : t, pos, start: w.start, end: w.end });
    });
    return out;
  }

  stek.analyze = (text) => {
    if (!M) throw new Error('call stek.ready() first');
    return tokens(String(text), true).map((t) => t.term);
  };

  // ---- the term dictionary ----

  /* The shard holding term t: the last whose first term is not after t. */
  function shardOf(t) {
    const f = M.first;
    if (!f.length) return null;
    let lo = 0;
    let hi = f.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (f[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return String(lo);
  }

  function loadTerms(terms) {
    const ids = new Set();
    terms.forEach((t) => {
      const s = shardOf(t);
      if (s !== null) ids.add(s);
    });
    return Promise.all(Array.from(ids).map((id) => load('t', id)));
  }

  const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /* The numbers of a VLQ string (see org.stek.search.Vlq). */
  function vlq(str) {
    const out = [];
    let n = 0;
    let shift = 0;
    for (let i = 0; i < str.length; i++) {
      const d = VLQ.indexOf(str.charAt(i));
      n += (d & 31) * Math.pow(2, shift);
      if (d & 32) shift += 5;
      else {
        out.push(n);
        n = 0;
        shift = 0;
      }
    }
    return out;
  }

  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  const fround = Math.fround;

  /* The length a norm byte stands for (Lucene's SmallFloat.byte4ToInt). */
  function length(norm) {
    if (norm < M.free) return norm;
    const i = norm - M.free;
    const bits = i & 7;
    const shift = (i >>> 3) - 1;
    const value = shift === -1 ? bits : (bits | 8) * Math.pow(2, shift);
    return Math.min(M.free + value, 2147483647);
  }

  /*
   * Doc id -> score of the term: per field Lucene's BM25 in float arithmetic, step by step as
   * BM25Similarity does (org.stek.search.Bm25), summed over fields in double, rounded to float.
   */
  function postings(t) {
    if (decoded[t]) return decoded[t];
    const s = shardOf(t);
    const sh = s === null ? null : shards[`t:${s}`];
    const ns = vlq(sh && has(sh.t, t) ? sh.t[t] : '');
    const fields = M.fields;
    const df = fields.map(() => 0);
    for (let i = 0; i < ns.length; i += 3) df[ns[i + 1] & 7]++;
    const k1 = fround(M.k1);
    const b = fround(M.b);
    const weight = fields.map((f, k) => {
      if (!df[k]) return 0;
      const idf = fround(Math.log(1 + (f.n - df[k] + 0.5) / (df[k] + 0.5)));
      return fround(fround(f.boost) * idf);
    });
    const sums = new Map();
    let doc = 0;
    for (let j = 0; j < ns.length; j += 3) {
      doc += ns[j];
      const field = ns[j + 1] & 7;
      const freq = (ns[j + 1] >>> 3) + 1;
      const avg = fround(fields[field].avg);
      const inv = fround(1 / fround(k1 * fround(fround(1 - b) + fround(fround(b * length(ns[j + 2])) / avg))));
      const w = weight[field];
      const score = fround(w - fround(w / fround(1 + fround(freq * inv))));
      sums.set(doc, (sums.get(doc) || 0) + score);
    }
    const map = new Map();
    sums.forEach((v, d) => map.set(d, fround(v)));
    decoded[t] = map;
    return map;
  }

  function expand(prefix) {
    const ids = [];
    const first = shardOf(prefix);
    if (first !== null) {
      ids.push(first);
      for (let i = Number(first) + 1; i < M.first.length && M.first[i].indexOf(prefix) === 0; i++) {
        ids.push(String(i));
      }
    }
    return Promise.all(ids.map((id) => load('t', id))).then((list) => {
      const found = [];
      list.forEach((sh) => {
        Object.keys(sh.t).forEach((t) => {
          if (t.indexOf(prefix) === 0) found.push({ t, df: postings(t).size });
        });
      });
      found.sort((a, b) => b.df - a.df || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
      return found.slice(0, M.maxExp).map((f) => f.t);
    });
  }

  // ---- query semantics: the same as org.stek.search.SearchQuery ----

  function parse(text, prefix) {
    const parts = [];
    let cur = '';
    let inQuote = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (QUOTES.indexOf(c) >= 0) {
        parts.push({ text: cur, quoted: inQuote });
        cur = '';
        inQuote = !inQuote;
      } else cur += c;
    }
    const q = { parts, last: cur, inQuote, prefix: null, stem: [] };
    if (!inQuote && prefix) {
      const ws = tokens(cur, false);
      const w = ws.length ? ws[ws.length - 1] : null;
      if (w && w.end === cur.length && w.term.length >= M.minPrefix) {
        q.prefix = w.term;
        q.stem = tokens(cur.substring(w.start), true).map((t) => t.term);
        q.last = cur.substring(0, w.start);
      }
    }
    parts.push({ text: q.last, quoted: inQuote });
    const terms = [];
    const units = [];
    const phrases = [];
    const required = [];
    const add = (t) => {
      if (terms.indexOf(t) < 0) terms.push(t);
    };
    let budget = M.maxTerms;
    parts.forEach((p) => {
      const ts = tokens(p.text, true).slice(0, budget);
      budget -= ts.length;
      if (p.quoted) {
        ts.forEach((t) => add(t.term));
        if (ts.length === 1) required.push(ts[0].term);
        else if (ts.length > 1) phrases.push(ts);
        return;
      }
      synonymUnits(ts.map((t) => t.term)).forEach((u) => {
        if (!u.alts.length) add(u.exact[0]);
        else if (!units.some((v) => v.key === u.key)) units.push(u);
      });
    });
    q.terms = terms;
    q.units = units;
    q.phrases = phrases;
    q.required = required;
    return q;
  }

  // ---- synonyms: the same matching as Lucene's SynonymGraphFilter (org.stek.search.SynonymGraph) ----

  let synonymMap = null;

  /* Each entry's terms joined by spaces -> the other entries of its groups; the longest entry. */
  function synonymEntries() {
    if (synonymMap) return synonymMap;
    const map = new Map();
    let longest = 0;
    (M.syn || []).forEach((group) => {
      const entries = group.map((e) => ({ key: e.map((t) => t[0]).join(' '), tokens: e.map((t) => ({ term: t[0], pos: t[1] })) }));
      entries.forEach((e) => {
        longest = Math.max(longest, e.tokens.length);
        if (!map.has(e.key)) map.set(e.key, []);
        const alts = map.get(e.key);
        entries.forEach((o) => {
          if (o.key !== e.key && !alts.some((a) => a.key === o.key)) alts.push(o);
        });
      });
    });
    synonymMap = { map, longest };
    return synonymMap;
  }

  /* Runs of terms: the longest entry that starts at each place, left to right, else one term. */
  function synonymUnits(terms) {
    const { map, longest } = synonymEntries();
    const out = [];
    for (let i = 0; i < terms.length;) {
      let unit = null;
      for (let n = Math.min(longest, terms.length - i); n >= 1 && !unit; n--) {
        const key = terms.slice(i, i + n).join(' ');
        if (map.has(key)) unit = { key, exact: terms.slice(i, i + n), alts: map.get(key) };
      }
      if (!unit) unit = { key: terms[i], exact: [terms[i]], alts: [] };
      out.push(unit);
      i += unit.exact.length;
    }
    return out;
  }

  function isSynonym(term) {
    let found = false;
    synonymEntries().map.forEach((alts, key) => {
      if (key.split(' ').indexOf(term) >= 0) found = true;
    });
    return found;
  }

  /* doc -> field -> Set of positions of term t. */
  function positions(t) {
    const s = shardOf(t);
    const sh = s === null ? null : shards[`p:${s}`];
    const ns = vlq(sh && has(sh.p, t) ? sh.p[t] : '');
    const map = new Map();
    let doc = 0;
    for (let i = 0; i < ns.length; ) {
      doc += ns[i];
      const field = ns[i + 1];
      const count = ns[i + 2];
      i += 3;
      const set = new Set();
      let pos = 0;
      for (let k = 0; k < count; k++) {
        pos += ns[i++];
        set.add(pos);
      }
      if (!map.has(doc)) map.set(doc, new Map());
      map.get(doc).set(field, set);
    }
    return map;
  }

  function phraseDocs(phrase) {
    const ps = phrase.map((t) => positions(t.term));
    const first = phrase[0].pos;
    const out = new Set();
    ps[0].forEach((fields, doc) => {
      fields.forEach((set, field) => {
        if (out.has(doc)) return;
        set.forEach((p) => {
          if (out.has(doc)) return;
          let ok = true;
          for (let i = 1; i < phrase.length && ok; i++) {
            const f = ps[i].get(doc);
            const s = f && f.get(field);
            ok = !!s && s.has(p + phrase[i].pos - first);
          }
          if (ok) out.add(doc);
        });
      });
    });
    return out;
  }

  /* Ranked doc ids with scores, and the terms that were looked up (for highlighting). */
  function rank(query, prefix) {
    return stek.ready().then(() => {
      const q = parse(String(query == null ? '' : query), !!prefix);
      const expansions = q.prefix === null ? Promise.resolve([]) : expand(q.prefix);
      const phraseTerms = [];
      q.phrases.forEach((p) => p.forEach((t) => phraseTerms.push(t.term)));
      const unitTerms = [];
      q.units.forEach((u) => {
        u.exact.forEach((t) => unitTerms.push(t));
        u.alts.forEach((a) => a.tokens.forEach((t) => {
          unitTerms.push(t.term);
          if (a.tokens.length > 1) phraseTerms.push(t.term);
        }));
      });
      const needed = q.terms.concat(q.stem, unitTerms);
      return Promise.all([expansions, loadTerms(needed)]).then((r) => {
        let exp = r[0].slice();
        q.stem.forEach((s) => { if (exp.indexOf(s) < 0) exp.push(s); });
        exp = exp.filter((e) => q.terms.indexOf(e) < 0);
        const posLoads = Array.from(new Set(phraseTerms.map(shardOf).filter((s) => s !== null)))
          .map((id) => load('p', id));
        return Promise.all(posLoads).then(() => score(q, exp));
      });
    });
  }

  /* Doc id -> the summed scores of terms (as a BooleanQuery of them: double, rounded to float). */
  function sumOf(terms) {
    if (terms.length === 1) return postings(terms[0]);
    const sums = new Map();
    terms.forEach((t) => postings(t).forEach((s, doc) => sums.set(doc, (sums.get(doc) || 0) + s)));
    sums.forEach((s, doc) => sums.set(doc, fround(s)));
    return sums;
  }

  /* Doc id -> a synonym unit's score: the best of the words as typed and each weighted synonym. */
  function unitScores(u) {
    const best = new Map();
    const consider = (scores, weight, filter) => scores.forEach((s, doc) => {
      if (filter && !filter.has(doc)) return;
      const w = fround(s * weight);
      if (!best.has(doc) || w > best.get(doc)) best.set(doc, w);
    });
    consider(sumOf(u.exact), 1, null);
    u.alts.forEach((a) => {
      const filter = a.tokens.length > 1 ? phraseDocs(a.tokens) : null;
      consider(sumOf(a.tokens.map((t) => t.term)), M.synWeight, filter);
    });
    return best;
  }

  function score(q, exp) {
    if (q.terms.length === 0 && exp.length === 0 && q.units.length === 0) return { hits: [], terms: [] };
    const sums = new Map();
    const highlight = q.terms.concat(exp);
    q.terms.forEach((t) => {
      postings(t).forEach((s, doc) => sums.set(doc, (sums.get(doc) || 0) + s));
    });
    if (exp.length) {
      const best = new Map();
      exp.forEach((t) => {
        postings(t).forEach((s, doc) => {
          if (!best.has(doc) || s > best.get(doc)) best.set(doc, s);
        });
      });
      best.forEach((s, doc) => sums.set(doc, (sums.get(doc) || 0) + s));
    }
    q.units.forEach((u) => {
      unitScores(u).forEach((s, doc) => sums.set(doc, (sums.get(doc) || 0) + s));
      u.exact.forEach((t) => highlight.push(t));
      u.alts.forEach((a) => a.tokens.forEach((t) => highlight.push(t.term)));
    });
    const filters = q.phrases.map(phraseDocs);
    q.required.forEach((t) => filters.push(new Set(postings(t).keys())));
    const hits = [];
    sums.forEach((s, doc) => {
      for (let i = 0; i < filters.length; i++) if (!filters[i].has(doc)) return;
      hits.push({ doc, score: Math.fround(s) });
    });
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { hits, terms: highlight };
  }

  function docs(ids) {
    const per = M.docShard;
    const need = Array.from(new Set(ids.map((d) => Math.floor(d / per))));
    return Promise.all(need.map((n) => load('d', String(n))))
      .then(() => ids.map((d) => shards[`d:${Math.floor(d / per)}`].d[d % per]));
  }

  /* The result data of documents by their number (document i is facets card i). */
  stek.docs = (ids) => stek.ready().then(() => docs(ids));

  /* The ranking for query, its first limit hits and their documents. */
  function top(query, opts, limit) {
    return rank(query, opts.prefix).then((r) => {
      const hits = r.hits.slice(0, limit);
      return docs(hits.map((h) => h.doc)).then((ds) => ({ r, hits, ds }));
    });
  }

  stek.search = (query, opts) => {
    const o = opts || {};
    return top(query, o, o.limit || 10).then(({ hits, ds }) =>
      hits.map((h, i) => ({ url: ds[i].u, title: ds[i].t, score: h.score })));
  };

  /* Full results for the search page: documents with their data and the terms to highlight. */
  stek.results = (query, opts) => {
    const o = opts || {};
    return top(query, o, o.limit || 100).then(({ r, hits, ds }) => ({
      total: r.hits.length,
      terms: r.terms,
      hits: hits.map((h, i) => ({ doc: ds[i], score: h.score }))
    }));
  };

  // ---- "Bedoelde je …?": the same as org.stek.search.Suggestions ----

  /* Damerau distance of a and b (a swap of neighbours is one edit), as code points; max + 1 above max. */
  function edits(a, b, max) {
    const x = Array.from(a);
    const y = Array.from(b);
    if (Math.abs(x.length - y.length) > max) return max + 1;
    let prev2 = null;
    let prev = [];
    for (let j = 0; j <= y.length; j++) prev.push(j);
    for (let i = 1; i <= x.length; i++) {
      const cur = [i];
      let low = i;
      for (let j = 1; j <= y.length; j++) {
        const cost = x[i - 1] === y[j - 1] ? 0 : 1;
        let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        cur.push(d);
        low = Math.min(low, d);
      }
      if (low > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return Math.min(prev[y.length], max + 1);
  }

  /* At most one edit in a word of up to 6 letters, two in a longer one (none below minSuggest). */
  function maxEdits(w) {
    const n = Array.from(w).length;
    return n < M.minSuggest ? 0 : n <= 6 ? 1 : 2;
  }

  /* The vocabulary's word fewest edits from w, the first (most frequent) of those; or null. */
  function closest(w, vocabulary) {
    const max = maxEdits(w);
    let best = null;
    let bestEdits = max + 1;
    for (let i = 0; i < vocabulary.length && bestEdits > 1; i++) {
      const v = vocabulary[i];
      if (v === w) continue;
      const d = edits(w, v, bestEdits - 1);
      if (d < bestEdits) {
        best = v;
        bestEdits = d;
      }
    }
    return best;
  }

  let vocabularyList = null;
  let shownForms = null;

  /* words.js's d: "gap form gap form ...", the vocabulary's words the cards write otherwise. */
  function readShown(d, list) {
    const out = new Map();
    const parts = d ? d.split(' ') : [];
    let at = 0;
    for (let i = 0; i + 1 < parts.length; i += 2) {
      at += Number(parts[i]);
      out.set(list[at], parts[i + 1]);
    }
    return out;
  }

  /* The query with each word the index does not have replaced by the closest word; or null. */
  stek.suggest = (query) => stek.ready().then(() => {
    const text = String(query == null ? '' : query);
    const words = [];
    tokens(text, false).forEach((w) => {
      if (stop.has(w.term)) return;
      const ts = tokens(text.substring(w.start, w.end), true);
      if (ts.length) words.push({ w, term: ts[0].term });
    });
    return loadTerms(words.map((x) => x.term)).then(() => {
      const unknown = words.filter((x) => postings(x.term).size === 0 && !isSynonym(x.term));
      if (!unknown.length) return null;
      return load('w', 'w').then((sh) => {
        vocabularyList = vocabularyList || (sh.w ? sh.w.split(' ') : []);
        shownForms = shownForms || readShown(sh.d, vocabularyList);
        let out = '';
        let at = 0;
        let changed = false;
        unknown.forEach((x) => {
          const best = closest(x.w.term, vocabularyList);
          if (best === null) return;
          out += text.substring(at, x.w.start) + (shownForms.get(best) || best);
          at = x.w.end;
          changed = true;
        });
        return changed ? out + text.substring(at) : null;
      });
    });
  });

  /* [start, end] offsets of the words of text whose analysed term is one of terms. */
  stek.matches = (text, terms) => {
    const set = new Set(terms);
    return tokens(text, true).filter((t) => set.has(t.term)).map((t) => [t.start, t.end]);
  };
})();
