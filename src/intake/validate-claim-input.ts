import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { currencyMinorUnits } from "../money/currency-minor-units.js";
import { formatMoney, toMoney } from "../money/money.js";
import { type CompiledPolicy } from "../policy/compile-policy.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import { AccumulatorsSchema, type Accumulators, type CoverageAccumulator } from "../ledger/accumulators-schema.js";
import { ClaimSchema, type Claim } from "../claim/claim-schema.js";
import { safeParseInput } from "../values/parse-input.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { z } from "zod";

/** The options of `adjudicate` for a ledger of a given set of coverage kinds. */
export function buildAdjudicateOptionsSchema<Ledger extends z.ZodType<Accumulators>>(ledger: Ledger) {
  return z.strictObject({
    /** The date the decision is made; required, the library never reads the clock. */
    asOf: IsoDateSchema,
    /** The ledger before this claim; a coverage not listed has used nothing. */
    accumulators: ledger.optional(),
  });
}

export const AdjudicateOptionsSchema = buildAdjudicateOptionsSchema(AccumulatorsSchema);

/** A coverage of the library's kinds that has used nothing. */
const EMPTY_LEDGER: CoverageAccumulator = AccumulatorsSchema.shape.coverages.valueType.parse({});
export type AdjudicateOptions = z.input<typeof AdjudicateOptionsSchema>;

export interface ValidClaimInput {
  readonly claim: Claim;
  readonly asOf: string;
  /** One entry per coverage of the policy, amounts in the currency's minor units. */
  readonly accumulators: Accumulators;
}


const MONEY_FIELDS = ["amount", "selfPay", "socialInsurancePaid", "otherInsurancePaid"] as const;

/**
 * Validates a claim and the options against their schemas and against the policy: the policy id, the currency (or an
 * exchange rate from it), amounts no finer than their currency's minor unit, ledger entries for coverages that
 * exist, and `asOf` not before submission. Throws one `ValidationError` listing every problem.
 */
export function validateClaimInput(policy: CompiledPolicy, claimInput: unknown, optionsInput: unknown, optionsSchema: z.ZodType<{ asOf: string; accumulators?: Accumulators | undefined }> = AdjudicateOptionsSchema, emptyLedger: CoverageAccumulator = EMPTY_LEDGER): ValidClaimInput {
  const claimResult = safeParseInput(ClaimSchema, claimInput, "claim");
  const optionsResult = safeParseInput(optionsSchema, optionsInput, "options");
  const found: Issue[] = [...(claimResult.issues ?? []), ...(optionsResult.issues ?? [])];
  const { code, minorUnits } = policy.source.currency;
  const coverageIds = new Set(policy.coverages.map((coverage) => coverage.id));
  if (claimResult.ok) {
    const claim = claimResult.value;
    if (claim.policyId !== policy.source.id) {
      found.push({ code: "policy_mismatch", path: ["claim", "policyId"], message: `claim is on policy "${claim.policyId}", this adjudicator holds policy "${policy.source.id}"` });
    }
    if (claim.currency !== code && claim.exchangeRate === undefined) {
      found.push({ code: "currency_mismatch", path: ["claim", "currency"], message: `claim is in ${claim.currency}, the policy pays in ${code}: give "exchangeRate" (${code} per ${claim.currency})` });
    }
    if (claim.currency === code && claim.exchangeRate !== undefined) {
      found.push({ code: "invalid_input", path: ["claim", "exchangeRate"], message: `claim is already in the policy's currency ${code}; remove "exchangeRate"` });
    }
    const claimMinorUnits = claim.currency === code ? minorUnits : currencyMinorUnits(claim.currency);
    claim.lines.forEach((line, i) => {
      for (const field of MONEY_FIELDS) found.push(...checkMinorUnits(line[field], claimMinorUnits, ["claim", "lines", i, field], claim.currency));
    });
    if (optionsResult.ok && optionsResult.value.asOf < claim.submittedOn) {
      found.push({ code: "invalid_input", path: ["options", "asOf"], message: `asOf ${optionsResult.value.asOf} is before the claim was submitted (${claim.submittedOn})` });
    }
  }
  const given = optionsResult.ok ? optionsResult.value.accumulators : undefined;
  for (const [coverageId, entry] of Object.entries(given?.coverages ?? {})) {
    const at = ["options", "accumulators", "coverages", coverageId];
    if (!coverageIds.has(coverageId)) found.push({ code: "invalid_input", path: at, message: `policy has no coverage "${coverageId}" (its coverages: ${[...coverageIds].join(", ")})` });
    found.push(...checkMinorUnits(entry.deductibleUsed, minorUnits, [...at, "deductibleUsed"], code), ...checkMinorUnits(entry.paid, minorUnits, [...at, "paid"], code));
    for (const [id, used] of Object.entries(entry.subLimitsUsed)) found.push(...checkMinorUnits(used, minorUnits, [...at, "subLimitsUsed", id], code));
  }
  if (!claimResult.ok || !optionsResult.ok || found.length > 0) throw new ValidationError("claim or options", found);

  const money = (amount: string) => formatMoney(toMoney(amount), minorUnits);
  const normalize = (entry: CoverageAccumulator): CoverageAccumulator => ({
    ...entry,
    deductibleUsed: money(entry.deductibleUsed),
    paid: money(entry.paid),
    subLimitsUsed: Object.fromEntries(Object.entries(entry.subLimitsUsed).map(([id, used]) => [id, money(used)])),
  });
  return {
    claim: claimResult.value,
    asOf: optionsResult.value.asOf,
    accumulators: { coverages: Object.fromEntries(policy.coverages.map((coverage) => [coverage.id, normalize(given?.coverages[coverage.id] ?? emptyLedger)])) },
  };
}
