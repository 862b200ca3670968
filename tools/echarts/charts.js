// The charts on axes: line, bar and scatter on a grid, their legend and guideline lines. Loaded by
// a page when it draws its first chart that is not a map. A chart type or component that
// dashboard.js names must be added here or in map.js (the browser tests fail on a missing one).
import "./common.js";
import { use } from "echarts/core";
import { install as BarChart } from "echarts/lib/chart/bar/install.js";
import { install as LineChart } from "echarts/lib/chart/line/install.js";
import { install as ScatterChart } from "echarts/lib/chart/scatter/install.js";
import { install as GridComponent } from "echarts/lib/component/grid/install.js";
import { install as LegendComponent } from "echarts/lib/component/legend/install.js";
import { install as MarkLineComponent } from "echarts/lib/component/marker/installMarkLine.js";

use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent]);
