import type { z } from "zod";
import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { schemaIssuesInWords } from "./schema-issues-in-words.js";

type RawIssue = { readonly code: string; readonly path: readonly PropertyKey[]; readonly message: string; readonly errors?: readonly (readonly RawIssue[])[] };

/**
 * A failed union's issues are those of the branch the author most likely meant: not one that rejected the value's
 * type outright, else the one with the fewest issues ("ratio.used must be between 0 and 1", not "Invalid input").
 */
function flatten(issue: RawIssue, prefix: readonly PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== "invalid_union" || issue.errors === undefined || issue.errors.length === 0) return [{ path, message: issue.message }];
  const score = (issues: readonly RawIssue[]) => (issues.some((inner) => inner.path.length === 0 && inner.code === "invalid_type") ? Number.MAX_SAFE_INTEGER : issues.length);
  const [best] = [...issue.errors].sort((a, b) => score(a) - score(b));
  return (best ?? []).flatMap((inner) => flatten(inner, path));
}

/** zod issues as ours, with the input's name in front of the path. */
export function toIssues(error: z.ZodError, root: string): Issue[] {
  return (error.issues as readonly RawIssue[])
    .flatMap((issue) => flatten(issue, []))
    .map((issue) => ({
      code: "invalid_input",
      path: [root, ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : (segment as string | number)))],
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
