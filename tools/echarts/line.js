// Line series, with what every chart on axes needs (axes.js). A page loads it before the first chart
// that draws a line series (dashboard.js asks for the parts its option's series name).
import "./axes.js";
import { use } from "echarts/core";
import { install as LineChart } from "echarts/lib/chart/line/install.js";

use([LineChart]);
