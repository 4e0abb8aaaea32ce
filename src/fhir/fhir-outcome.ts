import type { Outcome } from "../decision/decision-schema.js";
import type { FhirRemittanceOutcome } from "./fhir-r4-types.js";

/**
 * The R4 `remittance-outcome` code of a decision: how far processing went, never whether the claim was approved
 * (that is the disposition, the adjudications and the total).
 *
 * - `complete` for approved, partially approved and denied claims: adjudication is finished, whatever it decided.
 * - `partial` for `pending_documents`: the claim was checked (validity, liability rules, completeness), found to
 *   lack documents and not yet assessed; `queued` would say processing had not begun, which is not so, and `error`
 *   is for claims with errors, not for documents still to come (they are asked for with `communicationRequest`).
 * - `partial` for `referred`: every rule ran and the amount is calculated, but a person must confirm it first.
 *
 * @param outcome - the decision's outcome
 * @returns the `remittance-outcome` code
 * @example
 * toFhirRemittanceOutcome("denied") //=> "complete"
 * toFhirRemittanceOutcome("referred") //=> "partial"
 */
export function toFhirRemittanceOutcome(outcome: Outcome): FhirRemittanceOutcome {
  return REMITTANCE_OUTCOME[outcome];
}

const REMITTANCE_OUTCOME: Readonly<Record<Outcome, FhirRemittanceOutcome>> = {
  approved: "complete",
  partially_approved: "complete",
  denied: "complete",
  pending_documents: "partial",
  referred: "partial",
};
