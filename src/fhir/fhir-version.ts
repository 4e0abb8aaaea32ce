/** The FHIR release the export writes: R4, version 4.0.1 (R5 renamed `remittance-outcome` to `claim-outcome`). */
export const FHIR_VERSION = "4.0.1" as const;

/** The FHIR release name of {@link FHIR_VERSION}. */
export const FHIR_RELEASE = "R4" as const;

/**
 * The base profile of a resource type in FHIR 4.0.1, as a versioned canonical: what `meta.profile` names so a
 * reader knows which release the resource follows.
 *
 * @param resourceType - a FHIR resource type, e.g. `"ClaimResponse"`
 * @returns the versioned canonical URL of its base StructureDefinition
 * @example
 * fhirBaseProfile("ClaimResponse")
 * //=> "http://hl7.org/fhir/StructureDefinition/ClaimResponse|4.0.1"
 */
export function fhirBaseProfile(resourceType: string): string {
  return `http://hl7.org/fhir/StructureDefinition/${resourceType}|${FHIR_VERSION}`;
}
