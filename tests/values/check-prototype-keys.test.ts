import { describe, expect, test } from "vitest";
import { checkPrototypeKeys } from "../../src/values/check-prototype-keys.js";

// Issue 15: the walk pushes only objects and arrays, each with its parent, and builds a path only for a key it
// reports. The paths and their order are those of the walk before (document order).
const message = 'the key "__proto__" cannot be data (JavaScript objects treat it as their prototype): use another id or key';

describe("checkPrototypeKeys", () => {
  test.each([
    { name: "a primitive", value: "x" as unknown, issues: [] as (string | number)[][] },
    { name: "null", value: null, issues: [] },
    { name: "an object without the key", value: { a: [1, { b: "c" }], d: null }, issues: [] },
    { name: "the key at the top", value: JSON.parse('{"__proto__":{"x":1}}'), issues: [["ledger", "__proto__"]] },
    {
      name: "keys deep in arrays and objects, in document order",
      value: JSON.parse('{"claims":{"C1":{"invoices":{"__proto__":"1.00"}}},"opening":[{"coverages":{"__proto__":{}}},{"x":[{"__proto__":1}]}]}'),
      issues: [
        ["ledger", "claims", "C1", "invoices", "__proto__"],
        ["ledger", "opening", 0, "coverages", "__proto__"],
        ["ledger", "opening", 1, "x", 0, "__proto__"],
      ],
    },
  ])("$name", ({ value, issues }) => {
    expect(checkPrototypeKeys(value, ["ledger"])).toEqual(issues.map((path) => ({ code: "invalid_input", path, message })));
  });

  test("an object met twice (a shared reference) is reported once, where it is first met", () => {
    const shared = JSON.parse('{"__proto__":1}');
    expect(checkPrototypeKeys({ a: shared, b: [shared] }).map((issue) => issue.path)).toEqual([["a", "__proto__"]]);
  });
});
