// Bar series, with what every chart on axes needs (axes.js). A page loads it before the first chart
// that draws a bar series (dashboard.js asks for the parts its option's series name).
import "./axes.js";
import { use } from "echarts/core";
import { install as BarChart } from "echarts/lib/chart/bar/install.js";

use([BarChart]);
