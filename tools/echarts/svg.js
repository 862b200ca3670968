// The SVG renderer, loaded only when a reader downloads a chart as SVG (the page draws on canvas).
import "./common.js";
import { use } from "echarts/core";
import { install as SVGRenderer } from "echarts/lib/renderer/installSVGRenderer.js";

use([SVGRenderer]);
