// The map: the map series on two geo panes, the piecewise colour key and the graphic that keys
// grey ("no figures"). Loaded only by a page that draws a map (the /map page, the overview's map
// tab, their embeds).
import "./common.js";
import { use } from "echarts/core";
import { install as MapChart } from "echarts/lib/chart/map/install.js";
import { install as GeoComponent } from "echarts/lib/component/geo/install.js";
import { install as GraphicComponent } from "echarts/lib/component/graphic/install.js";
import { install as VisualMapPiecewiseComponent } from "echarts/lib/component/visualMap/installVisualMapPiecewise.js";

use([MapChart, GeoComponent, GraphicComponent, VisualMapPiecewiseComponent]);
