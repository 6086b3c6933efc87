/*
 * The compare page: the practices named in ?ids=slug1,slug2 (2 to 4) side by side in a table with
 * a row per aspect. Data: search/facets.js (stek.facets) and the search index's document shards
 * (stek.docs). stek.js (the helpers) loads before it.
 */
(() => {
  'use strict';
  const stek = window.stek;
  const el = stek.el;

  function start() {
    const box = document.getElementById('compare');
    const F = stek.facets;
    if (!box || !F) return;
    const d = box.dataset;
    document.getElementById('compare-nojs').hidden = true;
    box.hidden = false;
    const ids = (new URLSearchParams(location.search).get('ids') || '').split(',')
      .map(decodeURIComponent).filter(Boolean).slice(0, 4);
    const cards = ids.map((s) => F.slugs.indexOf(s)).filter((i) => i >= 0);
    const status = document.getElementById('compare-status');
    if (cards.length < 2) {
      status.textContent = d.empty;
      return;
    }
    stek.docs(cards).then((docs) => {
      const table = document.getElementById('compare-table');
      const head = el('thead');
      const tr = el('tr');
      tr.appendChild(el('td'));
      docs.forEach((doc) => {
        const th = el('th', { scope: 'col' });
        th.appendChild(el('a', { href: stek.root + doc.u }, doc.t));
        tr.appendChild(th);
      });
      head.appendChild(tr);
      table.appendChild(head);
      const body = el('tbody');
      /* A row: cell(card, doc, td) returns the cell's text or fills td itself. */
      const line = (label, cell) => {
        const r = el('tr');
        r.appendChild(el('th', { scope: 'row' }, label));
        cards.forEach((i, k) => {
          const td = el('td');
          const v = cell(i, docs[k], td);
          if (typeof v === 'string') td.textContent = v;
          r.appendChild(td);
        });
        body.appendChild(r);
      };
      F.ratings.forEach((r) => {
        line(r.label, (i, doc, td) => {
          const level = r.cards[i];
          if (!level) return '–';
          td.appendChild(stek.rating(r, level, d.rating));
          return null;
        });
      });
      line(d.organisation, (i, doc) => doc.o || '–');
      line(d.place, (i, doc) => doc.pl || '–');
      F.tax.forEach((t) => {
        line(t.label, (i) => stek.facetValues(t, i).map((j) => t.values[j][1]).join(', ') || '–');
      });
      line(d.started, (i) => (F.started[i] ? String(F.started[i]) : '–'));
      line(d.published, (i) => (F.date[i] ? new Date(F.date[i] * 86400000).toISOString().slice(0, 10) : '–'));
      line(d.summary, (i, doc) => doc.s);
      table.appendChild(body);
      document.title = `${d.title}: ${docs.map((x) => x.t).join(', ')}`;
      sectionRow(body, cards, line);
    });
  }

  /* The section chosen in #compare-section as one more row, from sections/N.js (each holds
     SHARD practices in the order of stek.facets); the choice is kept in the URL (?section=). */
  const SHARD = 100;
  function sectionRow(body, cards, line) {
    const select = document.getElementById('compare-section');
    if (!select) return;
    const params = new URLSearchParams(location.search);
    if (params.get('section')) select.value = params.get('section');
    const show = () => {
      const old = document.getElementById('compare-section-row');
      if (old) old.parentNode.removeChild(old);
      const key = select.value;
      params.set('section', key);
      history.replaceState(null, '', `?${params.toString()}`);
      if (!key) return;
      const shards = cards.map((i) => Math.floor(i / SHARD)).filter((n, k, all) => all.indexOf(n) === k);
      Promise.all(shards.map((n) => stek.addScript(`${stek.root}sections/${n}.js`))).then(() => {
        const all = window.stekSections || {};
        const label = select.options[select.selectedIndex].textContent;
        line(label, (i, doc, td) => {
          const text = ((all[Math.floor(i / SHARD)] || [])[i % SHARD] || {})[key] || '';
          if (!text) return '–';
          text.split('\n\n').forEach((para) => td.appendChild(el('p', {}, para)));
          return null;
        });
        body.lastChild.id = 'compare-section-row';
      });
    };
    select.addEventListener('change', show);
    if (select.value) show();
  }

  stek.onReady(start);
})();
