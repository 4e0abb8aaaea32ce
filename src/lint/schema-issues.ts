import type { z } from "zod";
import { schemaIssuesInWords } from "../values/schema-issues-in-words.js";
import type { LintIssue } from "./lint-issue.js";

export type SchemaCheck<T> = { ok: true; value: T; issues: readonly LintIssue[] } | { ok: false; value?: never; issues: readonly LintIssue[] };

/**
 * Parses `input` with `schema`; on failure, every zod issue becomes a lint error with its JSON path and a message
 * that says what to do: a missing key is named, an unknown key gets the nearest allowed key.
 * @param schema - e.g. `RuleSetSchema`
 * @param input - the parsed JSON document
 * @returns the parsed value, or the issues (paths from the document's root)
 * @example
 * checkSchema(RuleSetSchema, { id: "R", version: "1", rules: [], extra: 1 }).issues[0]?.message;
 * //=> 'unknown key "extra": remove it or fix its spelling. Allowed here: $schema, id, version, description, rules.'
 */
export function checkSchema<S extends z.ZodType>(schema: S, input: unknown): SchemaCheck<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data, issues: [] };
  return { ok: false, issues: schemaIssuesInWords(result.error, schema, input).map((issue) => ({ ...issue, severity: "error" as const })) };
}
