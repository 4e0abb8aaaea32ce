import type { DecisionAnalytics } from "./analytics-report.js";
import { checkReportLocale } from "./check-report-locale.js";
import type { ReportLocale } from "./report-text.js";
import { buildReportTables, cellOf, type CellValue, type ReportTable } from "./report-tables.js";

/** One CSV file of the report: its name and its text. */
export interface CsvFile {
  readonly fileName: string;
  readonly content: string;
}

function field(cell: CellValue, kind: ReportTable["columns"][number]["kind"]): string {
  const { value, kind: cellKind } = cellOf(cell, kind);
  if (value === null) return "";
  let text = String(value);
  // A text cell a spreadsheet would run as a formula (=, +, -, @) is kept as text.
  if (cellKind === "text" && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV (RFC 4180: CRLF, fields quoted where needed), with a byte-order mark so spreadsheets read the Chinese. */
export function tableToCsv(table: ReportTable): string {
  const lines = [table.columns.map((column) => field(column.header, "text")).join(","), ...table.rows.map((row) => row.map((cell, i) => field(cell, table.columns[i]?.kind ?? "text")).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * The report as CSV, one file per table (`summary.csv`, `months.csv`, `rules.csv`, …), headers and labels in the
 * locale's language. Amounts and rates are the decimal strings of the JSON (a rate of "0.8125" is 81.25%), so a
 * spreadsheet sums them exactly. Pure: the caller writes the files.
 * @example
 * reportToCsv(report, { locale: "en" }).find((file) => file.fileName === "outcomes.csv")?.content
 * //=> "\uFEFFOutcome,Decisions,Billed,Payable,Claims paid,Amount paid\r\nApproved,6,118132.26,23793.44,5,23793.44\r\n…"
 */
export function reportToCsv(report: DecisionAnalytics, options: { readonly locale: ReportLocale }): CsvFile[] {
  return buildReportTables(report, checkReportLocale(options?.locale)).map((table) => ({ fileName: `${table.id}.csv`, content: tableToCsv(table) }));
}
