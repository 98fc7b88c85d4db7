/*
 * Reveals and wires the "Download PNG" button of every drawn chart, and of the race's SVG timeline. The file is drawn afresh at
 * twice the pixels and carries its context, as a chart shared on its own must: title, caption,
 * the notes on bases and marks, the sources, the data's as-of date and the link of the page it
 * came from. The page renders the button hidden, with its text from the message bundles; the
 * file name (the chart's id and the companies it shows) is the figure's data-download-name.
 * No inline script, so a strict Content-Security-Policy holds.
 */
(function () {
  'use strict';

  var WIDTH = 960;
  var CHART_HEIGHT = 440;
  var RATIO = 2;
  var MARGIN = 24;

  // The colour the figure is seen on: its own, or that of the nearest element behind it that has one.
  function background(element) {
    for (var e = element; e; e = e.parentElement) {
      var colour = getComputedStyle(e).backgroundColor;
      if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') { return colour; }
    }
    return '#ffffff';
  }

  // Splits a text into lines that fit the width (by words, or by characters for Chinese).
  function lines(ctx, text, width) {
    var parts = /\s/.test(text) ? text.split(/(\s+)/) : Array.from(text);
    var out = [];
    var line = '';
    parts.forEach(function (part) {
      var next = line + part;
      if (line && ctx.measureText(next).width > width) {
        out.push(line.trim());
        line = part.trim() ? part : '';
      } else {
        line = next;
      }
    });
    if (line.trim()) { out.push(line.trim()); }
    return out;
  }

  function texts(figure, selector) {
    return Array.from(figure.querySelectorAll(selector)).map(function (e) { return e.textContent.trim(); })
      .filter(function (t) { return t; });
  }

  function context(figure) {
    var sources = Array.from(figure.querySelectorAll('.chart-sources a')).map(function (a) {
      return a.textContent.trim() + ' ' + (a.getAttribute('title') || '');
    });
    var label = figure.querySelector('.chart-sources > span');
    return {
      title: texts(figure, 'figcaption strong')[0] || figure.getAttribute('data-title') || '',
      caption: texts(figure, 'figcaption .chart-caption')[0] || '',
      notes: texts(figure, '.chart-notes li, .chart-note'),
      sources: sources.length ? (label ? label.textContent.trim() + ' ' : '') + sources.join('; ') : '',
      footer: [figure.getAttribute("data-as-of") || "", location.href]
        .filter(function (t) { return t; }).join(' · ')
    };
  }

  // The SVG's look lives in the page's style sheet: each element takes its computed style along,
  // so the picture drawn from it alone looks as the page does.
  var SVG_STYLES = ['fill', 'fill-opacity', 'stroke', 'stroke-opacity', 'stroke-width', 'stroke-dasharray',
    'stroke-linecap', 'opacity', 'font-family', 'font-size', 'font-weight'];

  function svgImage(svg, width, done) {
    var copy = svg.cloneNode(true);
    var from = [svg].concat(Array.from(svg.querySelectorAll('*')));
    var to = [copy].concat(Array.from(copy.querySelectorAll('*')));
    from.forEach(function (element, i) {
      var style = getComputedStyle(element);
      to[i].setAttribute('style', SVG_STYLES.map(function (p) { return p + ':' + style.getPropertyValue(p); }).join(';'));
    });
    copy.querySelectorAll('title').forEach(function (t) { t.remove(); });
    var box = svg.viewBox.baseVal;
    var height = Math.round(width * box.height / box.width);
    copy.setAttribute('width', String(width * RATIO));
    copy.setAttribute('height', String(height * RATIO));
    var image = new Image();
    image.onload = function () { done({ canvas: image, height: height, done: function () {} }); };
    image.onerror = function () { console.warn('The timeline could not be drawn as a picture.'); };
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
  }

  function save(figure, canvas) {
    var inner = WIDTH - 2 * MARGIN;
    var drawn = window.GpuCharts.render(canvas, inner, CHART_HEIGHT, RATIO);
    drawn.height = CHART_HEIGHT;
    compose(figure, drawn);
  }

  function compose(figure, drawn) {
    var info = context(figure);
    var measure = document.createElement('canvas').getContext('2d');
    var inner = WIDTH - 2 * MARGIN;
    var chartHeight = drawn.height;
    var blocks = [
      { font: 'bold 20px system-ui, sans-serif', text: info.title, gap: 6, height: 26 },
      { font: '14px system-ui, sans-serif', text: info.caption, gap: 10, height: 19 },
      { chart: true, gap: 10 }
    ];
    info.notes.forEach(function (n) { blocks.push({ font: '12px system-ui, sans-serif', text: n, gap: 4, height: 16 }); });
    blocks.push({ font: '12px system-ui, sans-serif', text: info.sources, gap: 4, height: 16, muted: true });
    blocks.push({ font: '12px system-ui, sans-serif', text: info.footer, gap: 0, height: 16, muted: true });
    var height = MARGIN;
    blocks.forEach(function (b) {
      if (b.chart) { height += chartHeight + b.gap; return; }
      measure.font = b.font;
      b.lines = b.text ? lines(measure, b.text, inner) : [];
      height += b.lines.length * b.height + (b.lines.length ? b.gap : 0);
    });
    height += MARGIN;
    var copy = document.createElement('canvas');
    copy.width = WIDTH * RATIO;
    copy.height = height * RATIO;
    var ctx = copy.getContext('2d');
    ctx.scale(RATIO, RATIO);
    ctx.fillStyle = background(figure);
    ctx.fillRect(0, 0, WIDTH, height);
    var colour = getComputedStyle(figure).color;
    var muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim() || colour;
    var y = MARGIN;
    ctx.textBaseline = 'top';
    blocks.forEach(function (b) {
      if (b.chart) {
        ctx.drawImage(drawn.canvas, MARGIN, y, inner, chartHeight);
        y += chartHeight + b.gap;
        return;
      }
      ctx.font = b.font;
      ctx.fillStyle = b.muted ? muted : colour;
      b.lines.forEach(function (line) { ctx.fillText(line, MARGIN, y); y += b.height; });
      if (b.lines.length) { y += b.gap; }
    });
    drawn.done();
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
    document.querySelectorAll('figure.race-figure').forEach(function (figure) {
      var svg = figure.querySelector('svg');
      var button = figure.querySelector('button.chart-download');
      if (!svg || !button || button.getAttribute('data-wired')) { return; }
      button.setAttribute('data-wired', 'true');
      button.addEventListener('click', function () {
        svgImage(svg, WIDTH - 2 * MARGIN, function (drawn) { compose(figure, drawn); });
      });
      button.hidden = false;
    });
    document.querySelectorAll('figure.chart').forEach(function (figure) {
      var canvas = figure.querySelector('canvas[data-drawn]');
      var button = figure.querySelector('button.chart-download');
      if (!canvas || !button || !window.GpuCharts || button.getAttribute('data-wired')) { return; }
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
