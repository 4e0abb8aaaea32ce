export { toFhirClaimResponse } from "./to-fhir-claim-response.js";
export { toFhirExplanationOfBenefit } from "./to-fhir-explanation-of-benefit.js";
export { toFhirRemittanceOutcome } from "./fhir-outcome.js";
export { toExactFhirDecimal } from "./fhir-decimal.js";
export { FHIR_VERSION, FHIR_RELEASE, fhirBaseProfile } from "./fhir-version.js";
export { DEFAULT_FHIR_SYSTEMS, HL7_SYSTEMS, X12_SYSTEMS } from "./fhir-systems.js";
export type { FhirSystems } from "./fhir-systems.js";
export type { FhirExportOptions, FhirExportLanguage } from "./fhir-export-options.js";
export type { FhirClaimResponse, FhirExplanationOfBenefit, FhirCommunicationRequest, FhirAdjudication, FhirBenefitBalance, FhirBenefitFinancial, FhirMoney, FhirReference, FhirCoding, FhirCodeableConcept, FhirRemittanceOutcome, FhirClaimType } from "./fhir-r4-types.js";
