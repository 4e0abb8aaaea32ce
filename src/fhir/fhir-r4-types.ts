/**
 * The FHIR R4 (4.0.1) data types and resources the export writes, reduced to the elements it fills. They type the
 * output only; the tests validate that output against HL7's R4 JSON Schema and StructureDefinitions.
 */

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

/** FHIR R4 `CodeableConcept`: codings and a text. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

export interface FhirIdentifier {
  system?: string;
  value?: string;
}

export interface FhirExtension {
  url: string;
  valueCode?: string;
  valueCoding?: FhirCoding;
  valueString?: string;
}

/** FHIR R4 `Reference` to another resource. */
export interface FhirReference {
  extension?: FhirExtension[];
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

/** FHIR Money: `value` is a JSON number (FHIR `decimal`), `currency` an ISO 4217 code. */
export interface FhirMoney {
  value: number;
  currency: string;
}

export interface FhirPeriod {
  start?: string;
  end?: string;
}

export interface FhirMeta {
  profile?: string[];
}

/** One adjudication of an item: a category with an amount (or a `value`, for `eligpercent`) and its reason. */
export interface FhirAdjudication {
  extension?: FhirExtension[];
  category: FhirCodeableConcept;
  reason?: FhirCodeableConcept;
  amount?: FhirMoney;
  value?: number;
}

export interface FhirTotal {
  category: FhirCodeableConcept;
  amount: FhirMoney;
}

export interface FhirPayment {
  type: FhirCodeableConcept;
  date?: string;
  amount: FhirMoney;
}

export interface FhirProcessNote {
  number?: number;
  type?: "display" | "print" | "printoper";
  text: string;
  language?: FhirCodeableConcept;
}

export interface FhirInsurance {
  sequence?: number;
  focal: boolean;
  coverage: FhirReference;
}

/** A request, contained in the ClaimResponse, that the claimant send one missing document. */
export interface FhirCommunicationRequest {
  resourceType: "CommunicationRequest";
  id: string;
  groupIdentifier?: FhirIdentifier;
  status: "active";
  category?: FhirCodeableConcept[];
  subject?: FhirReference;
  about?: FhirReference[];
  payload: { contentString: string }[];
  authoredOn?: string;
  requester?: FhirReference;
  reasonCode?: FhirCodeableConcept[];
  note?: { text: string }[];
}

export interface FhirClaimResponseItem {
  itemSequence: number;
  noteNumber?: number[];
  adjudication: FhirAdjudication[];
}

export interface FhirClaimResponseAddItem {
  productOrService: FhirCodeableConcept;
  noteNumber?: number[];
  adjudication: FhirAdjudication[];
}

/** FHIR R4 ClaimResponse, as `toFhirClaimResponse` writes it. */
export interface FhirClaimResponse {
  resourceType: "ClaimResponse";
  id?: string;
  meta: FhirMeta;
  language: string;
  contained?: FhirCommunicationRequest[];
  identifier?: FhirIdentifier[];
  status: "active";
  type: FhirCodeableConcept;
  use: "claim";
  patient: FhirReference;
  created: string;
  insurer: FhirReference;
  requestor?: FhirReference;
  request?: FhirReference;
  outcome: FhirRemittanceOutcome;
  disposition: string;
  item?: FhirClaimResponseItem[];
  addItem?: FhirClaimResponseAddItem[];
  total?: FhirTotal[];
  payment?: FhirPayment;
  processNote?: FhirProcessNote[];
  communicationRequest?: FhirReference[];
  insurance?: FhirInsurance[];
}

export interface FhirExplanationOfBenefitItem {
  sequence: number;
  noteNumber?: number[];
  productOrService: FhirCodeableConcept;
  servicedDate?: string;
  quantity?: { value: number };
  net?: FhirMoney;
  adjudication?: FhirAdjudication[];
}

export interface FhirExplanationOfBenefitAddItem {
  noteNumber?: number[];
  productOrService: FhirCodeableConcept;
  adjudication?: FhirAdjudication[];
}

/** One accumulator of a coverage: what the coverage allows and what has been used of it. */
export interface FhirBenefitFinancial {
  type: FhirCodeableConcept;
  allowedUnsignedInt?: number;
  allowedMoney?: FhirMoney;
  usedUnsignedInt?: number;
  usedMoney?: FhirMoney;
}

/** FHIR R4 `ExplanationOfBenefit.benefitBalance`: a coverage's allowed and used amounts. */
export interface FhirBenefitBalance {
  category: FhirCodeableConcept;
  name?: string;
  description?: string;
  unit?: FhirCodeableConcept;
  term?: FhirCodeableConcept;
  financial?: FhirBenefitFinancial[];
}

/** FHIR R4 ExplanationOfBenefit, as `toFhirExplanationOfBenefit` writes it. */
export interface FhirExplanationOfBenefit {
  resourceType: "ExplanationOfBenefit";
  id?: string;
  meta: FhirMeta;
  language: string;
  identifier?: FhirIdentifier[];
  status: "active";
  type: FhirCodeableConcept;
  use: "claim";
  patient: FhirReference;
  billablePeriod?: FhirPeriod;
  created: string;
  insurer: FhirReference;
  provider: FhirReference;
  claim?: FhirReference;
  outcome: FhirRemittanceOutcome;
  disposition: string;
  insurance: FhirInsurance[];
  item?: FhirExplanationOfBenefitItem[];
  addItem?: FhirExplanationOfBenefitAddItem[];
  total?: FhirTotal[];
  payment?: FhirPayment;
  processNote?: FhirProcessNote[];
  benefitPeriod?: FhirPeriod;
  benefitBalance?: FhirBenefitBalance[];
}

/** Codes of the R4 `remittance-outcome` code system: processing status, not approval. */
export type FhirRemittanceOutcome = "queued" | "complete" | "error" | "partial";

/** Codes of `http://terminology.hl7.org/CodeSystem/claim-type`. */
export type FhirClaimType = "institutional" | "oral" | "pharmacy" | "professional" | "vision";
