/*
 * The search page (search/index.html): runs stek.search for the form's q, live while typing (the last
 * word as a prefix) and on submit; renders count, titles, ratings, themes and an excerpt with the
 * matched words marked; filters by theme and rating; arrow keys move through the results.
 * stek.js (the helpers) and search.js (the engine) load before it.
 */
(() => {
  'use strict';
  const app = document.getElementById('search-app');
  if (!app || !window.stek || !window.stek.results) return;
  const stek = window.stek;
  const { el, fmt } = stek;
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const empty = document.getElementById('search-empty');
  const filters = document.getElementById('search-filters');
  const nojs = document.getElementById('search-nojs');
  const suggest = document.getElementById('search-suggest');
  const msg = app.dataset;
  let last = null;
  let timer = 0;
  let current = null;

  if (nojs) nojs.hidden = true;
  app.hidden = false;

  function excerpt(text, terms) {
    const spans = stek.matches(text, terms);
    let start = 0;
    if (spans.length) start = Math.max(0, spans[0][0] - 90);
    if (start > 0) {
      const sp = text.indexOf(' ', start);
      start = sp >= 0 && sp < spans[0][0] ? sp + 1 : start;
    }
    let end = Math.min(text.length, start + 260);
    if (end < text.length) {
      const e = text.lastIndexOf(' ', end);
      if (e > start) end = e;
    }
    const p = el('p', { class: 'search-excerpt' });
    let at = start;
    if (start > 0) p.appendChild(document.createTextNode('… '));
    spans.forEach(([from, to]) => {
      if (from < at || to > end) return;
      p.appendChild(document.createTextNode(text.substring(at, from)));
      p.appendChild(el('mark', null, text.substring(from, to)));
      at = to;
    });
    p.appendChild(document.createTextNode(text.substring(at, end) + (end < text.length ? ' …' : '')));
    return p;
  }

  function item(hit, terms) {
    const d = hit.doc;
    const li = el('li', { class: 'search-result' });
    const h = el('h2');
    h.appendChild(el('a', { href: stek.root + d.u }, d.t));
    li.appendChild(h);
    const kinds = { recommendation: msg.recommendation, organisation: msg.organisation, event: msg.event };
    const bits = kinds[d.k] ? [kinds[d.k]] : [];
    d.th.forEach((t) => bits.push(t));
    d.r.forEach((r) => bits.push(fmt(msg.rating, r[1], r[2]).replace('{label}', r[0])));
    li.appendChild(el('p', { class: 'search-meta' }, bits.join(' · ')));
    const body = stek.matches(d.x, terms).length ? d.x : d.s;
    li.appendChild(excerpt(body, terms));
    return li;
  }

  function checked(name) {
    return Array.from(filters.querySelectorAll(`input[name="${name}"]:checked`)).map((i) => i.value);
  }

  /* A filter: a span with the control and its label. */
  function filter(...parts) {
    const span = el('span', { class: 'search-filter' });
    parts.forEach((p) => span.appendChild(p));
    return span;
  }

  function buildFilters(hits) {
    const keep = checked('theme');
    const minKeep = filters.querySelector('select') ? filters.querySelector('select').value : '';
    filters.textContent = '';
    const themes = [];
    hits.forEach((h) => h.doc.th.forEach((t) => { if (themes.indexOf(t) < 0) themes.push(t); }));
    themes.sort();
    if (!themes.length) {
      filters.hidden = true;
      return;
    }
    filters.hidden = false;
    const fs = el('fieldset');
    fs.appendChild(el('legend', null, msg.themes));
    themes.forEach((t, i) => {
      const id = `search-theme-${i}`;
      const box = el('input', { type: 'checkbox', name: 'theme', value: t, id });
      box.checked = keep.indexOf(t) >= 0;
      fs.appendChild(filter(box, el('label', { for: id }, t)));
    });
    filters.appendChild(fs);
    const scales = {};
    hits.forEach((h) => h.doc.r.forEach((r) => { scales[r[0]] = r[2]; }));
    Object.keys(scales).forEach((name, i) => {
      const id = `search-rating-${i}`;
      const label = el('label', { for: id }, fmt(msg.minRating, '', '').replace('{label}', name));
      const sel = el('select', { id, name: 'rating', 'data-scale': name });
      sel.appendChild(el('option', { value: '' }, msg.any));
      for (let n = 1; n <= scales[name]; n++) {
        sel.appendChild(el('option', { value: String(n) }, fmt(msg.atLeast, n, scales[name])));
      }
      if (i === 0 && minKeep) sel.value = minKeep;
      filters.appendChild(filter(label, sel));
    });
  }

  function passes(hit) {
    const themes = checked('theme');
    if (themes.length && !hit.doc.th.some((t) => themes.indexOf(t) >= 0)) return false;
    let ok = true;
    filters.querySelectorAll('select').forEach((sel) => {
      if (!sel.value) return;
      const r = hit.doc.r.filter((x) => x[0] === sel.dataset.scale)[0];
      if (!r || r[1] < Number(sel.value)) ok = false;
    });
    return ok;
  }

  function show() {
    if (!current) return;
    const r = current;
    const shown = r.hits.filter(passes);
    list.textContent = '';
    shown.forEach((h) => list.appendChild(item(h, r.terms)));
    if (!r.query.trim()) status.textContent = '';
    else if (!shown.length) status.textContent = fmt(msg.none, 0, r.query);
    else status.textContent = fmt(shown.length === 1 ? msg.one : msg.count, shown.length, r.query);
    empty.hidden = !(r.query.trim() && !shown.length);
  }

  /* A search page link for query q; typed: as typed, without a correction. */
  function queryLink(q, typed) {
    return el('a', { href: `?q=${encodeURIComponent(q)}${typed ? '&typed=1' : ''}` }, q);
  }

  /* pattern with {0}, {1}, … replaced by the nodes or texts of args. */
  function fill(pattern, ...args) {
    suggest.textContent = '';
    pattern.split(/(\{\d\})/).forEach((part) => {
      const m = /^\{(\d)\}$/.exec(part);
      const arg = m ? args[+m[1]] : part;
      suggest.appendChild(typeof arg === 'string' ? document.createTextNode(arg) : arg);
    });
    suggest.hidden = false;
  }

  function showResults(r, q) {
    r.query = q;
    current = r;
    buildFilters(r.hits);
    show();
  }

  /*
   * "Bedoelde je …?" after a submitted query: a link to the suggestion; when the query found
   * nothing, the suggestion's results at once, with a link back to the query as typed.
   */
  function correct(r, q, key, typed) {
    return stek.suggest(q).then((s) => {
      if (key !== last || s === null) return;
      if (r.hits.length || typed) {
        fill(msg.didYouMean, queryLink(s, false));
        return;
      }
      stek.results(s, { limit: 200 }).then((rs) => {
        if (key !== last || !rs.hits.length) {
          if (key === last) fill(msg.didYouMean, queryLink(s, false));
          return;
        }
        showResults(rs, s);
        fill(msg.instead, el('strong', null, s), q, queryLink(q, true));
      });
    });
  }

  function run(prefix, typed) {
    const q = input.value;
    const key = `${q}\u0000${prefix}`;
    if (key === last) return;
    last = key;
    suggest.hidden = true;
    stek.results(q, { prefix, limit: 200 }).then((r) => {
      if (key !== last) return;
      showResults(r, q);
      return prefix || !q.trim() ? null : correct(r, q, key, typed);
    }).catch((e) => {
      status.textContent = msg.error;
      if (window.console) console.error(e);
    });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (window.history && history.replaceState) {
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    }
    run(false, false);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(true, false), 80);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = list.querySelector('a');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = Array.from(list.querySelectorAll('h2 a'));
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown' && i + 1 < links.length) links[i + 1].focus();
    else if (e.key === 'ArrowUp') (i > 0 ? links[i - 1] : input).focus();
  });
  filters.addEventListener('change', show);

  const params = new URLSearchParams(window.location.search);
  const q = params.get('q');
  if (q) {
    input.value = q;
    run(false, params.get('typed') === '1');
  }
})();
