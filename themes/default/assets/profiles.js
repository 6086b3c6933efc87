/* The profiles list (profiles/index.html): filters by kind, place and what a profile offers and
   seeks, from search/profile-facets.js (stek.facets, in the practices' facet shape), with
   stek.filterList: live counts, the choice in the query string. Without JavaScript the list is
   whole; this script only hides items. A classic script: works from file://. */
(() => {
  'use strict';
  const stek = window.stek;
  stek.onReady(() => {
    const box = document.getElementById('profile-browse');
    const list = document.getElementById('profile-list');
    if (!stek.facets || !box || !list) return;
    const items = {};
    Array.from(list.children).forEach((li) => { items[li.getAttribute('data-slug')] = li; });
    stek.filterList({
      facets: stek.facets,
      items,
      form: document.getElementById('profile-filters'),
      status: document.getElementById('profile-status'),
      prefix: 'pf',
      texts: {
        count: box.getAttribute('data-count'),
        none: box.getAttribute('data-none'),
        reset: box.getAttribute('data-reset'),
      },
    });
    box.hidden = false;
  });
})();
