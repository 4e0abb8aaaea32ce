import { fc, test as propTest } from "@fast-check/vitest";
import canonicalize from "canonicalize";
import { describe, expect, test } from "vitest";
import { canonicalJson } from "../../src/hashing/canonical-json.js";
import { contentHash } from "../../src/hashing/content-hash.js";

describe("canonicalJson (RFC 8785)", () => {
  // The canonicalize package is the reference implementation of RFC 8785 in JavaScript.
  propTest.prop([fc.jsonValue()], { numRuns: 1000 })("is byte for byte what the canonicalize package writes, for any JSON", (value) => {
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });
  propTest.prop([fc.string({ unit: "binary" })], { numRuns: 1000 })("and for any string, lone surrogates and control characters included", (text) => {
    expect(canonicalJson({ [text]: text })).toBe(canonicalize({ [text]: text }));
  });

  test.each([
    { value: { b: 1, a: { d: [3, { f: null, e: "é" }], c: true } }, json: '{"a":{"c":true,"d":[3,{"e":"é","f":null}]},"b":1}' },
    { value: { "\u00e9": 1, z: 2, "\ud83d\ude00": 3, A: 4, "10": 5, "2": 6 }, json: '{"10":5,"2":6,"A":4,"z":2,"é":1,"😀":3}' },
    { value: JSON.parse('{"__proto__":{"x":1},"a":"中文\\"\\n"}') as unknown, json: '{"__proto__":{"x":1},"a":"中文\\"\\n"}' },
    { value: [1e21, 0.1, -0, 1.5e-7, undefined], json: "[1e+21,0.1,0,1.5e-7,null]" },
  ])("$json", ({ value, json }) => {
    expect(canonicalJson(value)).toBe(json);
  });

  test("refuses what JSON cannot hold", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  test("the content hash is SHA-256 of it, whatever the key order", () => {
    // printf '{"a":"1.00"}' | sha256sum
    expect(contentHash({ a: "1.00" })).toBe("sha256:55e0722e646406587001357788921cd39e621e5118d1affd7ac5aac476fc4645");
    expect(contentHash({ a: 1, b: [{ c: 2, d: 3 }] })).toBe(contentHash({ b: [{ d: 3, c: 2 }], a: 1 }));
  });
});
