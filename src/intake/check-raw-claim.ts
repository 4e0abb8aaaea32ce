import { isValidIsoDate } from "../dates/iso-date.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import { currencyMinorUnits, isKnownCurrency } from "../money/currency-minor-units.js";

const MONEY_FIELDS = ["amount", "selfPay", "socialInsurancePaid", "otherInsurancePaid"] as const;
const AMOUNT = /^\d+(\.\d+)?$/;
const field = (value: unknown, key: string): unknown => (typeof value === "object" && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);

/**
 * The checks against the policy that a claim failing its schema would otherwise skip: the policy id, the currency,
 * the decimals of each amount that is a well-formed decimal, and asOf before the submission. Every problem at
 * once: a claim with one malformed field still hears that it is on another policy or in another currency.
 * Each check reads a field only when it has the right form, so none repeats a problem the schema reported.
 *
 * @param claim - the claim as given (it failed ClaimSchema)
 * @param asOf - the options' asOf when it is a valid date
 */
export function checkRawClaim(claim: unknown, policy: { readonly id: string; readonly code: string; readonly minorUnits: number }, asOf: string | undefined): Issue[] {
  const issues: Issue[] = [];
  const policyId = field(claim, "policyId");
  if (typeof policyId === "string" && policyId !== policy.id) {
    issues.push({ code: "policy_mismatch", path: ["claim", "policyId"], message: `claim is on policy "${policyId}", this adjudicator holds policy "${policy.id}"` });
  }
  const currency = field(claim, "currency");
  const known = typeof currency === "string" && /^[A-Z]{3}$/.test(currency) && isKnownCurrency(currency);
  if (known && currency !== policy.code && field(claim, "exchangeRate") === undefined) {
    issues.push({ code: "currency_mismatch", path: ["claim", "currency"], message: `claim is in ${currency}, the policy pays in ${policy.code}: give "exchangeRate" (${policy.code} per ${currency})` });
  }
  const lines = field(claim, "lines");
  if (known && Array.isArray(lines)) {
    const minorUnits = currency === policy.code ? policy.minorUnits : currencyMinorUnits(currency);
    lines.forEach((line: unknown, i) => {
      for (const name of MONEY_FIELDS) {
        const amount = field(line, name);
        if (typeof amount === "string" && AMOUNT.test(amount)) issues.push(...checkMinorUnits(amount, minorUnits, ["claim", "lines", i, name], currency));
      }
    });
  }
  const submittedOn = field(claim, "submittedOn");
  if (asOf !== undefined && typeof submittedOn === "string" && isValidIsoDate(submittedOn) && asOf < submittedOn) {
    issues.push({ code: "invalid_input", path: ["options", "asOf"], message: `asOf ${asOf} is before the claim was submitted (${submittedOn})` });
  }
  return issues;
}
