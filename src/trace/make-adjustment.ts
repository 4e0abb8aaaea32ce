import { ADJUSTMENT_KINDS, type AdjustmentKind } from "../codes/adjustment-kinds.js";
import type { LocalizedText } from "../values/primitives.js";
import type { Adjustment } from "./adjustment-schema.js";

/** Who or what took an amount off, when not the adjustment kind's own term. */
export interface AdjustmentSource {
  readonly ruleId?: string;
  readonly coverageId?: string;
  /** The reason code and its words: a rule's, or a reason a coverage gave for the cut. Default: the kind's own. */
  readonly reason?: { readonly code: string; readonly message: LocalizedText };
}

/**
 * One adjustment record; its group and CARC follow from its kind, its reason code and words from the rule or reason
 * that made it, else from the kind.
 *
 * @example
 * makeAdjustment("deductible", "800.00", "2.2").reasonCode //=> "DEDUCTIBLE"
 */
export function makeAdjustment(kind: AdjustmentKind, amount: string, clauseId: string, source: AdjustmentSource = {}): Adjustment {
  const definition = ADJUSTMENT_KINDS[kind];
  const { group, carc } = definition;
  const { coverageId, ruleId } = source;
  const reasonCode = source.reason?.code ?? definition.reasonCode;
  const message = source.reason?.message ?? definition.message;
  // One literal for each combination of the optional fields (no spread of temporary objects), keys in the same order.
  if (coverageId !== undefined) {
    return ruleId !== undefined
      ? { kind, group, coverageId, carc, amount, clauseId, ruleId, reasonCode, message }
      : { kind, group, coverageId, carc, amount, clauseId, reasonCode, message };
  }
  return ruleId !== undefined ? { kind, group, carc, amount, clauseId, ruleId, reasonCode, message } : { kind, group, carc, amount, clauseId, reasonCode, message };
}
