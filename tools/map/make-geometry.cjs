// Makes the map geometry the dashboard bundles (burdenshare-server/src/main/resources/
// burdenshare-web/static/map/allies.geo.json) from Natural Earth's country boundaries as the
// npm package world-atlas redistributes them. Natural Earth is in the public domain.
//
//   cd tools/map && npm install && node make-geometry.cjs
//
// Two panes, so that Europe is not a speck beside North America: each country's polygons are
// clipped to the pane's window, coordinates rounded to 0.01° (about 1 km, finer than 1:50m).
"use strict";
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");
const atlasPackage = require("world-atlas/package.json");
// 1:110m is fine enough for North America at the size it is drawn; Europe's small allies need 1:50m.
const coarse = require("world-atlas/countries-110m.json");
const fine = require("world-atlas/countries-50m.json");

// ISO 3166-1 numeric → alpha-3 for the allies: the map's figures are keyed by alpha-3.
const ALLIES = {
  "008": "ALB", "056": "BEL", "100": "BGR", "124": "CAN", "191": "HRV", "203": "CZE",
  "208": "DNK", "233": "EST", "246": "FIN", "250": "FRA", "276": "DEU", "300": "GRC",
  "348": "HUN", "352": "ISL", "380": "ITA", "428": "LVA", "440": "LTU", "442": "LUX",
  "499": "MNE", "528": "NLD", "578": "NOR", "616": "POL", "620": "PRT", "642": "ROU",
  "703": "SVK", "705": "SVN", "724": "ESP", "752": "SWE", "792": "TUR", "807": "MKD",
  "826": "GBR", "840": "USA"
};

// [west, south, east, north] in degrees
const PANES = {
  northAmerica: [-170, 15, -50, 75],
  europe: [-25, 34, 45, 71.5]
};

function clip(ring, [w, s, e, n]) {
  const edges = [
    [p => p[0] >= w, (a, b) => at(a, b, 0, w)],
    [p => p[0] <= e, (a, b) => at(a, b, 0, e)],
    [p => p[1] >= s, (a, b) => at(a, b, 1, s)],
    [p => p[1] <= n, (a, b) => at(a, b, 1, n)]
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cross(prev, cur));
      }
    }
    if (out.length === 0) return [];
  }
  return out;
}

function at(a, b, axis, v) {
  const t = (v - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

// A ring that crosses the antimeridian (Russia's, Fiji's) jumps from 180° to -180°: drawn as it
// is, it would cross the whole window. Shifted east by 360° it is continuous.
function unwrap(ring) {
  const jumps = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return jumps ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

function round(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 0) {
    const f = out[0], l = out[out.length - 1];
    if (f[0] !== l[0] || f[1] !== l[1]) out.push(f);
  }
  return out;
}

function polygons(geometry) {
  if (!geometry) return [];
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function pane(countries, window) {
  const features = [];
  for (const f of countries.features) {
    const polys = [];
    for (const poly of polygons(f.geometry)) {
      const rings = poly.map(r => round(clip(unwrap(r.slice(0, -1)), window))).filter(r => r.length >= 4);
      if (rings.length > 0 && polys.push(rings)) continue;
    }
    if (polys.length === 0) continue;
    const iso3 = ALLIES[f.id] || null;
    features.push({
      type: "Feature",
      properties: { key: iso3 || f.properties.name, name: f.properties.name, ally: iso3 !== null },
      geometry: { type: "MultiPolygon", coordinates: polys }
    });
  }
  return { type: "FeatureCollection", features };
}

const out = {
  source:
    "Natural Earth, Admin 0 countries, 1:110m (North America) and 1:50m (Europe), v4.1.0 (public domain), as redistributed by the npm"
    + " package world-atlas " + atlasPackage.version + "; clipped to two windows and rounded to"
    + " 0.01° by tools/map/make-geometry.cjs.",
  northAmerica: pane(topojson.feature(coarse, coarse.objects.countries), PANES.northAmerica),
  europe: pane(topojson.feature(fine, fine.objects.countries), PANES.europe)
};
const missing = Object.values(ALLIES).filter(
  a => !out.northAmerica.features.concat(out.europe.features).some(f => f.properties.key === a));
if (missing.length > 0) {
  throw new Error("allies missing from the map: " + missing.join(", "));
}
const target = path.join(__dirname, "../../burdenshare-server/src/main/resources/burdenshare-web/static/map/allies.geo.json");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(out) + "\n");
console.log("wrote " + path.relative(process.cwd(), target) + ": "
  + out.northAmerica.features.length + " + " + out.europe.features.length + " areas, "
  + fs.statSync(target).size + " bytes");
