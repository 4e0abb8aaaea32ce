import type { Outcome } from "../decision/decision-schema.js";
import type { DecisionTally } from "../many/adjudication-result.js";
import { OUTCOMES } from "../decision/decision-schema.js";
import { Dec, formatMoney } from "../money/money.js";

/** What a run of `adjudicate` did: decisions by outcome, claims rejected, payable by currency. */
export interface AdjudicationSummary {
  /** Counts a decision (its outcome, currency and payable: the whole decision, or its tally). */
  add(decision: DecisionTally): void;
  /** Counts a claim that could not be adjudicated (rejected, unreadable, or an internal error). */
  reject(): void;
  readonly rejected: number;
  readonly total: number;
  /** `Adjudicated 11 of 12 claims: 7 approved, 2 partially approved, 1 denied, 1 referred; 1 rejected; payable CNY 18347.14` */
  format(): string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** A summary to fill as claims are adjudicated. */
export function createAdjudicationSummary(): AdjudicationSummary {
  const outcomes = new Map<Outcome, number>();
  const payable = new Map<string, { total: InstanceType<typeof Dec>; decimals: number }>();
  let rejected = 0;
  let adjudicated = 0;
  return {
    add(decision) {
      adjudicated++;
      outcomes.set(decision.outcome, (outcomes.get(decision.outcome) ?? 0) + 1);
      const sum = payable.get(decision.currency) ?? { total: new Dec(0), decimals: 0 };
      payable.set(decision.currency, { total: sum.total.plus(decision.payable), decimals: Math.max(sum.decimals, decision.payable.split(".")[1]?.length ?? 0) });
    },
    reject() {
      rejected++;
    },
    get rejected() {
      return rejected;
    },
    get total() {
      return adjudicated + rejected;
    },
    format() {
      const counts = OUTCOMES.filter((outcome) => outcomes.has(outcome)).map((outcome) => `${outcomes.get(outcome) ?? 0} ${outcome.replace(/_/g, " ")}`);
      const money = [...payable].sort(([a], [b]) => a.localeCompare(b)).map(([currency, sum]) => `${currency} ${formatMoney(sum.total, sum.decimals)}`);
      return [
        `Adjudicated ${adjudicated} of ${plural(adjudicated + rejected, "claim")}${counts.length === 0 ? "" : `: ${counts.join(", ")}`}`,
        `${rejected} rejected`,
        `payable ${money.length === 0 ? "0" : money.join(", ")}`,
      ].join("; ");
    },
  };
}
