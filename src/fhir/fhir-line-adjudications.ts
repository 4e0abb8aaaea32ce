import { Dec } from "../money/money.js";
import type { BillLine } from "../claim/claim-schema.js";
import type { DecisionLine } from "../trace/decision-line-schema.js";
import { fhirAdjustmentAdjudication, fhirAmountAdjudication, hl7AdjudicationCategory } from "./fhir-adjudications.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirProcessNotes } from "./fhir-process-notes.js";
import type { FhirAdjudication } from "./fhir-r4-types.js";

/** A bill line with its FHIR adjudications, before it is shaped as a ClaimResponse or an EOB item. */
export interface FhirLineAdjudication {
  /** Position of the line in the claim, from 1. */
  readonly sequence: number;
  readonly line: DecisionLine;
  readonly claimLine: BillLine;
  readonly noteNumbers: readonly number[];
  readonly adjudication: FhirAdjudication[];
}

/**
 * The adjudications of every bill line, in the claim's line order: `submitted` (billed), `eligible`, `eligpercent`
 * (the reimbursement ratio as a percentage, in `value`, for lines with an eligible amount), one adjudication per
 * adjustment in the decision's order, and `benefit` (payable). Per line, submitted − Σ adjustments = benefit.
 *
 * @param context - the export's context
 * @param notes - the decision's process notes
 * @returns one entry per decision line
 * @example
 * fhirLineAdjudications(context, notes)[0]?.adjudication.map((a) => a.category.coding?.[0]?.code)
 * //=> ["submitted", "eligible", "eligpercent", "social_insurance", "deductible", "benefit"]
 */
export function fhirLineAdjudications(context: FhirExportContext, notes: FhirProcessNotes): FhirLineAdjudication[] {
  const { decision, claim } = context;
  const claimLines = new Map(claim.lines.map((line) => [line.id, line]));
  return decision.lines
    .map((line, i) => {
      const path = ["decision", "lines", i] as const;
      const ratio = line.coverageId !== undefined && new Dec(line.eligible).greaterThan(0) ? ratioOf(context, line.coverageId) : undefined;
      const adjudication: FhirAdjudication[] = [
        fhirAmountAdjudication("submitted", line.billed, context, [...path, "billed"]),
        fhirAmountAdjudication("eligible", line.eligible, context, [...path, "eligible"]),
        ...(ratio !== undefined ? [{ category: hl7AdjudicationCategory("eligpercent"), value: context.decimal(new Dec(ratio).times(100).toString(), ["decision", "calculation", "ratio"]) }] : []),
        ...line.adjustments.map((adjustment, j) => fhirAdjustmentAdjudication(adjustment, context, [...path, "adjustments", j])),
        fhirAmountAdjudication("benefit", line.payable, context, [...path, "payable"]),
      ];
      return {
        // the context checked that every decision line is a line of the claim
        sequence: context.lineSequence.get(line.lineId) ?? 0,
        line,
        claimLine: claimLines.get(line.lineId) as BillLine,
        noteNumbers: notes.byLine.get(line.lineId) ?? [],
        adjudication,
      };
    })
    .sort((a, b) => a.sequence - b.sequence);
}

/** The reimbursement ratio a coverage applied, as its decision entry records it among its terms. */
function ratioOf(context: FhirExportContext, coverageId: string): string | undefined {
  return context.decision.coverages.find((coverage) => coverage.coverageId === coverageId)?.terms?.find((term) => term.kind === "ratio")?.value;
}
