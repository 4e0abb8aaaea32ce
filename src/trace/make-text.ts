import { z } from "zod";
import type { LocalizedTemplate, TemplateParameters, TemplateTable, TemplateValue } from "../codes/localized-template.js";
import { LocalizedTextSchema } from "../values/primitives.js";
import { fillTemplate } from "./fill-template.js";

/** A sentence of a code table, filled: its code, the words in zh and en, and the figures it was filled with. */
export const FilledTextSchema = z.strictObject({
  code: z.string().min(1),
  message: LocalizedTextSchema,
  /** The figures the message was filled with, for reports and other templates. */
  params: z.record(z.string(), z.string()).optional(),
});
/** A text filled from a template table: its code, the figures it names, and its words in zh and en. */
export type FilledText = z.output<typeof FilledTextSchema>;

/**
 * Makes a builder for a table of templates whose sentences are not reasons of the decision (risk evidence, routing
 * reasons, investigation checks): `text(code, figures)` fills the code's template in both languages. As with
 * `reasonsOf`, the compiler checks the code is in the table and every placeholder gets a figure.
 *
 * @example
 * textsOf(RISK_EVIDENCE, "CNY")("LATE_REPORT", { days: "14", atLeast: "10" }).message.en
 * //=> "Days from knowing of the incident to the report: 14 (the indicator fires at 10)."
 */
export function textsOf<Table extends TemplateTable>(table: Table, currency: string) {
  return <Code extends keyof Table & string>(code: Code, params: TemplateParameters<Table[Code]>): FilledText => {
    const { message, recorded } = fillTemplate(table[code] as LocalizedTemplate, params as Readonly<Record<string, TemplateValue>>, currency);
    return { code, message, ...(Object.keys(recorded).length > 0 ? { params: recorded } : {}) };
  };
}
