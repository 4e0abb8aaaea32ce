import Decimal from "decimal.js";
import { Dec, formatMoney, ZERO } from "../money/money.js";
import type { DuplicateFigures } from "./analytics-report.js";
import type { DecisionContext } from "./decision-context.js";

/** Codes naming a duplicate, by default: any reason, flag or rule code containing DUPLICATE (`DUPLICATE_INVOICE`, …). */
export const DEFAULT_DUPLICATE_CODE = /DUPLICATE/i;

const pays = (outcome: string, payable: string) => (outcome === "approved" || outcome === "partially_approved") && new Dec(payable).greaterThan(0);

/**
 * Duplicates, three ways: caught by the adjudicator (a reason, flag or triggered rule whose code names a duplicate),
 * caught by the risk score (a `duplicate_invoice` indicator, or one whose id names a duplicate, contributing), and found here: a decision with
 * bill lines whose policy, incident date, billed amount and provider are those of one of the `window` decisions with
 * bill lines before it. The window keeps memory bounded; a resubmission further back is not found.
 */
export class DuplicateFinder {
  #caughtByRules = 0;
  #caughtByRisk = 0;
  #possible = 0;
  #paidTwice = 0;
  #paidTwiceAmount: Decimal = ZERO;
  readonly #examples: { claimId: string; duplicateOf: string; billed: string; provider: string | null }[] = [];
  readonly #recent = new Map<string, { claimId: string; paid: boolean }>();

  constructor(
    private readonly window: number,
    private readonly codes: RegExp,
    private readonly exampleLimit: number,
  ) {}

  /** Counts one decision; returns whether it is a possible duplicate found here. */
  add({ decision, extensions, dates, provider }: DecisionContext): boolean {
    const codes = [...decision.reasons.map((reason) => reason.code), ...decision.flags.map((flag) => flag.reasonCode), ...decision.triggeredRules.map((rule) => rule.reasonCode)];
    if (codes.some((code) => this.codes.test(code))) this.#caughtByRules++;
    if ((extensions.risk?.indicators ?? []).some((indicator) => (indicator.kind === "duplicate_invoice" || this.codes.test(indicator.id)) && new Dec(indicator.contribution).greaterThan(0))) this.#caughtByRisk++;
    if (!new Dec(decision.billed).greaterThan(0) || dates.knownOn === undefined) return false;
    const key = [decision.policyId, dates.knownOn, new Dec(decision.billed).toString(), provider?.id ?? ""].join("\u0000");
    const paid = pays(decision.outcome, decision.payable);
    const earlier = this.#recent.get(key);
    let found = false;
    if (earlier !== undefined && earlier.claimId !== decision.claimId) {
      found = true;
      this.#possible++;
      if (earlier.paid && paid) {
        this.#paidTwice++;
        this.#paidTwiceAmount = this.#paidTwiceAmount.plus(decision.payable);
      }
      if (this.#examples.length < this.exampleLimit) this.#examples.push({ claimId: decision.claimId, duplicateOf: earlier.claimId, billed: decision.billed, provider: provider?.id ?? null });
    }
    if (earlier === undefined) {
      this.#recent.set(key, { claimId: decision.claimId, paid });
      if (this.#recent.size > this.window) this.#recent.delete(this.#recent.keys().next().value as string);
    } else if (paid) earlier.paid = true;
    return found;
  }

  figures(minorUnits: number): DuplicateFigures {
    return {
      caughtByRules: this.#caughtByRules,
      caughtByRisk: this.#caughtByRisk,
      possible: this.#possible,
      paidTwice: this.#paidTwice,
      paidTwiceAmount: formatMoney(this.#paidTwiceAmount.toDecimalPlaces(minorUnits), minorUnits),
      examples: [...this.#examples],
      window: this.window,
    };
  }
}
