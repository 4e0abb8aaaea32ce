import { Dec } from "../money/money.js";
import { formatAmount } from "../text/format-amount.js";
import type { DecisionAnalytics } from "./analytics-report.js";
import { REPORT_TEXT, type ReportLocale } from "./report-text.js";

/** One chart of the HTML report: an Apache ECharts option, plain JSON (no functions), and its title. */
export interface ReportChart {
  readonly id: string;
  readonly title: string;
  readonly option: Record<string, unknown>;
}

// Charts draw numbers: amounts and rates become JavaScript numbers here, at the presentation edge, and nowhere else.
// Every figure a reader can copy stays a decimal string in the tables.
const amount = (value: string) => new Dec(value).toNumber();
const percent = (rate: string | null) => (rate === null ? null : new Dec(rate).times(100).toDecimalPlaces(2).toNumber());

/** `label（note）` in Chinese, `label (note)` in English. */
const withNote = (locale: ReportLocale, label: string, note: string) => (locale === "zh" ? `${label}（${note}）` : `${label} (${note})`);

const COLOURS = ["#2f6fb3", "#e07b39", "#3a9d5d", "#c8453a", "#8a63b8", "#7f7f7f", "#c9a227", "#2a9fb0"];

function base(title: string): Record<string, unknown> {
  return {
    animation: false,
    color: COLOURS,
    title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: "bold" } },
    tooltip: { trigger: "axis", confine: true },
    grid: { left: 16, right: 24, top: 56, bottom: 16, containLabel: true },
  };
}

function horizontalBar(title: string, names: readonly string[], values: readonly number[], seriesName: string): Record<string, unknown> {
  return {
    ...base(title),
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: [...names].reverse(), axisLabel: { width: 260, overflow: "truncate" } },
    // "grouped": the page's script formats the label as the reader's language groups digits.
    series: [{ type: "bar", name: seriesName, data: [...values].reverse(), label: { show: true, position: "right", formatter: "grouped" } }],
  };
}

/**
 * The charts of the HTML report, in the order they appear. A chart with nothing to draw (no providers, no claim
 * waiting) is left out; the section says why instead.
 * @example
 * buildReportCharts(report, "en").map((chart) => chart.id) //=> ["monthly", "outcomes", "automation-by-month", …]
 */
export function buildReportCharts(report: DecisionAnalytics, locale: ReportLocale): ReportChart[] {
  const text = REPORT_TEXT[locale];
  const columns = text.columns;
  const months = report.byMonth.map((row) => row.label[locale]);
  const charts: ReportChart[] = [];
  if (report.byMonth.length > 0) {
    charts.push({
      id: "monthly",
      title: text.charts.monthly,
      option: {
        ...base(text.charts.monthly),
        legend: { top: 28 },
        xAxis: { type: "category", data: months },
        yAxis: [
          { type: "value", name: columns.decisions, minInterval: 1 },
          { type: "value", name: report.currency === null ? columns.paidAmount : withNote(locale, columns.paidAmount, report.currency), axisLabel: { formatter: "compact" } },
        ],
        series: [
          { type: "bar", name: columns.decisions, data: report.byMonth.map((row) => row.decisions) },
          { type: "line", name: columns.paidAmount, yAxisIndex: 1, data: report.byMonth.map((row) => amount(row.paid.amount)) },
        ],
      },
    });
    charts.push({
      id: "automation-by-month",
      title: text.charts.automationByMonth,
      option: {
        ...base(text.charts.automationByMonth),
        legend: { top: 28 },
        xAxis: { type: "category", data: months },
        yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
        series: [
          { type: "line", name: columns.straightThroughRate, data: report.byMonth.map((row) => percent(row.straightThroughRate)) },
          { type: "line", name: columns.referralRate, data: report.byMonth.map((row) => percent(row.referralRate)) },
        ],
      },
    });
  }
  if (report.totals.decisions > 0) {
    charts.push({
      id: "outcomes",
      title: text.charts.outcomes,
      option: {
        ...base(text.charts.outcomes),
        tooltip: { trigger: "item", confine: true },
        legend: { top: 28 },
        series: [{ type: "pie", radius: ["35%", "62%"], center: ["50%", "58%"], label: { formatter: "{b}: {c}" }, data: report.byOutcome.map((row) => ({ name: row.label[locale], value: row.decisions })) }],
      },
    });
  }
  if (report.byProduct.length > 0) {
    const bar = horizontalBar(
      text.charts.productsPaid,
      report.byProduct.map((row) => row.label[locale]),
      report.byProduct.map((row) => amount(row.paid.amount)),
      columns.paidAmount,
    );
    // Amounts: each bar is labelled with its amount as the tables write it (¥9,506,024.30, from the decimal string),
    // the value axis in the reader's short form (2000万, 20M) so that its labels never run into each other, and room
    // on the right for the longest label.
    const labels = [...report.byProduct].reverse().map((row) => (report.currency === null ? row.paid.amount : formatAmount(row.paid.amount, report.currency, locale)));
    const series = (bar["series"] as Record<string, unknown>[])[0] as Record<string, unknown>;
    const values = series["data"] as number[];
    charts.push({
      id: "products-paid",
      title: text.charts.productsPaid,
      option: {
        ...bar,
        grid: { left: 16, right: 40 + 7 * Math.max(0, ...labels.map((label) => label.length)), top: 56, bottom: 40, containLabel: true },
        xAxis: { type: "value", name: report.currency === null ? columns.paidAmount : withNote(locale, columns.paidAmount, report.currency), nameLocation: "middle", nameGap: 28, splitNumber: 3, axisLabel: { formatter: "compact", hideOverlap: true } },
        series: [{ ...series, data: values.map((value, index) => ({ value, label: { formatter: labels[index] } })) }],
      },
    });
  }
  const reasons = report.reasons.slice(0, 10);
  if (reasons.length > 0) {
    charts.push({
      id: "reasons",
      title: text.charts.reasons,
      option: horizontalBar(
        text.charts.reasons,
        reasons.map((row) => withNote(locale, row.label[locale], row.code)),
        reasons.map((row) => row.decisions),
        columns.decisions,
      ),
    });
  }
  const refusing = report.rules.filter((rule) => rule.eventType === "deny" && rule.denied > 0).sort((a, b) => b.denied - a.denied || (a.ruleId < b.ruleId ? -1 : 1)).slice(0, 10);
  if (refusing.length > 0) {
    charts.push({
      id: "refusing-rules",
      title: text.charts.refusingRules,
      option: horizontalBar(
        text.charts.refusingRules,
        refusing.map((row) => withNote(locale, row.ruleId, row.label[locale])),
        refusing.map((row) => row.denied),
        columns.denied,
      ),
    });
  }
  const cycles = report.cycleTimes.filter((row) => row.count > 0);
  if (cycles.length > 0) {
    charts.push({
      id: "cycle-times",
      title: text.charts.cycleTimes,
      option: {
        ...base(text.charts.cycleTimes),
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
        legend: { top: 28 },
        xAxis: { type: "category", data: cycles.map((row) => row.label[locale]) },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { type: "bar", name: columns.medianDays, data: cycles.map((row) => row.median), label: { show: true, position: "top" } },
          { type: "bar", name: columns.p90Days, data: cycles.map((row) => row.p90), label: { show: true, position: "top" } },
        ],
      },
    });
  }
  const deadlines = report.deadlines.byDeadline.filter((row) => row.applicable > 0);
  if (deadlines.length > 0) {
    charts.push({
      id: "breaches",
      title: text.charts.breaches,
      option: {
        ...base(text.charts.breaches),
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
        legend: { top: 28 },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", data: deadlines.map((row) => row.label[locale]).reverse(), axisLabel: { width: 220, overflow: "truncate" } },
        series: [
          { type: "bar", name: columns.metLate, stack: "breaches", data: deadlines.map((row) => row.metLate).reverse() },
          { type: "bar", name: columns.overdue, stack: "breaches", data: deadlines.map((row) => row.overdue).reverse() },
        ],
      },
    });
  }
  if (report.pendingDocuments.waiting > 0) {
    const bands = report.pendingDocuments.bands;
    charts.push({
      id: "waiting",
      title: text.charts.waiting,
      option: {
        ...base(text.charts.waiting),
        xAxis: { type: "category", data: bands.map((band, index) => (band.upTo === null ? text.bandOver(bands[index - 1]?.upTo ?? 0) : text.bandUpTo(band.upTo))) },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "bar", name: columns.count, data: bands.map((band) => band.count), label: { show: true, position: "top" } }],
      },
    });
  }
  const flagged = report.providers.byFlags.slice(0, 10);
  if (flagged.length > 0) {
    charts.push({
      id: "providers-by-flags",
      title: text.charts.providersByFlags,
      option: {
        ...base(text.charts.providersByFlags),
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
        legend: { top: 28 },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", data: flagged.map((row) => row.label[locale]).reverse(), axisLabel: { width: 220, overflow: "truncate" } },
        series: [
          { type: "bar", name: columns.flags, stack: "flags", data: flagged.map((row) => row.flags).reverse() },
          { type: "bar", name: columns.possibleDuplicates, stack: "flags", data: flagged.map((row) => row.possibleDuplicates).reverse() },
        ],
      },
    });
  }
  return charts;
}
