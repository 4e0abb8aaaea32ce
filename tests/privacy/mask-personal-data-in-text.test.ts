import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { maskPersonalDataInText } from "../../src/privacy/mask-personal-data-in-text.js";

describe("maskPersonalDataInText", () => {
  test.each([
    { name: "resident ID in Chinese text", input: "被保险人身份证号11010519491231002X，请核对。", out: "被保险人身份证号110***********002X，请核对。" },
    { name: "lower-case x", input: "ID 11010519491231002x.", out: "ID 110***********002x." },
    { name: "mobile in Chinese text", input: "联系电话：13812345678", out: "联系电话：138****5678" },
    { name: "grouped mobile with +86", input: "call +86 139 1234 5678 today", out: "call +86 139 **** 5678 today" },
    { name: "card number, Luhn-valid", input: "赔款将转入6222021234567890128。", out: "赔款将转入***************0128。" },
    { name: "grouped card number", input: "card 4367 4200 0012 3454 on file", out: "card **** **** **** 3454 on file" },
    { name: "account after a label, any length", input: "收款账号：31050161393600000123", out: "收款账号：****************0123" },
    { name: "English account label", input: "Account No.: 0200 0012 3456 78", out: "Account No.: **** **** ***6 78" }, // 14 digits: at most a quarter, 3,
    { name: "e-mail", input: "reply to zhang.wei@example.com", out: "reply to z***@example.com" },
    { name: "15-digit resident ID", input: "旧身份证110105491231002", out: "旧身份证110*********002" },
    { name: "several at once", input: "张伟 11010519491231002X 13812345678 6222021234567890128", out: "张伟 110***********002X 138****5678 ***************0128" },
  ])("masks $name", ({ input, out }) => {
    expect(maskPersonalDataInText(input)).toBe(out);
  });

  test.each([
    { name: "a 20-digit e-invoice number", input: "发票号码 24312000000123456789" },
    { name: "a 16-digit number failing Luhn", input: "policy 6222021234567891" },
    { name: "a content hash", input: "sha256:3f9a1101051949123100218812345678901234567890abcdef0123456789abcd" },
    { name: "amounts and dates", input: "应赔金额 CNY 13,000.00，核定日期 2026-03-10，免赔额 10000.00" },
    { name: "an ICD-10 code and a claim id", input: "K35.8 CLM-2026-0042 line L-1" },
    { name: "an 18-digit number with no birth date in it", input: "编号 123456789012345678" },
  ])("leaves alone $name", ({ input }) => {
    expect(maskPersonalDataInText(input)).toBe(input);
  });

  const idNumber = fc
    .record({
      area: fc.integer({ min: 110000, max: 659999 }),
      birth: fc.date({ min: new Date(Date.UTC(1920, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }),
      sequence: fc.integer({ min: 0, max: 999 }),
      check: fc.constantFrom(..."0123456789X"),
    })
    .map(({ area, birth, sequence, check }) => `${area}${birth.toISOString().slice(0, 10).replace(/-/g, "")}${String(sequence).padStart(3, "0")}${check}`);
  const mobile = fc.tuple(fc.constantFrom("13", "15", "17", "18", "19"), fc.stringMatching(/^\d{9}$/)).map(([prefix, rest]) => `${prefix}${rest}`);
  const card = fc.stringMatching(/^62\d{15}$/).map(withLuhnCheckDigit);
  const filler = fc.constantFrom("", " ", "，", "：", "号码", " no. ", "。\n");

  propTest.prop([fc.constantFrom("id", "mobile", "card"), idNumber, mobile, card, filler, filler])(
    "a generated ID, mobile or card number never survives whole, and masking again changes nothing",
    (kind, id, phone, cardNumber, before, after) => {
      const secret = kind === "id" ? id : kind === "mobile" ? phone : cardNumber;
      const masked = maskPersonalDataInText(`${before}${secret}${after}`);
      expect(masked).not.toContain(secret);
      expect(masked.replace(/[^*]/g, "").length).toBeGreaterThanOrEqual(4);
      expect(maskPersonalDataInText(masked)).toBe(masked);
    },
  );
});

function withLuhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}
