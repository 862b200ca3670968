// Draws each chart from the JSON data block that follows its container. The same figures are in
// the table under each chart, so the page is complete without this script.
(function () {
  "use strict";
  var palette = ["#1f4e79", "#c55a11", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457"];

  function markLines(lines, axis) {
    return (lines || []).map(function (l) {
      var m = { name: l.label, label: { formatter: l.label, position: "insideEndTop" },
                lineStyle: { type: "dashed", color: "#444" } };
      m[axis] = l.value;
      return m;
    });
  }

  function option(spec) {
    var base = {
      color: palette,
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: spec.type === "scatter" ? "item" : "axis" },
      grid: { containLabel: true, left: 8, right: 24, top: 40, bottom: 8 },
      legend: { top: 0 }
    };
    if (spec.type === "fan") {
      base.xAxis = { type: "category", data: spec.categories, boundaryGap: false };
      base.yAxis = { type: "value", name: spec.yName, nameTextStyle: { align: "left" } };
      var band = spec.high.map(function (h, i) { return h - spec.low[i]; });
      base.series = [
        { type: "line", name: "10th percentile", data: spec.low, stack: "band", symbol: "none",
          lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { type: "line", name: "10th–90th percentile", data: band, stack: "band", symbol: "none",
          lineStyle: { opacity: 0 }, areaStyle: { color: "#9fb8d6" } }
      ].concat(spec.series.map(function (s, i) {
        var out = { type: "line", name: s.name, data: s.data };
        if (i === 0 && spec.lines) {
          out.markLine = { symbol: "none", silent: true, data: markLines(spec.lines, "yAxis") };
        }
        return out;
      }));
      base.legend.data = ["10th–90th percentile"].concat(spec.series.map(function (s) { return s.name; }));
      return base;
    }
    if (spec.type === "scatter") {
      base.xAxis = { type: spec.log ? "log" : "value", name: spec.xName, nameLocation: "middle", nameGap: 28 };
      base.yAxis = { type: spec.log ? "log" : "value", name: spec.yName, nameTextStyle: { align: "left" } };
      base.series = [{
        type: "scatter", name: spec.title, symbolSize: 10,
        data: spec.points.map(function (p) { return { value: [p[0], p[1]], name: p[2] }; }),
        label: { show: true, formatter: function (p) { return p.name; }, position: "right", fontSize: 10 },
        markLine: { symbol: "none", silent: true,
                    data: markLines(spec.xLines, "xAxis").concat(markLines(spec.lines, "yAxis")) }
      }];
      base.tooltip.formatter = function (p) {
        return p.name + ": " + p.value[0].toFixed(2) + ", " + p.value[1].toFixed(2);
      };
      return base;
    }
    var category = { type: "category", data: spec.categories };
    var value = { type: "value", name: spec.yName, nameTextStyle: { align: "left" } };
    if (spec.horizontal) {
      category.inverse = true;
      category.axisLabel = { interval: 0, fontSize: 11 };
      base.xAxis = value;
      base.yAxis = category;
    } else {
      base.xAxis = category;
      base.yAxis = value;
    }
    base.series = spec.series.map(function (s, i) {
      var out = { type: spec.type, name: s.name, data: s.data, connectNulls: false };
      if (i === 0 && spec.lines) {
        out.markLine = { symbol: "none", silent: true,
                         data: markLines(spec.lines, spec.horizontal ? "xAxis" : "yAxis") };
      }
      return out;
    });
    return base;
  }

  function draw() {
    if (typeof echarts === "undefined") {
      return;
    }
    document.querySelectorAll("script[data-chart]").forEach(function (block) {
      var el = document.getElementById(block.id.replace(/-data$/, ""));
      if (!el) {
        return;
      }
      var spec = JSON.parse(block.textContent);
      if (spec.horizontal && spec.categories) {
        el.style.height = Math.max(360, spec.categories.length * 22 + 60) + "px";
      }
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(option(spec));
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
