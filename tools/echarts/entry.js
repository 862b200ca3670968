// The parts of ECharts the dashboard draws, and nothing else: what a chart option in
// burdenshare-server/src/main/resources/burdenshare-web/static/dashboard.js may name. A chart type
// or component added there must be added here (the browser tests fail on an unregistered one).
import * as echarts from "echarts/core";
import { BarChart, LineChart, MapChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  GeoComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent
} from "echarts/components";
import { LabelLayout } from "echarts/features";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart, LineChart, MapChart, ScatterChart,
  AriaComponent, GeoComponent, GraphicComponent, GridComponent,
  LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent,
  VisualMapPiecewiseComponent,
  LabelLayout,
  CanvasRenderer, SVGRenderer
]);

window.echarts = echarts;
