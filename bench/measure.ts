/** Timing helpers of the bench: interleaved rounds, medians, ratios taken round by round. */

export type Runner = () => Promise<void> | void;

/** Seconds taken by one call of `run`. */
export async function time(run: Runner): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Runs every contender once per round, in turn, for `rounds` rounds (after one warm-up round), so that whatever
 * else the machine does hits all of them alike. Returns each contender's seconds per round.
 */
export async function interleave<K extends string>(contenders: Readonly<Record<K, Runner>>, rounds: number): Promise<Record<K, number[]>> {
  const names = Object.keys(contenders) as K[];
  const seconds = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (const name of names) await time(contenders[name]);
  for (let round = 0; round < rounds; round++) {
    for (const name of names) seconds[name].push(await time(contenders[name]));
  }
  return seconds;
}

/** The median over rounds of `a[i] / b[i]`: a ratio measured in the same round, on the same machine state. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, i) => value / (b[i] as number)));
}

/** µs per item of the median round. */
export function microsPer(seconds: readonly number[], items: number): number {
  return (median(seconds) * 1e6) / items;
}

export const fixed = (value: number, digits = 1): string => value.toFixed(digits);
