/*
 * Draws every <canvas data-chart="…"> with Chart.js. The data comes as JSON from the page (no
 * inline script), with a display text per value so labels and tooltips keep their qualifier
 * ("over CNY 3.2B", "约42亿元"); a missing value has no bar and its reason written in its place.
 * Bars start at zero on a linear axis, so a bar's length is its value; a lower bound is hatched,
 * a disputed figure outlined. On a narrow screen the bars lie down, so labels need no rotating.
 */
(function () {
  'use strict';

  function cssVar(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name);
    return value ? value.trim() : fallback;
  }

  function compact(lang) {
    var format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { notation: 'compact', maximumFractionDigits: 1 });
    return function (value) { return format.format(value); };
  }

  // Diagonal stripes in the bar's colour: "at least this much", not an exact length.
  function hatch(ctx, colour) {
    var tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    var t = tile.getContext('2d');
    t.fillStyle = colour + '55';
    t.fillRect(0, 0, 8, 8);
    t.strokeStyle = colour;
    t.lineWidth = 2;
    t.beginPath();
    t.moveTo(0, 8); t.lineTo(8, 0);
    t.moveTo(-2, 2); t.lineTo(2, -2);
    t.moveTo(6, 10); t.lineTo(10, 6);
    t.stroke();
    return ctx.createPattern(tile, 'repeat');
  }

  function fills(ctx, s) {
    return s.colors.map(function (colour, j) {
      if (s.marks[j] === 'lower-bound') { return hatch(ctx, colour); }
      if (s.marks[j] === 'disputed') { return colour + '40'; }
      return colour;
    });
  }

  // Writes each bar's display text at its end, and the reason for a missing bar at the baseline.
  var valueLabels = {
    id: 'valueLabels',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var spec = chart.canvas.$spec;
      if (!spec) { return; }
      var horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillStyle = cssVar('--text', '#222');
      var values = chart.data.labels.length * chart.data.datasets.length;
      chart.data.datasets.forEach(function (dataset, i) {
        var meta = chart.getDatasetMeta(i);
        if (meta.hidden || (values > 8 && !horizontal)) { return; }
        meta.data.forEach(function (bar, j) {
          if (dataset.data[j] === null) { return; }
          var text = spec.series[i].texts[j];
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, Math.min(bar.x + 4, chart.chartArea.right - ctx.measureText(text).width), bar.y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'alphabetic';
            ctx.fillText(text, bar.x, bar.y - 4);
          }
        });
      });
      // A label with no value in any series gets its reason written once, where its bars would be.
      ctx.fillStyle = cssVar('--muted', '#666');
      chart.data.labels.forEach(function (label, j) {
        var allMissing = chart.data.datasets.every(function (d) { return d.data[j] === null; });
        if (!allMissing) { return; }
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(spec.series[0].texts[j], chart.chartArea.left + 6, chart.scales.y.getPixelForValue(j));
        } else {
          ctx.textAlign = 'center';
          ctx.fillText(spec.series[0].texts[j], chart.scales.x.getPixelForValue(j), chart.chartArea.bottom - 6);
        }
      });
      ctx.restore();
    }
  };

  // The chart's whole configuration: the page's canvas and the PNG export's larger copy share it.
  function configFor(spec, ctx, horizontal, extra) {
    var text = cssVar('--text', '#222');
    var grid = cssVar('--border', '#ddd');
    var format = compact(spec.lang);
    var valueAxis = {
      type: 'linear',
      beginAtZero: true,
      ticks: { color: text, callback: function (v) { return format(v) + (spec.unit === '%' ? '%' : ''); } },
      grid: { color: grid },
      title: { display: !!spec.unit, text: spec.unit, color: text }
    };
    var labelAxis = { ticks: { color: text, autoSkip: false, maxRotation: 0 }, grid: { color: grid } };
    var options = {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { top: 18, right: horizontal ? 64 : 0 } },
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: {
          display: spec.series.length > 1,
          labels: { color: text, generateLabels: function (chart) {
            return chart.data.datasets.map(function (d, i) {
              return { text: d.label, fillStyle: spec.series[i].colors[0], strokeStyle: spec.series[i].colors[0],
                fontColor: text, hidden: !chart.isDatasetVisible(i), datasetIndex: i };
            });
          } }
        },
        tooltip: {
          callbacks: {
            label: function (item) {
              return item.dataset.label + ': ' + spec.series[item.datasetIndex].texts[item.dataIndex];
            }
          }
        }
      }
    };
    Object.keys(extra || {}).forEach(function (key) { options[key] = extra[key]; });
    return {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s) {
          return {
            label: s.label,
            data: s.values,
            backgroundColor: fills(ctx, s),
            borderColor: s.colors,
            borderWidth: s.marks.map(function (m) { return m === 'disputed' ? 3 : 1; }),
            minBarLength: 3
          };
        })
      },
      options: options,
      plugins: [valueLabels]
    };
  }

  // Dated points joined by straight lines, each point drawn, so the reader sees how few there are.
  function lineConfig(spec) {
    var text = cssVar('--text', '#222');
    var grid = cssVar('--border', '#ddd');
    return {
      type: 'line',
      data: {
        datasets: spec.lines.map(function (l) {
          return { label: l.label, data: l.points.map(function (p) { return { x: p.x, y: p.y }; }),
            borderColor: l.color, backgroundColor: l.color, pointRadius: 4, pointHoverRadius: 6, tension: 0,
            spanGaps: false, borderWidth: 2 };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          x: { type: 'linear', beginAtZero: true, ticks: { color: text }, grid: { color: grid },
            title: { display: true, text: spec.lang === 'zh' ? '上市天数' : 'days since listing', color: text } },
          y: { type: 'linear', beginAtZero: true, ticks: { color: text }, grid: { color: grid },
            title: { display: true, text: spec.lang === 'zh' ? '发行价 = 100' : 'issue price = 100', color: text } }
        },
        plugins: {
          legend: { labels: { color: text } },
          tooltip: { callbacks: { label: function (item) {
            return item.dataset.label + ': ' + spec.lines[item.datasetIndex].points[item.dataIndex].text;
          } } }
        }
      }
    };
  }

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    canvas.$spec = spec;
    if (spec.kind === 'line') {
      new Chart(canvas, lineConfig(spec));
      canvas.setAttribute('data-drawn', 'true');
      return;
    }
    var horizontal = canvas.parentElement.clientWidth < 480;
    new Chart(canvas, configFor(spec, canvas.getContext('2d'), horizontal));
    canvas.setAttribute('data-drawn', 'true');
  }

  // For the PNG export: the same chart drawn afresh at a fixed size and pixel ratio.
  window.GpuCharts = {
    render: function (source, width, height, ratio) {
      var copy = document.createElement('canvas');
      copy.style.width = width + 'px';
      copy.style.height = height + 'px';
      copy.width = width;
      copy.height = height;
      copy.$spec = source.$spec;
      var config = source.$spec.kind === 'line' ? lineConfig(source.$spec)
        : configFor(source.$spec, copy.getContext('2d'), false, {});
      config.options.responsive = false;
      config.options.devicePixelRatio = ratio;
      var chart = new Chart(copy, config);
      return { canvas: copy, done: function () { chart.destroy(); } };
    }
  };

  function drawAll() {
    if (typeof Chart === 'undefined') { return; }
    // Charts are drawn as they come near the window, one per task: a page of nine charts never
    // blocks a slow phone's main thread for all of them at once, and those in view come first.
    // Printing draws what is left, so a printed page has every chart.
    var pending = Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]'));
    var queue = [];
    var scheduled = false;
    function drawOne(canvas) {
      var i = pending.indexOf(canvas);
      if (i < 0) { return; }
      pending.splice(i, 1);
      draw(canvas);
      window.dispatchEvent(new CustomEvent('charts:drawn'));
      if (!pending.length) {
        // Marks the moment the last chart is drawn, for the browser tests' timings.
        performance.mark('charts-drawn');
      }
    }
    function run() {
      scheduled = false;
      var canvas = queue.shift();
      if (canvas) { drawOne(canvas); }
      if (queue.length) { scheduled = true; setTimeout(run, 0); }
    }
    function enqueue(canvas) {
      queue.push(canvas);
      if (!scheduled) { scheduled = true; setTimeout(run, 0); }
    }
    window.addEventListener('beforeprint', function () { pending.slice().forEach(drawOne); });
    if (!('IntersectionObserver' in window)) {
      pending.slice().forEach(enqueue);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          enqueue(entry.target);
        }
      });
    }, { rootMargin: '300px 0px' });
    pending.forEach(function (canvas) { observer.observe(canvas); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
