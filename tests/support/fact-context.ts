import type { Claim } from "../../src/claim/claim-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
import type { FactContext } from "../../src/facts/fact-definition.js";
import type { Counters } from "../../src/ledger/counters-schema.js";
import type { CompiledPolicy } from "../../src/policy/compile-policy.js";

/** What facts are derived from for a first claim on the policy: an empty history, the claim's own incident. */
export function firstClaimContext(claim: Claim, policy: CompiledPolicy, counters: Counters = { coverages: {} }): FactContext {
  return {
    claim,
    policy,
    counters,
    ledger: { policyId: policy.source.id, opening: [], claims: {} },
    place: { insuredId: claim.insuredId ?? policy.source.insured.id, incidentId: claim.incident.id ?? claim.id, policyYear: policy.source.period.effective },
    profile: PRC_INSURANCE_LAW_PROFILE,
  };
}
