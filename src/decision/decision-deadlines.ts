import type { Claim } from "../claim/claim-schema.js";
import type { Outcome } from "../codes/outcomes.js";
import type { ClaimDeadlines } from "../deadlines/claim-deadlines-schema.js";
import { countClaimDeadlines } from "../deadlines/compute-claim-deadlines.js";
import type { JurisdictionProfile } from "../deadlines/jurisdiction-profile-schema.js";
import type { Policy } from "../policy/policy-schema.js";

/**
 * The claim clocks of the decision, from the claim's dates: the limitation period from `incident.knownOn` (else the
 * incident), restarted by the report (`reportedOn`) when it came within it; the determination from the first receipt
 * (`submittedOn`) less the time the art. 22 request (`documentRequest`) was outstanding, up to `documentsCompleteOn`.
 * An automated determination agrees the amount on the day it is made (`asOf`); a person's later agreement is the
 * caller's to record. A referred claim counts as complex unless the claim says. Documents complete now with no
 * `documentsCompleteOn` arrived with the claim, or, after a request, on the day it reached the claimant: nothing is
 * deducted that the claim does not show. The claim's dates were validated with it (in order), so they are not
 * validated again.
 */
export function decisionDeadlines(claim: Claim, policy: Policy, outcome: Outcome, missingDocuments: boolean, asOf: string, profile: JurisdictionProfile): ClaimDeadlines {
  const determined = outcome === "approved" || outcome === "partially_approved" || outcome === "denied";
  const request = claim.documentRequest;
  const documentsCompleteOn = missingDocuments ? undefined : (claim.documentsCompleteOn ?? request?.reachedClaimantOn ?? claim.submittedOn);
  return countClaimDeadlines(
    {
      productLine: policy.productLine,
      incidentOn: claim.incident.date,
      ...(claim.incident.knownOn !== undefined ? { knownOn: claim.incident.knownOn } : {}),
      reportedOn: claim.reportedOn,
      submittedOn: claim.submittedOn,
      ...(request !== undefined ? { documentRequest: request } : {}),
      ...(documentsCompleteOn !== undefined ? { documentsCompleteOn } : {}),
      complex: claim.complex ?? outcome === "referred",
      outcome,
      ...(determined ? { determinedOn: asOf, ...(outcome !== "denied" ? { amountAgreedOn: asOf } : {}) } : {}),
    },
    profile,
  );
}
