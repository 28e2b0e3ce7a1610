// The dashboard's charts, drawn with ECharts from the JSON in data-charts (each chart into its
// element #chart-<id>). A file of its own, not an inline script: the Content-Security-Policy allows none.
(function () {
  function draw() {
    var holder = document.querySelector('[data-charts]');
    if (!holder || typeof echarts === 'undefined') { return; }
    // Numbers the page language's way: 5.000.000 (vi), 5,000,000 (en).
    var numbers = new Intl.NumberFormat(holder.getAttribute('data-locale') || 'vi-VN');
    var number = function (v) { return v === null || v === undefined ? '' : numbers.format(v); };
    JSON.parse(holder.getAttribute('data-charts')).forEach(function (c) {
      var el = document.getElementById('chart-' + c.id);
      if (!el) { return; }
      var chart = echarts.init(el, null, {renderer: 'canvas'});
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'axis', valueFormatter: number},
        legend: {top: 0},
        grid: {left: 8, right: 16, top: 32, bottom: 8, containLabel: true},
        xAxis: {type: 'category', data: c.categories},
        yAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: number}},
        series: c.series.map(function (s) {
          return {name: s.name, type: c.type, data: s.values, animation: false};
        })
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
