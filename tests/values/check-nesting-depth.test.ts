import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { checkNestingDepth, MAX_NESTING_DEPTH } from "../../src/values/check-nesting-depth.js";

/** `levels` arrays inside each other around `inner`. */
function nested(levels: number, inner: unknown = 1): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** The depth of a value as a recursive definition says it: objects and arrays count one level each. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe("checkNestingDepth", () => {
  test.each([
    { name: "a scalar", value: 5, limit: 0, path: undefined },
    { name: "exactly at the limit", value: { a: [[1]] }, limit: 3, path: undefined },
    { name: "one level past it: the first container past it", value: { a: [[1]] }, limit: 2, path: ["a", 0] },
    { name: "the first in document order", value: { a: [1, 2], b: [[1]], c: [[2]] }, limit: 2, path: ["b", 0] },
    { name: "an empty object counts as a level", value: [[{}]], limit: 2, path: [0, 0] },
  ])("$name", ({ value, limit, path }) => {
    expect(checkNestingDepth(value, limit)?.path).toEqual(path);
  });

  test("the path is put after the one given, and the issue is an invalid_input with the limit in its message", () => {
    expect(checkNestingDepth({ conditions: nested(5) }, 3, ["rules", 0])).toEqual({
      code: "invalid_input",
      path: ["rules", 0, "conditions", 0, 0],
      message: "nested deeper than 3 levels (objects and arrays inside each other): no input needs that many, flatten it",
    });
  });

  test("no recursion: a million levels, and a cycle, are reported without running out of stack", () => {
    expect(checkNestingDepth(nested(1_000_000))?.path).toHaveLength(MAX_NESTING_DEPTH);
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(checkNestingDepth(cycle, 10)?.path).toEqual(Array.from({ length: 10 }, () => "self"));
  });

  propTest.prop([fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 })], { numRuns: 500 })("reports exactly the values deeper than the limit", (value, limit) => {
    expect(checkNestingDepth(value, limit) === undefined).toBe(depthOf(value) <= limit);
  });
});
