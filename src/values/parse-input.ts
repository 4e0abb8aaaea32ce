import type { z } from "zod";
import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { schemaIssuesInWords } from "./schema-issues-in-words.js";

/** zod issues as ours, with the input's name in front of the path. */
export function toIssues(error: z.ZodError, root: string): Issue[] {
  return error.issues.map((issue) => ({
    code: "invalid_input",
    path: [root, ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))],
    message: issue.message,
  }));
}

export type ParseResult<T> = { ok: true; value: T; issues?: never } | { ok: false; issues: Issue[]; value?: never };

/** Parses `input` with `schema`, collecting every issue under `root` instead of throwing. */
export function safeParseInput<S extends z.ZodType>(schema: S, input: unknown, root: string): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toIssues(result.error, root) };
}

/** Parses `input` or throws a `ValidationError` listing every problem with its path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root: string): z.output<S> {
  const result = safeParseInput(schema, input, root);
  if (!result.ok) throw new ValidationError(root, result.issues);
  return result.value;
}

/**
 * Like `safeParseInput`, with the problems in the library's words (a missing key named, "Did you mean" for an
 * unknown key or value), as the linter words them: what createAdjudicator reports for a policy or a rule set.
 */
export function safeParseInputInWords<S extends z.ZodType>(schema: S, input: unknown, root: string): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: schemaIssuesInWords(result.error, schema, input).map((issue) => ({ ...issue, path: [root, ...issue.path] })) };
}
