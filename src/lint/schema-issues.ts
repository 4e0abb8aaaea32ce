import type { z } from "zod";
import type { LintIssue } from "./lint-issue.js";
import { didYouMean } from "./suggest-name.js";
import { objectKeysAt } from "./walk-zod-schema.js";

type Path = readonly (string | number)[];

export type SchemaCheck<T> = { ok: true; value: T; issues: readonly LintIssue[] } | { ok: false; value?: never; issues: readonly LintIssue[] };

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly expected?: string;
  readonly errors?: readonly (readonly RawIssue[])[];
}

function valueAt(input: unknown, path: Path): { found: boolean; value: unknown } {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return { found: false, value: undefined };
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}

const toPath = (path: readonly PropertyKey[]): (string | number)[] => path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));

/** The branch of a failed union that the author most likely meant: not one that rejected the value's type outright. */
function likeliestBranch(branches: readonly (readonly RawIssue[])[]): readonly RawIssue[] {
  const scored = branches.map((issues) => ({
    issues,
    score: issues.some((issue) => issue.path.length === 0 && issue.code === "invalid_type") ? Number.MAX_SAFE_INTEGER : issues.length,
  }));
  scored.sort((a, b) => a.score - b.score);
  return scored[0]?.issues ?? [];
}

function convert(issue: RawIssue, prefix: Path, schema: z.ZodType, input: unknown): LintIssue[] {
  const path = [...prefix, ...toPath(issue.path)];
  const error = (at: Path, message: string): LintIssue => ({ code: "invalid_input", severity: "error", path: at, message });
  switch (issue.code) {
    case "invalid_union":
      return likeliestBranch(issue.errors ?? []).flatMap((inner) => convert(inner, path, schema, input));
    case "unrecognized_keys": {
      const allowed = objectKeysAt(schema, path, input);
      return (issue.keys ?? []).map((key) => {
        const hint = didYouMean(key, allowed);
        const list = allowed.length === 0 ? "" : ` Allowed here: ${allowed.join(", ")}.`;
        return error([...path, key], `unknown key "${key}": remove it or fix its spelling.${hint}${hint === "" ? list : ""}`);
      });
    }
    case "invalid_type": {
      const here = valueAt(input, path);
      if (!here.found || here.value === undefined) {
        const key = path[path.length - 1];
        const generic = /^Invalid input: expected \w+, received undefined$/.test(issue.message);
        const what = generic ? `a ${issue.expected ?? "value"}` : issue.message.replace(/^must be /, "");
        return [error(path, `"${String(key)}" is required: add it (${what})`)];
      }
      return [error(path, issue.message)];
    }
    case "invalid_value": {
      const here = valueAt(input, path);
      const options = (issue.values ?? []).filter((value): value is string => typeof value === "string");
      const hint = typeof here.value === "string" ? didYouMean(here.value, options) : "";
      return [error(path, `${issue.message}${hint}`)];
    }
    default:
      return [error(path, issue.message)];
  }
}

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
  return { ok: false, issues: (result.error.issues as readonly RawIssue[]).flatMap((issue) => convert(issue, [], schema, input)) };
}
