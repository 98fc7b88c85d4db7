/*
 * "Copy link": a plain link to the page's own address (its state is in the query string), so it
 * works without JavaScript; with it, a click copies the address to the clipboard instead and says
 * so, in the page's language (data-copied, data-failed). A click with a modifier key stays a link.
 */
(function () {
  'use strict';

  function say(link, text) {
    var status = link.parentNode.querySelector('.copy-status');
    if (status) { status.textContent = text || ''; }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.copy-link');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
    if (!navigator.clipboard || !window.isSecureContext) { return; }
    event.preventDefault();
    navigator.clipboard.writeText(link.href).then(function () {
      say(link, link.getAttribute('data-copied'));
    }, function () {
      say(link, link.getAttribute('data-failed'));
    });
  });
})();
