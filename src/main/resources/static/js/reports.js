// Draws each report's chart with Chart.js (webjar) from its canvas's data-chart (Chart.js configuration as JSON,
// written by the server). The table under each chart holds the same figures.
(function () {
  'use strict';

  function draw(canvas) {
    var config = JSON.parse(canvas.dataset.chart);
    config.options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true } },
      plugins: { legend: { display: config.data.datasets.length > 1 } }
    };
    new window.Chart(canvas, config);
    canvas.setAttribute('data-rendered', 'true');
  }

  function start() {
    if (!window.Chart) { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
