import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirExtension, FhirReference } from "./fhir-r4-types.js";
import { HL7_SYSTEMS } from "./fhir-systems.js";

/** A required reference the inputs cannot fill: FHIR's data-absent-reason extension says it is unknown. */
const UNKNOWN: FhirExtension[] = [{ url: HL7_SYSTEMS.dataAbsentReason, valueCode: "unknown" }];

/**
 * The insured: `options.patient`, else a logical reference by policy number (the insured is the policy's member),
 * named when the claimant is the insured. Never an identity number.
 *
 * @param context - the export's context
 * @returns the reference
 * @example
 * fhirPatientReference(context)
 * //=> { type: "Patient", identifier: { system: "urn:claim-adjudicator:policy-number", value: "P-MED-2026-000187" }, display: "王芳" }
 */
export function fhirPatientReference(context: FhirExportContext): FhirReference {
  if (context.options.patient !== undefined) return context.options.patient;
  const { claim, decision, systems } = context;
  const name = claim.claimant.relationship === "self" ? context.freeText(claim.claimant.name) : undefined;
  return { type: "Patient", identifier: { system: systems.policyNumber, value: decision.policyId }, ...(name !== undefined ? { display: name } : {}) };
}

/**
 * The insurer: `options.insurer`, else a reference stating that it is unknown (the claim does not name it).
 *
 * @param context - the export's context
 * @returns the reference
 * @example
 * fhirInsurerReference(context)
 * //=> { extension: [{ url: "http://hl7.org/fhir/StructureDefinition/data-absent-reason", valueCode: "unknown" }], type: "Organization" }
 */
export function fhirInsurerReference(context: FhirExportContext): FhirReference {
  return context.options.insurer ?? { extension: UNKNOWN, type: "Organization" };
}

/**
 * The provider of an ExplanationOfBenefit: `options.provider`, else a reference stating that it is unknown.
 *
 * @param context - the export's context
 * @returns the reference
 * @example
 * fhirProviderReference(context).extension?.[0]?.valueCode //=> "unknown"
 */
export function fhirProviderReference(context: FhirExportContext): FhirReference {
  return context.options.provider ?? { extension: UNKNOWN, type: "Organization" };
}

/**
 * The claim adjudicated, by its id.
 *
 * @param context - the export's context
 * @returns the reference
 * @example
 * fhirClaimReference(context) //=> { type: "Claim", identifier: { system: "urn:claim-adjudicator:claim-id", value: "CLM-2026-0525-0007" } }
 */
export function fhirClaimReference(context: FhirExportContext): FhirReference {
  return { type: "Claim", identifier: { system: context.systems.claimId, value: context.claim.id } };
}

/**
 * The policy, as the Coverage the claim was made under, by its number.
 *
 * @param context - the export's context
 * @returns the reference
 * @example
 * fhirCoverageReference(context) //=> { type: "Coverage", identifier: { system: "urn:claim-adjudicator:policy-number", value: "P-MED-2026-000187" } }
 */
export function fhirCoverageReference(context: FhirExportContext): FhirReference {
  return { type: "Coverage", identifier: { system: context.systems.policyNumber, value: context.decision.policyId } };
}
