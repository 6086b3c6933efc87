/*
 * The practices list with filters, sorting and a choice to compare, on top of the static list
 * (which stays for readers without JavaScript). Data: search/facets.js (stek.addFacets) for what
 * filters and sorts; the search index's document shards (stek.docs) for what a row shows.
 * The state is the query string: ?themes=a&themes=b&regions=x&country=BE&reach=3&reach_max=3
 * &q=words&sort=newest|title|<rating>|relevance&compare=slug1,slug2. Classic script, works from file://.
 */
(function () {
  'use strict';
  var stek = (window.stek = window.stek || {});
  var F = null;
  stek.addFacets = function (f) { F = f; };

  var PAGE = 30;
  var box, form, status, list, more, bar, msg;
  var state = null;
  var shown = 0;
  var order = [];
  var relevance = null; // {query, ranks: Map(card -> rank)} for the words in state.q
  var lastRender = 0;

  function fmt(s) {
    var args = arguments;
    return s.replace(/\{(\d)\}/g, function (m, i) { return args[+i + 1]; });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'class') e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- state <-> query string ----

  function read(search) {
    var p = new URLSearchParams(search);
    var s = { tax: {}, country: p.get('country') || '', min: {}, max: {}, q: p.get('q') || '',
      sort: p.get('sort') || '', compare: (p.get('compare') || '').split(',').filter(Boolean) };
    F.tax.forEach(function (t) { s.tax[t.key] = p.getAll(t.key); });
    F.ratings.forEach(function (r) {
      s.min[r.key] = +(p.get(r.key) || 0);
      s.max[r.key] = +(p.get(r.key + '_max') || 0);
    });
    return s;
  }

  function write(s) {
    var p = new URLSearchParams();
    if (s.q) p.append('q', s.q);
    F.tax.forEach(function (t) { s.tax[t.key].forEach(function (v) { p.append(t.key, v); }); });
    if (s.country) p.append('country', s.country);
    F.ratings.forEach(function (r) {
      if (s.min[r.key]) p.append(r.key, s.min[r.key]);
      if (s.max[r.key]) p.append(r.key + '_max', s.max[r.key]);
    });
    if (s.sort) p.append('sort', s.sort);
    if (s.compare.length) p.append('compare', s.compare.join(','));
    var q = p.toString();
    return q ? '?' + q : location.pathname.split('/').pop();
  }

  // ---- filtering and counting ----

  function masks(s) {
    return F.tax.map(function (t) {
      var m = 0;
      s.tax[t.key].forEach(function (v) {
        for (var j = 0; j < t.values.length; j++) if (t.values[j][0] === v) m += Math.pow(2, j);
      });
      return m;
    });
  }

  function has(mask, bit) { return Math.floor(mask / Math.pow(2, bit)) % 2 === 1; }
  function and(a, b) {
    // Bitmasks can exceed 32 bits: test bit by bit in floating point above 2^31.
    if (a < 2147483648 && b < 2147483648) return (a & b) !== 0;
    for (var j = 0; j < 53 && Math.pow(2, j) <= Math.max(a, b); j++) if (has(a, j) && has(b, j)) return true;
    return false;
  }

  /** Cards passing every filter, and the counts beside every value (standard faceting). */
  function filter(s) {
    var want = masks(s);
    var country = s.country ? F.countries.map(function (c) { return c[0]; }).indexOf(s.country) : -1;
    var counts = F.tax.map(function (t) { return t.values.map(function () { return 0; }); });
    var countryCounts = F.countries.map(function () { return 0; });
    var hits = [];
    for (var i = 0; i < F.n; i++) {
      if (relevance && !relevance.ranks.has(i)) continue;
      var ok = true;
      for (var r = 0; r < F.ratings.length && ok; r++) {
        var key = F.ratings[r].key, level = F.ratings[r].cards[i];
        if (s.min[key] && level < s.min[key]) ok = false;
        if (s.max[key] && level > s.max[key]) ok = false;
      }
      if (!ok) continue;
      // Which taxonomy filters (and the country) the card fails: it still counts for the values
      // of a filter it alone fails, since choosing such a value would let it in.
      var failed = -1, fails = 0;
      for (var t = 0; t < F.tax.length; t++) {
        if (want[t] && !and(F.tax[t].cards[i], want[t])) { failed = t; fails++; }
      }
      var countryFails = country >= 0 && F.country[i] !== country;
      if (fails + (countryFails ? 1 : 0) > 1) continue;
      for (t = 0; t < F.tax.length; t++) {
        if (fails === 1 && t !== failed) continue;
        if (countryFails) continue;
        var m = F.tax[t].cards[i];
        for (var j = 0; j < F.tax[t].values.length; j++) if (has(m, j)) counts[t][j]++;
      }
      if (fails === 0 && F.country[i] >= 0) countryCounts[F.country[i]]++;
      if (fails === 0 && !countryFails) hits.push(i);
    }
    return { hits: hits, counts: counts, countries: countryCounts };
  }

  function sorted(s, hits) {
    var by = s.sort || (s.q ? 'relevance' : 'newest');
    var rating = F.ratings.filter(function (r) { return r.key === by; })[0];
    var newest = function (a, b) { return F.date[b] - F.date[a] || F.title[a] - F.title[b]; };
    var cmp;
    if (by === 'relevance' && relevance) {
      cmp = function (a, b) { return relevance.ranks.get(a) - relevance.ranks.get(b); };
    } else if (by === 'title') {
      cmp = function (a, b) { return F.title[a] - F.title[b]; };
    } else if (rating) {
      cmp = function (a, b) { return rating.cards[b] - rating.cards[a] || newest(a, b); };
    } else cmp = newest;
    return hits.slice().sort(function (a, b) { return cmp(a, b) || a - b; });
  }

  // ---- the form ----

  function build() {
    var d = box.dataset;
    var search = el('div', { class: 'browse-field browse-q' });
    search.appendChild(el('label', { for: 'f-q' }, d.search));
    search.appendChild(el('input', { id: 'f-q', name: 'q', type: 'search', autocomplete: 'off' }));
    form.appendChild(search);
    var sort = el('div', { class: 'browse-field' });
    sort.appendChild(el('label', { for: 'f-sort' }, d.sort));
    var sel = el('select', { id: 'f-sort', name: 'sort' });
    sel.appendChild(el('option', { value: '' }, d.newest));
    sel.appendChild(el('option', { value: 'title' }, d.title));
    F.ratings.forEach(function (r) { sel.appendChild(el('option', { value: r.key }, fmt(d.by, r.label))); });
    sel.appendChild(el('option', { value: 'relevance' }, d.relevance));
    sort.appendChild(sel);
    form.appendChild(sort);
    F.ratings.forEach(function (r) {
      var f = el('div', { class: 'browse-field' });
      f.appendChild(el('label', { for: 'f-' + r.key }, fmt(d.min, r.label.toLowerCase())));
      var s = el('select', { id: 'f-' + r.key, name: r.key });
      s.appendChild(el('option', { value: '' }, d.any));
      for (var l = 1; l <= r.max; l++) s.appendChild(el('option', { value: l }, fmt(d.atLeast, l, r.max)));
      f.appendChild(s);
      form.appendChild(f);
    });
    var c = el('div', { class: 'browse-field' });
    c.appendChild(el('label', { for: 'f-country' }, d.country));
    var cs = el('select', { id: 'f-country', name: 'country' });
    cs.appendChild(el('option', { value: '' }, d.any));
    F.countries.forEach(function (k) { cs.appendChild(el('option', { value: k[0] }, k[1])); });
    c.appendChild(cs);
    form.appendChild(c);
    // On a phone the values would push the list far down: they fold, open on a wide screen.
    var fold = el('details', { class: 'browse-facets' });
    fold.appendChild(el('summary', null, d.filters + ': ' + F.tax.map(function (t) { return t.label; }).join(', ')));
    fold.open = window.matchMedia('(min-width: 60rem)').matches;
    form.appendChild(fold);
    F.tax.forEach(function (t) {
      var fs = el('fieldset', { class: 'facet' });
      fs.appendChild(el('legend', null, t.label));
      var ul = el('ul');
      t.values.forEach(function (v) {
        var li = el('li');
        var id = 'f-' + t.key + '-' + v[0];
        li.appendChild(el('input', { type: 'checkbox', id: id, name: t.key, value: v[0] }));
        var label = el('label', { for: id }, v[1] + ' ');
        label.appendChild(el('span', { class: 'count', 'data-count': t.key + ':' + v[0] }));
        li.appendChild(label);
        ul.appendChild(li);
      });
      fs.appendChild(ul);
      fold.appendChild(fs);
    });
    form.appendChild(el('div', { id: 'browse-active', class: 'browse-active' }));
    form.appendChild(el('button', { type: 'button', id: 'browse-reset', class: 'button-secondary' }, d.reset));
  }

  /** Puts the state into the controls. */
  function show(s) {
    form.elements.q.value = s.q;
    form.elements.sort.value = s.sort;
    form.elements.country.value = s.country;
    F.ratings.forEach(function (r) { form.elements[r.key].value = s.min[r.key] ? String(s.min[r.key]) : ''; });
    F.tax.forEach(function (t) {
      form.querySelectorAll('input[name="' + t.key + '"]').forEach(function (cb) {
        cb.checked = s.tax[t.key].indexOf(cb.value) >= 0;
      });
    });
  }

  /** Reads the controls into a state (keeping what has no control: maxima, the compare choice). */
  function fromForm() {
    var s = { tax: {}, country: form.elements.country.value, min: {}, max: state.max,
      q: form.elements.q.value.trim(), sort: form.elements.sort.value, compare: state.compare };
    F.tax.forEach(function (t) {
      s.tax[t.key] = Array.prototype.filter.call(
        form.querySelectorAll('input[name="' + t.key + '"]'), function (cb) { return cb.checked; })
        .map(function (cb) { return cb.value; });
    });
    F.ratings.forEach(function (r) { s.min[r.key] = +(form.elements[r.key].value || 0); });
    return s;
  }

  function activeChips(s) {
    var d = box.dataset;
    var wrap = document.getElementById('browse-active');
    wrap.textContent = '';
    var chips = [];
    F.ratings.forEach(function (r) {
      if (!s.max[r.key]) return;
      var text = s.min[r.key] === s.max[r.key] ? fmt(d.exactly, r.label, s.max[r.key]) : fmt(d.atMost, r.label, s.max[r.key]);
      chips.push({ text: text, remove: function () { state.max[r.key] = 0; if (s.min[r.key] === s.max[r.key]) state.min[r.key] = 0; } });
    });
    if (!chips.length) return;
    wrap.appendChild(el('p', { class: 'browse-active-title' }, d.active));
    chips.forEach(function (c) {
      var b = el('button', { type: 'button', class: 'chip chip-remove', 'aria-label': fmt(d.remove, c.text) }, c.text + ' ×');
      b.addEventListener('click', function () { c.remove(); state = Object.assign({}, state); change(state, true); });
      wrap.appendChild(b);
    });
  }

  // ---- rendering ----

  function rating(r, level) {
    var div = el('div', { class: 'rating rating-' + r.key });
    div.appendChild(el('span', { class: 'rating-text' }, fmt(box.dataset.rating, r.label, level, r.max)));
    var scale = el('span', { class: 'scale', 'aria-hidden': 'true' });
    for (var i = 1; i <= r.max; i++) scale.appendChild(el('span', { class: 'pip' + (i <= level ? ' on' : '') }));
    div.appendChild(scale);
    return div;
  }

  function row(i, doc) {
    var li = el('li', { 'data-card': F.slugs[i] });
    var art = el('article', { class: 'teaser' });
    var h = el('h2', { class: 'teaser-title' });
    var a = el('a', { href: stek.root + doc.u }, doc.t);
    h.appendChild(a);
    art.appendChild(h);
    if (doc.o || doc.pl) art.appendChild(el('p', { class: 'teaser-meta' }, [doc.o, doc.pl].filter(Boolean).join(' · ')));
    art.appendChild(el('p', { class: 'teaser-summary' }, doc.s));
    var foot = el('div', { class: 'teaser-foot' });
    var ratings = el('div', { class: 'teaser-ratings' });
    F.ratings.forEach(function (r) { if (r.cards[i]) ratings.appendChild(rating(r, r.cards[i])); });
    foot.appendChild(ratings);
    if (doc.th && doc.th.length) {
      var ul = el('ul', { class: 'chips' });
      doc.th.forEach(function (t) {
        var li = el('li');
        li.appendChild(el('span', { class: 'chip' }, t));
        ul.appendChild(li);
      });
      foot.appendChild(ul);
    }
    var pick = el('p', { class: 'compare-pick' });
    var id = 'cmp-' + i;
    var cb = el('input', { type: 'checkbox', id: id, value: F.slugs[i] });
    cb.checked = state.compare.indexOf(F.slugs[i]) >= 0;
    cb.addEventListener('change', function () { toggleCompare(cb); });
    pick.appendChild(cb);
    pick.appendChild(el('label', { for: id }, box.dataset.compare + ' ', ''));
    pick.lastChild.appendChild(el('span', { class: 'visually-hidden' }, doc.t));
    foot.appendChild(pick);
    art.appendChild(foot);
    li.appendChild(art);
    return li;
  }

  function renderRows(from, to, focus) {
    var ids = order.slice(from, to);
    var token = ++lastRender;
    return stek.docs(ids).then(function (docs) {
      if (token !== lastRender && from === 0) return;
      var first = null;
      ids.forEach(function (i, k) {
        var li = row(i, docs[k]);
        list.appendChild(li);
        if (!first) first = li;
      });
      shown = to;
      more.hidden = shown >= order.length;
      if (focus && first) first.querySelector('a').focus();
    });
  }

  var announce = null;
  function render(s, result) {
    var d = box.dataset;
    F.tax.forEach(function (t, ti) {
      t.values.forEach(function (v, j) {
        var n = result.counts[ti][j];
        var span = form.querySelector('[data-count="' + t.key + ':' + v[0] + '"]');
        span.textContent = '(' + n + ')';
        var cb = document.getElementById('f-' + t.key + '-' + v[0]);
        // A value that would give nothing stays visible, disabled, unless it is chosen.
        cb.disabled = n === 0 && !cb.checked;
      });
    });
    Array.prototype.forEach.call(form.elements.country.options, function (o, k) {
      if (k > 0) o.textContent = F.countries[k - 1][1] + ' (' + result.countries[k - 1] + ')';
    });
    activeChips(s);
    order = sorted(s, result.hits);
    list.textContent = '';
    shown = 0;
    var n = order.length;
    var text = n === 0 ? d.none : n === 1 ? d.one : fmt(d.count, n);
    // Announced once typing or clicking settles, not at every keystroke.
    clearTimeout(announce);
    announce = setTimeout(function () { status.textContent = text; }, 400);
    status.setAttribute('data-count', n);
    return renderRows(0, Math.min(PAGE, n), false);
  }

  function words(s) {
    if (!s.q) { relevance = null; return Promise.resolve(); }
    if (relevance && relevance.query === s.q) return Promise.resolve();
    return stek.search(s.q, { limit: 1000000 }).then(function (hits) {
      var index = {};
      F.slugs.forEach(function (slug, i) { index['practices/' + slug + '.html'] = i; });
      var ranks = new Map();
      hits.forEach(function (h, r) { if (index[h.url] !== undefined) ranks.set(index[h.url], r); });
      relevance = { query: s.q, ranks: ranks };
    });
  }

  /** Applies a state: the list, the counts, the URL (a new history entry when push). */
  function change(s, push) {
    state = s;
    if (push) history.pushState(null, '', write(s));
    var t0 = performance.now();
    return words(s).then(function () {
      if (state !== s) return;
      return render(s, filter(s));
    }).then(function () {
      stek.browseMs = performance.now() - t0; // read by `stek bench browse`
      compareBar();
    });
  }
  stek.browse = function (search) { return change(read(search), true); };

  // ---- comparing ----

  function toggleCompare(cb) {
    var c = state.compare.slice();
    var i = c.indexOf(cb.value);
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
    var d = box.dataset, c = state.compare;
    bar.textContent = '';
    bar.hidden = c.length === 0;
    var p = el('p', { class: 'compare-msg', role: 'status' }, fmt(d.compareSome, c.length));
    bar.appendChild(p);
    if (c.length >= 2) {
      bar.appendChild(el('a', { class: 'button', href: stek.root + 'compare.html?ids=' + c.map(encodeURIComponent).join(',') }, fmt(d.compareGo, c.length)));
    }
    var clear = el('button', { type: 'button', class: 'button-secondary' }, d.compareClear);
    clear.addEventListener('click', function () {
      state = Object.assign({}, state, { compare: [] });
      history.replaceState(null, '', write(state));
      list.querySelectorAll('.compare-pick input').forEach(function (x) { x.checked = false; });
      compareBar();
    });
    bar.appendChild(clear);
  }

  // ---- start ----

  function start() {
    box = document.getElementById('browse');
    if (!box || !F || !stek.search) return;
    form = document.getElementById('browse-form');
    status = document.getElementById('browse-status');
    list = document.getElementById('browse-results');
    more = document.getElementById('browse-more');
    bar = document.getElementById('compare-bar');
    stek.root = stek.root || document.querySelector('script[src$="assets/browse.js"]').src.replace(/assets\/browse\.js.*$/, '');
    build();
    state = read(location.search);
    show(state);
    box.hidden = false;
    document.getElementById('static-list').hidden = true;
    var typing = null;
    form.addEventListener('change', function (e) {
      if (e.target.name === 'q') return;
      change(fromForm(), true);
    });
    form.elements.q.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { change(fromForm(), true); }, 250);
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); change(fromForm(), true); });
    document.getElementById('browse-reset').addEventListener('click', function () {
      var s = read('');
      s.compare = state.compare;
      show(s);
      change(s, true);
    });
    more.addEventListener('click', function () { renderRows(shown, Math.min(shown + PAGE, order.length), true); });
    window.addEventListener('popstate', function () {
      var s = read(location.search);
      show(s);
      change(s, false);
    });
    change(state, false);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
