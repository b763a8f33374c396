// Draws the desk's charts from the JSON the page carries (#chart-data), with the vendored Chart.js.
// Everything here is data: labels go into the canvas as text, never into the DOM as HTML.
(function () {
  'use strict';
  const source = document.getElementById('chart-data');
  if (!source || typeof Chart === 'undefined') return;
  const spec = JSON.parse(source.textContent);
  const colours = { median: '#1f6feb', p90: '#a371f7', target: '#cf222e', share: '#2da44e', before: '#8c959f' };
  Chart.defaults.animation = false; // figures, not a show; and screenshots see the final state
  Chart.defaults.maintainAspectRatio = false;

  function draw(id, config) {
    const canvas = document.getElementById(id);
    if (canvas) canvas.chart = new Chart(canvas, config);
  }

  if (spec.kind === 'performance') {
    const d = spec.data;
    const n = spec.names;
    draw('chart-times', {
      type: 'line',
      data: {
        labels: d.labels,
        datasets: [
          { label: n.median, data: d.median, borderColor: colours.median, backgroundColor: colours.median, spanGaps: false },
          { label: n.p90, data: d.p90, borderColor: colours.p90, backgroundColor: colours.p90, spanGaps: false },
          { label: n.target, data: d.labels.map(() => d.target), borderColor: colours.target, borderDash: [6, 4], pointRadius: 0 },
        ],
      },
      options: { scales: { y: { beginAtZero: true } } },
    });
    draw('chart-share', {
      type: 'bar',
      data: { labels: d.labels, datasets: [{ label: n.share, data: d.share, backgroundColor: colours.share }] },
      options: { scales: { y: { beginAtZero: true, max: 100 } } },
    });
    draw('chart-platforms', {
      type: 'bar',
      data: {
        labels: spec.platformLabels,
        datasets: [
          { label: n.median, data: d.platform_median, backgroundColor: colours.median },
          { label: n.target, data: spec.platformLabels.map(() => d.target), type: 'line', borderColor: colours.target, borderDash: [6, 4], pointRadius: 0 },
        ],
      },
      options: { scales: { y: { beginAtZero: true } } },
    });
  } else if (spec.kind === 'problems') {
    const d = spec.data;
    draw('chart-problems', {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: [
          { label: spec.names.now, data: d.now, backgroundColor: colours.median },
          { label: spec.names.before, data: d.before, backgroundColor: colours.before },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }
  // Lets tests and screenshots know the charts are on the page.
  document.body.dataset.chartsDrawn = String(Object.keys(Chart.instances).length);
})();
