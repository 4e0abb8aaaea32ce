import type { AmountQuantile, DecisionAnalytics, GroupFigures } from "./analytics-report.js";
import { type ColumnId, REPORT_TEXT, type ReportLocale, type SummaryFigureId } from "./report-text.js";

/** How a cell is written: CSV keeps the value as the JSON has it (amounts and rates as decimal strings), HTML formats it. */
/** `estimatedMoney`: a quantile past the exact table (`MoneyQuantiles`), within 0.5%. */
export type CellKind = "text" | "count" | "signedCount" | "money" | "estimatedMoney" | "rate" | "days" | "signedMoney" | "signedRate";
/** A cell's value; a cell may name its own kind, where one column holds figures of several kinds (the summary). */
export type CellValue = string | number | null | { readonly value: string | number | null; readonly kind: CellKind };

/** A cell's value and kind, the column's kind unless the cell names its own. */
export function cellOf(cell: CellValue, columnKind: CellKind): { readonly value: string | number | null; readonly kind: CellKind } {
  return cell !== null && typeof cell === "object" ? cell : { value: cell, kind: columnKind };
}

/** A table of the report: title, column headings and rows, in the report's language. */
export interface ReportTable {
  /** The CSV file is `<id>.csv`. */
  readonly id: string;
  readonly title: string;
  readonly columns: readonly { readonly id: ColumnId; readonly header: string; readonly kind: CellKind }[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Shown above the table in HTML (e.g. where the figures come from). */
  readonly note?: string;
}

type Column = readonly [ColumnId, CellKind];

function quantileCell(quantile: AmountQuantile | null): CellValue {
  if (quantile === null) return null;
  return quantile.exact ? quantile.value : { value: quantile.value, kind: "estimatedMoney" };
}

/** The period of the determination deadlines as a reader writes it: `30 个自然日`, `30 calendar days`. */
export function periodText(report: DecisionAnalytics, locale: ReportLocale): string {
  const text = REPORT_TEXT[locale];
  const periods = report.deadlines.determinationPeriods.length === 0 ? [{ length: 30, unit: "calendar_days" }] : report.deadlines.determinationPeriods;
  return periods.map((period) => `${period.length} ${text.periodUnits[period.unit] ?? period.unit}`).join(locale === "zh" ? "、" : ", ");
}

/**
 * The report as tables, every header and label in one language: what the CSV files and the HTML tables show.
 * @example
 * buildReportTables(report, "en").map((table) => table.id) //=> ["summary", "outcomes", "products", …]
 */
export function buildReportTables(report: DecisionAnalytics, locale: ReportLocale): ReportTable[] {
  const text = REPORT_TEXT[locale];
  const table = (id: string, title: string, columns: readonly Column[], rows: readonly (readonly CellValue[])[], note?: string): ReportTable => ({
    id,
    title,
    columns: columns.map(([column, kind]) => ({ id: column, header: text.columns[column], kind })),
    rows,
    ...(note === undefined ? {} : { note }),
  });
  const paidColumns: readonly Column[] = [
    ["decisions", "count"],
    ["determined", "count"],
    ["paidCount", "count"],
    ["paidAmount", "money"],
    ["approvalRate", "rate"],
    ["averagePaid", "money"],
    ["medianPaid", "money"],
    ["p90Paid", "money"],
    ["paidToBilled", "rate"],
    ["billed", "money"],
  ];
  const paidCells = (row: GroupFigures): CellValue[] => [
    row.decisions,
    row.determined,
    row.paid.count,
    row.paid.amount,
    row.approvalRate,
    row.paid.average,
    quantileCell(row.paid.median),
    quantileCell(row.paid.p90),
    row.paidToBilled,
    row.billed,
  ];
  const summary: [SummaryFigureId, CellValue][] = [
    ["asOf", report.asOf],
    ["currency", report.currency],
    ["analysed", report.input.analysed],
    ["unreadable", report.input.unreadable],
    ["afterAsOf", report.input.afterAsOf],
    ["otherCurrency", report.input.otherCurrency],
    ["paidThisMonthCount", report.headline.paidThisMonth.count],
    ["paidThisMonthAmount", report.headline.paidThisMonth.amount],
    ["paidCount", report.totals.paid.count],
    ["paidAmount", report.totals.paid.amount],
    ["approvalRate", report.totals.approvalRate],
    ["averagePaid", report.totals.paid.average],
    ["medianPaid", report.totals.paid.median?.value ?? null],
    ["paidToBilled", report.totals.paidToBilled],
    ["straightThroughRate", report.automation.straightThroughRate],
    ["referralRate", report.automation.referralRate],
    ["determinationBreaches", report.headline.determinationBreaches],
    ["determinationOnTimeRate", report.deadlines.determinationOnTimeRate],
    ["decisionsFlagged", report.flags.decisionsFlagged],
    ["possibleDuplicates", report.duplicates.possible],
    ["paidTwice", report.duplicates.paidTwice],
    ["paidTwiceAmount", report.duplicates.paidTwiceAmount],
    ["caughtByRules", report.duplicates.caughtByRules],
    ["caughtByRisk", report.duplicates.caughtByRisk],
  ];
  const summaryKinds: Partial<Record<SummaryFigureId, CellKind>> = {
    asOf: "text",
    currency: "text",
    paidThisMonthAmount: "money",
    paidAmount: "money",
    averagePaid: "money",
    medianPaid: "money",
    paidTwiceAmount: "money",
    approvalRate: "rate",
    paidToBilled: "rate",
    straightThroughRate: "rate",
    referralRate: "rate",
    determinationOnTimeRate: "rate",
  };
  const tables: ReportTable[] = [
    table(
      "summary",
      text.sections.overview,
      [
        ["figure", "text"],
        ["value", "text"],
      ],
      summary.map(([id, value]) => [text.summaryFigures[id], { value: value as string | number | null, kind: id === "medianPaid" && report.totals.paid.median?.exact === false ? "estimatedMoney" : (summaryKinds[id] ?? "count") }]),
    ),
    table(
      "outcomes",
      text.charts.outcomes,
      [
        ["outcome", "text"],
        ["decisions", "count"],
        ["billed", "money"],
        ["payable", "money"],
        ["paidCount", "count"],
        ["paidAmount", "money"],
      ],
      report.byOutcome.map((row) => [row.label[locale], row.decisions, row.billed, row.payable, row.paid.count, row.paid.amount]),
    ),
    table("products", text.sections.products, [["product", "text"], ...paidColumns], report.byProduct.map((row) => [row.label[locale], ...paidCells(row)])),
    table(
      "coverages",
      text.sections.coverages,
      [
        ["product", "text"],
        ["coverage", "text"],
        ["coverageId", "text"],
        ["statusPaid", "count"],
        ["statusNothingPayable", "count"],
        ["statusRefused", "count"],
        ["statusReferred", "count"],
        ...paidColumns,
      ],
      report.byCoverage.map((row) => [row.product.label[locale], row.label[locale], row.coverageId, row.statuses.paid, row.statuses.nothing_payable, row.statuses.refused, row.statuses.referred, ...paidCells(row)]),
    ),
    table(
      "months",
      text.sections.months,
      [
        ["month", "text"],
        ["decisions", "count"],
        ["changeDecisions", "signedCount"],
        ["paidCount", "count"],
        ["paidAmount", "money"],
        ["changePaidAmount", "signedMoney"],
        ["changePaidAmountRate", "signedRate"],
        ["approvalRate", "rate"],
        ["medianPaid", "money"],
        ["straightThroughRate", "rate"],
        ["referralRate", "rate"],
        ["determinationBreaches", "count"],
      ],
      report.byMonth.map((row) => [
        row.label[locale],
        row.decisions,
        row.change?.decisions ?? null,
        row.paid.count,
        row.paid.amount,
        row.change?.paidAmount ?? null,
        row.change?.paidAmountRate ?? null,
        row.approvalRate,
        quantileCell(row.paid.median),
        row.straightThroughRate,
        row.referralRate,
        row.determinationBreaches,
      ]),
    ),
    table(
      "reasons",
      text.sections.reasons,
      [
        ["reasonCode", "text"],
        ["clause", "text"],
        ["decisions", "count"],
        ["denied", "count"],
        ["referred", "count"],
        ["partiallyApproved", "count"],
        ["share", "rate"],
      ],
      report.reasons.map((row) => [row.code, row.label[locale], row.decisions, row.denied, row.referred, row.partiallyApproved, row.share]),
    ),
    table(
      "rules",
      text.sections.rules,
      [
        ["ruleSet", "text"],
        ["rule", "text"],
        ["eventType", "text"],
        ["clause", "text"],
        ["decisions", "count"],
        ["hits", "count"],
        ["hitRate", "rate"],
        ["denied", "count"],
      ],
      report.rules.map((row) => [row.ruleSetId, row.ruleId, text.eventTypes[row.eventType] ?? row.eventType, row.label[locale], row.decisions, row.hits, row.hitRate, row.denied]),
    ),
    table(
      "queues",
      text.sections.automation,
      [
        ["queueName", "text"],
        ["queue", "text"],
        ["routed", "count"],
        ["open", "count"],
        ["openPayable", "money"],
        ["medianDays", "days"],
        ["p90Days", "days"],
        ["maxDays", "days"],
      ],
      report.automation.queues.map((row) => [row.label[locale], row.queue, row.routed, row.open, row.openPayable, row.waiting.median, row.waiting.p90, row.waiting.max]),
      text.sources[report.automation.source],
    ),
    table(
      "cycle-times",
      text.sections.cycleTimes,
      [
        ["measure", "text"],
        ["count", "count"],
        ["medianDays", "days"],
        ["p90Days", "days"],
        ["maxDays", "days"],
      ],
      report.cycleTimes.map((row) => [row.label[locale], row.count, row.median, row.p90, row.max]),
    ),
    table(
      "deadlines",
      text.sections.deadlines,
      [
        ["deadline", "text"],
        ["party", "text"],
        ["applicable", "count"],
        ["metOnTime", "count"],
        ["metLate", "count"],
        ["metUndated", "count"],
        ["due", "count"],
        ["overdue", "count"],
        ["notStarted", "count"],
        ["notRecorded", "count"],
        ["breaches", "count"],
        ["medianDaysOver", "days"],
        ["maxDaysOver", "days"],
      ],
      report.deadlines.byDeadline.map((row) => [row.label[locale], text.parties[row.party], row.applicable, row.metOnTime, row.metLate, row.metUndated, row.due, row.overdue, row.open, row.notRecorded, row.breaches, row.daysOver.median, row.daysOver.max]),
    ),
    table(
      "pending-waiting",
      text.sections.pendingDocuments,
      [
        ["waitingBand", "text"],
        ["count", "count"],
      ],
      report.pendingDocuments.bands.map((band, index, bands) => [band.upTo === null ? text.bandOver(bands[index - 1]?.upTo ?? 0) : text.bandUpTo(band.upTo), band.count]),
    ),
    table(
      "missing-documents",
      text.columns.document,
      [
        ["document", "text"],
        ["decisions", "count"],
      ],
      report.pendingDocuments.missingDocuments.map((row) => [row.label[locale], row.decisions]),
    ),
    table(
      "flags",
      text.sections.flags,
      [
        ["rule", "text"],
        ["reasonCode", "text"],
        ["severity", "text"],
        ["clause", "text"],
        ["decisions", "count"],
      ],
      report.flags.byRule.map((row) => [row.ruleId, row.reasonCode, text.severities[row.severity as "low"] ?? row.severity, row.label[locale], row.decisions]),
    ),
    table(
      "duplicates",
      text.sections.duplicates,
      [
        ["claim", "text"],
        ["duplicateOf", "text"],
        ["billed", "money"],
        ["providerId", "text"],
      ],
      report.duplicates.examples.map((row) => [row.claimId, row.duplicateOf, row.billed, row.provider]),
    ),
  ];
  const providerColumns: readonly Column[] = [
    ["provider", "text"],
    ["providerId", "text"],
    ["decisions", "count"],
    ["paidAmount", "money"],
    ["billed", "money"],
    ["paidToBilled", "rate"],
    ["lumpSumsPaid", "money"],
    ["denied", "count"],
    ["flags", "count"],
    ["decisionsFlagged", "count"],
    ["possibleDuplicates", "count"],
  ];
  const providerRows = (rows: DecisionAnalytics["providers"]["byAmount"]) => rows.map((row) => [row.label[locale], row.id, row.decisions, row.paidAmount, row.billed, row.paidToBilled, row.lumpSumsPaid, row.denied, row.flags, row.decisionsFlagged, row.possibleDuplicates]);
  const providerNote = report.providers.available ? undefined : text.questions.providersNotAvailable;
  const titled = (what: string) => (locale === "zh" ? `${text.sections.providers}：按${what}` : `${text.sections.providers} by ${what.toLowerCase()}`);
  tables.push(table("providers-by-flags", titled(text.columns.flags), providerColumns, providerRows(report.providers.byFlags), providerNote));
  tables.push(table("providers-by-amount", titled(text.columns.paidAmount), providerColumns, providerRows(report.providers.byAmount), providerNote));
  tables.push(
    table(
      "risk-indicators",
      text.sections.risk,
      [
        ["indicator", "text"],
        ["decisions", "count"],
        ["totalContribution", "text"],
      ],
      report.risk.indicators.map((row) => [row.label[locale], row.decisions, row.totalContribution]),
      report.risk.available ? undefined : text.notAvailable(locale === "zh" ? "风险评分" : "risk score"),
    ),
    table(
      "sampling",
      text.sections.sampling,
      [
        ["segment", "text"],
        ["segmentId", "text"],
        ["samplingRate", "rate"],
        ["considered", "count"],
        ["sampled", "count"],
        ["sampledShare", "rate"],
      ],
      report.sampling.bySegment.map((row) => [row.label[locale], row.segment, row.rate, row.considered, row.sampled, row.sampledRate]),
      report.sampling.available ? undefined : text.notAvailable(locale === "zh" ? "质量抽检" : "QA sampling"),
    ),
    table(
      "input-problems",
      text.sections.input,
      [
        ["problem", "text"],
        ["source", "text"],
        ["line", "count"],
        ["claim", "text"],
        ["path", "text"],
        ["message", "text"],
      ],
      report.input.problems.map((problem) => [text.problemCodes[problem.code], problem.source ?? null, problem.line ?? null, problem.claimId ?? null, problem.path, problem.message]),
    ),
  );
  return tables;
}
