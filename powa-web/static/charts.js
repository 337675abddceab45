// powa-web's charts: draws with uPlot (embedded from the npm registry) the
// JSON the page carries in <script type="application/json" id="powa-charts">.
// The charts of a page share their cursor; dragging across one selects a
// time range and opens the same page over it (the range lives in the URL).
(function () {
  "use strict";
  var data = document.getElementById("powa-charts");
  if (!data || typeof uPlot === "undefined") return;
  var charts = JSON.parse(data.textContent);
  // The page's range: every chart spans it, so a chart of one point or of
  // a part of the range is drawn where it belongs (and the charts' cursors
  // line up).
  var bar = document.querySelector("form.range[data-from]");
  var span = bar ? [Number(bar.getAttribute("data-from")), Number(bar.getAttribute("data-to"))] : null;
  var colors = ["#2f6fb3", "#c2571a", "#2e7d32", "#8e44ad", "#b3261e", "#00838f", "#6d4c41", "#5b6877"];

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  // What the URL's from/to read: UTC, to the second.
  function utc(seconds) {
    var d = new Date(seconds * 1000);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()) +
      "T" + pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + ":" + pad(d.getUTCSeconds());
  }
  function zoomTo(from, to) {
    var url = new URL(window.location.href);
    url.searchParams.set("from", utc(Math.floor(from)));
    url.searchParams.set("to", utc(Math.ceil(to)));
    url.searchParams.delete("page");
    window.location.assign(url.toString());
  }
  function number(v) {
    if (v == null) return "–";
    var a = Math.abs(v);
    if (a >= 1e9) return (v / 1e9).toFixed(2) + " G";
    if (a >= 1e6) return (v / 1e6).toFixed(2) + " M";
    if (a >= 1e3) return (v / 1e3).toFixed(2) + " k";
    return a >= 10 || v === 0 ? v.toFixed(1) : v.toPrecision(3);
  }

  charts.forEach(function (chart) {
    var figure = document.getElementById("chart-" + chart.id);
    if (!figure || chart.empty) return;
    var plot = figure.querySelector(".plot");
    var series = [{ value: function (u, v) { return v == null ? "–" : utc(v).replace("T", " "); } }];
    chart.labels.forEach(function (label, i) {
      var color = colors[i % colors.length];
      series.push({
        label: label,
        stroke: color,
        width: 1.5,
        fill: chart.stacked ? color + "55" : undefined,
        value: function (u, v) { return number(v); },
      });
    });
    // Stacked lines are drawn top first so each band's fill shows.
    var order = chart.ys.map(function (_, i) { return i; });
    if (chart.stacked) {
      order.reverse();
      series = [series[0]].concat(order.map(function (i) { return series[i + 1]; }));
    }
    var options = {
      width: Math.max(plot.clientWidth, 300),
      height: 200,
      series: series,
      cursor: {
        sync: { key: "powa", setSeries: true },
        drag: { x: true, y: false },
      },
      scales: { x: { time: true, range: span ? function () { return span; } : undefined } },
      // The range bar speaks UTC: so do the axes.
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      axes: [{}, { values: function (u, ticks) { return ticks.map(number); }, size: 60 }],
      hooks: {
        // Setting changes and restarts: a dashed line and its label. A
        // label that would leave the plot goes left of its line; labels
        // that would overlap go one line lower.
        draw: [function (u) {
          if (!chart.markers) return;
          var ctx = u.ctx, ratio = devicePixelRatio, line = 12 * ratio;
          var right = u.bbox.left + u.bbox.width, taken = [];
          ctx.save();
          ctx.strokeStyle = "#b3261e";
          ctx.fillStyle = "#b3261e";
          ctx.font = Math.round(10 * ratio) + "px sans-serif";
          chart.markers.forEach(function (m) {
            var x = Math.round(u.valToPos(m.x, "x", true));
            if (x < u.bbox.left || x > right) return;
            ctx.setLineDash([4, 3]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            var text = m.label.length > 40 ? m.label.slice(0, 39) + "…" : m.label;
            var width = ctx.measureText(text).width;
            var from = x + 3 * ratio + width > right ? x - 3 * ratio - width : x + 3 * ratio;
            var row = 0;
            while (taken.some(function (t) { return t.row === row && from < t.to && from + width > t.from; })) row++;
            taken.push({ row: row, from: from, to: from + width });
            ctx.fillText(text, from, u.bbox.top + line * (row + 1));
          });
          ctx.restore();
        }],
        setSelect: [function (u) {
          if (u.select.width < 5) return;
          var from = u.posToVal(u.select.left, "x");
          var to = u.posToVal(u.select.left + u.select.width, "x");
          zoomTo(from, to);
        }],
      },
    };
    var columns = [chart.x].concat(order.map(function (i) { return chart.ys[i]; }));
    var u = new uPlot(options, columns, plot);
    figure.setAttribute("data-points", String(chart.x.length));
    if (chart.markers) {
      figure.setAttribute("data-markers", chart.markers.map(function (m) { return m.label; }).join(" | "));
    }
    figure.powaPlot = u;
  });
  document.body.setAttribute("data-charts-drawn", String(charts.length));
  // When the page was drawn, from the start of its navigation (the web
  // benchmark reads it).
  document.body.setAttribute("data-charts-drawn-at", String(performance.now()));
})();
