// The build that build.sh runs: esbuild bundles the entries into ES modules that share chunks
// named by their content, then terser minifies each file again (esbuild's minifier is fast; three
// passes of terser's make the files some 4 % smaller gzipped).
//
// A few of ECharts' modules are replaced, here and nowhere else, by a line that does what the
// dashboard needs of them: parts of ECharts' core that every page would load and that no chart of
// the dashboard uses. Each replacement fails loudly if a chart ever asks for what it left out.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { minify } from "terser";

const replaced = {
  // the Chinese texts (toolbox, aria): the pages are in English, and ask ECharts for nothing else
  "echarts/lib/i18n/langZH.js": 'export { default } from "./langEN.js";',
  // the dark theme: the charts use ECharts' default one
  "echarts/lib/theme/dark.js": "export default {};",
  // showLoading's spinner: a chart is drawn when its figures are there
  "echarts/lib/loading/default.js":
    'export default function () { throw new Error("showLoading is not in this build"); }',
  // time axes: the charts' axes are categories (years), values or logarithms
  "echarts/lib/scale/Time.js":
    'export default function TimeScale() { throw new Error("time axes are not in this build"); }',
  // the islands ECharts adds to a map named "china"
  "echarts/lib/coord/geo/fix/nanhai.js": "export default function () {}",
  // options in the form of ECharts 2 to 4 (itemStyle.normal…): dashboard.js writes ECharts 5's
  "echarts/lib/preprocessor/backwardCompat.js":
    'import { normalizeToArray } from "../util/model.js";\n' +
    "export default function (option) { option.series = normalizeToArray(option.series); }",
  // datasets' transforms (filter, sort): the charts give their data in their series
  "echarts/lib/data/helper/transform.js":
    'function none() { throw new Error("dataset transforms are not in this build"); }\n' +
    "export class ExternalSource {}\n" +
    "export { none as registerExternalTransform, none as applyDataTransform };",
};

const replace = {
  name: "replace",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]echarts[\\/]/ }, (args) => {
      const file = args.path.split(path.sep).join("/");
      const key = Object.keys(replaced).find((k) => file.endsWith("/node_modules/" + k));
      if (!key) {
        return undefined;
      }
      used.add(key);
      return { contents: replaced[key], loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};
const used = new Set();

const out = process.argv[2];
await esbuild.build({
  entryPoints: ["line.js", "bar.js", "scatter.js", "map.js", "svg.js"],
  bundle: true,
  splitting: true,
  format: "esm",
  minify: true,
  target: "es2017",
  legalComments: "none",
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  logLevel: "warning",
  outdir: out,
  plugins: [replace],
});
const unused = Object.keys(replaced).filter((k) => !used.has(k));
if (unused.length) {
  throw new Error("replacements of modules this build does not load: " + unused.join(", "));
}
const files = {};
for (const name of fs.readdirSync(out).filter((f) => f.endsWith(".js"))) {
  const result = await minify(fs.readFileSync(path.join(out, name), "utf8"), {
    module: true,
    ecma: 2017,
    compress: { passes: 3 },
    mangle: true,
  });
  files[name] = result.code;
  fs.unlinkSync(path.join(out, name));
}

// The chunks are served under their own names for a year, so a name must change whenever the
// bytes do: esbuild named them by its output, which terser has since changed. Each is named
// again by its final bytes, which hold the (final) names of the chunks it imports.
const IMPORT = /"\.\/(chunk-[A-Z0-9]+\.js)"/g;
const names = {};
function named(name) {
  if (!(name in names)) {
    names[name] = null; // esbuild's chunks import one another without cycles
    files[name] = files[name].replace(IMPORT, (all, chunk) => `"./${named(chunk)}"`);
    const hash = crypto.createHash("sha256").update(files[name]).digest("hex");
    names[name] = name.startsWith("chunk-") ? `chunk-${hash.slice(0, 10).toUpperCase()}.js` : name;
  }
  if (names[name] === null) {
    throw new Error("chunks that import one another: " + name);
  }
  return names[name];
}
for (const name of Object.keys(files)) {
  fs.writeFileSync(path.join(out, named(name)), files[name]);
}
