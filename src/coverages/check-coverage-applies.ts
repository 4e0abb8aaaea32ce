import type { Claim } from "../claim/claim-schema.js";
import type { CompiledCoverage } from "../coverage-kinds/coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-kinds/coverage-ledger.js";
import { coverageWaitingDays, daysSinceInception, isPolicyInForce } from "../policy/policy-period.js";
import type { Policy } from "../policy/policy-schema.js";

/** Why a coverage that concerns the claim pays nothing for it, whatever the amounts: a library reason code and its figures. */
export type CoverageRefusal =
  | { readonly code: "POLICY_NOT_IN_FORCE"; readonly clauseId: string; readonly params: { readonly incidentDate: string } }
  | { readonly code: "WAITING_PERIOD"; readonly clauseId: string; readonly params: { readonly day: string; readonly waitingDays: string } }
  | { readonly code: "COVERAGE_ENDED"; readonly clauseId: string; readonly params: Readonly<Record<string, never>> }
  | { readonly code: "ADMISSION_OUTSIDE_PERIOD"; readonly clauseId: string; readonly params: { readonly admission: string; readonly effective: string; readonly expiry: string } };

export type CoverageApplicability = { readonly status: "applies" } | { readonly status: "not_applicable" } | { readonly status: "refused"; readonly refusal: CoverageRefusal };

/**
 * Whether a coverage answers for the claim, checked before any amount: the incident type it covers, the coverage
 * not ended by an earlier payout, the incident within the period of insurance, a stay admitted within it when the
 * coverage requires so, and past the coverage's own waiting
 * period (two coverages of one policy may have different ones).
 */
export function checkCoverageApplies(coverage: CompiledCoverage, claim: Claim, policy: Policy, ledger: CommonLedgerEntry): CoverageApplicability {
  const { incident } = claim;
  const source = coverage.source;
  if (!source.incidentTypes.includes(incident.type)) return { status: "not_applicable" };
  if (ledger.ended) return { status: "refused", refusal: { code: "COVERAGE_ENDED", clauseId: coverage.clauseId, params: {} } };
  if (!isPolicyInForce(policy.period, incident.date)) {
    return { status: "refused", refusal: { code: "POLICY_NOT_IN_FORCE", clauseId: policy.period.clauseId ?? coverage.clauseId, params: { incidentDate: incident.date } } };
  }
  // A coverage that requires it pays only for a stay admitted within the period, whenever the illness began (入院须在保险期间内).
  const admission = claim.hospitalStay?.admission;
  if (source.stay?.admissionWithinPeriod === true && admission !== undefined && !isPolicyInForce(policy.period, admission)) {
    const clauseId = source.stay.clauseId ?? policy.period.clauseId ?? coverage.clauseId;
    return { status: "refused", refusal: { code: "ADMISSION_OUTSIDE_PERIOD", clauseId, params: { admission, effective: policy.period.effective, expiry: policy.period.expiry } } };
  }
  const waitingDays = coverageWaitingDays(source, incident.type);
  // An illness whose first symptoms fell in the waiting period began in it, whenever it was diagnosed (symptoms
  // before cover are a pre-existing condition, for the rules to judge).
  const incidentDay = daysSinceInception(policy.period, incident.date);
  const symptomsDay = incident.firstSymptomsOn === undefined ? undefined : daysSinceInception(policy.period, incident.firstSymptomsOn);
  const day = symptomsDay !== undefined && symptomsDay >= 0 && symptomsDay < incidentDay ? symptomsDay : incidentDay;
  if (day < waitingDays) {
    // Day 1 is the first day of cover, as the claimant counts.
    return { status: "refused", refusal: { code: "WAITING_PERIOD", clauseId: source.waitingPeriods.clauseId ?? coverage.clauseId, params: { day: String(day + 1), waitingDays: String(waitingDays) } } };
  }
  return { status: "applies" };
}
