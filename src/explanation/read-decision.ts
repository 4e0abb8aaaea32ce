import { z } from "zod";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { decisionSchemaFor, type Decision } from "../decision/decision-schema.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { safeParseInput } from "../values/parse-input.js";

/**
 * Checks what a notice or an explanation is given (a decision read back from a store or a file may be of another
 * shape) and throws a `ValidationError` listing every problem with its path, instead of failing half-way through the
 * text. The decision is used as given: a valid one renders exactly as before.
 */
export function checkDecisionToRead(subject: string, decision: unknown, coverageKinds: readonly AnyCoverageKind[] | undefined, more: readonly { readonly schema: z.ZodType; readonly value: unknown; readonly root: string }[] = []): asserts decision is Decision {
  const issues: Issue[] = [];
  const checked = safeParseInput(decisionSchemaFor(coverageKinds), decision, "decision");
  if (!checked.ok) issues.push(...checked.issues);
  for (const entry of more) {
    const result = safeParseInput(entry.schema, entry.value, entry.root);
    if (!result.ok) issues.push(...result.issues);
  }
  if (issues.length > 0) throw new ValidationError(subject, issues);
}

/** The options of `renderNotice`, as checked. */
export const NoticeOptionsSchema = z.strictObject({
  locale: z.enum(["zh-CN", "en"]),
  audience: z.enum(["claimant", "adjuster"]),
  format: z.enum(["text", "markdown"]).optional(),
  claimant: z.strictObject({ name: z.string().optional(), bankAccount: z.string().optional(), payee: z.string().optional() }).optional(),
  coverageKinds: z.array(z.custom<AnyCoverageKind>((value) => typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string")).optional(),
});
