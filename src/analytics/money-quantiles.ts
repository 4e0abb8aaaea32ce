import { DDSketch } from "@datadog/sketches-js";
import { Dec, formatMoney } from "../money/money.js";

/** Relative accuracy of the sketch once the exact table is full: a quantile is within 0.5% of the true value. */
export const SKETCH_RELATIVE_ACCURACY = 0.005;

/**
 * Quantiles of amounts in bounded memory. Up to `maxExactValues` distinct amounts are counted exactly (a count per
 * amount string), so the median of a month, a product or a test's hand-worked data is exact to the cent. Past that
 * the counts move into a DDSketch (Datadog's maintained implementation) whose quantiles are within 0.5% of the true
 * value however many amounts follow, in a few kilobytes; such a quantile is marked `exact: false`.
 *
 * The sketch works in binary floating point: that is the one place amounts become numbers, and only for an estimate
 * that is labelled as one. Quantiles use the nearest-rank method (see `DayQuantiles`).
 */
export class MoneyQuantiles {
  #exact: Map<string, number> | undefined = new Map();
  #sketch: DDSketch | undefined;
  #count = 0;

  constructor(private readonly maxExactValues = 2048) {}

  /** Counts one amount, a decimal string. */
  add(amount: string): void {
    this.#count++;
    if (this.#exact !== undefined) {
      this.#exact.set(amount, (this.#exact.get(amount) ?? 0) + 1);
      if (this.#exact.size > this.maxExactValues) this.#spill();
      return;
    }
    this.#sketch?.accept(new Dec(amount).toNumber());
  }

  /**
   * Takes back one amount counted before (a decision replaced by its revision). Exact while the table is exact; once
   * the sketch holds the counts it cannot take one back (DDSketch has no removal), so the estimate keeps it.
   */
  remove(amount: string): void {
    if (this.#exact === undefined) return;
    const count = this.#exact.get(amount);
    if (count === undefined) return;
    this.#count--;
    if (count <= 1) this.#exact.delete(amount);
    else this.#exact.set(amount, count - 1);
  }

  get count(): number {
    return this.#count;
  }

  /**
   * The nearest-rank q-quantile with the currency's minor units, or `null` when nothing was counted.
   * @example
   * const paid = new MoneyQuantiles(); ["100.00", "250.50", "3000.00"].forEach((a) => paid.add(a)); paid.quantile(0.5, 2)
   * //=> { value: "250.50", exact: true }
   */
  quantile(q: number, minorUnits: number): { readonly value: string; readonly exact: boolean } | null {
    if (this.#count === 0) return null;
    if (this.#exact === undefined) {
      const estimate = new Dec(this.#sketch?.getValueAtQuantile(q) ?? 0).toDecimalPlaces(minorUnits);
      return { value: formatMoney(estimate, minorUnits), exact: false };
    }
    const rank = Math.max(1, Math.ceil(q * this.#count));
    const values = [...this.#exact.entries()].map(([text, count]) => ({ text, value: new Dec(text), count })).sort((a, b) => a.value.comparedTo(b.value));
    let seen = 0;
    for (const entry of values) {
      seen += entry.count;
      if (seen >= rank) return { value: formatMoney(entry.value.toDecimalPlaces(minorUnits), minorUnits), exact: true };
    }
    return null;
  }

  #spill(): void {
    const sketch = new DDSketch({ relativeAccuracy: SKETCH_RELATIVE_ACCURACY });
    for (const [amount, count] of this.#exact ?? []) sketch.accept(new Dec(amount).toNumber(), count);
    this.#sketch = sketch;
    this.#exact = undefined;
  }
}
