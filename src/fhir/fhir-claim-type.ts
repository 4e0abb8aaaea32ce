import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirCodeableConcept } from "./fhir-r4-types.js";
import { HL7_SYSTEMS } from "./fhir-systems.js";

const DISPLAY = { institutional: "Institutional", oral: "Oral", pharmacy: "Pharmacy", professional: "Professional", vision: "Vision" } as const;

/**
 * The claim type (`claim-type` code system): `options.claimType`, else `institutional` for a claim with a hospital
 * stay (inpatient care billed by the hospital) and `professional` otherwise.
 *
 * @param context - the export's context
 * @returns the type as a CodeableConcept
 * @example
 * fhirClaimType(context).coding?.[0]?.code //=> "institutional"
 */
export function fhirClaimType(context: FhirExportContext): FhirCodeableConcept {
  const code = context.options.claimType ?? (context.claim.hospitalStay !== undefined ? "institutional" : "professional");
  return { coding: [{ system: HL7_SYSTEMS.claimType, code, display: DISPLAY[code] }] };
}
