/*
 * The search page (search/index.html): runs stek.search for the form's q, live while typing (the last
 * word as a prefix) and on submit; renders count, titles, ratings, themes and an excerpt with the
 * matched words marked; filters by theme and rating; arrow keys move through the results.
 */
(function () {
  'use strict';
  var app = document.getElementById('search-app');
  if (!app || !window.stek || !window.stek.results) return;
  var stek = window.stek;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var empty = document.getElementById('search-empty');
  var filters = document.getElementById('search-filters');
  var nojs = document.getElementById('search-nojs');
  var msg = app.dataset;
  var last = null;
  var timer = 0;
  var current = null;

  if (nojs) nojs.hidden = true;
  app.hidden = false;

  function fmt(s, n, q) {
    return s.replace('{0}', n).replace('{1}', q);
  }

  function excerpt(text, terms) {
    var spans = stek.matches(text, terms);
    var start = 0;
    if (spans.length) start = Math.max(0, spans[0][0] - 90);
    if (start > 0) {
      var sp = text.indexOf(' ', start);
      start = sp >= 0 && sp < spans[0][0] ? sp + 1 : start;
    }
    var end = Math.min(text.length, start + 260);
    if (end < text.length) {
      var e = text.lastIndexOf(' ', end);
      if (e > start) end = e;
    }
    var p = document.createElement('p');
    p.className = 'search-excerpt';
    var at = start;
    if (start > 0) p.appendChild(document.createTextNode('… '));
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > end) return;
      p.appendChild(document.createTextNode(text.substring(at, s[0])));
      var m = document.createElement('mark');
      m.textContent = text.substring(s[0], s[1]);
      p.appendChild(m);
      at = s[1];
    });
    p.appendChild(document.createTextNode(text.substring(at, end) + (end < text.length ? ' …' : '')));
    return p;
  }

  function item(hit, terms) {
    var d = hit.doc;
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = stek.root + d.u;
    a.textContent = d.t;
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'search-meta';
    var bits = [];
    if (d.k === 'recommendation') bits.push(msg.recommendation);
    d.th.forEach(function (t) { bits.push(t); });
    d.r.forEach(function (r) { bits.push(fmt(msg.rating, r[1], r[2]).replace('{label}', r[0])); });
    meta.textContent = bits.join(' · ');
    li.appendChild(meta);
    var body = stek.matches(d.x, terms).length ? d.x : d.s;
    li.appendChild(excerpt(body, terms));
    return li;
  }

  function checked(name) {
    return Array.from(filters.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) {
      return i.value;
    });
  }

  function buildFilters(hits) {
    var keep = checked('theme');
    var minKeep = filters.querySelector('select') ? filters.querySelector('select').value : '';
    filters.textContent = '';
    var themes = [];
    hits.forEach(function (h) {
      h.doc.th.forEach(function (t) { if (themes.indexOf(t) < 0) themes.push(t); });
    });
    themes.sort();
    if (!themes.length) { filters.hidden = true; return; }
    filters.hidden = false;
    var fs = document.createElement('fieldset');
    var lg = document.createElement('legend');
    lg.textContent = msg.themes;
    fs.appendChild(lg);
    themes.forEach(function (t, i) {
      var id = 'search-theme-' + i;
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'theme';
      box.value = t;
      box.id = id;
      box.checked = keep.indexOf(t) >= 0;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = t;
      var span = document.createElement('span');
      span.className = 'search-filter';
      span.appendChild(box);
      span.appendChild(label);
      fs.appendChild(span);
    });
    filters.appendChild(fs);
    var scales = {};
    hits.forEach(function (h) { h.doc.r.forEach(function (r) { scales[r[0]] = r[2]; }); });
    Object.keys(scales).forEach(function (name, i) {
      var id = 'search-rating-' + i;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = fmt(msg.minRating, '', '').replace('{label}', name);
      var sel = document.createElement('select');
      sel.id = id;
      sel.name = 'rating';
      sel.dataset.scale = name;
      var any = document.createElement('option');
      any.value = '';
      any.textContent = msg.any;
      sel.appendChild(any);
      for (var n = 1; n <= scales[name]; n++) {
        var o = document.createElement('option');
        o.value = String(n);
        o.textContent = fmt(msg.atLeast, n, scales[name]);
        sel.appendChild(o);
      }
      if (i === 0 && minKeep) sel.value = minKeep;
      var span = document.createElement('span');
      span.className = 'search-filter';
      span.appendChild(label);
      span.appendChild(sel);
      filters.appendChild(span);
    });
  }

  function passes(hit) {
    var themes = checked('theme');
    if (themes.length && !hit.doc.th.some(function (t) { return themes.indexOf(t) >= 0; })) return false;
    var ok = true;
    filters.querySelectorAll('select').forEach(function (sel) {
      if (!sel.value) return;
      var r = hit.doc.r.filter(function (x) { return x[0] === sel.dataset.scale; })[0];
      if (!r || r[1] < Number(sel.value)) ok = false;
    });
    return ok;
  }

  function show() {
    if (!current) return;
    var r = current;
    var shown = r.hits.filter(passes);
    list.textContent = '';
    shown.forEach(function (h) { list.appendChild(item(h, r.terms)); });
    if (!r.query.trim()) status.textContent = '';
    else if (!shown.length) status.textContent = fmt(msg.none, 0, r.query);
    else status.textContent = fmt(shown.length === 1 ? msg.one : msg.count, shown.length, r.query);
    empty.hidden = !(r.query.trim() && !shown.length);
  }

  function run(prefix) {
    var q = input.value;
    var key = q + '\u0000' + prefix;
    if (key === last) return;
    last = key;
    stek.results(q, { prefix: prefix, limit: 200 }).then(function (r) {
      if (key !== last) return;
      r.query = q;
      current = r;
      buildFilters(r.hits);
      show();
    }, function (e) {
      status.textContent = msg.error;
      if (window.console) console.error(e);
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (window.history && history.replaceState) {
      history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    }
    run(false);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 80);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') {
      var first = list.querySelector('a');
      if (first) { e.preventDefault(); first.focus(); }
    }
  });
  list.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = Array.from(list.querySelectorAll('h2 a'));
    var i = links.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown' && i + 1 < links.length) links[i + 1].focus();
    else if (e.key === 'ArrowUp') (i > 0 ? links[i - 1] : input).focus();
  });
  filters.addEventListener('change', show);

  var q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    input.value = q;
    run(false);
  }
})();
