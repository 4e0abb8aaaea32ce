import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

let source: string | undefined;

/**
 * The browser build of Apache ECharts from the installed `echarts` package, read once: what `renderReportHtml`
 * inlines so the report opens with no network.
 */
export function readChartLibrary(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve("echarts/dist/echarts.min.js"), "utf8");
  return source;
}
