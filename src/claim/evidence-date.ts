import type { Claim } from "./claim-schema.js";

/**
 * The latest day the claim's evidence speaks for: its submission, the day its documents were complete, the latest
 * issue date of its documents, the latest day a finding was observed. A state a definition needs on day N after the
 * diagnosis can only be shown by a claim whose evidence reaches that day.
 *
 * @example
 * claimEvidenceDate({ submittedOn: "2026-06-20", documents: [{ issuedOn: "2026-06-18" }], incident: {} }) //=> "2026-06-20"
 */
export function claimEvidenceDate(claim: Pick<Claim, "submittedOn" | "documentsCompleteOn" | "documents"> & { readonly incident: Pick<Claim["incident"], "findings"> }): string {
  const dates = [claim.submittedOn, ...(claim.documentsCompleteOn !== undefined ? [claim.documentsCompleteOn] : []), ...claim.documents.map((document) => document.issuedOn), ...(claim.incident.findings ?? []).map((finding) => finding.observedOn)];
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}
