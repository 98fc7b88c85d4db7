/*
 * Draws every <canvas data-chart="…"> with Chart.js. The data comes as JSON from the page (no
 * inline script), with a display text per value so labels and tooltips keep their qualifier
 * ("over CNY 3.2B", "约42亿元"); a missing value has no bar and its reason written in its place.
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

  // Writes each bar's display text above it, and the reason for a missing bar at the baseline.
  var valueLabels = {
    id: 'valueLabels',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var spec = chart.canvas.$spec;
      if (!spec) { return; }
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.fillStyle = cssVar('--text', '#222');
      var values = chart.data.labels.length * chart.data.datasets.length;
      chart.data.datasets.forEach(function (dataset, i) {
        var meta = chart.getDatasetMeta(i);
        if (meta.hidden || values > 8) { return; }
        meta.data.forEach(function (bar, j) {
          if (dataset.data[j] !== null) {
            ctx.fillText(spec.series[i].texts[j], bar.x, bar.y - 4);
          }
        });
      });
      // A label with no value in any series gets its reason written once, where its bars would be.
      ctx.fillStyle = cssVar('--muted', '#666');
      chart.data.labels.forEach(function (label, j) {
        var allMissing = chart.data.datasets.every(function (d) { return d.data[j] === null; });
        if (allMissing) {
          ctx.fillText(spec.series[0].texts[j], chart.scales.x.getPixelForValue(j), chart.chartArea.bottom - 6);
        }
      });
      ctx.restore();
    }
  };

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var text = cssVar('--text', '#222');
    var grid = cssVar('--border', '#ddd');
    var format = compact(spec.lang);
    canvas.$spec = spec;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s) {
          // One series with a bar per company: each company keeps its own colour, as on its card.
          var colour = spec.series.length === 1 && spec.labelColors && spec.labelColors.length ? spec.labelColors : s.color;
          return { label: s.label, data: s.values, backgroundColor: colour, borderColor: colour, borderWidth: 1 };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { top: 18 } },
        scales: {
          x: { ticks: { color: text }, grid: { color: grid } },
          y: {
            type: spec.log ? 'logarithmic' : 'linear',
            beginAtZero: !spec.log,
            ticks: { color: text, callback: function (v) { return format(v) + (spec.unit === '%' ? '%' : ''); } },
            grid: { color: grid },
            title: { display: !!spec.unit, text: spec.unit, color: text }
          }
        },
        plugins: {
          legend: { display: spec.series.length > 1, labels: { color: text } },
          tooltip: {
            callbacks: {
              label: function (item) {
                return item.dataset.label + ': ' + spec.series[item.datasetIndex].texts[item.dataIndex];
              }
            }
          }
        }
      },
      plugins: [valueLabels]
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  function drawAll() {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
    // Marks the moment the last chart is drawn, for the browser tests' timings.
    performance.mark('charts-drawn');
    window.dispatchEvent(new CustomEvent('charts:drawn'));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
