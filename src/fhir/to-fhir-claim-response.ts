import type { ClaimInput } from "../claim/claim-schema.js";
import type { Decision } from "../decision/decision-schema.js";
import { fhirBenefitAdjudications } from "./fhir-benefit-adjudications.js";
import { fhirClaimType } from "./fhir-claim-type.js";
import { fhirCommunicationRequests } from "./fhir-communication-requests.js";
import { fhirDisposition } from "./fhir-disposition.js";
import { withFhirExportContext } from "./fhir-export-context.js";
import type { FhirExportOptions } from "./fhir-export-options.js";
import { fhirLineAdjudications } from "./fhir-line-adjudications.js";
import { toFhirRemittanceOutcome } from "./fhir-outcome.js";
import { fhirPayment } from "./fhir-payment.js";
import { fhirProcessNotes } from "./fhir-process-notes.js";
import type { FhirClaimResponse } from "./fhir-r4-types.js";
import { fhirClaimReference, fhirCoverageReference, fhirInsurerReference, fhirPatientReference } from "./fhir-references.js";
import { fhirTotals } from "./fhir-totals.js";
import { fhirBaseProfile } from "./fhir-version.js";

/**
 * A decision as a FHIR R4 (4.0.1) ClaimResponse. `outcome` is the R4 `remittance-outcome` processing status
 * (`complete` once adjudicated, approved or not; `partial` while documents are missing or a reviewer must confirm);
 * the approval is in `disposition`, the item adjudications and `total`. Each bill line is an item (its position in
 * the claim is `itemSequence`) adjudicated with the HL7 categories `submitted`, `eligible`, `eligpercent`,
 * `deductible`, `copay` and `benefit`, and our adjustment kinds where HL7 has none, each with our reason code and
 * the X12 CARC in `reason`; benefits that are not bill lines are `addItem`s. Every reason is a `processNote`, every
 * missing document a contained CommunicationRequest. `payment` is dated `asOf`: no clock is read.
 * Amounts are JSON numbers, exact (see `toExactFhirDecimal`); texts are in `options.language`, personal data masked.
 *
 * @param decision - a decision of `adjudicate`
 * @param claim - the claim it decided (as given to `adjudicate`, or parsed)
 * @param options - language, claim type, references, URIs for our codes
 * @returns a new ClaimResponse; the inputs are not modified
 * @throws {ValidationError} when the decision or the claim is not valid, they do not belong together, or an amount
 *   has more significant digits than a JSON number holds exactly
 * @example
 * const response = toFhirClaimResponse(decision, claim, { language: "en" });
 * response.outcome //=> "complete"
 * response.disposition //=> "Approved: CNY 3,000.00 payable of CNY 28,000.00 billed."
 */
export function toFhirClaimResponse(decision: Decision, claim: ClaimInput, options: FhirExportOptions = {}): FhirClaimResponse {
  return withFhirExportContext(decision, claim, options, (context) => {
    const notes = fhirProcessNotes(context);
    const lines = fhirLineAdjudications(context, notes);
    const benefits = fhirBenefitAdjudications(context, notes);
    const patient = fhirPatientReference(context);
    const insurer = fhirInsurerReference(context);
    const request = fhirClaimReference(context);
    const requests = fhirCommunicationRequests(context, { patient, insurer, claim: request });
    const payment = fhirPayment(context);
    const { decision: d } = context;
    return {
      resourceType: "ClaimResponse",
      ...(options.id !== undefined ? { id: options.id } : {}),
      meta: { profile: [fhirBaseProfile("ClaimResponse")] },
      language: context.language === "zh" ? "zh-CN" : "en",
      ...(requests.length > 0 ? { contained: requests } : {}),
      identifier: [{ system: context.systems.decisionId, value: d.meta.decisionId }],
      status: "active",
      type: fhirClaimType(context),
      use: "claim",
      patient,
      created: d.meta.asOf,
      insurer,
      ...(options.requestor !== undefined ? { requestor: options.requestor } : {}),
      request,
      outcome: toFhirRemittanceOutcome(d.outcome),
      disposition: fhirDisposition(context),
      ...(lines.length > 0
        ? { item: lines.map((line) => ({ itemSequence: line.sequence, ...(line.noteNumbers.length > 0 ? { noteNumber: [...line.noteNumbers] } : {}), adjudication: line.adjudication })) }
        : {}),
      ...(benefits.length > 0
        ? { addItem: benefits.map((benefit) => ({ productOrService: benefit.productOrService, ...(benefit.noteNumbers.length > 0 ? { noteNumber: [...benefit.noteNumbers] } : {}), adjudication: benefit.adjudication })) }
        : {}),
      total: fhirTotals([...lines, ...benefits].flatMap((entry) => entry.adjudication), context),
      ...(payment !== undefined ? { payment } : {}),
      ...(notes.notes.length > 0 ? { processNote: notes.notes } : {}),
      ...(requests.length > 0 ? { communicationRequest: requests.map((request) => ({ reference: `#${request.id}` })) } : {}),
      insurance: [{ sequence: 1, focal: true, coverage: fhirCoverageReference(context) }],
    };
  });
}
