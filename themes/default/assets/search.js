/*
 * Stek search: the browser engine for the index that `stek build` exports to search/*.js.
 * Classic script, no modules, no fetch: shards are <script> files that call stek.addShard({...}),
 * so search works from file:// as well as over http://. The semantics (docs/search.md) are those
 * of `stek search`; scores are Lucene's BM25 sums, precomputed per term and document at build time.
 *
 * API: stek.ready() -> Promise; stek.analyze(text) -> [terms];
 *      stek.search(query, {limit, prefix}) -> Promise<[{url, title, score}]>.
 */
(function () {
  'use strict';
  var stek = (window.stek = window.stek || {});
  stek.engine = true;
  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/search\.js(?:[?#].*)?$/, '') : '';
  var shards = {};
  var pending = {};
  var decoded = {};
  var M = null;
  var stop = null;
  var stemmer = null;
  var segmenter = null;
  var QUOTES = '"\u201c\u201d\u201e';
  var MAX_TOKEN = 255;
  // Letters ASCII folding maps that Unicode decomposition does not.
  var SPECIAL = {
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

  stek.addShard = function (s) {
    shards[s.type + ':' + s.id] = s;
  };

  function load(type, id) {
    var key = type + ':' + id;
    if (shards[key]) return Promise.resolve(shards[key]);
    if (pending[key]) return pending[key];
    var file = type === 'm' ? 'manifest' : type + '-' + id;
    pending[key] = new Promise(function (resolve, reject) {
      var el = document.createElement('script');
      el.src = root + 'search/' + file + '.js';
      el.onload = function () {
        if (shards[key]) resolve(shards[key]);
        else reject(new Error('search shard ' + file + ' did not register'));
      };
      el.onerror = function () {
        delete pending[key];
        reject(new Error('cannot load search shard ' + file));
      };
      document.head.appendChild(el);
    });
    return pending[key];
  }

  stek.ready = function () {
    return load('m', 'm').then(function (m) {
      if (!M) {
        M = m;
        stop = new Set(m.stop);
        var S = m.lang === 'en' ? window.EnglishStemmer : window.DutchStemmer;
        stemmer = S ? new S() : null;
      }
      return M;
    });
  };

  // ---- analysis: the same steps as org.stek.search.SearchAnalyzer ----

  // UAX #29 classes where Chromium's word segmenter and Lucene's StandardTokenizer part ways.
  var MID_LETTER = ':\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a';
  var MID_NUM_LET = '.\u2018\u2019\u2024\ufe52\uff07\uff0e\'';
  var MID_NUM = ',;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b';
  var LETTER_END = /\p{L}\p{M}*$/u;
  var LETTER_START = /^\p{L}/u;
  var DIGIT_END = /\p{Nd}$/u;
  var DIGIT_START = /^\p{Nd}/u;
  var IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}]/u;
  var EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

  /** Words as Lucene's StandardTokenizer (UAX #29) finds them: {w, start, end}. */
  function segments(text) {
    var out = [];
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      segmenter = segmenter || new Intl.Segmenter('und', { granularity: 'word' });
      for (var s of segmenter.segment(text)) {
        var word = s.isWordLike || EMOJI.test(s.segment); // Lucene keeps emoji as tokens
        out.push({ w: s.segment, start: s.index, end: s.index + s.segment.length, word: word });
      }
    } else {
      var re = /[\p{L}\p{N}_]+(?:['.][\p{L}\p{N}_]+)*/gu;
      var m;
      while ((m = re.exec(text))) out.push({ w: m[0], start: m.index, end: m.index + m[0].length, word: true });
    }
    return out;
  }

  function words(text) {
    var seg = segments(text);
    var joined = [];
    // WB6/7 and WB11/12: one mid character between letters (or between digits) does not break,
    // "school.be" and "3,5" stay one word in Lucene; Chromium's segmenter breaks some of them.
    for (var i = 0; i < seg.length; i++) {
      var cur = seg[i];
      if (!cur.word) continue;
      var word = { w: cur.w, start: cur.start, end: cur.end };
      while (i + 2 < seg.length && seg[i + 2].word && seg[i + 1].w.length === 1) {
        var mid = seg[i + 1].w, next = seg[i + 2].w;
        var letters = LETTER_END.test(word.w) && LETTER_START.test(next) &&
          (MID_LETTER + MID_NUM_LET).indexOf(mid) >= 0;
        var digits = DIGIT_END.test(word.w) && DIGIT_START.test(next) &&
          (MID_NUM + MID_NUM_LET).indexOf(mid) >= 0;
        if (!letters && !digits) break;
        word = { w: word.w + mid + next, start: word.start, end: seg[i + 2].end };
        i += 2;
      }
      joined.push(word);
    }
    // Lucene makes each ideograph (and hiragana) its own token; Chromium finds dictionary words.
    var out = [];
    joined.forEach(function (t) {
      if (!IDEOGRAPHIC.test(t.w)) { out.push(t); return; }
      var run = '', runStart = t.start, at = t.start;
      for (var c of t.w) {
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
    var cut = [];
    out.forEach(function (t) {
      for (var i = 0; i < t.w.length; i += MAX_TOKEN) {
        var part = t.w.substring(i, i + MAX_TOKEN);
        cut.push({ w: part, start: t.start + i, end: t.start + i + part.length });
      }
    });
    return cut;
  }

  function lower(w) {
    var out = '';
    // Per code point, like Java's Character.toLowerCase (no context rules such as final sigma).
    for (var c of w) out += c === '\u0130' ? 'i' : c.toLowerCase();
    return out;
  }

  function fold(w) {
    if (/^[\x00-\x7f]*$/.test(w)) return w;
    var out = '';
    for (var c of w) {
      var n = c.codePointAt(0);
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

  /** Tokens of text: {term, pos, start, end}; full = stop words and stemming, else just folded. */
  function tokens(text, full) {
    var out = [];
    var pos = -1;
    words(text).forEach(function (w) {
      var t = fold(lower(w.w));
      pos++;
      if (full && stop.has(t)) return;
      out.push({ term: full ? stem(t) : t, pos: pos, start: w.start, end: w.end });
    });
    return out;
  }

  stek.analyze = function (text) {
    if (!M) throw new Error('call stek.ready() first');
    return tokens(String(text), true).map(function (t) { return t.term; });
  };

  // ---- the term dictionary ----

  /** The shard holding term t: the last whose first term is not after t. */
  function shardOf(t) {
    var f = M.first;
    if (!f.length) return null;
    var lo = 0;
    var hi = f.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (f[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    return String(lo);
  }

  function loadTerms(terms) {
    var ids = new Set();
    terms.forEach(function (t) {
      var s = shardOf(t);
      if (s !== null) ids.add(s);
    });
    return Promise.all(Array.from(ids).map(function (id) { return load('t', id); }));
  }

  var VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /** The numbers of a VLQ string (see org.stek.search.Vlq). */
  function vlq(str) {
    var out = [];
    var n = 0;
    var shift = 0;
    for (var i = 0; i < str.length; i++) {
      var d = VLQ.indexOf(str.charAt(i));
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

  function has(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
  }

  var fround = Math.fround;

  /** The length a norm byte stands for (Lucene's SmallFloat.byte4ToInt). */
  function length(norm) {
    if (norm < M.free) return norm;
    var i = norm - M.free;
    var bits = i & 7;
    var shift = (i >>> 3) - 1;
    var decoded = shift === -1 ? bits : (bits | 8) * Math.pow(2, shift);
    return Math.min(M.free + decoded, 2147483647);
  }

  /**
   * Doc id -> score of the term: per field Lucene's BM25 in float arithmetic, step by step as
   * BM25Similarity does (org.stek.search.Bm25), summed over fields in double, rounded to float.
   */
  function postings(t) {
    if (decoded[t]) return decoded[t];
    var s = shardOf(t);
    var sh = s === null ? null : shards['t:' + s];
    var ns = vlq(sh && has(sh.t, t) ? sh.t[t] : '');
    var fields = M.fields;
    var df = fields.map(function () { return 0; });
    for (var i = 0; i < ns.length; i += 3) df[ns[i + 1] & 7]++;
    var k1 = fround(M.k1);
    var b = fround(M.b);
    var weight = fields.map(function (f, k) {
      if (!df[k]) return 0;
      var idf = fround(Math.log(1 + (f.n - df[k] + 0.5) / (df[k] + 0.5)));
      return fround(fround(f.boost) * idf);
    });
    var sums = new Map();
    var doc = 0;
    for (var j = 0; j < ns.length; j += 3) {
      doc += ns[j];
      var field = ns[j + 1] & 7;
      var freq = (ns[j + 1] >>> 3) + 1;
      var avg = fround(fields[field].avg);
      var inv = fround(1 / fround(k1 * fround(fround(1 - b) + fround(fround(b * length(ns[j + 2])) / avg))));
      var w = weight[field];
      var score = fround(w - fround(w / fround(1 + fround(freq * inv))));
      sums.set(doc, (sums.get(doc) || 0) + score);
    }
    var map = new Map();
    sums.forEach(function (v, d) { map.set(d, fround(v)); });
    decoded[t] = map;
    return map;
  }

  function expand(prefix) {
    var ids = [];
    var first = shardOf(prefix);
    if (first !== null) {
      ids.push(first);
      for (var i = Number(first) + 1; i < M.first.length && M.first[i].indexOf(prefix) === 0; i++) {
        ids.push(String(i));
      }
    }
    return Promise.all(ids.map(function (id) { return load('t', id); })).then(function (list) {
      var found = [];
      list.forEach(function (sh) {
        Object.keys(sh.t).forEach(function (t) {
          if (t.indexOf(prefix) === 0) found.push({ t: t, df: postings(t).size });
        });
      });
      found.sort(function (a, b) {
        return b.df - a.df || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0);
      });
      return found.slice(0, M.maxExp).map(function (f) { return f.t; });
    });
  }

  // ---- query semantics: the same as org.stek.search.SearchQuery ----

  function parse(text, prefix) {
    var parts = [];
    var cur = '';
    var inQuote = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (QUOTES.indexOf(c) >= 0) {
        parts.push({ text: cur, quoted: inQuote });
        cur = '';
        inQuote = !inQuote;
      } else cur += c;
    }
    var q = { parts: parts, last: cur, inQuote: inQuote, prefix: null, stem: [] };
    if (!inQuote && prefix) {
      var ws = tokens(cur, false);
      var w = ws.length ? ws[ws.length - 1] : null;
      if (w && w.end === cur.length && w.term.length >= M.minPrefix) {
        q.prefix = w.term;
        q.stem = tokens(cur.substring(w.start), true).map(function (t) { return t.term; });
        q.last = cur.substring(0, w.start);
      }
    }
    parts.push({ text: q.last, quoted: inQuote });
    var terms = [];
    var phrases = [];
    var required = [];
    var budget = M.maxTerms;
    parts.forEach(function (p) {
      var ts = tokens(p.text, true).slice(0, budget);
      budget -= ts.length;
      ts.forEach(function (t) {
        if (terms.indexOf(t.term) < 0) terms.push(t.term);
      });
      if (p.quoted) {
        if (ts.length === 1) required.push(ts[0].term);
        else if (ts.length > 1) phrases.push(ts);
      }
    });
    q.terms = terms;
    q.phrases = phrases;
    q.required = required;
    return q;
  }

  /** doc -> field -> Set of positions of term t. */
  function positions(t) {
    var s = shardOf(t);
    var sh = s === null ? null : shards['p:' + s];
    var ns = vlq(sh && has(sh.p, t) ? sh.p[t] : '');
    var map = new Map();
    var doc = 0;
    for (var i = 0; i < ns.length; ) {
      doc += ns[i];
      var field = ns[i + 1];
      var count = ns[i + 2];
      i += 3;
      var set = new Set();
      var pos = 0;
      for (var k = 0; k < count; k++) {
        pos += ns[i++];
        set.add(pos);
      }
      if (!map.has(doc)) map.set(doc, new Map());
      map.get(doc).set(field, set);
    }
    return map;
  }

  function phraseDocs(phrase) {
    var ps = phrase.map(function (t) { return positions(t.term); });
    var first = phrase[0].pos;
    var out = new Set();
    ps[0].forEach(function (fields, doc) {
      fields.forEach(function (set, field) {
        if (out.has(doc)) return;
        set.forEach(function (p) {
          if (out.has(doc)) return;
          var ok = true;
          for (var i = 1; i < phrase.length && ok; i++) {
            var f = ps[i].get(doc);
            var s = f && f.get(field);
            ok = !!s && s.has(p + phrase[i].pos - first);
          }
          if (ok) out.add(doc);
        });
      });
    });
    return out;
  }

  /** Ranked doc ids with scores, and the terms that were looked up (for highlighting). */
  function rank(query, prefix) {
    return stek.ready().then(function () {
      var q = parse(String(query == null ? '' : query), !!prefix);
      var expansions = q.prefix === null ? Promise.resolve([]) : expand(q.prefix);
      var phraseTerms = [];
      q.phrases.forEach(function (p) { p.forEach(function (t) { phraseTerms.push(t.term); }); });
      var needed = q.terms.concat(q.stem);
      return Promise.all([expansions, loadTerms(needed)]).then(function (r) {
        var exp = r[0].slice();
        q.stem.forEach(function (s) { if (exp.indexOf(s) < 0) exp.push(s); });
        exp = exp.filter(function (e) { return q.terms.indexOf(e) < 0; });
        var posLoads = Array.from(new Set(phraseTerms.map(shardOf).filter(function (s) { return s !== null; })))
          .map(function (id) { return load('p', id); });
        return Promise.all(posLoads).then(function () {
          return score(q, exp);
        });
      });
    });
  }

  function score(q, exp) {
    if (q.terms.length === 0 && exp.length === 0) return { hits: [], terms: [] };
    var sums = new Map();
    q.terms.forEach(function (t) {
      postings(t).forEach(function (s, doc) { sums.set(doc, (sums.get(doc) || 0) + s); });
    });
    if (exp.length) {
      var best = new Map();
      exp.forEach(function (t) {
        postings(t).forEach(function (s, doc) {
          if (!best.has(doc) || s > best.get(doc)) best.set(doc, s);
        });
      });
      best.forEach(function (s, doc) { sums.set(doc, (sums.get(doc) || 0) + s); });
    }
    var filters = q.phrases.map(phraseDocs);
    q.required.forEach(function (t) { filters.push(new Set(postings(t).keys())); });
    var hits = [];
    sums.forEach(function (s, doc) {
      for (var i = 0; i < filters.length; i++) if (!filters[i].has(doc)) return;
      hits.push({ doc: doc, score: Math.fround(s) });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { hits: hits, terms: q.terms.concat(exp) };
  }

  function docs(ids) {
    var per = M.docShard;
    var need = Array.from(new Set(ids.map(function (d) { return Math.floor(d / per); })));
    return Promise.all(need.map(function (n) { return load('d', String(n)); })).then(function () {
      return ids.map(function (d) { return shards['d:' + Math.floor(d / per)].d[d % per]; });
    });
  }

  /** The result data of documents by their number (document i is facets card i). */
  stek.docs = function (ids) {
    return stek.ready().then(function () { return docs(ids); });
  };

  stek.search = function (query, opts) {
    opts = opts || {};
    var limit = opts.limit || 10;
    return rank(query, opts.prefix).then(function (r) {
      var top = r.hits.slice(0, limit);
      return docs(top.map(function (h) { return h.doc; })).then(function (ds) {
        return top.map(function (h, i) { return { url: ds[i].u, title: ds[i].t, score: h.score }; });
      });
    });
  };

  /** Full results for the search page: documents with their data and the terms to highlight. */
  stek.results = function (query, opts) {
    opts = opts || {};
    return rank(query, opts.prefix).then(function (r) {
      var top = r.hits.slice(0, opts.limit || 100);
      return docs(top.map(function (h) { return h.doc; })).then(function (ds) {
        return {
          total: r.hits.length,
          terms: r.terms,
          hits: top.map(function (h, i) { return { doc: ds[i], score: h.score }; })
        };
      });
    });
  };

  /** [start, end] offsets of the words of text whose analysed term is one of terms. */
  stek.matches = function (text, terms) {
    var set = new Set(terms);
    return tokens(text, true)
      .filter(function (t) { return set.has(t.term); })
      .map(function (t) { return [t.start, t.end]; });
  };

  stek.root = root;
})();
