import type { Claim } from "../claim/claim-schema.js";
import type { CoverageAccumulator } from "../ledger/accumulators-schema.js";
import type { Policy } from "../policy/policy-schema.js";
import type { CompiledCoverage } from "../policy/compile-policy.js";
import { coverageWaitingDays, daysSinceInception, isPolicyInForce } from "../policy/policy-period.js";

/** Why a coverage that concerns the claim pays nothing for it, whatever the amounts: a library reason code and its figures. */
export interface CoverageRefusal {
  readonly code: "POLICY_NOT_IN_FORCE" | "WAITING_PERIOD" | "COVERAGE_ENDED";
  readonly clauseId: string;
  readonly params: Readonly<Record<string, string>>;
}

export type CoverageApplicability = { readonly status: "applies" } | { readonly status: "not_applicable" } | { readonly status: "refused"; readonly refusal: CoverageRefusal };

/**
 * Whether a coverage answers for the claim, checked before any amount: the incident type it covers, the coverage
 * not ended by an earlier payout, the incident within the period of insurance, and past the coverage's own waiting
 * period (two coverages of one policy may have different ones).
 */
export function checkCoverageApplies(coverage: CompiledCoverage, claim: Claim, policy: Policy, ledger: CoverageAccumulator): CoverageApplicability {
  const { incident } = claim;
  const source = coverage.source;
  if (!source.incidentTypes.includes(incident.type)) return { status: "not_applicable" };
  if (ledger.ended) {
    return refused("COVERAGE_ENDED", coverage.clauseId, {});
  }
  if (!isPolicyInForce(policy, incident.date)) {
    return refused("POLICY_NOT_IN_FORCE", policy.period.clauseId ?? coverage.clauseId, { incidentDate: incident.date });
  }
  const waitingDays = coverageWaitingDays(source, incident.type);
  // An illness whose first symptoms fell in the waiting period began in it, whenever it was diagnosed (symptoms
  // before cover are a pre-existing condition, for the rules to judge).
  const incidentDay = daysSinceInception(policy, incident.date);
  const symptomsDay = incident.firstSymptomsOn === undefined ? undefined : daysSinceInception(policy, incident.firstSymptomsOn);
  const day = symptomsDay !== undefined && symptomsDay >= 0 && symptomsDay < incidentDay ? symptomsDay : incidentDay;
  if (day < waitingDays) {
    // Day 1 is the first day of cover, as the claimant counts.
    return refused("WAITING_PERIOD", source.waitingPeriods.clauseId ?? coverage.clauseId, { day: String(day + 1), waitingDays: String(waitingDays) });
  }
  return { status: "applies" };
}

function refused(code: CoverageRefusal["code"], clauseId: string, params: Readonly<Record<string, string>>): CoverageApplicability {
  return { status: "refused", refusal: { code, clauseId, params } };
}
