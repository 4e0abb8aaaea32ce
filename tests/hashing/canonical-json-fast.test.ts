import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { canonicalJson } from "../../src/hashing/canonical-json.js";

// Issue 15: object keys are quoted once (a bounded cache), sorted only when they are out of order, and numbers are
// written with String. The reference is the implementation before, which a property test already held to the
// canonicalize package: the bytes, and the errors, must be the same.
const PLAIN = /^[^\x00-\x1f"\\\ud800-\udfff]*$/;
const quote = (text: string): string => (PLAIN.test(text) ? `"${text}"` : JSON.stringify(text));
function reference(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value === null) return "null";
      const withToJson = value as { toJSON?: unknown };
      if (typeof withToJson.toJSON === "function") return reference((withToJson.toJSON as () => unknown)());
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          out += (i === 0 ? "" : ",") + (item === undefined || typeof item === "function" || typeof item === "symbol" ? "null" : reference(item));
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      let out = "{";
      let first = true;
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        out += `${first ? "" : ","}${quote(key)}:${reference(item)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}
const outcome = (value: unknown) => {
  try {
    return { json: canonicalJson(value) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
};
const referenceOutcome = (value: unknown) => {
  try {
    return { json: reference(value) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
};

const text = fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom("中文", "\"\\\n", "\ud800", "\udfff\ud800", "é", "😀", "\u2028"));
const key = fc.oneof(text, fc.constantFrom("__proto__", "constructor", "toString", "0", "1", "2", "10", "-1", "01", "a", "A", "b", "B", ""));
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0, 1e21, 1e-7, 1.5e-7, 2 ** 53, -(2 ** 53) - 2, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity));
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 6 },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(key, tie("value"), { maxKeys: 6 }),
  ),
})).value;

describe("canonicalJson, fast path against the implementation before", () => {
  propTest.prop([value], { numRuns: 4000 })("the same bytes, or the same error", (input) => {
    expect(outcome(input)).toEqual(referenceOutcome(input));
  });

  propTest.prop([fc.jsonValue()], { numRuns: 1000 })("for any JSON value", (input) => {
    expect(canonicalJson(input)).toBe(reference(input));
  });

  test("keys in order, out of order, integer-like, __proto__, and a key first quoted then found again", () => {
    const inputs: unknown[] = [
      { a: 1, b: 2, c: 3 },
      { c: 3, b: 2, a: 1 },
      { "10": 1, "2": 2, "1": 3, b: 4, a: 5 },
      JSON.parse('{"__proto__":{"z":1,"a":[1,{"y":null,"x":"\\u0000"}]},"zz":"\\ud800"}'),
      [{ key: 1 }, { key: 2, "ke\"y": 3 }, { key: 4 }],
      { toJSON: () => ({ b: 1, a: 2 }) },
      { date: new Date(Date.UTC(2026, 0, 2)) },
      Array.from({ length: 3 }),
    ];
    for (const input of inputs) expect(canonicalJson(input)).toBe(reference(input));
    expect(canonicalJson({ c: 3, b: 2, a: 1 })).toBe('{"a":1,"b":2,"c":3}');
  });

  // Up to 32 keys are sorted by insertion, more by Array.prototype.sort: objects on both sides of the limit.
  const wideKey = fc.oneof(key, fc.string({ unit: "binary", maxLength: 3 }), fc.nat({ max: 40 }).map(String));
  propTest.prop([fc.dictionary(wideKey, fc.oneof(text, number, fc.constant(undefined)), { minKeys: 20, maxKeys: 45 })], { numRuns: 1500 })("objects of 20 to 45 keys, either side of the insertion sort's limit", (input) => {
    expect(outcome(input)).toEqual(referenceOutcome(input));
  });

  test("32 keys and 33, in reverse order", () => {
    for (const count of [31, 32, 33]) {
      const reversed = Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${String(count - i).padStart(2, "0")}`, i]));
      expect(canonicalJson(reversed)).toBe(reference(reversed));
      expect(canonicalJson(reversed).startsWith('{"k01":')).toBe(true);
    }
  });

  test("more distinct keys than the key cache holds are written the same", () => {
    const wide = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${(i * 7919) % 6000}`, i]));
    expect(canonicalJson(wide)).toBe(reference(wide));
    expect(canonicalJson(wide)).toBe(reference(wide));
  });

  test("what has no JSON form is refused with the same words", () => {
    for (const input of [Number.NaN, { a: Infinity }, [-Infinity], 10n, Symbol("s"), () => 1, undefined]) {
      expect(outcome(input)).toEqual(referenceOutcome(input));
      expect(outcome(input)).toHaveProperty("error");
    }
  });
});
