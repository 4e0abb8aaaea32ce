import { GENERAL_REASONS } from "../codes/general-reasons.js";
import type { Outcome } from "../codes/outcomes.js";
import type { MissingDocument } from "../completeness/missing-document-schema.js";
import type { CoverageCalculation } from "../coverages/calculate-coverages.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { Claim } from "../claim/claim-schema.js";
import { reasonsOf } from "../trace/make-reason.js";
import type { Reason } from "../trace/reason-schema.js";
import { hitReason, type FilledHit } from "./filled-hit.js";

/**
 * How the claim was decided: by a deny rule before anything was calculated, pended for documents, or calculated.
 * Each carries what its outcome needs and nothing more.
 */
export type Determination =
  | { readonly path: "denied_by_rule"; readonly outcome: "denied"; readonly reasons: readonly Reason[]; readonly denial: FilledHit }
  | { readonly path: "pending_documents"; readonly outcome: "pending_documents"; readonly reasons: readonly Reason[]; readonly firstMissing: MissingDocument }
  | {
      readonly path: "calculated";
      readonly outcome: Exclude<Outcome, "pending_documents">;
      readonly reasons: readonly Reason[];
      readonly calculated: CoverageCalculation;
    };

/** The reasons of a pended claim: every missing document, each with its clause. */
export function missingDocumentReasons(missing: readonly MissingDocument[], currency: string): Reason[] {
  const reason = reasonsOf(GENERAL_REASONS, currency);
  return missing.map((document) => {
    const place = document.ruleId !== undefined ? { ruleId: document.ruleId } : {};
    const filled =
      document.problem === "issued_too_early" && document.issuedOnOrAfter !== undefined && document.receivedIssuedOn !== undefined
        ? reason("DOCUMENT_TOO_EARLY", document.clauseId, { document: document.description, issuedOnOrAfter: document.issuedOnOrAfter, receivedIssuedOn: document.receivedIssuedOn }, place)
        : reason(document.problem === "copy_only" ? "DOCUMENT_ORIGINAL_REQUIRED" : "DOCUMENT_MISSING", document.clauseId, { document: document.description }, place);
    return {
      ...filled,
      params: { documentType: document.documentType, ...(document.documentId !== undefined ? { documentId: document.documentId } : {}) },
    };
  });
}

/**
 * Precedence of outcomes once the claim was calculated: a refer rule or a referral of the calculation holds it for
 * a person; a claim that pays nothing because of refusals or reductions, or that no coverage answers for, is denied
 * with those reasons; reductions make it partial; else it is approved.
 */
export function determineCalculatedOutcome(calculated: CoverageCalculation, referRules: readonly FilledHit[], claim: Claim, policy: CompiledPolicy): Extract<Determination, { path: "calculated" }> {
  const referrals = [...referRules.map(hitReason), ...calculated.referrals];
  if (referrals.length > 0) return { path: "calculated", outcome: "referred", reasons: [...referrals, ...calculated.reductions], calculated };
  if (calculated.payable.isZero() && (calculated.reductions.length > 0 || !calculated.anyCoverageApplies)) {
    // The insuring clause of the first coverage that answers for this kind of incident, else the policy's first.
    const insuring = (policy.coverages.find((coverage) => coverage.source.incidentTypes.includes(claim.incident.type)) ?? policy.coverages[0])?.clauseId as string;
    const reasons = calculated.reductions.length > 0 ? calculated.reductions : [reasonsOf(GENERAL_REASONS, policy.source.currency.code)("NO_COVERED_BENEFIT", insuring, {})];
    return { path: "calculated", outcome: "denied", reasons, calculated };
  }
  return { path: "calculated", outcome: calculated.reductions.length > 0 ? "partially_approved" : "approved", reasons: calculated.reductions, calculated };
}
