import type { LocalizedTemplate, TemplateParameters, TemplateTable, TemplateValue } from "../codes/localized-template.js";
import type { CalculationStep } from "./calculation-step-schema.js";
import { fillMessage } from "./fill-template.js";

/** What a step records besides its kind and description. */
export interface StepRecord {
  readonly coverageId?: string;
  readonly lineId?: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly result: string;
  readonly clauseId: string;
  readonly ruleId?: string;
}

/**
 * Makes a step builder for a table of step templates: `step(kind, figures, record)` writes the step with its
 * description filled in both languages; the compiler checks the kind is in the table and every placeholder is given.
 */
export function stepsOf<Table extends TemplateTable>(table: Table, currency: string) {
  return <Kind extends keyof Table & string>(kind: Kind, params: TemplateParameters<Table[Kind]>, record: StepRecord): CalculationStep =>
    makeStep(kind, table[kind] as LocalizedTemplate, params as Readonly<Record<string, TemplateValue>>, record, currency);
}

function makeStep(kind: string, template: LocalizedTemplate, params: Readonly<Record<string, TemplateValue>>, record: StepRecord, currency: string): CalculationStep {
  // Keys written one after the other, in the step's order, instead of spreading temporary objects for the optional ones.
  const step: Record<string, unknown> = { step: kind, description: fillMessage(template, params, currency) };
  if (record.coverageId !== undefined) step["coverageId"] = record.coverageId;
  if (record.lineId !== undefined) step["lineId"] = record.lineId;
  step["inputs"] = { ...record.inputs };
  step["result"] = record.result;
  step["clauseId"] = record.clauseId;
  if (record.ruleId !== undefined) step["ruleId"] = record.ruleId;
  return step as unknown as CalculationStep;
}
