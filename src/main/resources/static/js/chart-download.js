/*
 * Reveals and wires the "Download PNG" button of every drawn chart. The page renders the button
 * hidden, with its text from the message bundles, and the file name (the chart's id and the
 * companies it shows) in the figure's data-download-name; charts.js says when it has drawn by the
 * window event charts:drawn. No inline script, so a strict Content-Security-Policy holds.
 */
(function () {
  'use strict';

  // The chart is drawn on a transparent canvas: the file gets the figure's background under it,
  // so its text stays readable in any image viewer, in light and dark mode alike.
  function background(element) {
    var colour = getComputedStyle(element).backgroundColor;
    return colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)' ? colour : '#ffffff';
  }

  // The file carries the chart's title above it, so it still says what it shows on its own.
  function save(figure, canvas) {
    var ratio = canvas.clientWidth ? canvas.width / canvas.clientWidth : 1;
    var heading = figure.querySelector('figcaption strong');
    var title = heading ? heading.textContent.trim() : '';
    var band = title ? Math.round(30 * ratio) : 0;
    var copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height + band;
    var ctx = copy.getContext('2d');
    ctx.fillStyle = background(figure);
    ctx.fillRect(0, 0, copy.width, copy.height);
    if (title) {
      ctx.fillStyle = getComputedStyle(figure).color;
      ctx.font = 'bold ' + Math.round(15 * ratio) + 'px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      ctx.fillText(title, Math.round(8 * ratio), band / 2);
    }
    ctx.drawImage(canvas, 0, band);
    copy.toBlob(function (blob) {
      if (!blob) { return; }
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = (figure.getAttribute('data-download-name') || figure.id || 'chart') + '.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
    }, 'image/png');
  }

  function wire() {
    document.querySelectorAll('figure.chart').forEach(function (figure) {
      var canvas = figure.querySelector('canvas[data-drawn]');
      var button = figure.querySelector('button.chart-download');
      if (!canvas || !button || button.getAttribute('data-wired')) { return; }
      button.setAttribute('data-wired', 'true');
      button.addEventListener('click', function () { save(figure, canvas); });
      button.hidden = false;
    });
  }

  window.addEventListener('charts:drawn', wire);
  // charts.js runs first (both are deferred) and may have drawn already.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
