import { z } from "zod";
import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import { formatMoney, toMoney, ZERO } from "../money/money.js";
import { formatAmount, formatDate } from "../text/format-amount.js";
import type { LocalizedText } from "../values/primitives.js";
import { safeParseInput } from "../values/parse-input.js";
import { MoneyStringSchema } from "../values/primitives.js";
import { tookEffect } from "./claim-history.js";
import type { Ledger } from "./ledger-schema.js";

/** The schema of `reverse`'s options. */
export const ReverseOptionsSchema = z.strictObject({
  /** The date the decision is withdrawn. */
  asOf: IsoDateSchema,
  /** The policy's claim history holding the decision. */
  accumulators: z.unknown(),
  /** Why, in the caller's words (fraud found, a claim withdrawn, a decision made in error). */
  reason: z.string().min(1).optional(),
  /** What was actually paid on the decision, to recover; default its payable when it took effect, else nothing. */
  paid: MoneyStringSchema.optional(),
});
/** Options of `reverse`: `asOf`, the ledger (`accumulators`), why the decision is reversed, and what was already paid. */
export type ReverseOptions = z.input<typeof ReverseOptionsSchema>;

/** A decision withdrawn: what it was, what is to be recovered, and the ledger without its effect. */
export interface Reversal {
  readonly claimId: string;
  /** The revision the reversal is recorded as (the one withdrawn plus one). */
  readonly revision: number;
  readonly supersedes: { readonly decisionId: string; readonly revision: number; readonly outcome: string; readonly payable: string };
  /** What was paid on it and is now an overpayment to recover. */
  readonly toRecover: string;
  readonly reason?: string;
  readonly asOf: string;
  /** The ledger with the claim's record voided: it gives back everything the decision took (counters, invoices). */
  readonly accumulatorsAfter: Ledger;
  /** What the reversal does, in complete words, zh and en: the decision withdrawn, what is given back, what is to recover. */
  readonly explanation: LocalizedText;
}

/** The reversal in words (the caller's `reason` is their own text, in one language, so it is not quoted). */
function reversalExplanation(claimId: string, decisionId: string, asOf: string, toRecover: string, currency: string): LocalizedText {
  const nothing = toMoney(toRecover).isZero();
  const en = `The decision ${decisionId} on claim ${claimId} is withdrawn as of ${formatDate(asOf, "en")}: what it took from the policy's limits, deductibles and invoices is given back`;
  const zh = `理赔申请 ${claimId} 的原决定 ${decisionId} 自 ${formatDate(asOf, "zh")} 起撤销，其占用的保险金额、免赔额及发票予以恢复`;
  return nothing
    ? { en: `${en}; nothing was paid on it, so nothing is to be recovered.`, zh: `${zh}；该决定未支付款项，无需追回。` }
    : { en: `${en}, and the ${formatAmount(toRecover, currency, "en")} paid on it is an overpayment to recover.`, zh: `${zh}；已就该决定支付的 ${formatAmount(toRecover, currency, "zh")} 为多付款项，应予追回。` };
}

/**
 * Withdraws the decision on a claim: its record stays in the history, voided, adding nothing, so the limits,
 * deductibles and invoices it used are free again, and a payment already made becomes an overpayment to recover.
 *
 * @throws {ValidationError} when the ledger is not the policy's, holds no decision on the claim, or it was voided.
 */
export function reverseDecision(ledgerSchema: z.ZodType<Ledger>, policyId: string, minorUnits: number, claimId: string, optionsInput: unknown, currency = "CNY"): Reversal {
  const options = safeParseInput(ReverseOptionsSchema, optionsInput, "options");
  const issues: Issue[] = [...(options.issues ?? [])];
  const ledger = options.ok ? safeParseInput(ledgerSchema, options.value.accumulators, "options.accumulators") : undefined;
  issues.push(...(ledger?.issues ?? []));
  const record = ledger?.ok === true && Object.hasOwn(ledger.value.claims, claimId) ? ledger.value.claims[claimId] : undefined;
  if (ledger?.ok === true) {
    if (ledger.value.policyId !== policyId) issues.push({ code: "policy_mismatch", path: ["options", "accumulators", "policyId"], message: `this is the ledger of policy "${ledger.value.policyId}", this adjudicator holds policy "${policyId}"` });
    if (record === undefined) issues.push({ code: "invalid_input", path: ["claimId"], message: `the ledger holds no decision on claim "${claimId}"` });
    else if (record.outcome === "voided") issues.push({ code: "invalid_input", path: ["claimId"], message: `the decision on claim "${claimId}" was already withdrawn (revision ${record.revision})` });
    else if (options.ok && options.value.asOf < record.asOf) issues.push({ code: "invalid_input", path: ["options", "asOf"], message: `asOf ${options.value.asOf} is before the decision it withdraws (revision ${record.revision}, decided as of ${record.asOf})` });
  }
  if (options.ok && options.value.paid !== undefined) issues.push(...checkMinorUnits(options.value.paid, minorUnits, ["options", "paid"], currency));
  if (!options.ok || ledger === undefined || !ledger.ok || record === undefined || issues.length > 0) throw new ValidationError("reversal", issues);
  const money = (amount: string) => formatMoney(toMoney(amount), minorUnits);
  const toRecover = options.value.paid ?? (tookEffect(record) ? record.payable : formatMoney(ZERO, minorUnits));
  const revision = record.revision + 1;
  const voided = { ...record, revision, revisionReason: "reversal" as const, asOf: options.value.asOf, outcome: "voided" as const, payable: money("0"), lines: {}, invoices: {}, coverages: {} };
  return {
    claimId,
    revision,
    supersedes: { decisionId: record.decisionId, revision: record.revision, outcome: record.outcome, payable: record.payable },
    toRecover: money(toRecover),
    ...(options.value.reason !== undefined ? { reason: options.value.reason } : {}),
    asOf: options.value.asOf,
    accumulatorsAfter: { ...ledger.value, claims: { ...ledger.value.claims, [claimId]: voided } },
    explanation: reversalExplanation(claimId, record.decisionId, options.value.asOf, money(toRecover), currency),
  };
}
