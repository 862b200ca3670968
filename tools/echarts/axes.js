// What the charts on axes share: the grid and its axes, the legend, guideline lines. Imported by
// line.js, bar.js and scatter.js, not loaded on its own.
import "./common.js";
import { use } from "echarts/core";
import { install as GridComponent } from "echarts/lib/component/grid/installSimple.js";
import { install as LegendComponent } from "echarts/lib/component/legend/install.js";
import { install as MarkLineComponent } from "echarts/lib/component/marker/installMarkLine.js";

use([GridComponent, LegendComponent, MarkLineComponent]);
