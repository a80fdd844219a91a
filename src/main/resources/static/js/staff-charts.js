// Draws the dashboard's charts from the data-chart-data attribute of each canvas (no inline script: CSP).
// Every chart has a table next to it with the same numbers, for screen readers and for copying.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart-data'));
    new Chart(canvas, {
      type: canvas.getAttribute('data-chart'),
      data: data,
      options: {
        responsive: true,
        animation: false,
        scales: { y: { beginAtZero: true } },
        plugins: { legend: { display: data.datasets.length > 1 } }
      }
    });
  });
});
