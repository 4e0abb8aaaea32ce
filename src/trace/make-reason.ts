import type { LocalizedTemplate, TemplateParameters, TemplateTable } from "../codes/localized-template.js";
import { fillTemplate } from "./fill-template.js";
import type { Reason } from "./reason-schema.js";

/** Where a reason points besides its clause: the rule, line and coverage it concerns, and figures kept as they are. */
export interface ReasonPlace {
  readonly ruleId?: string;
  readonly lineId?: string;
  readonly coverageId?: string;
  /** Figures recorded on the reason before the template's own (e.g. a benefit's id next to its name in words). */
  readonly recorded?: Readonly<Record<string, string>>;
}

/**
 * Makes a reason builder for a table of reason templates: `reason(code, clauseId, figures)` fills the code's
 * template in both languages. The compiler checks the code is in the table and that every placeholder of its
 * template gets a figure, so no reason can reach a reader with `{days}` unfilled.
 *
 * @example
 * const reason = reasonsOf(GENERAL_REASONS, "CNY");
 * reason("WAITING_PERIOD", "3.1", { event: { en: "The incident happened", zh: "出险发生" }, day: "12", waitingDays: "30" }).message.en
 * //=> "The incident happened on day 12 of cover, within the 30-day waiting period."
 */
export function reasonsOf<Table extends TemplateTable>(table: Table, currency: string) {
  return <Code extends keyof Table & string>(code: Code, clauseId: string, params: TemplateParameters<Table[Code]>, place: ReasonPlace = {}): Reason =>
    makeReason(code, table[code] as LocalizedTemplate, clauseId, params, currency, place);
}

/** A reason from its code and template, for callers holding a template they looked up (a coverage kind's own). */
export function makeReason(code: string, template: LocalizedTemplate, clauseId: string, params: Readonly<Record<string, unknown>>, currency: string, place: ReasonPlace = {}): Reason {
  const { message, recorded } = fillTemplate(template, params as never, currency);
  const figures = { ...place.recorded, ...recorded };
  return {
    code,
    clauseId,
    ...(place.ruleId !== undefined ? { ruleId: place.ruleId } : {}),
    ...(place.lineId !== undefined ? { lineId: place.lineId } : {}),
    ...(place.coverageId !== undefined ? { coverageId: place.coverageId } : {}),
    ...(Object.keys(figures).length > 0 ? { params: figures } : {}),
    message,
  };
}

/** The same reason, placed on a rule, line or coverage (fields in the decision's order). */
export function placeReason(reason: Reason, place: Omit<ReasonPlace, "recorded">): Reason {
  const { code, clauseId, params, message } = reason;
  const ruleId = place.ruleId ?? reason.ruleId;
  const lineId = place.lineId ?? reason.lineId;
  const coverageId = place.coverageId ?? reason.coverageId;
  return {
    code,
    clauseId,
    ...(ruleId !== undefined ? { ruleId } : {}),
    ...(lineId !== undefined ? { lineId } : {}),
    ...(coverageId !== undefined ? { coverageId } : {}),
    ...(params !== undefined ? { params } : {}),
    message,
  };
}
