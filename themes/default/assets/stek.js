/*
 * On every page but 404, before the page's other scripts: the helpers the theme's scripts share,
 * and the search API in a few hundred bytes. The engine (search.js and the Snowball stemmer,
 * ~30 KB) loads on first use, as classic <script> elements, so it works from file://.
 *
 *   stek.search(query, {limit}) -> Promise<[{url, title, score}]>   url relative to the site root
 *   stek.ready() -> Promise                                          engine and manifest loaded
 *   stek.analyze(text) -> [terms]                                    after stek.ready()
 *
 * search.js replaces these functions with its own as it loads. The helpers:
 *
 *   stek.root                            the site root (absolute URL, ends in '/')
 *   stek.el(tag, attrs, text) -> Element attrs as attributes ('class' sets className), text if given
 *   stek.fmt(pattern, ...args) -> string {0}, {1}, … replaced by the args
 *   stek.rating(r, level, pattern) -> Element   a rating's text (pattern: "{0}: {1} op {2}") and
 *                                        scale of r.max pips, the first level on (r: key, label, max)
 *   stek.facetValues(t, i) -> [j]        the value indexes card i has in facet taxonomy t
 *   stek.onReady(fn)                     fn once the document is parsed
 *   stek.addScript(src) -> Promise       a classic script added to the page, settled when it ran
 *   stek.addFacets(f), stek.facets       search/facets.js registers the facet data
 */
(() => {
  'use strict';
  const stek = (window.stek = window.stek || {});
  const script = document.currentScript;
  const root = script ? script.src.replace(/assets\/stek\.js(?:[?#].*)?$/, '') : '';
  stek.root = root;

  /**
   * @param {string} tag
   * @param {?Object=} attrs
   * @param {?=} text
   * @return {!Element}
   */
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach((k) => {
      if (k === 'class') e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  stek.el = el;

  const fmt = (stek.fmt = (s, ...args) => s.replace(/\{(\d)\}/g, (m, i) => args[+i]));

  stek.rating = (r, level, pattern) => {
    const div = el('div', { class: `rating rating-${r.key}` });
    div.appendChild(el('span', { class: 'rating-text' }, fmt(pattern, r.label, level, r.max)));
    const scale = el('span', { class: 'scale', 'aria-hidden': 'true' });
    for (let i = 1; i <= r.max; i++) scale.appendChild(el('span', { class: i <= level ? 'pip on' : 'pip' }));
    div.appendChild(scale);
    return div;
  };

  /*
   * A taxonomy's cards[i] in search/facets.js is a bitmask (which can be wider than 32 bits) or,
   * for a taxonomy of more than 52 values (t.ix), the list of value indexes itself.
   */
  stek.facetValues = (t, i) => {
    const c = t.cards[i];
    if (t.ix) return c;
    const out = [];
    for (let j = 0, b = 1; b <= c; j++, b *= 2) if (Math.floor(c / b) % 2 === 1) out.push(j);
    return out;
  };

  stek.onReady = (fn) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  };

  stek.addScript = (src) => new Promise((resolve, reject) => {
    const e = document.createElement('script');
    e.src = src;
    e.onload = resolve;
    e.onerror = reject;
    document.head.appendChild(e);
  });

  stek.addFacets = (f) => { stek.facets = f; };

  if (stek.engine) return; // search.js is already there
  const stemmer = document.documentElement.lang === 'en' ? 'EnglishStemmer' : 'DutchStemmer';
  const files = ['vendor/snowball/Among.js', 'vendor/snowball/SnowballProgram.js',
    `vendor/snowball/${stemmer}.js`, 'search.js'];
  let loading = null;

  const add = (file) => stek.addScript(`${root}assets/${file}`).catch(() => {
    throw new Error(`cannot load ${file}`);
  });

  const engine = () => {
    // In order: each file uses the ones before it.
    if (!loading) loading = files.reduce((p, f) => p.then(() => add(f)), Promise.resolve());
    return loading;
  };

  stek.ready = () => engine().then(() => stek.ready());
  stek.search = (query, opts) => engine().then(() => stek.search(query, opts));
  stek.docs = (ids) => engine().then(() => stek.docs(ids));
  stek.suggest = (query) => engine().then(() => stek.suggest(query));
  stek.analyze = () => {
    throw new Error('stek.analyze needs the engine: call stek.ready() first');
  };
})();
