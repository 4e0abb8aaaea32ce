import type { Issue } from "../errors/adjudicator-error.js";

type Path = readonly (string | number)[];

/**
 * How deep objects and arrays may sit inside each other in an input (a policy, a rule set, a claim, a decision).
 * Real inputs stay below 15 levels; the schemas, the linter and the rule engine recurse once per level and run
 * out of stack somewhere past a thousand, so anything deeper is refused first, with its path.
 */
export const MAX_NESTING_DEPTH = 100;

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly key: string | number | undefined;
  readonly parent: Frame | undefined;
}

function pathOf(frame: Frame, base: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return [...base, ...keys.reverse()];
}

/**
 * Finds the first object or array, in document order, that sits deeper than `limit` levels, without recursion (so
 * it cannot itself run out of stack, and stops on a cycle). Call it before parsing an input with a schema.
 * @param value - the input, e.g. a parsed JSON document
 * @param limit - the deepest nesting allowed; the input's own top-level object or array is level 1
 * @param path - the JSON path of `value`, put in front of the path reported (e.g. `["rules"]`)
 * @returns an `invalid_input` issue at the first object or array past the limit, or `undefined`
 * @example
 * checkNestingDepth({ a: [[1]] }, 2, ["policy"]);
 * //=> { code: "invalid_input", path: ["policy", "a", 0], message: "nested deeper than 2 levels …" }
 */
export function checkNestingDepth(value: unknown, limit: number = MAX_NESTING_DEPTH, path: Path = []): Issue | undefined {
  const stack: Frame[] = [{ value, depth: 1, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (current === null || typeof current !== "object") continue;
    if (frame.depth > limit) {
      return {
        code: "invalid_input",
        path: pathOf(frame, path),
        message: `nested deeper than ${limit} levels (objects and arrays inside each other): no input needs that many, flatten it`,
      };
    }
    // Pushed last to first, so the first child is looked at first: the issue is the first one in document order.
    // Only objects and arrays are pushed (a string or a number is never too deep): no frame per value.
    const depth = frame.depth + 1;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const child: unknown = current[i];
        if (child !== null && typeof child === "object") stack.push({ value: child, depth, key: i, parent: frame });
      }
    } else {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child = (current as Record<string, unknown>)[key];
        if (child !== null && typeof child === "object") stack.push({ value: child, depth, key, parent: frame });
      }
    }
  }
  return undefined;
}
