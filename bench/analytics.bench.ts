/**
 * Decisions analysed per second, and memory, on 1,000,000 decisions: `npm run bench:analytics [-- --count n]`.
 *
 * The decisions are the example year (real decisions of the real adjudicator, examples/analytics), cycled until the
 * count is reached, each round with new claim ids and amounts a few cents apart (so the amount sketches and the
 * duplicate window fill up as they would on real data); they are made one at a time and never held, so what the
 * heap gains is the analyser's. Two figures:
 * - analysis: `DecisionAnalyzer.add` on decisions already in memory (what a store or a stream of objects feeds it);
 * - NDJSON: `parseDecisionLines` (JSON.parse + `DecisionSchema`) then the analysis, on the year's own lines: the CLI's path.
 */
import { generateYearOfDecisions, YEAR_END } from "../examples/analytics/generate-decisions.js";
import { DecisionAnalyzer, parseDecisionLines, type DecisionRecord } from "../src/analytics/index.js";
import { Dec } from "../src/money/money.js";

const args = process.argv.slice(2);
const countAt = args.indexOf("--count");
const count = countAt >= 0 ? Number(args[countAt + 1]) : 1_000_000;
const gc = (globalThis as { gc?: () => void }).gc;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

const lines: string[] = [];
for await (const line of generateYearOfDecisions()) lines.push(line);
const pool = lines.map((line) => JSON.parse(line) as DecisionRecord);
console.log(`pool: ${pool.length} real decisions of the example year (${mib(lines.reduce((sum, line) => sum + line.length, 0))} of NDJSON)`);

/** The pool cycled: each round a new claim id and amounts a few cents apart, so amounts and fingerprints keep coming new. */
function* decisions(total: number): Generator<DecisionRecord> {
  for (let i = 0; i < total; i++) {
    const record = pool[i % pool.length] as DecisionRecord;
    const round = Math.floor(i / pool.length);
    const shift = (amount: string) => (amount === "0.00" || round === 0 ? amount : new Dec(amount).plus(new Dec(round).div(100)).toFixed(2));
    yield { ...record, decision: { ...record.decision, claimId: `${record.decision.claimId}-${round}`, billed: shift(record.decision.billed), payable: shift(record.decision.payable) } };
  }
}

// What making the decisions costs by itself (the spread copies and shifted amounts), to tell it from the analysis.
const makingCount = Math.min(count, 100_000);
const makingStarted = performance.now();
let made = 0;
for (const record of decisions(makingCount)) if (record.decision.claimId !== "") made++;
const makingMicros = ((performance.now() - makingStarted) * 1000) / made;

// Analysis of decisions in memory, with the heap sampled as it goes.
const baseline = heap();
const analyzer = new DecisionAnalyzer({ asOf: YEAR_END });
const samples: { at: number; heap: number }[] = [];
const started = performance.now();
let analysed = 0;
for (const record of decisions(count)) {
  analyzer.add(record);
  analysed++;
  if (analysed % 100_000 === 0 || analysed === count) samples.push({ at: analysed, heap: heap() - baseline });
}
const report = analyzer.report();
const seconds = (performance.now() - started) / 1000;
const analysisMicros = (seconds * 1e6) / analysed - makingMicros;
console.log(`analysis: ${analysed.toLocaleString("en")} decisions in ${seconds.toFixed(1)} s = ${Math.round(analysed / seconds).toLocaleString("en")} decisions/s, making them included`);
console.log(`  making a decision alone: ${makingMicros.toFixed(1)} µs; the analysis: ${analysisMicros.toFixed(1)} µs a decision = ${Math.round(1e6 / analysisMicros).toLocaleString("en")} decisions/s`);
console.log(`  heap held by the analysis (after GC${gc === undefined ? ": not exposed, run with --expose-gc" : ""}): ${samples.map((sample) => `${(sample.at / 1000).toLocaleString("en")}k ${mib(sample.heap)}`).join(", ")}`);
console.log(`  peak RSS of the process: ${mib(process.resourceUsage().maxRSS * 1024)}; median paid ${report.totals.paid.median?.value} (${report.totals.paid.median?.exact === true ? "exact" : "sketch"}), ${report.totals.paid.count.toLocaleString("en")} paid`);

// The CLI's path: NDJSON lines parsed and validated, then analysed.
const ndjsonCount = Math.min(count, 20 * pool.length);
const lineAnalyzer = new DecisionAnalyzer({ asOf: YEAR_END });
const lineStarted = performance.now();
let read = 0;
async function* ndjson(): AsyncGenerator<string> {
  for (let i = 0; i < ndjsonCount; i++) yield lines[i % lines.length] as string;
}
for await (const entry of parseDecisionLines(ndjson())) {
  lineAnalyzer.add(entry);
  read++;
}
const lineSeconds = (performance.now() - lineStarted) / 1000;
console.log(`NDJSON (parse, DecisionSchema, analysis): ${read.toLocaleString("en")} lines in ${lineSeconds.toFixed(1)} s = ${Math.round(read / lineSeconds).toLocaleString("en")} decisions/s`);
