import { CalculationError } from "../errors/calculation-error.js";
import type { Issue } from "../errors/adjudicator-error.js";
import type { LedgerMoneyFields } from "../ledger/ledger-money-fields.js";
import { MAX_SIGNIFICANT_DIGITS, significantDigits } from "../values/primitives.js";
import type { UnexplainedDecision } from "./decide-claim.js";

const TOO_LARGE = "the policy's amounts are too large for this claim";
const TOTAL_TOO_LARGE = "what the coverage has paid, with this claim, is too large to carry";

/**
 * Every amount a decision carries fits the 15 significant digits of its schema (and of FHIR). Inputs are bounded so,
 * but a product or a sum of bounded figures is not: a daily amount of 243,902,439,024.40 for 8 days is 16 digits, and
 * so are 19 waived instalments of 526,315,789,473.69, or a coverage's paid total after two claims of
 * 6,249,999,999,999.95. Such a decision is refused rather than returned invalid.
 *
 * @param ledger - the amount fields of the coverages' counters (`ledgerMoneyFields` of the policy's kinds)
 * @throws {CalculationError} with code `too_many_digits`, naming each amount and its path in the decision.
 */
export function checkDigits(decision: UnexplainedDecision, ledger: LedgerMoneyFields): void {
  const issues: Issue[] = [];
  const check = (amount: string, path: (string | number)[], why = TOO_LARGE) => {
    if (significantDigits(amount) > MAX_SIGNIFICANT_DIGITS) {
      issues.push({ code: "too_many_digits", path: ["decision", ...path], message: `${amount} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than a decision (or FHIR) carries: ${why}` });
    }
  };
  check(decision.billed, ["billed"]);
  check(decision.payable, ["payable"]);
  decision.lines.forEach((line, i) => {
    check(line.billed, ["lines", i, "billed"]);
    check(line.eligible, ["lines", i, "eligible"]);
    check(line.payable, ["lines", i, "payable"]);
    line.adjustments.forEach((adjustment, j) => check(adjustment.amount, ["lines", i, "adjustments", j, "amount"]));
  });
  decision.benefits.forEach((benefit, i) => {
    check(benefit.gross, ["benefits", i, "gross"]);
    check(benefit.payable, ["benefits", i, "payable"]);
    benefit.adjustments.forEach((adjustment, j) => check(adjustment.amount, ["benefits", i, "adjustments", j, "amount"]));
  });
  decision.coverages.forEach((coverage, i) => check(coverage.payable, ["coverages", i, "payable"]));
  const waiver = decision.premiumWaiver;
  if (waiver !== undefined) {
    check(waiver.instalment, ["premiumWaiver", "instalment"]);
    check(waiver.total, ["premiumWaiver", "total"]);
  }
  // The counters after the claim add this claim's amounts to the earlier claims' (the ledger's own records stay within bounds).
  for (const [coverageId, entry] of Object.entries(decision.counters.after.coverages)) {
    const fields = entry as Readonly<Record<string, unknown>>;
    const at = ["counters", "after", "coverages", coverageId];
    for (const field of ledger.amounts) {
      const amount = fields[field];
      if (typeof amount === "string") check(amount, [...at, field], TOTAL_TOO_LARGE);
    }
    for (const field of ledger.amountsById) {
      const byId = fields[field];
      if (typeof byId !== "object" || byId === null) continue;
      for (const [id, amount] of Object.entries(byId)) if (typeof amount === "string") check(amount, [...at, field, id], TOTAL_TOO_LARGE);
    }
  }
  if (issues.length > 0) throw new CalculationError(issues);
}
