import type { BatchProblem, BatchProgress } from "../../store/batch/read-batch-progress.js";
import { currencyMinorUnits } from "../../money/currency-minor-units.js";
import { formatMoney, toMoney } from "../../money/money.js";
import { groupThousands } from "../../text/format-amount.js";

export interface BatchRun {
  readonly progress: BatchProgress;
  readonly problems: readonly BatchProblem[];
  readonly location: string;
  readonly workers: number;
  /** Wall-clock time of the run, measured at the CLI's edge. */
  readonly elapsedMs: number;
  /** The policies' currency, when they share one. */
  readonly currency: string | undefined;
  readonly interrupted: boolean;
}

/**
 * The summary printed at the end of `claim-adjudicator batch`.
 * @example
 * formatBatchSummary(run)
 * //=> "batch 6f1c…: 2000 claims into postgres://claims:***@db/claims, 4 workers, 12.4 s (161 claims/s)\n  recorded 1712 …"
 */
export function formatBatchSummary(run: BatchRun): string {
  const { progress } = run;
  const seconds = run.elapsedMs / 1000;
  const finished = progress.total - progress.queued;
  const rate = seconds > 0 ? Math.round(finished / seconds) : finished;
  const outcomes = Object.entries(progress.outcomes)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([outcome, count]) => `${outcome} ${count}`)
    .join(", ");
  const width = String(progress.total).length;
  const count = (n: number) => String(n).padStart(width);
  const out = [
    `batch ${progress.batchId}: ${progress.total} claims into ${run.location}, ${run.workers} worker${run.workers === 1 ? "" : "s"}, ${seconds.toFixed(1)} s (${rate} claims/s)${run.interrupted ? ", interrupted" : ""}`,
    `  recorded ${count(progress.recorded)}${outcomes === "" ? "" : `  (${outcomes})`}`,
    `  replayed ${count(progress.replayed)}  (already recorded: same idempotency key or same claim content; nothing paid again)`,
    `  rejected ${count(progress.rejected)}`,
    `  failed   ${count(progress.failed)}`,
  ];
  if (progress.queued > 0) out.push(`  queued   ${count(progress.queued)}  (still on the queue: any worker on this store finishes them, e.g. claim-adjudicator batch --store … --worker)`);
  // In the currency's minor units (the sum of no decision is "0", not "0.00", in SQL).
  const payable = run.currency === undefined ? progress.payable : formatMoney(toMoney(progress.payable), currencyMinorUnits(run.currency));
  out.push(`  payable ${run.currency === undefined ? "" : `${run.currency} `}${groupThousands(payable)} on the decisions this batch recorded`);
  if (progress.revisions > 0) {
    // A revision takes the place of its claim's earlier revision: what it pays is not all new money.
    const change = toMoney(progress.payableChange);
    const amount = run.currency === undefined ? change.abs().toString() : formatMoney(change.abs(), currencyMinorUnits(run.currency));
    const sign = change.isZero() ? "" : change.isNegative() ? "-" : "+";
    const by = `${run.currency === undefined ? "" : `${run.currency} `}${sign}${groupThousands(amount)}`;
    out.push(
      `  of which ${progress.revisions} revision${progress.revisions === 1 ? "" : "s"} of claims recorded before, each in place of its claim's earlier revision: what the policies pay changes by ${by}`,
    );
  }
  if (run.problems.length > 0) {
    out.push("", `Not recorded${run.problems.length < progress.rejected + progress.failed ? ` (the first ${run.problems.length})` : ""}:`);
    for (const problem of run.problems) out.push(`  ${problem.label}: ${problem.status}: ${problem.message.split("\n").join(" ")}${problem.message.includes(`[${problem.code}]`) ? "" : ` [${problem.code}]`}`);
  }
  return out.join("\n");
}
