import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { maskBankAccount } from "../../src/privacy/mask-bank-account.js";
import { maskEmail } from "../../src/privacy/mask-email.js";
import { maskIdNumber } from "../../src/privacy/mask-id-number.js";
import { maskPhoneNumber } from "../../src/privacy/mask-phone-number.js";

describe("maskIdNumber: first 3 and last 4, never more than a quarter at each end", () => {
  test.each([
    { input: "11010519491231002X", out: "110***********002X" }, // the GB 11643 sample number, check digit X
    { input: "440306199003071232", out: "440***********1232" },
    { input: "510107197808164019", out: "510***********4019" },
    { input: "110105491231002", out: "110*********002" }, // 15-digit ID: 3 and 3
    { input: "E12345678", out: "E1*****78" }, // passport: 2 and 2
    { input: "440306 19900307 1232", out: "440*** ******** 1232" }, // spaces kept
    { input: "123", out: "***" },
    { input: "", out: "" },
  ])("$input → $out", ({ input, out }) => {
    expect(maskIdNumber(input)).toBe(out);
    expect(maskIdNumber(input)).toHaveLength(input.length);
  });
});

describe("maskBankAccount: last 4 only", () => {
  test.each([
    { input: "6222021234567890128", out: "***************0128" },
    { input: "6222 0212 3456 7890 128", out: "**** **** **** ***0 128" },
    { input: "4367-4200-0012-3454", out: "****-****-****-3454" },
    { input: "31050161393600000123", out: "****************0123" }, // a 20-digit corporate account
    { input: "1234567", out: "******7" }, // short: at most a quarter
  ])("$input → $out", ({ input, out }) => {
    expect(maskBankAccount(input)).toBe(out);
  });
});

describe("maskPhoneNumber: PRC mobile 3 + 4, others last 4", () => {
  test.each([
    { input: "13812345678", out: "138****5678" },
    { input: "+86 138-1234-5678", out: "+86 138-****-5678" },
    { input: "008615912345678", out: "0086159****5678" },
    { input: "8618612345678", out: "86186****5678" },
    { input: "010-62345678", out: "***-*****678" }, // landline: at most a third
    { input: "+44 20 7946 0958", out: "+** ** **** 0958" },
  ])("$input → $out", ({ input, out }) => {
    expect(maskPhoneNumber(input)).toBe(out);
  });
});

describe("maskEmail: first letter and domain", () => {
  test.each([
    { input: "zhang.wei@example.com", out: "z***@example.com" },
    { input: "13812345678@163.com", out: "1***@163.com" },
    { input: "not an address", out: "***" },
  ])("$input → $out", ({ input, out }) => {
    expect(maskEmail(input)).toBe(out);
  });
});

describe("masking a masked value changes nothing more", () => {
  const value = fc.stringMatching(/^[+]?[0-9A-Za-z]{1,4}(?:[ -]?[0-9A-Za-z]{1,5}){0,5}$/);
  propTest.prop([value])("for every masker", (input) => {
    for (const mask of [maskIdNumber, maskBankAccount, maskPhoneNumber, maskEmail]) expect(mask(mask(input))).toBe(mask(input));
  });
});
