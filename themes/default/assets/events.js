/* The events index (events/index.html): filters by theme, where (online or a place) and whether
   an event is upcoming or past on the build's date, from search/event-facets.js (stek.facets, in
   the practices' facet shape), with stek.filterList: live counts, the choice in the query string.
   Without JavaScript the page lists every event, upcoming then past; this script only hides items,
   and a section (upcoming, past) none of whose events is shown. A classic script: works from
   file://. */
(() => {
  'use strict';
  const stek = window.stek;
  stek.onReady(() => {
    const box = document.getElementById('event-browse');
    if (!stek.facets || !box) return;
    const items = {};
    document.querySelectorAll('.event-list > li[data-slug]').forEach((li) => {
      items[li.getAttribute('data-slug')] = li;
    });
    const sections = Array.from(document.querySelectorAll('.events-part'));
    stek.filterList({
      facets: stek.facets,
      items,
      form: document.getElementById('event-filters'),
      status: document.getElementById('event-status'),
      prefix: 'ef',
      texts: {
        count: box.getAttribute('data-count'),
        none: box.getAttribute('data-none'),
        reset: box.getAttribute('data-reset'),
      },
      after: () => sections.forEach((s) => {
        const all = s.querySelectorAll('.event-list > li');
        s.hidden = all.length > 0 && !Array.from(all).some((li) => !li.hidden);
      }),
    });
    box.hidden = false;
  });
})();
