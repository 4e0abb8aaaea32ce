import type { Outcome } from "../decision/decision-schema.js";
import { Dec, formatMoney } from "../money/money.js";
import type { MonthFigures } from "./analytics-report.js";
import type { RoutingClass } from "./automation-counts.js";
import { GroupAccumulator, rate } from "./group-accumulator.js";

/** A month's decisions: the group figures plus straight-through, referral and missed determination deadlines. */
export class MonthAccumulator extends GroupAccumulator {
  straightThrough = 0;
  referred = 0;
  determinationBreaches = 0;

  addDecision(outcome: Outcome, billed: InstanceType<typeof Dec>, payable: InstanceType<typeof Dec>, payableText: string, routing: RoutingClass, determinationMissed: boolean): void {
    this.addAmounts(outcome, billed, payable, payableText);
    if (routing.straightThrough) this.straightThrough++;
    if (routing.referred) this.referred++;
    if (determinationMissed) this.determinationBreaches++;
  }
}

/**
 * Every month `YYYY-MM` from `first` to `last`, both included.
 * @example
 * monthsBetween("2026-11", "2027-02") //=> ["2026-11", "2026-12", "2027-01", "2027-02"]
 */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let key = first; key <= last; ) {
    out.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
    key = `${year}-${String(month).padStart(2, "0")}`;
  }
  return out;
}

/** The months' figures in order, each with its change from the month before. */
export function monthFigures(months: readonly MonthAccumulator[], minorUnits: number): MonthFigures[] {
  const out: MonthFigures[] = [];
  for (const month of months) {
    const figures = month.figures(minorUnits);
    const before = out.at(-1);
    const signed = (value: InstanceType<typeof Dec>, places: number) => {
      const text = formatMoney(value.toDecimalPlaces(places), places);
      return text.startsWith("-") ? text : `+${text}`;
    };
    out.push({
      ...figures,
      straightThroughRate: rate(month.straightThrough, month.decisions),
      referralRate: rate(month.referred, month.decisions),
      determinationBreaches: month.determinationBreaches,
      change:
        before === undefined
          ? null
          : {
              decisions: figures.decisions - before.decisions,
              paidCount: figures.paid.count - before.paid.count,
              paidAmount: signed(new Dec(figures.paid.amount).minus(before.paid.amount), minorUnits),
              paidAmountRate: new Dec(before.paid.amount).isZero() ? null : signed(new Dec(figures.paid.amount).minus(before.paid.amount).div(before.paid.amount), 4),
              approvalRate: figures.approvalRate === null || before.approvalRate === null ? null : signed(new Dec(figures.approvalRate).minus(before.approvalRate), 4),
            },
    });
  }
  return out;
}
