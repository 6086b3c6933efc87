/* The profiles list (profiles/index.html): filters by kind, place and what a profile offers and
   seeks, from search/profile-facets.js (stek.facets, in the practices' facet shape, read with
   stek.facetValues). Without JavaScript the list is whole; this script only hides items.
   Within a facet any checked value matches, across facets every facet must. A classic script:
   works from file://. */
(() => {
  'use strict';
  const stek = window.stek;
  stek.onReady(() => {
    const F = stek.facets;
    const box = document.getElementById('profile-browse');
    const list = document.getElementById('profile-list');
    if (!F || !box || !list) return;
    const form = document.getElementById('profile-filters');
    const status = document.getElementById('profile-status');
    const items = Array.from(list.children);
    /* profile i of the facets -> its list item */
    const bySlug = {};
    items.forEach((li) => { bySlug[li.getAttribute('data-slug')] = li; });
    const rows = F.slugs.map((s) => bySlug[s]);
    /* per facet, per profile: the value indexes it has */
    const has = F.tax.map((t) => F.slugs.map((s, i) => stek.facetValues(t, i)));

    F.tax.forEach((t, ti) => {
      const counts = t.values.map(() => 0);
      has[ti].forEach((js) => js.forEach((j) => { counts[j]++; }));
      if (!counts.some((n) => n > 0)) return;
      const set = stek.el('fieldset', { class: 'browse-facet' });
      set.appendChild(stek.el('legend', null, t.label));
      t.values.forEach((v, j) => {
        if (!counts[j]) return;
        const id = `pf-${t.key}-${j}`;
        const row = stek.el('div', { class: 'browse-option' });
        const input = stek.el('input', {
          type: 'checkbox', id, name: t.key, value: String(j), 'data-facet': String(ti),
        });
        row.appendChild(input);
        row.appendChild(stek.el('label', { for: id }, `${v[1]} (${counts[j]})`));
        set.appendChild(row);
      });
      form.appendChild(set);
    });
    const reset = stek.el('button', { type: 'reset', class: 'button' }, box.getAttribute('data-reset'));
    form.appendChild(reset);

    function apply() {
      const wanted = F.tax.map(() => []);
      form.querySelectorAll('input:checked').forEach((i) => {
        wanted[+i.getAttribute('data-facet')].push(+i.value);
      });
      let shown = 0;
      rows.forEach((li, i) => {
        if (!li) return;
        const ok = wanted.every((js, ti) => !js.length || js.some((j) => has[ti][i].indexOf(j) >= 0));
        li.hidden = !ok;
        if (ok) shown++;
      });
      status.textContent = shown
        ? stek.fmt(box.getAttribute('data-count'), shown, rows.length)
        : box.getAttribute('data-none');
    }

    form.addEventListener('change', apply);
    form.addEventListener('reset', () => window.setTimeout(apply, 0));
    form.addEventListener('submit', (e) => e.preventDefault());
    box.hidden = false;
    apply();
  });
})();
