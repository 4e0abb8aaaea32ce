import { formatAmount, formatPercent, groupThousands } from "../text/format-amount.js";
import { monthLabel } from "./analytics-labels.js";
import { checkReportLocale } from "./check-report-locale.js";
import type { DecisionAnalytics } from "./analytics-report.js";
import { buildReportCharts } from "./report-charts.js";
import { periodText, buildReportTables, cellOf, type CellKind, type CellValue, type ReportTable } from "./report-tables.js";
import { REPORT_TEXT, type ReportLocale, type ReportText } from "./report-text.js";

/** Options of the HTML report: its language and the chart library inlined into the file. */
export interface ReportHtmlOptions {
  readonly locale: ReportLocale;
  /**
   * The source of Apache ECharts' browser build (`echarts/dist/echarts.min.js`), inlined so the file opens with no
   * network. The CLI reads it from the installed package; this function never reads files.
   */
  readonly chartLibrary: string;
}

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A value inside a `<script>` element: JSON with `<` escaped, so no `</script>` can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

function formatCell(cell: CellValue, columnKind: CellKind, currency: string, text: ReportText, locale: ReportLocale): string {
  const { value, kind } = cellOf(cell, columnKind);
  if (value === null) return text.noData;
  const signed = (formatted: (unsigned: string) => string) => {
    const raw = String(value);
    const sign = raw.startsWith("-") ? "−" : raw.startsWith("+") ? "+" : "";
    return `${sign}${formatted(raw.replace(/^[+-]/, ""))}`;
  };
  switch (kind) {
    case "text":
      return String(value);
    case "count":
      return typeof value === "number" ? groupThousands(String(value)) : String(value);
    case "signedCount":
      return typeof value === "number" ? `${value > 0 ? "+" : value < 0 ? "−" : ""}${groupThousands(String(Math.abs(value)))}` : String(value);
    case "money":
      return formatAmount(String(value), currency, locale);
    case "estimatedMoney":
      return `≈${formatAmount(String(value), currency, locale)}`;
    case "rate":
      return formatPercent(String(value));
    case "signedMoney":
      return signed((unsigned) => formatAmount(unsigned, currency, locale));
    case "signedRate":
      return signed((unsigned) => formatPercent(unsigned));
    case "days":
      return typeof value === "number" ? text.days(value) : String(value);
  }
}

function renderTable(table: ReportTable, currency: string, text: ReportText, locale: ReportLocale): string {
  const numeric = (kind: CellKind) => kind !== "text";
  const head = table.columns.map((column) => `<th${numeric(column.kind) ? ' class="num"' : ""}>${escapeHtml(column.header)}</th>`).join("");
  const body =
    table.rows.length === 0
      ? `<tr><td colspan="${table.columns.length}" class="empty">${escapeHtml(text.noData)}</td></tr>`
      : table.rows
          .map((row) => `<tr>${row.map((cell, i) => {
            const kind = table.columns[i]?.kind ?? "text";
            return `<td${numeric(cellOf(cell, kind).kind) ? ' class="num"' : ""}>${escapeHtml(formatCell(cell, kind, currency, text, locale))}</td>`;
          }).join("")}</tr>`)
          .join("\n");
  const note = table.note === undefined ? "" : `<p class="note">${escapeHtml(table.note)}</p>`;
  return `<section class="table" id="table-${table.id}"><h3>${escapeHtml(table.title)}</h3>${note}<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div></section>`;
}

function answers(report: DecisionAnalytics, text: ReportText, locale: ReportLocale, currency: string): [string, string][] {
  const money = (value: string) => formatAmount(value, currency, locale);
  const rate = (value: string | null) => (value === null ? text.noData : formatPercent(value));
  // The report's as-of month in words, also when no decision was made in it yet (a report on the 1st of a month).
  const month = monthLabel(report.month)[locale];
  const rule = report.headline.topRefusingRule;
  const providers = report.headline.topFlaggedProviders;
  return [
    [text.questions.paidThisMonth(month), text.questions.paidThisMonthAnswer(report.headline.paidThisMonth.count, money(report.headline.paidThisMonth.amount))],
    [text.questions.straightThrough, text.questions.straightThroughAnswer(rate(report.headline.straightThroughRate), report.automation.straightThrough, report.totals.decisions)],
    [text.questions.topRefusingRule, rule === null ? text.questions.noRefusingRule : text.questions.topRefusingRuleAnswer(rule.ruleId, rule.label[locale], rule.denied)],
    [text.questions.determinationBreaches(periodText(report, locale)), text.questions.determinationBreachesAnswer(report.headline.determinationBreaches, rate(report.deadlines.determinationOnTimeRate))],
    [
      text.questions.flaggedProviders,
      !report.providers.available
        ? text.questions.providersNotAvailable
        : providers.length === 0
          ? text.questions.noFlaggedProvider
          : providers
              .slice(0, 3)
              .map((provider) => text.questions.flaggedProvidersAnswer(provider.label[locale], provider.flags, provider.possibleDuplicates))
              .join(locale === "zh" ? "；" : "; "),
    ],
  ];
}

const STYLE = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6776; --line: #d9dee5; --accent: #2f6fb3; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; color: var(--ink); background: #f5f7fa; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 20px 32px; }
h1 { margin: 0 0 4px; font-size: 24px; }
.subtitle { margin: 0; color: var(--muted); }
main { padding: 16px 32px 48px; max-width: 1400px; }
h2 { font-size: 18px; margin: 28px 0 12px; border-left: 4px solid var(--accent); padding-left: 8px; }
h3 { font-size: 15px; margin: 16px 0 8px; }
.answers { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: 12px; }
.answer { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
.answer .q { color: var(--muted); font-size: 13px; margin-bottom: 6px; }
.answer .a { font-size: 17px; font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 12px; }
.chart { background: #fff; border: 1px solid var(--line); border-radius: 6px; height: 340px; }
.table { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 14px 12px; margin-bottom: 12px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; white-space: nowrap; }
th { background: #eef2f7; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.empty { color: var(--muted); text-align: center; }
.note { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
ol.definitions { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 32px; line-height: 1.6; }
@media print { body { background: #fff; } .chart { break-inside: avoid; } }
`;

/**
 * The report as one self-contained HTML file: the answers a claims manager asks first, the charts (drawn in the
 * browser by the inlined Apache ECharts, SVG renderer, no network), every table, and the definitions. All words
 * in the locale's language. Pure: the chart library's source comes in `options.chartLibrary`.
 * @example
 * const html = renderReportHtml(report, { locale: "zh", chartLibrary: readFileSync(require.resolve("echarts/dist/echarts.min.js"), "utf8") });
 */
export function renderReportHtml(report: DecisionAnalytics, options: ReportHtmlOptions): string {
  const locale = checkReportLocale(options?.locale);
  const text = REPORT_TEXT[locale];
  const currency = report.currency ?? "CNY";
  const tables = new Map(buildReportTables(report, locale).map((table) => [table.id, table]));
  const charts = buildReportCharts(report, locale);
  const section = (title: string, ...ids: string[]) =>
    `<h2>${escapeHtml(title)}</h2>\n${ids
      .map((id) => tables.get(id))
      .filter((table): table is ReportTable => table !== undefined)
      .map((table) => renderTable(table, currency, text, locale))
      .join("\n")}`;
  const answerCards = answers(report, text, locale, currency)
    .map(([question, answer]) => `<div class="answer"><div class="q">${escapeHtml(question)}</div><div class="a">${escapeHtml(answer)}</div></div>`)
    .join("\n");
  const chartDivs = charts.map((chart) => `<div class="chart" id="chart-${chart.id}" data-chart="${chart.id}" role="img" aria-label="${escapeHtml(chart.title)}"></div>`).join("\n");
  const options_ = Object.fromEntries(charts.map((chart) => [chart.id, chart.option]));
  return `<!DOCTYPE html>
<html lang="${locale === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${text.title} ${report.asOf}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(text.title)}</h1><p class="subtitle">${escapeHtml(text.subtitle(report.asOf, report.input.firstDecidedOn, report.input.lastDecidedOn, report.input.analysed))}</p></header>
<main>
<section class="answers">
${answerCards}
</section>
<h2>${escapeHtml(text.sections.overview)}</h2>
<section class="charts">
${chartDivs}
</section>
${section(text.sections.overview, "summary", "outcomes")}
${section(text.sections.months, "months")}
${section(text.sections.products, "products", "coverages")}
${section(text.sections.reasons, "reasons", "rules")}
${section(text.sections.automation, "queues")}
${section(text.sections.cycleTimes, "cycle-times")}
${section(text.sections.deadlines, "deadlines")}
${section(text.sections.pendingDocuments, "pending-waiting", "missing-documents")}
${section(text.sections.flags, "flags")}
${section(text.sections.duplicates, "duplicates")}
${section(text.sections.providers, "providers-by-flags", "providers-by-amount")}
${section(text.sections.risk, "risk-indicators")}
${section(text.sections.sampling, "sampling")}
${section(text.sections.input, "input-problems")}
<h2>${escapeHtml(text.sections.definitions)}</h2>
<ol class="definitions">${text.definitions.map((definition) => `<li>${escapeHtml(definition)}</li>`).join("")}</ol>
</main>
<script>${options.chartLibrary.replace(/<\/script/gi, "<\\/script")}</script>
<script>
(function () {
  var options = ${scriptJson(options_)};
  // Numbers as the reader's language groups them: the options are JSON, so the formatters are attached here.
  var group = function (value) { return typeof value === "number" ? value.toLocaleString(document.documentElement.lang, { maximumFractionDigits: 2 }) : value; };
  // Large amounts on an axis in the language's short form: 2000万 in Chinese, 20M in English.
  var short = new Intl.NumberFormat(document.documentElement.lang, { notation: "compact", maximumFractionDigits: 1 });
  var compact = function (value) { return typeof value === "number" ? short.format(value) : value; };
  var grouped = function (option) {
    option.tooltip = Object.assign({}, option.tooltip, { valueFormatter: group });
    (option.series || []).forEach(function (series) {
      if (series.label && series.label.formatter === "grouped") series.label.formatter = function (params) { return group(params.value); };
    });
    [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
      if (axis.axisLabel && axis.axisLabel.formatter === "compact") axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: compact });
      if (axis.type === "value" && !(axis.axisLabel && axis.axisLabel.formatter)) axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: group });
    });
    return option;
  };
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption(grouped(options[element.getAttribute("data-chart")]));
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
</script>
</body>
</html>
`;
}
