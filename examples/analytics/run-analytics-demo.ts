/**
 * The analytics step of `npm run demo`: writes the seeded year of decisions, streams it into `analyzeDecisions`
 * and writes the report (HTML in zh and en, CSV, JSON) under examples/analytics/out/. Prints six lines.
 */
import { createReadStream, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
import { analyzeDecisions, parseDecisionLines, renderReportHtml, reportToCsv, type DecisionAnalytics } from "../../src/analytics/index.js";
import { readChartLibrary } from "../../src/cli/commands/report-chart-library.js";
import { formatAmount, formatPercent } from "../../src/text/format-amount.js";
import { YEAR_END } from "./generate-decisions.js";
import { DEFAULT_DECISIONS_FILE, writeDecisions } from "./write-decisions.js";

export const DEMO_OUT = join(DEFAULT_DECISIONS_FILE, "..");

/** Runs the year through the report; returns the report and the files written. */
export async function runAnalyticsDemo(): Promise<{ report: DecisionAnalytics; files: string[] }> {
  const written = await writeDecisions(DEFAULT_DECISIONS_FILE);
  const lines = createInterface({ input: createReadStream(DEFAULT_DECISIONS_FILE, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY });
  const report = await analyzeDecisions(parseDecisionLines(lines, { source: "decisions.ndjson" }), { asOf: YEAR_END });
  if (report.input.analysed !== written) throw new Error(`${written} decisions written but ${report.input.analysed} analysed`);
  const chartLibrary = readChartLibrary();
  const files = [join(DEMO_OUT, "report.zh.html"), join(DEMO_OUT, "report.en.html"), join(DEMO_OUT, "report.json"), join(DEMO_OUT, "csv")];
  writeFileSync(files[0] as string, renderReportHtml(report, { locale: "zh", chartLibrary }));
  writeFileSync(files[1] as string, renderReportHtml(report, { locale: "en", chartLibrary }));
  writeFileSync(files[2] as string, `${JSON.stringify(report, null, 2)}\n`);
  mkdirSync(files[3] as string, { recursive: true });
  for (const file of reportToCsv(report, { locale: "zh" })) writeFileSync(join(files[3] as string, file.fileName), file.content);
  return { report, files };
}

if (process.argv[1]?.endsWith("run-analytics-demo.ts")) await printAnalyticsDemo();

/** Runs the demo and prints what a claims manager would ask first. */
export async function printAnalyticsDemo(): Promise<void> {
  const { report, files } = await runAnalyticsDemo();
  const money = (amount: string) => formatAmount(amount, report.currency ?? "CNY", "en");
  const rule = report.headline.topRefusingRule;
  const provider = report.headline.topFlaggedProviders[0];
  console.log(`\n=== analytics: ${report.input.analysed} decisions of the example products, ${report.input.firstDecidedOn} to ${report.input.lastDecidedOn}, as of ${report.asOf}`);
  console.log(`paid in ${report.month}: ${report.headline.paidThisMonth.count} claims, ${money(report.headline.paidThisMonth.amount)}; straight through ${report.headline.straightThroughRate === null ? "n/a" : formatPercent(report.headline.straightThroughRate)}`);
  console.log(`refuses most: ${rule === null ? "no rule" : `${rule.ruleId} (${rule.denied} denials)`}; determinations past the statutory period: ${report.headline.determinationBreaches}`);
  console.log(`most flags: ${provider === undefined ? "no provider" : `${provider.label.en} (${provider.flags} flags, ${provider.possibleDuplicates} possible duplicates)`}`);
  const queues = report.automation.queues.map((queue) => `${queue.label.en} ${queue.routed} (${queue.open} open)`).join(", ");
  console.log(`queues: ${queues === "" ? "none" : queues}; quality sample: ${report.sampling.sampled} of ${report.sampling.considered} straight-through decisions`);
  console.log(`report: ${files.map((file) => relative(process.cwd(), file)).join(", ")}`);
}
