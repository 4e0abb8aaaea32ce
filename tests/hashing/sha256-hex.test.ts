import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { SHA256_IMPLEMENTATION, sha256Hex, sha256HexPortable } from "../../src/hashing/sha256-hex.js";

describe("sha256Hex", () => {
  test("uses node:crypto on Node", () => {
    expect(SHA256_IMPLEMENTATION).toBe("node:crypto");
  });

  // FIPS 180-2 test vectors, and a text with Chinese, an emoji and a lone surrogate (encoded as U+FFFD).
  test.each([
    { text: "", hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
    { text: "abc", hex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
    { text: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", hex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
    { text: "\ud800", hex: sha256HexPortable("\ufffd") },
  ])("sha256($text)", ({ text, hex }) => {
    expect(sha256Hex(text)).toBe(hex);
    expect(sha256HexPortable(text)).toBe(hex);
  });

  propTest.prop([fc.string({ unit: "binary", maxLength: 300 })], { numRuns: 1000 })("the pure-JavaScript fallback gives the same hash for any text", (text) => {
    expect(sha256HexPortable(text)).toBe(sha256Hex(text));
  });
});
