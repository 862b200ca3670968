// Draws each chart from the JSON data block that follows its container. The same figures are in
// the table under each chart, so the page is complete without this script.
//
// Every chart is a figure that can be published as it is: its title, its units, its source line
// (publisher, release, publication date) and "e = estimate" are drawn inside it, so an image or a
// screenshot keeps them; the publisher's estimates are drawn lighter and hatched (bars) or hollow
// (points); and it can be downloaded as PNG or SVG.
//
// Long (about 1,300 lines) for a reason: one file is one request, cached for a year under its
// hashed name, and its parts (charts, tooltips, maps, tables, sharing) share the helpers above and
// below. The maps' part is the one to move out first if it grows.
(function () {
  "use strict";
  var palette = ["#1f4e79", "#c55a11", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457"];
  var below = "#b4481a"; // allies below a guideline, in the ranking
  var hatch = { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -Math.PI / 4,
                color: "rgba(255, 255, 255, 0.7)" };

  // A guideline's line with its label inside the plot, where no axis label or bar covers it; on a
  // phone its short form ("2 %", not "2 % (Wales 2014)"), so that two lines' labels do not meet.
  function markLines(lines, axis, position, narrow) {
    return (lines || []).map(function (l) {
      var text = narrow ? l.label.replace(/ \(.*\)$/, "") : l.label;
      var m = { name: l.label,
                label: { formatter: text, position: position || "insideEndTop", fontSize: 11 },
                lineStyle: { type: "dashed", color: "#444" } };
      m[axis] = l.value;
      return m;
    });
  }

  function hasEstimates(spec) {
    return (spec.series || []).some(function (s) { return !!s.estimates; }) ||
      (spec.points || []).some(function (p) { return p[3] === true; });
  }

  // Title at the top; the source line and the estimate key at the bottom, inside the image.
  function frame(spec, base, width) {
    // a title wider than a phone wraps, and what is under it moves down by the lines it adds
    var titleLines = Math.ceil(String(spec.title).length * 8.5 / Math.max(200, width - 16));
    base.titleExtra = 20 * (titleLines - 1);
    base.title = { text: spec.title, left: 0, top: 0,
                   textStyle: { fontSize: 14, fontWeight: "bold", color: "#1a1a1a",
                                width: width - 16, overflow: "break", lineHeight: 20 } };
    var foot = [spec.source || ""];
    if (hasEstimates(spec)) {
      foot.push("e = estimate by the publisher: " +
                (spec.type === "map" ? "hatched areas."
                 : spec.type === "line" ? "dashed line, hollow points."
                 : spec.type === "bar" ? "lighter and hatched bars." : "hollow points."));
    }
    if (spec.below !== undefined) {
      foot.push("Orange: below " + spec.below + " % of GDP.");
    }
    // the source line is a second title, at the bottom (titles are in every part of the library)
    base.title = [base.title, { text: foot.filter(Boolean).join("\n"), left: 0, bottom: 0, padding: 0,
                                textStyle: { fontSize: 11, fontWeight: "normal", color: "#444",
                                             lineHeight: 15, width: width - 8, overflow: "break" } }];
    // on a phone the source line wraps: leave it the lines it takes
    var lines = foot.filter(Boolean).reduce(function (n, t) {
      return n + Math.ceil(t.length * 6 / Math.max(200, width - 8));
    }, 0);
    base.grid.bottom = 18 + 15 * lines;
    if (width < 600 || spec.yName2) {
      base.grid.top = 84; // the legend takes a line of its own above the axis names
    }
    if (width < 600 && spec.yName2) {
      base.grid.top = 104; // and on a phone the right axis's name a line above the left's
    }
    // on a phone a legend of a few entries wraps onto lines of its own rather than hiding
    // entries behind arrows; the chart moves down by the lines it adds
    if (width < 600 && spec.type !== "fan" && spec.series && spec.series.length <= 6) {
      var names = spec.series.map(function (s) { return s.name; });
      if (spec.type === "line" && hasEstimates(spec)) {
        names.push("estimate");
      }
      var legendLines = 1, used = 0;
      names.forEach(function (n) {
        var w = 35 + String(n).length * 6.5;
        if (used > 0 && used + w > width - 16) {
          legendLines++;
          used = 0;
        }
        used += w;
      });
      base.legend = { top: 24, type: "plain", left: 0, right: 0 };
      base.grid.top = (base.grid.top || 84) + 22 * (legendLines - 1);
    }
    if (base.grid.top !== undefined) {
      base.grid.top += base.titleExtra;
    }
    if (base.legend) {
      base.legend.top += base.titleExtra;
    }
  }

  // One data item: lighter and hatched if the publisher marks it as an estimate.
  function item(value, estimate, type, colour) {
    var out = { value: value };
    var style = {};
    if (colour) {
      style.color = colour;
    }
    if (estimate) {
      if (type === "bar") {
        style.opacity = 0.6;
        style.decal = hatch;
      } else {
        out.symbol = "emptyCircle";
        out.symbolSize = 8;
      }
    }
    out.itemStyle = style;
    return out;
  }

  function option(spec, width) {
    var narrow = (width || 900) < 600;
    var base = {
      color: palette,
      animation: false,
      aria: { enabled: true },
      backgroundColor: "#fff",
      grid: { containLabel: true, left: 8, right: 32, top: 56, bottom: 40 },
      legend: { top: 24, type: "scroll" }
    };
    frame(spec, base, width || 900);
    if (spec.type === "fan") {
      base.xAxis = { type: "category", data: spec.categories, boundaryGap: false };
      base.yAxis = { type: "value", name: spec.yName, nameTextStyle: { align: "left" } };
      var band = spec.high.map(function (h, i) { return h - spec.low[i]; });
      var bandColour = "#9fb8d6";
      base.series = [
        { type: "line", name: "10th percentile", data: spec.low, stack: "band", symbol: "none",
          lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { type: "line", name: "10th–90th percentile", data: band, stack: "band", symbol: "none",
          color: bandColour, lineStyle: { opacity: 0 }, areaStyle: { color: bandColour } }
      ].concat(spec.series.map(function (s, i) {
        var out = { type: "line", name: s.name, data: s.data, color: palette[i] };
        if (i === 0 && spec.lines) {
          out.markLine = { symbol: "none", silent: true, data: markLines(spec.lines, "yAxis") };
        }
        return out;
      }));
      base.legend.data = ["10th–90th percentile"].concat(spec.series.map(function (s) { return s.name; }));
      return base;
    }
    if (spec.type === "scatter") {
      base.grid.left = 24;
      base.grid.bottom += 24; // the x axis's name sits under its labels, outside the grid
      var scale = spec.log ? " (log scale)" : "";
      base.xAxis = { type: spec.log ? "log" : "value", name: spec.xName + scale, nameLocation: "middle",
                     nameGap: 30 };
      base.yAxis = { type: spec.log ? "log" : "value", name: spec.yName + scale,
                     nameTextStyle: { align: "left" } };
      var lines = markLines(spec.xLines, "xAxis", "end").concat(markLines(spec.lines, "yAxis"));
      if (spec.diagonal) {
        // x = y where both axes reach (a line that leaves an axis is not drawn): above it an ally
        // spends more than its economic weight
        var xs = spec.points.map(function (p) { return p[0]; });
        var ys = spec.points.map(function (p) { return p[1]; });
        var lo = Math.max(Math.min.apply(null, xs), Math.min.apply(null, ys));
        var hi = Math.min(Math.max.apply(null, xs), Math.max.apply(null, ys));
        lines.push([{ coord: [lo, lo], lineStyle: { type: "dashed", color: "#444" } },
                    { coord: [hi, hi], label: { formatter: spec.diagonal, position: "insideEndTop",
                                                fontSize: 11 } }]);
      }
      base.series = [{
        type: "scatter", name: spec.title, symbolSize: 10,
        data: spec.points.map(function (p, i) {
          var d = item([p[0], p[1]], p[3] === true, "scatter");
          d.name = p[2];
          d.symbolSize = 10;
          if (spec.placed && spec.placed[i]) {
            d.label = spec.placed[i];
          }
          return d;
        }),
        label: { show: true, formatter: function (p) { return p.name; }, position: "right", fontSize: 10 },
        markLine: { symbol: "none", silent: true, data: lines }
      }];
      base.legend.show = false;
      return base;
    }
    var category = { type: "category", data: spec.categories };
    var value = { type: "value", name: spec.yName, nameTextStyle: { align: "left" } };
    if (spec.max !== undefined) {
      value.max = spec.max; // shares of a whole end at 100 %
    } else {
      // the axis always reaches the guideline the chart is about, whatever the figures
      var top = (spec.lines || []).filter(function (l) { return !l.axis; })
        .reduce(function (m, l) { return Math.max(m, l.value); }, -Infinity);
      if (top > -Infinity) {
        value.max = function (e) { return e.max >= top * 1.05 ? null : Math.ceil(top * 1.1 * 10) / 10; };
      }
    }
    if (spec.horizontal) {
      category.inverse = true;
      category.axisLabel = { interval: 0, fontSize: 11 };
      value.nameLocation = "middle";
      value.nameGap = 26;
      base.xAxis = value;
      base.yAxis = category;
    } else {
      base.xAxis = category;
      base.yAxis = spec.yName2
        ? [value, { type: "value", name: spec.yName2, nameTextStyle: { align: "right" },
                    nameGap: narrow ? 34 : 15,
                    splitLine: { show: false } }]
        : value;
    }
    base.series = spec.series.map(function (s, i) {
      var axis = s.axis || 0;
      var data = s.data.map(function (v, k) {
        if (v === null) {
          return null;
        }
        var est = s.estimates ? s.estimates[k] : false;
        var colour = spec.below !== undefined && v < spec.below ? below : null;
        return item(v, est, spec.type, colour);
      });
      var out = { type: spec.type, name: s.name, data: data, connectNulls: false };
      if (spec.stack) {
        out.stack = "total"; // parts of a whole, one bar a year
      }
      if (axis) {
        out.yAxisIndex = axis;
      }
      var lines = (spec.lines || []).filter(function (l) { return (l.axis || 0) === axis; });
      var first = spec.series.findIndex(function (x) { return (x.axis || 0) === axis; }) === i;
      if (first && lines.length) {
        out.markLine = { symbol: "none", silent: true,
                         data: spec.horizontal ? markLines(lines, "xAxis", "start", narrow)
                                               : markLines(lines, "yAxis", null, narrow) };
      }
      // where the series joins two releases: a break, drawn before the first year of the new one
      if (spec.type === "line") {
        out.color = palette[i % palette.length];
        out.symbol = "circle"; // published figures: solid points on a solid line
      }
      if (i === 0 && spec.breaks && !spec.horizontal) {
        out.markLine = out.markLine || { symbol: "none", silent: true, data: [] };
        spec.breaks.forEach(function (b) {
          out.markLine.data.push({ xAxis: b, name: "break",
            label: { formatter: "break: another release", position: "insideStartTop", fontSize: 10 },
            lineStyle: { type: [6, 4], width: 2, color: "#6b6b6b" } });
        });
      }
      return out;
    });
    if (spec.type === "line") {
      // the publisher's estimates: a dashed stretch of line with hollow points. It bears its
      // measure's name (the legend lists a measure once and hides both stretches together), and
      // one grey "estimate" entry keys the dashes for every measure at once.
      var keyed = false;
      spec.series.forEach(function (s, i) {
        if (!s.estimates) {
          return;
        }
        var solid = base.series[i];
        var dashed = s.data.map(function (v, k) {
          var joins = !s.estimates[k] && k + 1 < s.data.length && s.estimates[k + 1];
          if (v === null || !(s.estimates[k] || joins)) {
            return null;
          }
          return joins ? { value: v, symbol: "none" } : v; // the join is the published point
        });
        solid.data = solid.data.map(function (d, k) { return s.estimates[k] ? null : d; });
        base.series.push({ type: "line", name: s.name, data: dashed,
                           connectNulls: false, color: palette[i % palette.length],
                           symbol: "emptyCircle", symbolSize: 9,
                           lineStyle: { type: "dashed", width: 2 }, yAxisIndex: s.axis || 0 });
        keyed = keyed || s.estimates.some(Boolean);
      });
      if (keyed) {
        base.series.push({ type: "line", name: "estimate", data: [], color: "#6b6b6b",
                           symbol: "emptyCircle", symbolSize: 9,
                           lineStyle: { type: "dashed", width: 2 } });
      }
    }
    return base;
  }

  // A scatter's point labels, placed one by one where they cover no other label, point or
  // guideline label: right of the point, else left, above or below. The most crowded points choose
  // first; a label with no free place is left out (the tooltip and the table name every point).
  function placeLabels(chart, spec) {
    var ctx = document.createElement("canvas").getContext("2d");
    ctx.font = "10px sans-serif";
    var grid = chart.getModel().getComponent("grid").coordinateSystem.getRect();
    var at = spec.points.map(function (p) {
      return chart.convertToPixel({ seriesIndex: 0 }, [p[0], p[1]]);
    });
    var taken = at.map(function (q) { return { x: q[0] - 6, y: q[1] - 6, w: 12, h: 12 }; });
    (spec.lines || []).forEach(function (l) { // its label: above the line's right end
      var y = chart.convertToPixel({ yAxisIndex: 0 }, l.value);
      var w = l.label.length * 7 + 10;
      taken.push({ x: grid.x + grid.width - w, y: y - 18, w: w, h: 18 });
    });
    (spec.xLines || []).forEach(function (l) { // its label: over the line's top
      var x = chart.convertToPixel({ xAxisIndex: 0 }, l.value);
      var w = l.label.length * 7 + 10;
      taken.push({ x: x - w / 2, y: grid.y - 18, w: w, h: 20 });
    });
    function free(b) {
      if (b.x < grid.x || b.x + b.w > chart.getWidth() - 2 || b.y < grid.y - 8 ||
          b.y + b.h > grid.y + grid.height) {
        return false;
      }
      return taken.every(function (t) {
        return b.x >= t.x + t.w || t.x >= b.x + b.w || b.y >= t.y + t.h || t.y >= b.y + b.h;
      });
    }
    var crowd = at.map(function (q) {
      return at.filter(function (o) { return Math.abs(o[0] - q[0]) < 40 && Math.abs(o[1] - q[1]) < 16; }).length;
    });
    var order = at.map(function (q, i) { return i; }).sort(function (a, b) { return crowd[b] - crowd[a]; });
    var placed = [];
    order.forEach(function (i) {
      var q = at[i];
      var w = ctx.measureText(String(spec.points[i][2])).width + 2;
      var h = 12;
      var tries = [["right", q[0] + 10, q[1] - h / 2], ["left", q[0] - 10 - w, q[1] - h / 2],
                   ["top", q[0] - w / 2, q[1] - 10 - h], ["bottom", q[0] - w / 2, q[1] + 10]];
      placed[i] = { show: false };
      for (var k = 0; k < tries.length; k++) {
        var b = { x: tries[k][1], y: tries[k][2], w: w, h: h };
        if (free(b)) {
          taken.push(b);
          placed[i] = { show: true, position: tries[k][0] };
          return;
        }
      }
    });
    return placed;
  }

  // Draws a chart afresh at its element's width (a scatter's labels placed for that width).
  // The years of a line chart of years (not of a scatter, a map or a ranking).
  function yearsOf(spec) {
    var c = (spec.full && spec.full.categories) || spec.categories;
    return spec.type === "line" && c && c.every(function (x) { return /^\d{4}$/.test(x); }) ? c : [];
  }

  // Redraws a chart for its view: amounts or shares of the total, over the chosen years.
  function show(chart, spec, el) {
    var f = spec.full;
    var v = spec.view;
    var from = v.from;
    var to = v.to + 1;
    var source = v.relative ? f.relative : f;
    spec.yName = source.yName || f.yName;
    spec.categories = f.categories.slice(from, to);
    spec.series = source.series.map(function (x) {
      var out = Object.assign({}, x, { data: x.data.slice(from, to) });
      if (x.estimates) {
        out.estimates = x.estimates.slice(from, to);
      }
      return out;
    });
    if (f.breaks) {
      spec.breaks = f.breaks.filter(function (b) { return spec.categories.indexOf(b) > 0; });
    }
    render(chart, spec, el);
  }

  function render(chart, spec, el) {
    spec.placed = null;
    chart.setOption(option(spec, el.clientWidth), true);
    if (spec.type === "scatter") {
      spec.placed = placeLabels(chart, spec);
      chart.setOption(option(spec, el.clientWidth), true);
    }
  }

  // The tooltip: the figures under the pointer (or a finger's tap), in a box over the chart. On a
  // chart on axes it names every series at the year or ally pointed at, and a line marks where; on a
  // scatter's point or a map's country, its own figures. Written here over ECharts' events rather
  // than taken from ECharts, whose tooltip and axis pointer would add 16 KB gzipped to the first
  // chart of every page. It is not read out (aria-hidden): the table under the chart has it all.
  // rows(p) gives the lines for an ECharts event p (an item) or for {index} (a category), or null.
  function tooltip(el, chart, rows, axis) {
    var box = document.createElement("div");
    box.className = "chart-tip";
    var pointer = document.createElement("div");
    pointer.className = "chart-pointer";
    [box, pointer].forEach(function (d) {
      d.hidden = true;
      d.setAttribute("aria-hidden", "true");
      el.appendChild(d);
    });
    function hide() {
      box.hidden = true;
      pointer.hidden = true;
    }
    function show(lines, x, y) {
      if (!lines) {
        hide();
        return;
      }
      box.textContent = "";
      lines.forEach(function (l, i) {
        var line = document.createElement("div");
        if (l.colour) {
          var dot = document.createElement("span");
          dot.className = "dot";
          dot.style.background = l.colour;
          line.appendChild(dot);
        }
        line.appendChild(document.createTextNode(l.text || l));
        if (i === 0) {
          line.className = "head";
        }
        box.appendChild(line);
      });
      box.hidden = false;
      var w = box.offsetWidth;
      var h = box.offsetHeight;
      box.style.left = (x + 16 + w <= el.clientWidth ? x + 16 : Math.max(0, x - 16 - w)) + "px";
      box.style.top = Math.max(0, Math.min(y - h - 12, el.clientHeight - h)) + "px";
    }
    if (axis) {
      chart.getZr().on("mousemove", function (e) {
        var at = [e.offsetX, e.offsetY];
        var value = chart.containPixel("grid", at) ? chart.convertFromPixel({ gridIndex: 0 }, at) : null;
        var index = value ? Math.round(value[axis === "y" ? 1 : 0]) : NaN;
        var lines = isNaN(index) ? null : rows({ index: index });
        show(lines, e.offsetX, e.offsetY);
        if (lines) {
          var grid = chart.getModel().getComponent("grid").coordinateSystem.getRect();
          var p = chart.convertToPixel({ gridIndex: 0 }, axis === "y" ? [0, index] : [index, 0]);
          pointer.style.left = (axis === "y" ? grid.x : p[0]) + "px";
          pointer.style.top = (axis === "y" ? p[1] : grid.y) + "px";
          pointer.style.width = (axis === "y" ? grid.width : 1) + "px";
          pointer.style.height = (axis === "y" ? 1 : grid.height) + "px";
          pointer.hidden = false;
        }
      });
    } else {
      chart.on("mouseover", function (p) {
        show(rows(p), p.event.offsetX, p.event.offsetY);
      });
      chart.on("mouseout", hide);
    }
    chart.getZr().on("globalout", hide);
    // a tap elsewhere on a phone
    document.addEventListener("pointerdown", function (e) {
      if (!el.contains(e.target)) {
        hide();
      }
    });
  }

  function number(v) {
    return Number(v).toLocaleString("en", { maximumFractionDigits: 20 });
  }

  // The tooltip's lines for a chart on axes: the category, then each series' figure there (a
  // measure drawn in two stretches, published and estimated, once), "e" for an estimate.
  function axisRows(chart, spec) {
    return function (at) {
      var o = chart.getOption();
      var categories = (spec.horizontal ? o.yAxis : o.xAxis)[0].data;
      if (at.index < 0 || at.index >= categories.length) {
        return null;
      }
      var lines = [String(categories[at.index])];
      var seen = {};
      o.series.forEach(function (s, i) {
        var d = s.data[at.index];
        var v = d !== null && typeof d === "object" ? d.value : d;
        if (v === null || v === undefined || seen[s.name] || (s.tooltip && s.tooltip.show === false)) {
          return;
        }
        seen[s.name] = true;
        var estimate = (d && d.itemStyle && d.itemStyle.decal) ||
          (s.lineStyle && s.lineStyle.type === "dashed" && !(d && d.symbol === "none"));
        var text = s.name + ": " + number(v);
        if (spec.type === "fan" && i === 1) { // the band: from its low edge to its high one
          text = s.name + ": " + number(spec.low[at.index]) + " to " + number(spec.high[at.index]);
        }
        lines.push({ text: text + (estimate ? " (e)" : ""),
                     colour: (d && d.itemStyle && d.itemStyle.color) || s.color ||
                             o.color[i % o.color.length] });
      });
      return lines.length > 1 ? lines : null;
    };
  }

  // A scatter's point: its name and its two figures.
  function pointRows(p) {
    if (p.componentType !== "series" || !p.value) {
      return null;
    }
    return [p.name, p.value[0].toFixed(2) + ", " + p.value[1].toFixed(2) +
            (p.data.symbol === "emptyCircle" ? " (e)" : "")];
  }

  // Maps: two panes (North America, Europe) over one piecewise colour scale; the geometry is
  // fetched once, when the first map is drawn, while the map's part of the library loads.
  var geometry = null;
  function withGeometry(url, then) {
    if (!geometry) {
      var json = fetch(url).then(function (r) { return r.json(); });
      geometry = new Promise(function (resolve) { withLibrary("map", resolve); })
        .then(function () { return json; })
        .then(function (g) {
          echarts.registerMap("burdenshare-na", g.northAmerica);
          echarts.registerMap("burdenshare-eu", g.europe);
          return g;
        });
    }
    geometry.then(then);
  }

  function mapOption(spec, year, width, height) {
    var y = spec.years[String(year)];
    var estimates = y.areas.some(function (a) { return a[2]; });
    var narrow = width < 600;
    var base = { animation: false, aria: { enabled: true }, backgroundColor: "#fff", grid: {} };
    frame({ type: "map", title: spec.title + ", " + year, source: y.source,
            series: estimates ? [{ estimates: true }] : [] }, base, width);
    // the colour key is the map's legend: frame's legend of series (on a phone) would name the
    // map's series in a grey box over the key, where the part of the library that draws legends
    // is loaded (by the charts of the same page)
    delete base.legend;
    var foot = base.grid.bottom;
    var top = (narrow ? 40 : 64) + base.titleExtra;
    var plot = height - top - foot;
    var pane = { map: "", roam: false, nameProperty: "key", selectedMode: false,
                 itemStyle: { areaColor: "#e8e8e8", borderColor: "#fff", borderWidth: 0.6 },
                 emphasis: { itemStyle: { areaColor: "#ffbf47" }, label: { show: false } },
                 label: { show: false } };
    function geo(map, box) {
      var g = JSON.parse(JSON.stringify(pane));
      g.map = map;
      Object.keys(box).forEach(function (k) { g[k] = box[k]; });
      return g;
    }
    base.geo = narrow
      ? [geo("burdenshare-na", { left: "40%", top: top, width: "58%", height: plot * 0.34 }),
         geo("burdenshare-eu", { left: 0, top: top + plot * 0.38, width: "100%", height: plot * 0.62 })]
      : [geo("burdenshare-na", { left: 0, top: top, width: "34%", height: plot }),
         geo("burdenshare-eu", { left: "36%", top: top, width: "64%", height: plot })];
    var data = y.areas.map(function (a) {
      // the publisher's estimates: hatched, as bars are
      return { name: a[0], value: a[1], label: a[3], estimate: a[2],
               itemStyle: a[2] ? { decal: hatch } : {} };
    });
    base.series = [0, 1].map(function (i) {
      // allies without a figure (Iceland has no armed forces) stay grey, as non-allies are
      return { type: "map", geoIndex: i, data: data, name: spec.title,
               itemStyle: { areaColor: "#e8e8e8", color: "#e8e8e8" } };
    });
    base.visualMap = { type: "piecewise", pieces: spec.pieces, seriesIndex: [0, 1],
                       orient: narrow ? "vertical" : "horizontal", left: 0,
                       top: narrow ? top : 30 + base.titleExtra,
                       itemWidth: 14, itemGap: narrow ? 4 : 10, textStyle: { fontSize: 11 } };
    // grey is a colour too: the key says what it means (Iceland has no armed forces, so no figures)
    var grey = narrow ? { left: 0, top: top + spec.pieces.length * 18 + 4 } : { right: 0, top: 30 + base.titleExtra };
    base.graphic = [{ type: "group", silent: true, left: grey.left, right: grey.right,
                        top: grey.top, bottom: grey.bottom, children: [
      { type: "rect", shape: { x: 0, y: 0, width: 14, height: 14 },
        style: { fill: "#e8e8e8", stroke: "#999", lineWidth: 0.5 } },
      { type: "text", left: 20, top: 1,
        style: { text: "No figures, or not an ally", fill: "#333", fontSize: 11 } }] }];
    return base;
  }

  // The map's table follows the slider: same rows as the server's, for the year shown.
  function mapTable(spec, year, model) {
    var table = document.getElementById("table-map");
    if (!table) {
      return;
    }
    var caption = table.querySelector("caption");
    var link = caption.querySelector("a.csv");
    if (model) {
      caption.firstChild.textContent = model.table.caption + " ";
      table.querySelector("thead th:last-child").textContent = model.table.columns[2];
      if (link) {
        link.href = model.csvHref;
        link.setAttribute("download", model.table.file + ".csv");
      }
    }
    var y = spec.years[String(year)];
    var decimals = spec.metric === "share" ? 2 : spec.metric === "change" ? 1 : 0;
    var body = table.querySelector("tbody");
    body.textContent = "";
    y.areas.slice().sort(function (a, b) { return b[1] - a[1]; }).forEach(function (a) {
      var tr = document.createElement("tr");
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = a[3];
      var code = document.createElement("td");
      code.textContent = a[0];
      var v = document.createElement("td");
      v.className = "num";
      v.textContent = a[1].toLocaleString("en", { minimumFractionDigits: decimals,
                                                  maximumFractionDigits: decimals });
      if (a[2]) {
        var e = document.createElement("abbr");
        e.title = "estimate";
        e.textContent = "e";
        v.appendChild(document.createTextNode(" "));
        v.appendChild(e);
      }
      tr.append(th, code, v);
      body.appendChild(tr);
    });
    caption.firstChild.textContent = caption.firstChild.textContent.replace(/\b(19|20)\d\d\b/, year);
    if (link) {
      var u = new URL(link.href, location.href);
      u.searchParams.set("year", year);
      link.href = u.pathname + u.search;
      link.setAttribute("download", link.getAttribute("download").replace(/-(19|20)\d\d-/, "-" + year + "-"));
    }
  }

  function drawMap(el, spec) {
    var view = el.closest(".map-view");
    var slider = view ? view.querySelector("input[type=range]") : null;
    var shown = view ? view.querySelector("output") : null;
    var year = spec.year;
    withGeometry(spec.geometry, function () {
      var chart = echarts.init(el, null, { renderer: "canvas" });
      function show() {
        chart.setOption(mapOption(spec, year, el.clientWidth, el.clientHeight), true);
        spec.file = spec.file.replace(/^map-[a-z]+-\d{4}/, "map-" + spec.metric + "-" + year);
      }
      function remember() {
        var u = new URL(location.href);
        u.searchParams.set("year", year);
        u.searchParams.set("metric", spec.metric);
        history.replaceState(null, "", u.pathname + u.search + u.hash);
        var kept = document.querySelector("form.choose input[name=year]");
        if (kept) {
          kept.value = String(year);
        }
      }
      function go(to) {
        year = to;
        slider.value = String(year);
        slider.setAttribute("aria-valuetext", String(year));
        shown.textContent = String(year);
        show();
        mapTable(spec, year);
        remember();
      }
      show();
      // a country's figure in the year shown (the name is the country's code, the geometry's key)
      tooltip(el, chart, function (p) {
        var a = spec.years[String(year)].areas.filter(function (x) { return x[0] === p.name; })[0];
        if (!p.name) {
          return null;
        }
        return a ? [a[3], number(a[1]) + " " + spec.yName + (a[2] ? " (e)" : "")]
                 : [p.name + ": not an ally, or no figure"];
      });
      el.burdenshareOption = function (width, height) { return mapOption(spec, year, width, height); };
      // another measure, fetched as the page's JSON: the year stays where the slider put it
      el.burdenshareSwitch = function (next, model) {
        spec = next;
        var years = Object.keys(spec.years).map(Number);
        if (years.indexOf(year) < 0) {
          year = spec.year;
        }
        if (slider) {
          slider.min = String(Math.min.apply(null, years));
          slider.max = String(Math.max.apply(null, years));
          go(year);
        } else {
          show();
        }
        mapTable(spec, year, model && model.table);
      };
      if (slider) {
        // the year the slider was moved to before the map was drawn
        if (Number(slider.value) !== year) {
          go(Number(slider.value));
        }
        slider.addEventListener("input", function () {
          stop();
          go(Number(slider.value));
        });
        // Play: the years one after another, from the first when the slider is at the last
        var timer = null;
        var play = view.querySelector("button.play");
        slider.burdensharePlay = function () {
          if (timer) {
            stop();
            return;
          }
          if (year >= Number(slider.max)) {
            go(Number(slider.min));
          }
          play.textContent = "Pause";
          play.setAttribute("aria-pressed", "true");
          timer = setInterval(function () {
            if (year >= Number(slider.max)) {
              stop();
            } else {
              go(year + 1);
            }
          }, 900);
        };
        function stop() {
          if (timer) {
            clearInterval(timer);
            timer = null;
            play.textContent = "Play";
            play.setAttribute("aria-pressed", "false");
          }
        }
      }
      window.addEventListener("resize", function () {
        chart.resize();
        show();
      });
      downloads(el, spec, chart);
      drawn(el);
    });
  }

  // A map's year slider and play button, shown when the page is ready (not when the map is drawn,
  // which would move what is under them): they act on the map once it is drawn.
  function mapControls() {
    document.querySelectorAll(".map-view input[type=range]").forEach(function (slider) {
      var box = slider.closest(".slider");
      var shown = box.querySelector("output");
      slider.addEventListener("input", function () {
        shown.textContent = slider.value; // before the map is drawn too
      });
      var play = button("Play", "Play the years one after another", function () {
        if (slider.burdensharePlay) {
          slider.burdensharePlay();
        }
      });
      play.setAttribute("aria-pressed", "false");
      play.className = "play";
      box.appendChild(play);
      box.hidden = false;
      oneYearControl(slider);
    });
  }

  // The slider is the year: the form's list of years goes, and the form sends the slider's year.
  function oneYearControl(slider) {
    var form = document.querySelector("form.choose");
    var select = form ? form.querySelector("select#year") : null;
    if (!select || !slider.closest("main > .map-view")) {
      return; // the overview's map tab: there the form's year is the chart's and the table's
    }
    var kept = document.createElement("input");
    kept.type = "hidden";
    kept.name = "year";
    kept.value = slider.value;
    select.closest("p").replaceWith(kept);
    slider.addEventListener("input", function () {
      kept.value = slider.value;
    });
    // the measure: drawn again in place, the year kept, without sending the form
    var metric = form.querySelector("select#metric");
    if (!metric || !window.fetch) {
      return;
    }
    metric.addEventListener("change", function () {
      var u = new URL(location.href);
      u.searchParams.set("metric", metric.value);
      u.searchParams.set("year", kept.value);
      u.searchParams.set("format", "json");
      fetch(u.pathname + u.search).then(function (r) {
        if (!r.ok) {
          throw new Error(r.status);
        }
        return r.json();
      }).then(function (model) {
        var el = document.getElementById(model.map.chart.id);
        if (!el.burdenshareSwitch) {
          throw new Error("the map is not drawn yet");
        }
        el.burdenshareSwitch(JSON.parse(model.map.chart.json), model);
        var h1 = document.querySelector("main h1");
        h1.textContent = model.frame.title;
        document.title = model.frame.title + " · burdenshare";
        document.getElementById("map-about").textContent = model.about;
      }).catch(function () {
        form.submit(); // the page as the server draws it
      });
    });
  }

  function save(url, name) {
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // The chart as SVG, drawn off the page (server-side rendering mode: no element, no inline style
  // that the page's content security policy would refuse), once the SVG renderer is loaded: a
  // promise of the SVG's text.
  function svg(spec, el) {
    return new Promise(function (resolve, reject) {
      withLibrary("svg", function () {
        try {
          resolve(svgNow(spec, el));
        } catch (e) {
          reject(e);
        }
      });
    });
  }
  function svgNow(spec, el) {
    var copy = echarts.init(null, null, { renderer: "svg", ssr: true, width: el.clientWidth,
                                          height: el.clientHeight });
    var opt = el.burdenshareOption ? el.burdenshareOption(el.clientWidth, el.clientHeight)
                                   : option(spec, el.clientWidth);
    opt.aria = { enabled: false }; // it labels a page element, and there is none here
    copy.setOption(opt);
    var text = copy.renderToSVGString();
    copy.dispose();
    return text;
  }
  window.burdenshareChartSvg = function (id) {
    var el = document.getElementById(id);
    return svg(JSON.parse(document.getElementById(id + "-data").textContent), el);
  };

  // The address of this view of a chart for another site's frame: the same page under /embed.
  function embedAddress(el) {
    var u = new URL(location.href);
    u.pathname = "/embed" + (u.pathname === "/" ? "" : u.pathname);
    u.searchParams.set("chart", el.id);
    u.hash = "";
    return u.href;
  }

  // The frame, and a small script that sets its height to what the framed page says it needs
  // (only messages from this site's frames are heeded): a chart and its table fit on a phone as
  // on a desktop, without a scroll bar in the frame.
  function snippet(el, spec) {
    var title = (spec.title || document.title).replace(/[&"<>]/g, function (c) {
      return { "&": "&amp;", "\"": "&quot;", "<": "&lt;", ">": "&gt;" }[c];
    });
    return "<iframe src=\"" + embedAddress(el).replace(/&/g, "&amp;") + "\" title=\"" + title +
      "\" width=\"100%\" height=\"" + (el.clientHeight + 120) +
      "\" style=\"border:0\" loading=\"lazy\" data-burdenshare></iframe>\n" +
      "<script>addEventListener(\"message\",function(e){var d=e.data;" +
      "if(e.origin!==" + JSON.stringify(location.origin) + "||!d||d.burdenshare!==\"height\")return;" +
      "document.querySelectorAll(\"iframe[data-burdenshare]\").forEach(function(f){" +
      "if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+\"px\";});});</script>";
  }

  // In another site's frame: tell the page around it how tall the content is, whenever it changes
  // (the chart drawn, the table opened, the window turned).
  function reportHeight() {
    if (!document.body.classList.contains("embed") || window.parent === window) {
      return;
    }
    var last = 0;
    function send() {
      var h = Math.ceil(document.body.getBoundingClientRect().height);
      if (h !== last) {
        last = h;
        window.parent.postMessage({ burdenshare: "height", height: h }, "*");
      }
    }
    if ("ResizeObserver" in window) {
      new ResizeObserver(send).observe(document.body);
    }
    window.addEventListener("load", send);
    document.addEventListener("toggle", send, true);
    send();
  }

  // Copies a text, or where the browser does not allow it, selects it for the reader to copy.
  function copy(text, field, status) {
    function done(ok) {
      status.textContent = ok ? "Copied." : "Select and copy it.";
      if (!ok && field) {
        field.focus();
        field.select();
      }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } else {
      done(false);
    }
  }

  function button(text, label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    if (label) {
      b.setAttribute("aria-label", label);
    }
    b.addEventListener("click", onClick);
    return b;
  }

  // PNG from the chart on the page; SVG drawn off the page; the <iframe> that embeds it.
  function downloads(el, spec, chart) {
    if (document.body.classList.contains("embed")) {
      return; // a framed chart shows the figure and its source, and a link to the full page
    }
    var name = spec.file || el.id;
    var bar = document.createElement("p");
    bar.className = "downloads";
    bar.appendChild(document.createTextNode("Download this chart: "));
    bar.appendChild(button("PNG", "Download the chart “" + spec.title + "” as PNG", function () {
      save(chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }), name + ".png");
    }));
    bar.appendChild(document.createTextNode(" "));
    var asSvg = button("SVG", "Download the chart “" + spec.title + "” as SVG", function () {
      svg(spec, el).then(function (text) {
        save("data:image/svg+xml;charset=utf-8," + encodeURIComponent(text), name + ".svg");
      });
    });
    // the SVG renderer is loaded as the pointer or the focus comes to the button, before the click
    ["pointerenter", "focus"].forEach(function (type) {
      asSvg.addEventListener(type, function () { withLibrary("svg", function () {}); });
    });
    bar.appendChild(asSvg);
    bar.appendChild(document.createTextNode(" · "));
    if (spec.relative || yearsOf(spec).length > 5) {
      // the figures as shown: amounts or shares of the alliance's total, over a range of years
      spec.full = spec.full || { yName: spec.yName, series: spec.series, relative: spec.relative,
                                 categories: spec.categories, breaks: spec.breaks };
      spec.view = spec.view || { relative: false, from: 0, to: spec.categories.length - 1 };
    }
    // what the chart shows, on a line of its own above the downloads
    var views = document.createElement("p");
    views.className = "views";
    if (spec.relative) {
      var view = button("Share of the alliance's total", null, function () {
        spec.view.relative = !spec.view.relative;
        view.setAttribute("aria-pressed", String(spec.view.relative));
        show(chart, spec, el);
      });
      view.setAttribute("aria-pressed", "false");
      views.appendChild(view);
      views.appendChild(document.createTextNode(" "));
    }
    if (spec.full && yearsOf(spec).length > 5) {
      // a timeline: the range of years the chart shows (the table keeps them all)
      var years = spec.full.categories;
      var pick = function (which, index) {
        var sel = document.createElement("select");
        sel.id = el.id + "-" + which;
        years.forEach(function (y, i) {
          var o = document.createElement("option");
          o.value = String(i);
          o.textContent = y;
          o.selected = i === index;
          sel.appendChild(o);
        });
        sel.addEventListener("change", function () {
          var i = Number(sel.value);
          if (which === "from") {
            spec.view.from = Math.min(i, spec.view.to);
          } else {
            spec.view.to = Math.max(i, spec.view.from);
          }
          sel.value = String(which === "from" ? spec.view.from : spec.view.to);
          show(chart, spec, el);
        });
        var label = document.createElement("label");
        label.setAttribute("for", sel.id);
        label.textContent = which === "from" ? "Years from " : " to ";
        views.appendChild(label);
        views.appendChild(sel);
      };
      pick("from", 0);
      pick("to", years.length - 1);
    }
    if (spec.log !== undefined) {
      // a chart that spans orders of magnitude: log axes, or the plain ones
      var axes = button(spec.log ? "Linear axes" : "Log axes", null, function () {
        spec.log = !spec.log;
        axes.textContent = spec.log ? "Linear axes" : "Log axes";
        render(chart, spec, el);
      });
      bar.appendChild(axes);
      bar.appendChild(document.createTextNode(" · "));
    }
    var share = document.createElement("div");
    share.className = "share";
    share.hidden = true;
    var embed = button("Embed", "Embed the chart “" + spec.title + "” in another site", function () {
      share.hidden = !share.hidden;
      embed.setAttribute("aria-expanded", String(!share.hidden));
      if (!share.hidden) {
        field.value = snippet(el, spec);
        field.focus();
        field.select();
      }
    });
    embed.setAttribute("aria-expanded", "false");
    bar.appendChild(embed);
    var id = el.id + "-embed";
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = "HTML to put this chart in your page (it stays up to date with the figures):";
    var field = document.createElement("textarea");
    field.id = id;
    field.readOnly = true;
    field.rows = 3;
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    share.append(label, field,
                 button("Copy the HTML", null, function () { copy(field.value, field, status); }),
                 document.createTextNode(" "), status);
    el.insertAdjacentElement("afterend", bar);
    bar.insertAdjacentElement("afterend", share);
    if (views.childNodes.length) {
      el.insertAdjacentElement("afterend", views);
    }
  }

  // "Copy link": the address holds the whole view (year, date, tab, slider), so it is the share.
  // A check sent by the form has its own address (the text and date in the query): it replaces
  // the form's, so that the address, a reload and "Copy link" give the same check.
  function copyLink() {
    var h1 = document.querySelector("main h1");
    if (!h1 || document.body.classList.contains("embed")) {
      return;
    }
    // the page keeps the button's place under its heading, so that nothing moves when it comes
    var p = document.querySelector("main > p.copy-link");
    var permalink = document.querySelector(".permalink a");
    if (permalink) {
      history.replaceState(null, "", permalink.getAttribute("href"));
    } else if (document.getElementById("h-results")) {
      if (p) {
        p.remove();
      }
      return; // a text too long for an address: there is no link to give
    }
    if (!p) {
      p = document.createElement("p");
      p.className = "copy-link";
      h1.insertAdjacentElement("afterend", p);
    }
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    var field = document.createElement("input");
    field.type = "text";
    field.readOnly = true;
    field.hidden = true;
    field.setAttribute("aria-label", "The link to this view");
    p.append(button("Copy link to this view", null, function () {
      field.value = location.href;
      field.hidden = !(navigator.clipboard && window.isSecureContext) ? false : true;
      copy(location.href, field, status);
    }), document.createTextNode(" "), field, document.createTextNode(" "), status);
  }

  // The charting library is large, so it is loaded only when a chart comes near the screen (or
  // the page is printed), and in parts (ES modules that share ECharts' core): one for each series
  // type (line, bar, scatter), the map, the SVG renderer (only to download a chart as SVG). A
  // chart waits for the parts its series name. A reader who looks at the headline figures never
  // downloads it, and one who reads an ally's line charts downloads neither the map nor the bars.
  // Each chart is drawn in a task of its own, so that the page answers between two charts.
  var parts = {};
  function withLibrary(names, then) {
    Promise.all([].concat(names).map(function (part) {
      if (!parts[part]) {
        parts[part] = new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.type = "module";
          script.src = document.documentElement.getAttribute("data-echarts-" + part);
          script.onload = resolve;
          script.onerror = reject;
          document.head.appendChild(script);
        });
      }
      return parts[part];
    })).then(function () { setTimeout(then, 0); });
  }

  function drawBlock(block) {
    var el = document.getElementById(block.id.replace(/-data$/, ""));
    if (!el || block.drawn || el.closest("[hidden]")) {
      return; // a chart in a hidden view is drawn when the view is shown: hidden, it has no size
    }
    block.drawn = true;
    var spec = JSON.parse(block.textContent);
    if (spec.type === "map") {
      drawMap(el, spec);
      return;
    }
    // the parts of the library for the series the chart draws (line, bar, scatter)
    var types = option(spec, el.clientWidth || 900).series.map(function (x) { return x.type; });
    withLibrary(types.filter(function (t, i) { return types.indexOf(t) === i; }), function () {
      drawChart(el, spec);
    });
  }

  function drawChart(el, spec) {
    if (spec.horizontal && spec.categories) {
      el.style.height = Math.max(360, spec.categories.length * 22 + 110) + "px";
    } else if (spec.type === "scatter" && el.clientWidth < 600) {
      el.style.height = "500px"; // on a phone: room for the points' names
    }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    render(chart, spec, el);
    tooltip(el, chart, spec.type === "scatter" ? pointRows : axisRows(chart, spec),
            spec.type === "scatter" ? null : spec.horizontal ? "y" : "x");
    window.addEventListener("resize", function () {
      chart.resize();
      render(chart, spec, el);
    });
    downloads(el, spec, chart);
    drawn(el);
  }

  // Drawn, with its title inside: in an embed the page's heading would say it twice, so it stays
  // for screen readers only.
  function drawn(el) {
    el.setAttribute("data-drawn", "true");
    if (document.body.classList.contains("embed")) {
      var h1 = document.querySelector("main h1");
      if (h1) {
        h1.classList.add("visually-hidden");
      }
    }
  }

  function drawAll() {
    document.querySelectorAll("script[data-chart]").forEach(drawBlock);
  }
  // for printing, and for tests that look at every chart at once
  window.burdenshareDrawAll = drawAll;
  window.addEventListener("beforeprint", drawAll);

  // Charts are drawn after the page's first paint: the text comes first, the library after it.
  function draw() {
    if (document.readyState !== "complete") {
      window.addEventListener("load", draw);
      return;
    }
    requestAnimationFrame(function () { setTimeout(observe, 0); });
  }

  function observe() {
    var blocks = document.querySelectorAll("script[data-chart]");
    if (!("IntersectionObserver" in window)) {
      drawAll();
      return;
    }
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          seen.unobserve(entry.target);
          drawBlock(entry.target.block);
        }
      });
    }, { rootMargin: "400px 0px" });
    blocks.forEach(function (block) {
      var el = document.getElementById(block.id.replace(/-data$/, ""));
      if (el) {
        el.block = block;
        seen.observe(el);
      }
    });
  }

  // Chart, map and table as tabs over the same figures; the view chosen is kept in the address.
  function views() {
    document.querySelectorAll("[data-views]").forEach(function (box) {
      var panels = Array.prototype.slice.call(box.children).filter(function (p) {
        return p.classList.contains("view");
      });
      var list = document.createElement("div");
      list.className = "tabs";
      list.setAttribute("role", "tablist");
      list.setAttribute("aria-label", "Show the figures as");
      var buttons = panels.map(function (panel, i) {
        var b = document.createElement("button");
        b.type = "button";
        b.id = panel.id + "-tab";
        b.textContent = panel.getAttribute("data-label");
        b.setAttribute("role", "tab");
        b.setAttribute("aria-controls", panel.id);
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", b.id);
        b.addEventListener("click", function () { select(i, true); });
        b.addEventListener("keydown", function (e) {
          var to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: panels.length - 1 }[e.key];
          if (to !== undefined) {
            e.preventDefault();
            to = (to + panels.length) % panels.length;
            select(to, true);
            buttons[to].focus();
          }
        });
        list.appendChild(b);
        return b;
      });
      function select(i, remember) {
        panels.forEach(function (panel, k) {
          panel.hidden = k !== i;
          buttons[k].setAttribute("aria-selected", String(k === i));
          buttons[k].tabIndex = k === i ? 0 : -1;
        });
        if (remember) {
          var u = new URL(location.href);
          if (i === 0) {
            u.searchParams.delete("view");
          } else {
            u.searchParams.set("view", panels[i].getAttribute("data-view"));
          }
          history.replaceState(null, "", u.pathname + u.search + u.hash);
          panels[i].querySelectorAll("script[data-chart]").forEach(drawBlock);
          if (window.echarts) {
            panels[i].querySelectorAll(".chart").forEach(function (el) {
              var c = echarts.getInstanceByDom(el);
              if (c) {
                c.resize();
              }
            });
          }
          tables(panels[i]);
        }
      }
      box.insertBefore(list, box.firstChild);
      var wanted = new URL(location.href).searchParams.get("view");
      var start = panels.findIndex(function (p) { return p.getAttribute("data-view") === wanted; });
      select(start < 0 ? 0 : start, false);
    });
  }

  // Wide tables: the newest years are the ones people look for, so a table whose last columns
  // are years opens scrolled to them, and says that more columns are to the left or right.
  function tables(within) {
    // every table measured before any is changed, then scrolled before any cue is added: one
    // layout of the page, not one for each wide table
    var wide = Array.prototype.filter.call((within || document).querySelectorAll(".table-wrap"),
      function (wrap) {
        return !wrap.cued && !wrap.closest("[hidden]") && wrap.scrollWidth > wrap.clientWidth + 1;
      }).map(function (wrap) {
        var heads = wrap.querySelectorAll("thead th");
        var last = heads.length ? heads[heads.length - 1].textContent.trim() : "";
        return { wrap: wrap, width: wrap.scrollWidth, years: /^(19|20)\d{2}$/.test(last) };
      });
    wide.forEach(function (t) {
      t.wrap.cued = true;
      if (t.years) {
        t.wrap.scrollLeft = t.width;
      }
    });
    wide.forEach(function (t) {
      var cue = document.createElement("p");
      cue.className = "more-columns";
      cue.textContent = t.years
        ? "← Earlier years: scroll the table sideways."
        : "More columns: scroll the table sideways →";
      t.wrap.insertAdjacentElement("afterend", cue);
    });
  }

  // A search box over a table: rows whose text (names in seven languages, codes) holds what is typed.
  function searches() {
    document.querySelectorAll("input[data-filters]").forEach(function (input) {
      var table = document.getElementById(input.getAttribute("data-filters"));
      var count = document.getElementById(input.getAttribute("aria-describedby"));
      if (!table) {
        return;
      }
      input.closest(".search").hidden = false;
      var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
      function fold(s) {
        return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      }
      input.addEventListener("input", function () {
        var q = fold(input.value.trim());
        var shown = 0;
        rows.forEach(function (r) {
          var hit = !q || fold(r.textContent).indexOf(q) >= 0;
          r.hidden = !hit;
          shown += hit ? 1 : 0;
        });
        count.textContent = q ? shown + " of " + rows.length + " allies" : "";
      });
    });
  }

  function ready() {
    reportHeight();
    searches();
    copyLink();
    views();
    mapControls();
    draw();
    tables();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
