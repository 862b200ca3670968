// What every chart of the dashboard needs, whatever it draws: ECharts' core, the canvas renderer,
// the titles (the chart's title at the top, its source line at the bottom) and aria (the chart's
// description for screen readers). Each part is imported from its own module, not from ECharts'
// lists of parts ("echarts/charts"…): through a list, esbuild's code splitting puts every part a
// page could need into the chunk shared by all pages. Only what dashboard.js and the browser tests
// call is made global (window.echarts), so that the rest of ECharts' API can be left out.
// The tooltip is dashboard.js's own (a few lines over ECharts' events): ECharts' tooltip and axis
// pointer would add 16 KB gzipped to the first chart of every page.
import { use, init, getInstanceByDom, getMap, registerMap } from "echarts/core";
import { install as AriaComponent } from "echarts/lib/component/aria/install.js";
import { install as TitleComponent } from "echarts/lib/component/title/install.js";
import { install as CanvasRenderer } from "echarts/lib/renderer/installCanvasRenderer.js";

use([AriaComponent, TitleComponent, CanvasRenderer]);

window.echarts = { init, getInstanceByDom, getMap, registerMap };
