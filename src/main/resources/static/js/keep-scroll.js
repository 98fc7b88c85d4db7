/*
 * The compare page's controls are plain links, so they work without JavaScript (the table's own
 * controls come back to the table by their #compare-table anchor). With JavaScript the reader
 * stays exactly where they were: the scroll position is kept across the reload.
 */
(function () {
  'use strict';
  var KEY = 'gpu-ipo-watch:scroll';

  function restore() {
    var saved;
    try { saved = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (e) { saved = null; }
    sessionStorage.removeItem(KEY);
    if (saved && saved.path === location.pathname && typeof saved.y === 'number') {
      window.scrollTo(0, saved.y);
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.keep-scroll');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, y: window.scrollY }));
    } catch (e) { /* storage refused: the anchor still brings the reader back to the table */ }
    // The anchor would jump to the table's top before the saved position is restored.
    event.preventDefault();
    location.href = link.href.split('#')[0];
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', restore);
  } else {
    restore();
  }
})();
