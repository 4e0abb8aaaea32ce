/**
 * CPU time by thread of this process, from `/proc/self/task/<tid>/stat` (Linux): what the bench needs to tell, on a
 * machine shared with other work, how much of the cores a run had (CPU ÷ wall) and how much CPU it spent per claim,
 * on this thread, on the pool's worker threads and on V8's helper threads (the optimising compiler, the concurrent
 * GC) and the module loaders. Elsewhere (no `/proc`) every function answers `undefined` and the bench says so.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Milliseconds of CPU (user + system) each thread had used, by thread id. */
export type ThreadTimes = ReadonlyMap<string, number>;

/** The kernel's clock ticks per second (`getconf CLK_TCK`): 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

export function threadTimes(): ThreadTimes | undefined {
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return undefined;
  }
  const times = new Map<string, number>();
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // After the command name in parentheses: state is field 3; utime and stime are fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      times.set(tid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return times;
}

/** CPU of one run, in ms: this (main) thread, the worker threads (the `workers` busiest of `candidates`), the rest. */
export interface RunCpu {
  readonly wallMs: number;
  readonly totalMs: number;
  readonly mainMs: number;
  readonly workersMs: readonly number[];
  readonly otherMs: number;
}

/**
 * What a run used, from the thread times before and after it. The pool's worker threads are the `workers` busiest of
 * the threads that `candidates` names (those started with the pool); any other thread counts as "other".
 */
export function runCpu(before: ThreadTimes, after: ThreadTimes, wallMs: number, candidates: ReadonlySet<string>, workers: number): RunCpu {
  const main = String(process.pid);
  let totalMs = 0;
  let mainMs = 0;
  const started: number[] = [];
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0);
    totalMs += used;
    if (tid === main) mainMs = used;
    else if (candidates.has(tid)) started.push(used);
  }
  const workersMs = started.sort((a, b) => b - a).slice(0, workers);
  return { wallMs, totalMs, mainMs, workersMs, otherMs: totalMs - mainMs - workersMs.reduce((sum, ms) => sum + ms, 0) };
}

/** Times one call of `run` with the CPU of every thread; `undefined` CPU without `/proc`. */
export async function timeWithCpu(run: () => Promise<void>, candidates: ReadonlySet<string>, workers: number): Promise<{ seconds: number; cpu: RunCpu | undefined }> {
  const before = threadTimes();
  const start = process.hrtime.bigint();
  await run();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const after = threadTimes();
  return { seconds: wallMs / 1e3, cpu: before === undefined || after === undefined ? undefined : runCpu(before, after, wallMs, candidates, workers) };
}
