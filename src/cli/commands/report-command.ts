import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { analyzeDecisions } from "../../analytics/analyze-decisions.js";
import type { DecisionAnalytics } from "../../analytics/analytics-report.js";
import { parseDecisionLines } from "../../analytics/parse-decision-lines.js";
import { renderReportHtml } from "../../analytics/render-report-html.js";
import type { ReportLocale } from "../../analytics/report-text.js";
import { reportToCsv } from "../../analytics/write-report-csv.js";
import { isValidIsoDate } from "../../dates/iso-date.js";
import { formatAmount, formatPercent } from "../../text/format-amount.js";
import { EXIT, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { checkAsOf, required } from "../load-inputs.js";
import { checkReadable, countLines, readLines } from "../read-lines.js";
import { formatIssue } from "../report-issues.js";
import { readChartLibrary } from "./report-chart-library.js";
import { startReportProgress } from "./report-progress.js";

export interface ReportOptions {
  readonly html?: string;
  readonly csv?: string;
  readonly json?: string;
  readonly locale?: ReportLocale;
  readonly asOf?: string;
  readonly progress?: boolean;
  /** Read the decisions recorded in a claim store (a PostgreSQL URL or a PGlite folder) instead of a file. */
  readonly store?: string;
  /** The store's PostgreSQL schema (default claim_adjudicator). */
  readonly schema?: string;
}

// The store adapter (and its drivers) is loaded only when --store is given.
const loadStore = () => import("../../store/index.js");

/**
 * Today as the machine's calendar shows it, in its time zone (TZ): the report date when `--as-of` is not given. The
 * CLI reads the clock here, and says so in its help and its summary line; the library never does.
 */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The one line that closes a run: what was counted and where it went. */
export function reportSummaryLine(report: DecisionAnalytics, written: readonly string[], dateFromClock = false): string {
  const { input, totals, automation } = report;
  const skipped = [
    input.unreadable > 0 ? `${input.unreadable} unreadable` : "",
    input.afterAsOf > 0 ? `${input.afterAsOf} after ${report.asOf}` : "",
    input.otherCurrency > 0 ? `${input.otherCurrency} in another currency` : "",
  ].filter((part) => part !== "");
  const paid = `${totals.paid.count} paid for ${report.currency === undefined || report.currency === null ? totals.paid.amount : formatAmount(totals.paid.amount, report.currency)}`;
  const rate = automation.straightThroughRate === null ? "" : `, ${formatPercent(automation.straightThroughRate)} straight through`;
  const revised = input.superseded > 0 ? `, ${input.superseded} replaced by a later revision of their claim` : "";
  return `Report as of ${report.asOf}${dateFromClock ? " (today on this machine: no --as-of)" : ""}: ${input.analysed} decisions${skipped.length === 0 ? "" : ` (${skipped.join(", ")} left out)`}${revised}, ${paid}${rate}; wrote ${written.join(", ")}`;
}

/**
 * `claim-adjudicator report decisions.ndjson --html report.html [--csv dir] [--json file] [--locale zh|en]
 * [--as-of date]`: streams an NDJSON file of decisions (or records `{ decision, product, provider, events }`, or
 * `-` for stdin) into the operation's numbers and writes them. Exit 0; 1 when some lines could not be read (the
 * report is written all the same, without them).
 */
export async function reportCommand(io: CliIo, input: string | undefined, options: ReportOptions): Promise<number> {
  if (options.store !== undefined && input !== undefined) throw new UsageError(`give the decisions as a file or with --store, not both (${input} and --store ${options.store})`);
  const source = options.store !== undefined ? `store:${options.store}` : required(input, "the decisions to report on (an NDJSON file, --store <postgres-url | pglite-dir>, or - for stdin)", "report");
  if (source === "-" && io.stdin.isTTY === true) throw new UsageError("- reads decisions (NDJSON) from stdin: pipe them in, e.g. claim-adjudicator report - --html report.html < decisions.ndjson");
  if (options.html === undefined && options.csv === undefined && options.json === undefined) throw new UsageError("name at least one output: --html <file>, --csv <dir> or --json <file> (- for stdout)");
  const dateFromClock = options.asOf === undefined;
  const asOf = checkAsOf(options.asOf, false) ?? today();
  if (!isValidIsoDate(asOf)) throw new UsageError(`--as-of must be a real calendar date, not "${asOf}"`);
  const locale = options.locale ?? "zh";
  const showProgress = options.progress !== false && io.stderr.isTTY === true;
  let report: DecisionAnalytics;
  let label: string;
  if (options.store !== undefined) {
    const location = options.store;
    label = location;
    const store = await loadStore();
    // Reading never creates a store: a folder that is not there is a mistake, not an empty store.
    if (!store.isPostgresUrl(location) && location !== "memory://" && !existsSync(location)) throw new UsageError(`--store: no claim store at ${location} (a PGlite folder written by claim-adjudicator batch --store, or a postgres:// URL)`);
    const database = await store.openStoreDatabase(location);
    try {
      const progress = startReportProgress(io, undefined, showProgress);
      try {
        report = await analyzeDecisions(store.readStoreDecisions(database, options.schema === undefined ? {} : { schema: options.schema }), { asOf, onProgress: (read) => progress.update(read) });
      } catch (error) {
        if (store.isStoreError(error)) throw new UsageError(`--store ${location}: ${error.issues.map((issue) => issue.message).join("; ")}`);
        throw error;
      } finally {
        progress.stop();
      }
    } finally {
      await database.close();
    }
  } else {
    await checkReadable(source, "decisions");
    const progress = startReportProgress(io, showProgress && source !== "-" ? await countLines(source) : undefined, showProgress);
    label = source === "-" ? "stdin" : source;
    report = await analyzeDecisions(parseDecisionLines(readLines(io, source), { source: label }), { asOf, onProgress: (read) => progress.update(read) });
    progress.stop();
  }

  for (const problem of report.input.problems) {
    const where = problem.line === undefined ? { file: problem.source ?? label } : { file: problem.source ?? label, line: problem.line, column: 1 };
    const claim = problem.claimId === undefined ? "" : `${problem.claimId}: `;
    writeLine(io.stderr, formatIssue({ ...where, path: [], severity: problem.code === "unreadable" ? "error" : "warning", message: `${claim}${problem.path}: ${problem.message}`, code: problem.code }));
  }
  const listed = report.input.problems.length;
  const counted = report.input.unreadable + report.input.afterAsOf + report.input.otherCurrency;
  if (counted > listed && listed > 0) writeLine(io.stderr, `… and more: ${counted} decisions or lines left out in all (the first ${listed} problems are listed)`);

  const written: string[] = [];
  const write = (file: string, content: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    written.push(file);
  };
  if (options.json === "-") writeLine(io.stdout, JSON.stringify(report, null, 2));
  else if (options.json !== undefined) write(options.json, `${JSON.stringify(report, null, 2)}\n`);
  if (options.csv !== undefined) {
    const files = reportToCsv(report, { locale });
    mkdirSync(options.csv, { recursive: true });
    for (const file of files) writeFileSync(join(options.csv, file.fileName), file.content);
    written.push(`${files.length} CSV files in ${options.csv}`);
  }
  if (options.html !== undefined) write(options.html, renderReportHtml(report, { locale, chartLibrary: readChartLibrary() }));
  writeLine(options.json === "-" ? io.stderr : io.stdout, reportSummaryLine(report, written.length === 0 ? ["the JSON to stdout"] : written, dateFromClock));
  return report.input.unreadable > 0 ? EXIT.problems : EXIT.ok;
}
