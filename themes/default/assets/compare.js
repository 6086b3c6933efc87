/*
 * The compare page: the practices named in ?ids=slug1,slug2 (2 to 4) side by side in a table with
 * a row per aspect. Data: search/facets.js and the search index's document shards (stek.docs).
 */
(function () {
  'use strict';
  var stek = (window.stek = window.stek || {});
  var F = null;
  stek.addFacets = function (f) { F = f; };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'class') e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fmt(s) {
    var args = arguments;
    return s.replace(/\{(\d)\}/g, function (m, i) { return args[+i + 1]; });
  }

  function start() {
    var box = document.getElementById('compare');
    if (!box || !F) return;
    var d = box.dataset;
    document.getElementById('compare-nojs').hidden = true;
    box.hidden = false;
    stek.root = stek.root || document.querySelector('script[src$="assets/compare.js"]').src.replace(/assets\/compare\.js.*$/, '');
    var ids = (new URLSearchParams(location.search).get('ids') || '').split(',')
      .map(decodeURIComponent).filter(Boolean).slice(0, 4);
    var cards = ids.map(function (s) { return F.slugs.indexOf(s); }).filter(function (i) { return i >= 0; });
    var status = document.getElementById('compare-status');
    if (cards.length < 2) { status.textContent = d.empty; return; }
    stek.docs(cards).then(function (docs) {
      var table = document.getElementById('compare-table');
      var head = el('thead');
      var tr = el('tr');
      tr.appendChild(el('td'));
      docs.forEach(function (doc) {
        var th = el('th', { scope: 'col' });
        th.appendChild(el('a', { href: stek.root + doc.u }, doc.t));
        tr.appendChild(th);
      });
      head.appendChild(tr);
      table.appendChild(head);
      var body = el('tbody');
      function line(label, cell) {
        var r = el('tr');
        r.appendChild(el('th', { scope: 'row' }, label));
        cards.forEach(function (i, k) {
          var td = el('td');
          var v = cell(i, docs[k], td);
          if (typeof v === 'string') td.textContent = v;
          r.appendChild(td);
        });
        body.appendChild(r);
      }
      F.ratings.forEach(function (r) {
        line(r.label, function (i, doc, td) {
          var level = r.cards[i];
          if (!level) return '–';
          var div = el('div', { class: 'rating rating-' + r.key });
          div.appendChild(el('span', { class: 'rating-text' }, fmt(d.rating, r.label, level, r.max)));
          var scale = el('span', { class: 'scale', 'aria-hidden': 'true' });
          for (var p = 1; p <= r.max; p++) scale.appendChild(el('span', { class: 'pip' + (p <= level ? ' on' : '') }));
          div.appendChild(scale);
          td.appendChild(div);
        });
      });
      line(d.organisation, function (i, doc) { return doc.o || '–'; });
      line(d.place, function (i, doc) { return doc.pl || '–'; });
      F.tax.forEach(function (t) {
        line(t.label, function (i) {
          var names = [];
          t.values.forEach(function (v, j) { if (Math.floor(t.cards[i] / Math.pow(2, j)) % 2 === 1) names.push(v[1]); });
          return names.join(', ') || '–';
        });
      });
      line(d.started, function (i) { return F.started[i] ? String(F.started[i]) : '–'; });
      line(d.published, function (i) {
        return F.date[i] ? new Date(F.date[i] * 86400000).toISOString().slice(0, 10) : '–';
      });
      line(d.summary, function (i, doc) { return doc.s; });
      table.appendChild(body);
      document.title = d.title + ': ' + docs.map(function (x) { return x.t; }).join(', ');
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
