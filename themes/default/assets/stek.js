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
 *   stek.filterList(o)                   a static list filtered in place by facet checkboxes, its
 *                                        state in the query string (see below)
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

  /*
   * A list the page has whole (readers without JavaScript see every item), filtered by the facets
   * of o.facets (stek.facets, in search/facets.js' shape): a fieldset of checkboxes per facet in
   * o.form; within a facet any checked value matches, across facets every facet must. Beside each
   * value, how many items it would show with the other facets' choices (standard faceting); a value
   * that would show none is disabled unless checked. o.status (a live region) says how many are
   * shown. The state is the query string (?<facet key>=<value key>&...): written as it changes (a
   * new history entry), read on load and on going back, so a filtered list can be shared.
   *   o: {facets, items: {slug: element}, form, status, prefix (of the ids),
   *       texts: {count: "{0} of {1}", none, reset}, after: fn() once items are hidden or shown}
   */
  stek.filterList = (o) => {
    const F = o.facets;
    const rows = F.slugs.map((s) => o.items[s] || null);
    const has = F.tax.map((t) => F.slugs.map((s, i) => stek.facetValues(t, i)));
    const boxes = []; // {t, j, input, count}
    F.tax.forEach((t, t0) => {
      const used = t.values.map((v, j) => has[t0].some((js) => js.indexOf(j) >= 0));
      if (used.indexOf(true) < 0) return;
      // A facet of many values (a long list of places) scrolls within its box.
      const set = el('fieldset', { class: used.filter(Boolean).length > 20 ? 'facet facet-long' : 'facet' });
      set.appendChild(el('legend', null, t.label));
      const ul = el('ul');
      t.values.forEach((v, j) => {
        if (!used[j]) return;
        const id = `${o.prefix}-${t.key}-${j}`;
        const input = el('input', { type: 'checkbox', id, name: t.key, value: v[0] });
        const label = el('label', { for: id }, `${v[1]} `);
        const count = el('span', { class: 'count' });
        label.appendChild(count);
        const li = el('li');
        li.appendChild(input);
        li.appendChild(label);
        ul.appendChild(li);
        boxes.push({ t: t0, j, input, count });
      });
      set.appendChild(ul);
      o.form.appendChild(set);
    });
    o.form.appendChild(el('button', { type: 'reset', class: 'button-secondary' }, o.texts.reset));

    function read() {
      const p = new URLSearchParams(location.search);
      boxes.forEach((b) => { b.input.checked = p.getAll(F.tax[b.t].key).indexOf(b.input.value) >= 0; });
    }

    function write() {
      const p = new URLSearchParams();
      boxes.forEach((b) => { if (b.input.checked) p.append(F.tax[b.t].key, b.input.value); });
      const q = p.toString();
      history.pushState(null, '', q ? `?${q}` : location.pathname.split('/').pop());
    }

    function apply() {
      const wanted = F.tax.map(() => []);
      boxes.forEach((b) => { if (b.input.checked) wanted[b.t].push(b.j); });
      const counts = F.tax.map((t) => t.values.map(() => 0));
      let shown = 0, total = 0;
      rows.forEach((li, i) => {
        if (!li) return;
        total++;
        const fails = [];
        wanted.forEach((js, t) => {
          if (js.length && !js.some((j) => has[t][i].indexOf(j) >= 0)) fails.push(t);
        });
        // An item one filter keeps out still counts for that filter's values: choosing one of
        // them would let it in.
        if (fails.length <= 1) {
          has.forEach((values, t) => {
            if (!fails.length || fails[0] === t) values[i].forEach((j) => { counts[t][j]++; });
          });
        }
        li.hidden = fails.length > 0;
        if (!li.hidden) shown++;
      });
      boxes.forEach((b) => {
        const n = counts[b.t][b.j];
        b.count.textContent = `(${n})`;
        b.input.disabled = n === 0 && !b.input.checked;
      });
      o.status.textContent = shown ? fmt(o.texts.count, shown, total) : o.texts.none;
      if (o.after) o.after();
    }

    o.form.addEventListener('change', () => { apply(); write(); });
    o.form.addEventListener('reset', () => window.setTimeout(() => { apply(); write(); }, 0));
    o.form.addEventListener('submit', (e) => e.preventDefault());
    window.addEventListener('popstate', () => { read(); apply(); });
    read();
    apply();
  };

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
