import type { z } from "zod";
import type { Issue } from "../errors/adjudicator-error.js";
import { didYouMean } from "./suggest-name.js";
import { objectKeysAt } from "./zod-schema-keys.js";

type Path = readonly (string | number)[];

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

function convert(issue: RawIssue, prefix: Path, schema: z.ZodType, input: unknown): Issue[] {
  const path = [...prefix, ...toPath(issue.path)];
  const error = (at: Path, message: string): Issue => ({ code: "invalid_input", path: at, message });
  switch (issue.code) {
    case "invalid_union": {
      const inner = likeliestBranch(issue.errors ?? []).flatMap((branch) => convert(branch, path, schema, input));
      if (inner.length > 0) return inner;
      // A discriminated union with an unknown discriminator ("kind": "grant") has no branch to blame: say which
      // values it takes, and the nearest one.
      const options = [...issue.message.matchAll(/'([^']+)'/g)].map((match) => match[1] as string);
      const discriminator = /discriminator/i.test(issue.message) ? valueAt(input, path) : { found: false, value: undefined };
      const hint = typeof discriminator.value === "string" ? didYouMean(discriminator.value, options) : "";
      return [error(path, `${issue.message}${hint !== "" && !/[.?!]$/.test(issue.message) ? "." : ""}${hint}`)];
    }
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
        const expected = issue.expected ?? "value";
        const what = generic ? `${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}` : issue.message.replace(/^must be /, "");
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
 * zod's issues in the library's words, with their JSON paths from the input's root: a missing key is named, an
 * unknown key gets the nearest allowed key ("Did you mean"), a misspelt enum value the nearest value, a failed union
 * the problems of the branch the author most likely meant. The linter (`validateRuleSet`, `validatePolicy`) and
 * `createAdjudicator` word schema problems with it, so both report the same list in the same words.
 *
 * @param error - the failed parse of `input` by `schema`
 * @param schema - the schema that failed, for the keys and values it allows
 * @param input - the document as given
 */
export function schemaIssuesInWords(error: z.ZodError, schema: z.ZodType, input: unknown): Issue[] {
  return (error.issues as readonly RawIssue[]).flatMap((issue) => convert(issue, [], schema, input));
}
