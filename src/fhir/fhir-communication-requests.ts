import type { MissingDocument } from "../completeness/missing-document-schema.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirCommunicationRequest, FhirReference } from "./fhir-r4-types.js";
import { X12_SYSTEMS } from "./fhir-systems.js";

/**
 * One CommunicationRequest per missing document, to be contained in the ClaimResponse and referenced from its
 * `communicationRequest`. They share a `groupIdentifier` (the decision id): together they are the one consolidated
 * request for documents (PRC Insurance Law art. 22). Each names the document type (`category`, our document-type
 * code), says in words what to send and why (`payload`, with the invoice number and whether only the original
 * will do), gives the reason (our code and X12 CARC 252, documentation required) and cites the clause (`note`).
 *
 * @param context - the export's context
 * @param parties - the references the requests use: the insured, the insurer and the claim
 * @returns the requests, with ids `document-1`, `document-2`, …
 * @example
 * fhirCommunicationRequests(context, parties).map((request) => request.category?.[0]?.coding?.[0]?.code)
 * //=> ["invoice", "invoice", "discharge_summary", "accident_report", "relationship_proof", "si_exclusion_proof"]
 */
export function fhirCommunicationRequests(
  context: FhirExportContext,
  parties: { readonly patient: FhirReference; readonly insurer: FhirReference; readonly claim: FhirReference },
): FhirCommunicationRequest[] {
  const { decision, systems } = context;
  return decision.missingDocuments.map((document, i) => {
    const reasonCode = document.problem === "copy_only" ? "DOCUMENT_ORIGINAL_REQUIRED" : document.problem === "issued_too_early" ? "DOCUMENT_TOO_EARLY" : "DOCUMENT_MISSING";
    return {
      resourceType: "CommunicationRequest",
      id: `document-${i + 1}`,
      groupIdentifier: { system: systems.decisionId, value: decision.meta.decisionId },
      status: "active",
      category: [{ coding: [{ system: systems.documentType, code: document.documentType }] }],
      subject: parties.patient,
      about: [parties.claim],
      payload: [{ contentString: payloadText(document, context) }],
      authoredOn: decision.meta.asOf,
      requester: parties.insurer,
      reasonCode: [
        {
          coding: [
            { system: systems.reasonCode, code: reasonCode },
            { system: X12_SYSTEMS.claimAdjustmentReason, code: "252" },
          ],
          text: context.text(REASON_TEXT[document.problem]),
        },
      ],
      note: [{ text: context.language === "zh" ? `依据条款 ${document.clauseId}` : `Required by clause ${document.clauseId}` }],
    };
  });
}

/** The reason of a request in words (the reason templates of notices name the document; the payload does here). */
const REASON_TEXT = {
  missing: { en: "A required document has not been received.", zh: "尚未收到所需的理赔资料。" },
  copy_only: { en: "The original is required; only a copy was received.", zh: "需提供原件，目前仅收到复印件。" },
  issued_too_early: { en: "The document received was issued before the day the policy wants it from.", zh: "所收到资料的出具日期早于保险合同要求的日期。" },
} as const;

function payloadText(document: MissingDocument, context: FhirExportContext): string {
  const description = context.text(document.description);
  const invoice = context.freeText(document.documentId);
  if (context.language === "zh") {
    const from = document.issuedOnOrAfter === undefined ? "" : `（须于 ${document.issuedOnOrAfter} 或之后出具）`;
    return `${description}${invoice !== undefined ? `（发票号 ${invoice}）` : ""}${from}${document.problem === "copy_only" ? "：需提供原件，目前仅收到复印件。" : "。"}`;
  }
  const from = document.issuedOnOrAfter === undefined ? "" : ` (issued on or after ${document.issuedOnOrAfter})`;
  return `${description}${invoice !== undefined ? ` (invoice ${invoice})` : ""}${from}${document.problem === "copy_only" ? ": the original is required, only a copy was received." : "."}`;
}
