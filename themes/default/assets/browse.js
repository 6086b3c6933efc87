/*
 * The practices list with filters, sorting and a choice to compare, on top of the static list
 * (which stays for readers without JavaScript). Data: search/facets.js (stek.facets) for what
 * filters and sorts; the search index's document shards (stek.docs) for what a row shows.
 * The state is the query string: ?themes=a&themes=b&regions=x&country=BE&reach=3&reach_max=3
 * &q=words&sort=newest|title|<rating>|relevance&compare=slug1,slug2. Classic script, works from
 * file://; stek.js (the helpers) loads before it.
 */
(() => {
  'use strict';
  const stek = window.stek;
  const { el, fmt } = stek;
  const PAGE = 30;
  const LONG = 20; // values from which a taxonomy's list scrolls
  let F = null;
  let box, form, status, list, more, bar;
  let state = null;
  let shown = 0;
  let order = [];
  let relevance = null; // {query, ranks: Map(card -> rank)} for the words in state.q
  let lastRender = 0;
  let announce = null;
  let values = null; // values[t][i]: the value indexes card i has in taxonomy t

  // ---- state <-> query string ----

  function read(search) {
    const p = new URLSearchParams(search);
    const s = { tax: {}, country: p.get('country') || '', min: {}, max: {}, q: p.get('q') || '',
      sort: p.get('sort') || '', compare: (p.get('compare') || '').split(',').filter(Boolean) };
    F.tax.forEach((t) => { s.tax[t.key] = p.getAll(t.key); });
    F.ratings.forEach((r) => {
      s.min[r.key] = +(p.get(r.key) || 0);
      s.max[r.key] = +(p.get(`${r.key}_max`) || 0);
    });
    return s;
  }

  function write(s) {
    const p = new URLSearchParams();
    if (s.q) p.append('q', s.q);
    F.tax.forEach((t) => s.tax[t.key].forEach((v) => p.append(t.key, v)));
    if (s.country) p.append('country', s.country);
    F.ratings.forEach((r) => {
      if (s.min[r.key]) p.append(r.key, String(s.min[r.key]));
      if (s.max[r.key]) p.append(`${r.key}_max`, String(s.max[r.key]));
    });
    if (s.sort) p.append('sort', s.sort);
    if (s.compare.length) p.append('compare', s.compare.join(','));
    const q = p.toString();
    return q ? `?${q}` : location.pathname.split('/').pop();
  }

  // ---- filtering and counting ----

  /* Per taxonomy: null when it does not filter, else wanted[j] for each value index j. */
  function wanted(s) {
    return F.tax.map((t) => {
      const chosen = s.tax[t.key];
      return chosen.length ? t.values.map((v) => chosen.indexOf(v[0]) >= 0) : null;
    });
  }

  function hasAny(values, want) {
    for (let k = 0; k < values.length; k++) if (want[values[k]]) return true;
    return false;
  }

  /* Cards passing every filter, and the counts beside every value (standard faceting). */
  function filter(s) {
    const want = wanted(s);
    const country = s.country ? F.countries.map((c) => c[0]).indexOf(s.country) : -1;
    const counts = F.tax.map((t) => t.values.map(() => 0));
    const countryCounts = F.countries.map(() => 0);
    const hits = [];
    for (let i = 0; i < F.n; i++) {
      if (relevance && !relevance.ranks.has(i)) continue;
      let ok = true;
      for (let r = 0; r < F.ratings.length && ok; r++) {
        const key = F.ratings[r].key, level = F.ratings[r].cards[i];
        if (s.min[key] && level < s.min[key]) ok = false;
        if (s.max[key] && level > s.max[key]) ok = false;
      }
      if (!ok) continue;
      // Which taxonomy filters (and the country) the card fails: it still counts for the values
      // of a filter it alone fails, since choosing such a value would let it in.
      let failed = -1, fails = 0;
      for (let t = 0; t < F.tax.length; t++) {
        if (want[t] && !hasAny(values[t][i], want[t])) { failed = t; fails++; }
      }
      const countryFails = country >= 0 && F.country[i] !== country;
      if (fails + (countryFails ? 1 : 0) > 1) continue;
      for (let t = 0; t < F.tax.length; t++) {
        if (fails === 1 && t !== failed) continue;
        if (countryFails) continue;
        values[t][i].forEach((j) => { counts[t][j]++; });
      }
      if (fails === 0 && F.country[i] >= 0) countryCounts[F.country[i]]++;
      if (fails === 0 && !countryFails) hits.push(i);
    }
    return { hits, counts, countries: countryCounts };
  }

  function sorted(s, hits) {
    const by = s.sort || (s.q ? 'relevance' : 'newest');
    const rating = F.ratings.filter((r) => r.key === by)[0];
    const newest = (a, b) => F.date[b] - F.date[a] || F.title[a] - F.title[b];
    let cmp = newest;
    if (by === 'relevance' && relevance) cmp = (a, b) => relevance.ranks.get(a) - relevance.ranks.get(b);
    else if (by === 'title') cmp = (a, b) => F.title[a] - F.title[b];
    else if (rating) cmp = (a, b) => rating.cards[b] - rating.cards[a] || newest(a, b);
    return hits.slice().sort((a, b) => cmp(a, b) || a - b);
  }

  // ---- the form ----

  /**
   * Adds a field to the form: the control with its label before it.
   * @param {string} label
   * @param {!Element} control
   * @param {string=} cls
   */
  function field(label, control, cls) {
    const f = el('div', { class: cls ? `browse-field ${cls}` : 'browse-field' });
    f.appendChild(el('label', { for: control.id }, label));
    f.appendChild(control);
    form.appendChild(f);
  }

  /* A select with options [value, text]. */
  function select(id, name, options) {
    const s = el('select', { id, name });
    options.forEach(([value, text]) => s.appendChild(el('option', { value }, text)));
    return s;
  }

  function build() {
    const d = box.dataset;
    field(d.search, el('input', { id: 'f-q', name: 'q', type: 'search', autocomplete: 'off' }), 'browse-q');
    const sorts = [['', d.newest], ['title', d.title]].concat(
      F.ratings.map((r) => [r.key, fmt(d.by, r.label)]), [['relevance', d.relevance]]);
    field(d.sort, select('f-sort', 'sort', sorts));
    F.ratings.forEach((r) => {
      const levels = [['', d.any]];
      for (let l = 1; l <= r.max; l++) levels.push([l, fmt(d.atLeast, l, r.max)]);
      field(fmt(d.min, r.label.toLowerCase()), select(`f-${r.key}`, r.key, levels));
    });
    field(d.country, select('f-country', 'country', [['', d.any]].concat(F.countries)));
    // On a phone the values would push the list far down: they fold, open on a wide screen.
    const fold = el('details', { class: 'browse-facets' });
    fold.appendChild(el('summary', null, `${d.filters}: ${F.tax.map((t) => t.label).join(', ')}`));
    fold.open = window.matchMedia('(min-width: 60rem)').matches;
    form.appendChild(fold);
    F.tax.forEach((t) => {
      const fs = el('fieldset', { class: t.values.length > LONG ? 'facet facet-long' : 'facet' });
      fs.appendChild(el('legend', null, t.label));
      const ul = el('ul');
      t.values.forEach(([value, text]) => {
        const li = el('li');
        const id = `f-${t.key}-${value}`;
        li.appendChild(el('input', { type: 'checkbox', id, name: t.key, value }));
        const label = el('label', { for: id }, `${text} `);
        label.appendChild(el('span', { class: 'count', 'data-count': `${t.key}:${value}` }));
        li.appendChild(label);
        ul.appendChild(li);
      });
      fs.appendChild(ul);
      fold.appendChild(fs);
    });
    form.appendChild(el('div', { id: 'browse-active', class: 'browse-active' }));
    form.appendChild(el('button', { type: 'button', id: 'browse-reset', class: 'button-secondary' }, d.reset));
  }

  /* Puts the state into the controls. */
  function show(s) {
    const c = form.elements;
    c.q.value = s.q;
    c.sort.value = s.sort;
    c.country.value = s.country;
    F.ratings.forEach((r) => { c[r.key].value = s.min[r.key] ? String(s.min[r.key]) : ''; });
    F.tax.forEach((t) => {
      form.querySelectorAll(`input[name="${t.key}"]`).forEach((cb) => {
        cb.checked = s.tax[t.key].indexOf(cb.value) >= 0;
      });
    });
  }

  /* Reads the controls into a state (keeping what has no control: maxima, the compare choice). */
  function fromForm() {
    const c = form.elements;
    const s = { tax: {}, country: c.country.value, min: {}, max: state.max,
      q: c.q.value.trim(), sort: c.sort.value, compare: state.compare };
    F.tax.forEach((t) => {
      s.tax[t.key] = Array.from(form.querySelectorAll(`input[name="${t.key}"]`))
        .filter((cb) => cb.checked).map((cb) => cb.value);
    });
    F.ratings.forEach((r) => { s.min[r.key] = +(c[r.key].value || 0); });
    return s;
  }

  function activeChips(s) {
    const d = box.dataset;
    const wrap = document.getElementById('browse-active');
    wrap.textContent = '';
    const chips = [];
    F.ratings.forEach((r) => {
      if (!s.max[r.key]) return;
      const text = fmt(s.min[r.key] === s.max[r.key] ? d.exactly : d.atMost, r.label, s.max[r.key]);
      const remove = () => {
        state.max[r.key] = 0;
        if (s.min[r.key] === s.max[r.key]) state.min[r.key] = 0;
      };
      chips.push({ text, remove });
    });
    if (!chips.length) return;
    wrap.appendChild(el('p', { class: 'browse-active-title' }, d.active));
    chips.forEach((c) => {
      const b = el('button', { type: 'button', class: 'chip chip-remove', 'aria-label': fmt(d.remove, c.text) }, `${c.text} ×`);
      b.addEventListener('click', () => {
        c.remove();
        state = Object.assign({}, state);
        change(state, true);
      });
      wrap.appendChild(b);
    });
  }

  // ---- rendering ----

  function row(i, doc) {
    const li = el('li', { 'data-card': F.slugs[i] });
    const art = el('article', { class: 'teaser' });
    const h = el('h2', { class: 'teaser-title' });
    h.appendChild(el('a', { href: stek.root + doc.u }, doc.t));
    art.appendChild(h);
    if (doc.o || doc.pl) art.appendChild(el('p', { class: 'teaser-meta' }, [doc.o, doc.pl].filter(Boolean).join(' · ')));
    art.appendChild(el('p', { class: 'teaser-summary' }, doc.s));
    const foot = el('div', { class: 'teaser-foot' });
    const ratings = el('div', { class: 'teaser-ratings' });
    F.ratings.forEach((r) => {
      if (r.cards[i]) ratings.appendChild(stek.rating(r, r.cards[i], box.dataset.rating));
    });
    foot.appendChild(ratings);
    if (doc.th && doc.th.length) {
      const ul = el('ul', { class: 'chips' });
      doc.th.forEach((t) => {
        const chip = el('li');
        chip.appendChild(el('span', { class: 'chip' }, t));
        ul.appendChild(chip);
      });
      foot.appendChild(ul);
    }
    const pick = el('p', { class: 'compare-pick' });
    const id = `cmp-${i}`;
    const cb = el('input', { type: 'checkbox', id, value: F.slugs[i] });
    cb.checked = state.compare.indexOf(F.slugs[i]) >= 0;
    cb.addEventListener('change', () => toggleCompare(cb));
    pick.appendChild(cb);
    const label = el('label', { for: id }, `${box.dataset.compare} `);
    label.appendChild(el('span', { class: 'visually-hidden' }, doc.t));
    pick.appendChild(label);
    foot.appendChild(pick);
    art.appendChild(foot);
    li.appendChild(art);
    return li;
  }

  function renderRows(from, to, focus) {
    const ids = order.slice(from, to);
    const token = ++lastRender;
    return stek.docs(ids).then((docs) => {
      if (token !== lastRender && from === 0) return;
      let first = null;
      ids.forEach((i, k) => {
        const li = row(i, docs[k]);
        list.appendChild(li);
        if (!first) first = li;
      });
      shown = to;
      more.hidden = shown >= order.length;
      if (focus && first) first.querySelector('a').focus();
    });
  }

  function render(s, result) {
    const d = box.dataset;
    F.tax.forEach((t, ti) => {
      t.values.forEach(([value], j) => {
        const n = result.counts[ti][j];
        form.querySelector(`[data-count="${t.key}:${value}"]`).textContent = `(${n})`;
        const cb = document.getElementById(`f-${t.key}-${value}`);
        // A value that would give nothing stays visible, disabled, unless it is chosen.
        cb.disabled = n === 0 && !cb.checked;
      });
    });
    Array.from(form.elements.country.options).forEach((o, k) => {
      if (k > 0) o.textContent = `${F.countries[k - 1][1]} (${result.countries[k - 1]})`;
    });
    activeChips(s);
    order = sorted(s, result.hits);
    list.textContent = '';
    shown = 0;
    const n = order.length;
    const text = n === 0 ? d.none : n === 1 ? d.one : fmt(d.count, n);
    // Announced once typing or clicking settles, not at every keystroke.
    clearTimeout(announce);
    announce = setTimeout(() => { status.textContent = text; }, 400);
    status.setAttribute('data-count', n);
    return renderRows(0, Math.min(PAGE, n), false);
  }

  function words(s) {
    if (!s.q) { relevance = null; return Promise.resolve(); }
    if (relevance && relevance.query === s.q) return Promise.resolve();
    return stek.search(s.q, { limit: 1000000 }).then((hits) => {
      const index = {};
      F.slugs.forEach((slug, i) => { index[`practices/${slug}.html`] = i; });
      const ranks = new Map();
      hits.forEach((h, r) => { if (index[h.url] !== undefined) ranks.set(index[h.url], r); });
      relevance = { query: s.q, ranks };
    });
  }

  /* Applies a state: the list, the counts, the URL (a new history entry when push). */
  function change(s, push) {
    state = s;
    if (push) history.pushState(null, '', write(s));
    const t0 = performance.now();
    return words(s).then(() => (state === s ? render(s, filter(s)) : undefined)).then(() => {
      stek.browseMs = performance.now() - t0; // read by `stek bench browse`
      compareBar();
    });
  }
  stek.browse = (search) => change(read(search), true);

  // ---- comparing ----

  function toggleCompare(cb) {
    const c = state.compare.slice();
    const i = c.indexOf(cb.value);
    if (cb.checked && i < 0) {
      if (c.length >= 4) {
        cb.checked = false;
        bar.hidden = false;
        bar.querySelector('.compare-msg').textContent = box.dataset.compareMax;
        return;
      }
      c.push(cb.value);
    } else if (!cb.checked && i >= 0) c.splice(i, 1);
    state = Object.assign({}, state, { compare: c });
    history.replaceState(null, '', write(state));
    compareBar();
  }

  function compareBar() {
    const d = box.dataset, c = state.compare;
    bar.textContent = '';
    bar.hidden = c.length === 0;
    bar.appendChild(el('p', { class: 'compare-msg', role: 'status' }, fmt(d.compareSome, c.length)));
    if (c.length >= 2) {
      const href = `${stek.root}compare.html?ids=${c.map(encodeURIComponent).join(',')}`;
      bar.appendChild(el('a', { class: 'button', href }, fmt(d.compareGo, c.length)));
    }
    const clear = el('button', { type: 'button', class: 'button-secondary' }, d.compareClear);
    clear.addEventListener('click', () => {
      state = Object.assign({}, state, { compare: [] });
      history.replaceState(null, '', write(state));
      list.querySelectorAll('.compare-pick input').forEach((x) => { x.checked = false; });
      compareBar();
    });
    bar.appendChild(clear);
  }

  // ---- start ----

  /* Shows the state s in the controls and applies it. */
  function go(s, push) {
    show(s);
    change(s, push);
  }

  function start() {
    box = document.getElementById('browse');
    F = stek.facets;
    if (!box || !F || !stek.search) return;
    values = F.tax.map((t) => F.slugs.map((slug, i) => stek.facetValues(t, i)));
    form = document.getElementById('browse-form');
    status = document.getElementById('browse-status');
    list = document.getElementById('browse-results');
    more = document.getElementById('browse-more');
    bar = document.getElementById('compare-bar');
    build();
    state = read(location.search);
    show(state);
    box.hidden = false;
    document.getElementById('static-list').hidden = true;
    let typing = null;
    form.addEventListener('change', (e) => {
      if (e.target.name !== 'q') change(fromForm(), true);
    });
    form.elements.q.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => change(fromForm(), true), 250);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      change(fromForm(), true);
    });
    document.getElementById('browse-reset').addEventListener('click', () => {
      const s = read('');
      s.compare = state.compare;
      go(s, true);
    });
    more.addEventListener('click', () => renderRows(shown, Math.min(shown + PAGE, order.length), true));
    window.addEventListener('popstate', () => go(read(location.search), false));
    change(state, false);
  }

  stek.onReady(start);
})();
