import type { DecisionBenefit } from "../trace/decision-benefit-schema.js";
import { fhirAdjustmentAdjudication, fhirAmountAdjudication } from "./fhir-adjudications.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirProcessNotes } from "./fhir-process-notes.js";
import type { FhirAdjudication, FhirCodeableConcept } from "./fhir-r4-types.js";

/** A benefit that is not a bill line (lump sum, disability share, hospital cash, delay tier) as an added item. */
export interface FhirBenefitAdjudication {
  readonly benefit: DecisionBenefit;
  readonly productOrService: FhirCodeableConcept;
  readonly noteNumbers: readonly number[];
  readonly adjudication: FhirAdjudication[];
}

/**
 * The adjudications of every benefit the insurer adds to the claim (FHIR `addItem`): `eligible` (what the wording
 * gives before deductions), one adjudication per adjustment, and `benefit` (payable); eligible − Σ adjustments =
 * benefit. The product is the benefit's kind, with its description as text.
 *
 * @param context - the export's context
 * @param notes - the decision's process notes
 * @returns one entry per decision benefit
 * @example
 * fhirBenefitAdjudications(context, notes)[0]?.productOrService.coding?.[0]?.code //=> "per_diem"
 */
export function fhirBenefitAdjudications(context: FhirExportContext, notes: FhirProcessNotes): FhirBenefitAdjudication[] {
  return context.decision.benefits.map((benefit, i) => {
    const path = ["decision", "benefits", i] as const;
    return {
      benefit,
      productOrService: { coding: [{ system: context.systems.benefitKind, code: benefit.kind }], text: context.text(benefit.description) },
      noteNumbers: notes.byCoverage.get(benefit.coverageId) ?? [],
      adjudication: [
        fhirAmountAdjudication("eligible", benefit.gross, context, [...path, "gross"]),
        ...benefit.adjustments.map((adjustment, j) => fhirAdjustmentAdjudication(adjustment, context, [...path, "adjustments", j])),
        fhirAmountAdjudication("benefit", benefit.payable, context, [...path, "payable"]),
      ],
    };
  });
}
