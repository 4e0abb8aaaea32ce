import type { Claim } from "../schemas/claim-schema.js";
import type { CoverageAccumulator } from "../schemas/accumulators-schema.js";
import type { Policy } from "../schemas/policy-schema.js";
import type { LocalizedText } from "../schemas/primitives.js";
import type { CompiledCoverage } from "./compile-policy.js";
import { coverageWaitingDays, daysSinceInception, isPolicyInForce } from "./coverage-period.js";

/** Why a coverage that concerns the claim pays nothing for it, whatever the amounts. */
export interface CoverageRefusal {
  readonly code: "POLICY_NOT_IN_FORCE" | "WAITING_PERIOD" | "COVERAGE_ENDED";
  readonly clauseId: string;
  readonly message: LocalizedText;
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
    return refused("COVERAGE_ENDED", coverage.clauseId, { en: "This benefit ended with an earlier payout.", zh: "该项保险责任已因此前的给付而终止。" });
  }
  if (!isPolicyInForce(policy, incident.date)) {
    return refused("POLICY_NOT_IN_FORCE", policy.period.clauseId ?? coverage.clauseId, { en: "The incident is outside the period of insurance.", zh: "出险日期不在保险期间内。" });
  }
  const waitingDays = coverageWaitingDays(source, incident.type);
  const day = daysSinceInception(policy, incident.date);
  if (day < waitingDays) {
    return refused("WAITING_PERIOD", source.waitingPeriods.clauseId ?? coverage.clauseId, {
      en: `The incident happened on day ${day + 1} of cover, within the ${waitingDays}-day waiting period.`,
      zh: `出险发生在保险合同生效后第 ${day + 1} 日，处于 ${waitingDays} 日等待期内。`,
    });
  }
  return { status: "applies" };
}

function refused(code: CoverageRefusal["code"], clauseId: string, message: LocalizedText): CoverageApplicability {
  return { status: "refused", refusal: { code, clauseId, message } };
}
