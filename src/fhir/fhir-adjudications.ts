import { adjustmentKind, type Hl7AdjudicationCategory } from "../codes/adjustment-kinds.js";
import type { Adjustment } from "../trace/adjustment-schema.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirAdjudication, FhirCodeableConcept } from "./fhir-r4-types.js";
import { HL7_SYSTEMS, X12_SYSTEMS } from "./fhir-systems.js";

type Path = readonly (string | number)[];

/** The displays of the HL7 `adjudication` categories (FHIR R4) the export writes. */
export const HL7_ADJUDICATION_CATEGORIES: Readonly<Record<Hl7AdjudicationCategory, string>> = {
  submitted: "Submitted Amount",
  eligible: "Eligible Amount",
  deductible: "Deductible",
  eligpercent: "Eligible %",
  copay: "CoPay",
  benefit: "Benefit Amount",
};
export type { Hl7AdjudicationCategory };

/**
 * A category of the HL7 `adjudication` code system, with its display.
 *
 * @param code - the category code
 * @returns the category as a CodeableConcept
 * @example
 * hl7AdjudicationCategory("benefit")
 * //=> { coding: [{ system: "http://terminology.hl7.org/CodeSystem/adjudication", code: "benefit", display: "Benefit Amount" }] }
 */
export function hl7AdjudicationCategory(code: Hl7AdjudicationCategory): FhirCodeableConcept {
  return { coding: [{ system: HL7_SYSTEMS.adjudication, code, display: HL7_ADJUDICATION_CATEGORIES[code] }] };
}

/**
 * One adjustment as an adjudication: its category (HL7's where one fits, else our adjustment kind), the amount,
 * the reason as our reason code and the X12 CARC, with the rule's or the library's words; the X12 group code and
 * the policy clause ride in extensions.
 *
 * @param adjustment - an adjustment of a line or a benefit
 * @param context - the export's context
 * @param path - where the adjustment is in the decision, for an issue about its amount
 * @returns the adjudication
 * @example
 * fhirAdjustmentAdjudication(deductible, context, ["decision", "lines", 0, "adjustments", 1]).category.coding?.[0]?.code
 * //=> "deductible"
 */
export function fhirAdjustmentAdjudication(adjustment: Adjustment, context: FhirExportContext, path: Path): FhirAdjudication {
  const { systems } = context;
  // An adjustment kind without an HL7 category is written with our own kind code, so submitted − Σ adjustments = benefit holds.
  const hl7 = adjustmentKind(adjustment.kind).hl7Category;
  return {
    extension: [
      { url: systems.adjustmentGroupExtension, valueCoding: { system: X12_SYSTEMS.claimAdjustmentGroup, code: adjustment.group } },
      { url: systems.clauseExtension, valueString: adjustment.clauseId },
    ],
    category: hl7 !== undefined ? hl7AdjudicationCategory(hl7) : { coding: [{ system: systems.adjustmentKind, code: adjustment.kind }] },
    reason: {
      coding: [
        { system: systems.reasonCode, code: adjustment.reasonCode },
        { system: X12_SYSTEMS.claimAdjustmentReason, code: adjustment.carc },
      ],
      text: context.text(adjustment.message),
    },
    amount: context.money(adjustment.amount, [...path, "amount"]),
  };
}

/**
 * An HL7-category adjudication with an amount (`submitted`, `eligible`, `benefit`).
 *
 * @param category - the HL7 category
 * @param amount - the decision's decimal string
 * @param context - the export's context
 * @param path - where the amount is in the decision, for an issue about it
 * @returns the adjudication
 * @example
 * fhirAmountAdjudication("submitted", "16500.00", context, ["decision", "lines", 0, "billed"]).amount
 * //=> { value: 16500, currency: "CNY" }
 */
export function fhirAmountAdjudication(category: Hl7AdjudicationCategory, amount: string, context: FhirExportContext, path: Path): FhirAdjudication {
  return { category: hl7AdjudicationCategory(category), amount: context.money(amount, path) };
}
