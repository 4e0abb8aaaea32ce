import { CalculationError } from "../errors/calculation-error.js";
import type { Issue } from "../errors/adjudicator-error.js";
import type { LedgerMoneyFields } from "../ledger/ledger-money-fields.js";
import { MAX_SIGNIFICANT_DIGITS, significantDigits } from "../values/primitives.js";
import type { UnexplainedDecision } from "./decide-claim.js";

const TOO_LARGE = "the policy's amounts are too large for this claim";
const TOTAL_TOO_LARGE = "what the coverage has paid, with this claim, is too large to carry";
const tooLong = (amount: string): boolean => significantDigits(amount) > MAX_SIGNIFICANT_DIGITS;

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
  // Every amount of every decision passes here, and nearly all fit: the path of one is built only when it does not.
  const flag = (amount: string, path: (string | number)[], why = TOO_LARGE) => {
    issues.push({ code: "too_many_digits", path: ["decision", ...path], message: `${amount} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than a decision (or FHIR) carries: ${why}` });
  };
  if (tooLong(decision.billed)) flag(decision.billed, ["billed"]);
  if (tooLong(decision.payable)) flag(decision.payable, ["payable"]);
  const adjustmentsOf = (adjustments: readonly { readonly amount: string }[], owner: "lines" | "benefits", i: number) =>
    adjustments.forEach(({ amount }, j) => {
      if (tooLong(amount)) flag(amount, [owner, i, "adjustments", j, "amount"]);
    });
  decision.lines.forEach((line, i) => {
    if (tooLong(line.billed)) flag(line.billed, ["lines", i, "billed"]);
    if (tooLong(line.eligible)) flag(line.eligible, ["lines", i, "eligible"]);
    if (tooLong(line.payable)) flag(line.payable, ["lines", i, "payable"]);
    adjustmentsOf(line.adjustments, "lines", i);
  });
  decision.benefits.forEach((benefit, i) => {
    if (tooLong(benefit.gross)) flag(benefit.gross, ["benefits", i, "gross"]);
    if (tooLong(benefit.payable)) flag(benefit.payable, ["benefits", i, "payable"]);
    adjustmentsOf(benefit.adjustments, "benefits", i);
  });
  decision.coverages.forEach(({ payable }, i) => {
    if (tooLong(payable)) flag(payable, ["coverages", i, "payable"]);
  });
  const waiver = decision.premiumWaiver;
  if (waiver !== undefined) {
    if (tooLong(waiver.instalment)) flag(waiver.instalment, ["premiumWaiver", "instalment"]);
    if (tooLong(waiver.total)) flag(waiver.total, ["premiumWaiver", "total"]);
  }
  // The counters after the claim add this claim's amounts to the earlier claims' (the ledger's own records stay within bounds).
  const after = decision.counters.after.coverages as Readonly<Record<string, unknown>>;
  for (const coverageId in after) {
    const fields = after[coverageId] as Readonly<Record<string, unknown>>;
    for (const field of ledger.amounts) {
      const amount = fields[field];
      if (typeof amount === "string" && tooLong(amount)) flag(amount, ["counters", "after", "coverages", coverageId, field], TOTAL_TOO_LARGE);
    }
    for (const field of ledger.amountsById) {
      const byId = fields[field];
      if (typeof byId !== "object" || byId === null) continue;
      for (const [id, amount] of Object.entries(byId)) if (typeof amount === "string" && tooLong(amount)) flag(amount, ["counters", "after", "coverages", coverageId, field, id], TOTAL_TOO_LARGE);
    }
  }
  if (issues.length > 0) throw new CalculationError(issues);
}
