import Decimal from "decimal.js";
import { OUTCOMES, type Outcome } from "../decision/decision-schema.js";
import { Dec, formatMoney, ZERO } from "../money/money.js";
import type { LocalizedText } from "../values/primitives.js";
import type { GroupFigures, Rate } from "./analytics-report.js";
import { MoneyQuantiles } from "./money-quantiles.js";

const DETERMINED: ReadonlySet<Outcome> = new Set(["approved", "partially_approved", "denied"]);
const COVERED: ReadonlySet<Outcome> = new Set(["approved", "partially_approved"]);

/**
 * `numerator ÷ denominator` as a rate with four decimals (half up), or `null` when the denominator is zero.
 * @example
 * rate(13, 16) //=> "0.8125"
 */
export function rate(numerator: Decimal.Value, denominator: Decimal.Value): Rate {
  const under = new Dec(denominator);
  return under.isZero() ? null : formatMoney(new Dec(numerator).div(under).toDecimalPlaces(4, Decimal.ROUND_HALF_UP), 4);
}

/** Counts and sums of one group of decisions, in constant memory (amounts in Decimal, the paid quantiles bounded). */
export class GroupAccumulator {
  decisions = 0;
  readonly outcomes: Record<Outcome, number> = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  billed: Decimal = ZERO;
  payable: Decimal = ZERO;
  determined = 0;
  paidCount = 0;
  paidAmount: Decimal = ZERO;
  billedCovered: Decimal = ZERO;
  payableCovered: Decimal = ZERO;
  readonly paidQuantiles = new MoneyQuantiles();

  constructor(
    readonly key: string,
    public label: LocalizedText,
  ) {}

  /** Counts one decision (or one coverage's part of it) with its outcome, billed and payable amounts. */
  add(outcome: Outcome, billed: string | Decimal, payable: string): void {
    this.addAmounts(outcome, typeof billed === "string" ? new Dec(billed) : billed, new Dec(payable), payable);
  }

  /** `add` with the amounts already parsed (one parse per decision, however many groups count it). */
  addAmounts(outcome: Outcome, billedAmount: Decimal, payableAmount: Decimal, payable: string): void {
    this.decisions++;
    this.outcomes[outcome]++;
    this.billed = this.billed.plus(billedAmount);
    this.payable = this.payable.plus(payableAmount);
    if (DETERMINED.has(outcome)) this.determined++;
    if (!COVERED.has(outcome)) return;
    if (payableAmount.greaterThan(0)) {
      this.paidCount++;
      this.paidAmount = this.paidAmount.plus(payableAmount);
      this.paidQuantiles.add(payable);
    }
    if (billedAmount.greaterThan(0)) {
      this.billedCovered = this.billedCovered.plus(billedAmount);
      this.payableCovered = this.payableCovered.plus(payableAmount);
    }
  }

  /** Takes back what `addAmounts` counted for a decision that a later revision of the claim replaces. */
  withdrawAmounts(outcome: Outcome, billedAmount: Decimal, payableAmount: Decimal, payable: string): void {
    this.decisions--;
    this.outcomes[outcome]--;
    this.billed = this.billed.minus(billedAmount);
    this.payable = this.payable.minus(payableAmount);
    if (DETERMINED.has(outcome)) this.determined--;
    if (!COVERED.has(outcome)) return;
    if (payableAmount.greaterThan(0)) {
      this.paidCount--;
      this.paidAmount = this.paidAmount.minus(payableAmount);
      this.paidQuantiles.remove(payable);
    }
    if (billedAmount.greaterThan(0)) {
      this.billedCovered = this.billedCovered.minus(billedAmount);
      this.payableCovered = this.payableCovered.minus(payableAmount);
    }
  }

  /** The group's figures, amounts with the currency's minor units. */
  figures(minorUnits: number): GroupFigures {
    const money = (amount: Decimal) => formatMoney(amount.toDecimalPlaces(minorUnits, Decimal.ROUND_HALF_UP), minorUnits);
    return {
      key: this.key,
      label: this.label,
      decisions: this.decisions,
      outcomes: { ...this.outcomes },
      billed: money(this.billed),
      payable: money(this.payable),
      determined: this.determined,
      paid: {
        count: this.paidCount,
        amount: money(this.paidAmount),
        // The one rounding of the report: an average is rounded half up to the currency's minor unit.
        average: this.paidCount === 0 ? null : money(this.paidAmount.div(this.paidCount)),
        median: this.paidQuantiles.quantile(0.5, minorUnits),
        p90: this.paidQuantiles.quantile(0.9, minorUnits),
      },
      approvalRate: rate(this.paidCount, this.determined),
      paidToBilled: rate(this.payableCovered, this.billedCovered),
    };
  }
}

/** A keyed set of groups, created on first use. */
export class Groups<T extends GroupAccumulator = GroupAccumulator> {
  readonly #groups = new Map<string, T>();
  constructor(private readonly create: (key: string, label: LocalizedText) => T) {}

  /** The group under `key`, created with `label` the first time. */
  get(key: string, label: () => LocalizedText): T {
    let group = this.#groups.get(key);
    if (group === undefined) {
      group = this.create(key, label());
      this.#groups.set(key, group);
    }
    return group;
  }

  values(): T[] {
    return [...this.#groups.values()];
  }
}
