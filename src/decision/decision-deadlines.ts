import type { Claim } from "../claim/claim-schema.js";
import type { Outcome } from "../codes/outcomes.js";
import type { ClaimDeadlines } from "../deadlines/claim-deadlines-schema.js";
import { countClaimDeadlines } from "../deadlines/compute-claim-deadlines.js";
import type { JurisdictionProfile } from "../deadlines/jurisdiction-profile-schema.js";
import type { Policy } from "../policy/policy-schema.js";

/**
 * The claim clocks of the decision. An automated determination agrees the amount on the day it is made (`asOf`); a
 * person's later agreement is the caller's to record. A referred claim counts as complex unless the claim says.
 * The claim's dates were validated with it (in order), so they are not validated again.
 */
export function decisionDeadlines(claim: Claim, policy: Policy, outcome: Outcome, missingDocuments: boolean, asOf: string, profile: JurisdictionProfile): ClaimDeadlines {
  const determined = outcome === "approved" || outcome === "partially_approved" || outcome === "denied";
  const documentsCompleteOn = missingDocuments ? undefined : (claim.documentsCompleteOn ?? claim.submittedOn);
  return countClaimDeadlines(
    {
      productLine: policy.productLine,
      incidentOn: claim.incident.date,
      ...(claim.incident.knownOn !== undefined ? { knownOn: claim.incident.knownOn } : {}),
      reportedOn: claim.reportedOn,
      submittedOn: claim.submittedOn,
      ...(documentsCompleteOn !== undefined ? { documentsCompleteOn } : {}),
      complex: claim.complex ?? outcome === "referred",
      outcome,
      ...(determined ? { determinedOn: asOf, ...(outcome !== "denied" ? { amountAgreedOn: asOf } : {}) } : {}),
    },
    profile,
  );
}
