/**
 * Exact quantiles of whole numbers of days in bounded memory: a count per distinct day value. Cycle times and
 * waiting times are whole days within a few years, so there are at most a few thousand distinct values however many
 * claims are counted; the median and p90 are exact, never estimated.
 *
 * Quantiles use the nearest-rank method: the q-quantile of n values is the ⌈q·n⌉-th smallest (at least the first),
 * always a value that was observed. The median of 1, 2, 3, 10 is 2; its p90 is 10.
 */
export class DayQuantiles {
  readonly #counts = new Map<number, number>();
  #count = 0;
  #sum = 0;

  /** Counts one value (a whole number of days; negative values are kept, they show dates out of order). */
  add(days: number): void {
    this.#counts.set(days, (this.#counts.get(days) ?? 0) + 1);
    this.#count++;
    this.#sum += days;
  }

  get count(): number {
    return this.#count;
  }

  /**
   * The nearest-rank q-quantile, or `null` when nothing was counted.
   * @example
   * const days = new DayQuantiles(); [1, 2, 3, 10].forEach((d) => days.add(d)); days.quantile(0.5) //=> 2
   */
  quantile(q: number): number | null {
    if (this.#count === 0) return null;
    const rank = Math.max(1, Math.ceil(q * this.#count));
    let seen = 0;
    for (const value of [...this.#counts.keys()].sort((a, b) => a - b)) {
      seen += this.#counts.get(value) ?? 0;
      if (seen >= rank) return value;
    }
    return null;
  }

  /** Count, median, p90 and maximum, for a report. */
  summary(): DaySummary {
    return { count: this.#count, median: this.quantile(0.5), p90: this.quantile(0.9), max: this.quantile(1) };
  }

  /** How many values fall in each of the bands `[0, b1]`, `(b1, b2]`, …, `(bn, ∞)`. */
  bands(upperBounds: readonly number[]): number[] {
    const out = upperBounds.map(() => 0).concat(0);
    for (const [value, count] of this.#counts) {
      const index = upperBounds.findIndex((bound) => value <= bound);
      const at = index === -1 ? upperBounds.length : index;
      out[at] = (out[at] ?? 0) + count;
    }
    return out;
  }

  /** The total of all values counted (whole days). */
  get sum(): number {
    return this.#sum;
  }
}

/** A distribution of days: how many, the median, the 90th percentile and the longest (nearest rank, exact). */
export interface DaySummary {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
  readonly max: number | null;
}
