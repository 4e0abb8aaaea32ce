import { describe, expect, test } from "vitest";
import { maskPersonalData } from "../../src/privacy/mask-personal-data.js";

const decisionLike = {
  claimId: "CLM-2026-0042",
  outcome: "approved",
  payable: "3000.00",
  claimant: { name: "张伟", relationship: "self", idNumber: "11010519491231002X", phone: "+86 138-1234-5678", email: "zhang.wei@example.com" },
  payee: { bank_account: "6222 0212 3456 7890 128", bankName: "中国工商银行" },
  contacts: [{ Mobile: "15912345678" }, { telephone: 13712345678 }],
  explanation: {
    zh: "理赔申请 CLM-2026-0042：同意赔付。应赔金额 CNY 3,000.00，将转入账户6222021234567890128（身份证11010519491231002X）。",
    en: "Claim CLM-2026-0042 approved: CNY 3,000.00 to account 6222021234567890128.",
  },
  meta: { policyHash: "sha256:1101051949123100210000000000000000000000000000000000000000000000", asOf: "2026-03-10" },
};

describe("maskPersonalData", () => {
  test("masks by key, by pattern in free text, and leaves everything else as it was", () => {
    expect(maskPersonalData(decisionLike)).toEqual({
      claimId: "CLM-2026-0042",
      outcome: "approved",
      payable: "3000.00",
      claimant: { name: "张伟", relationship: "self", idNumber: "110***********002X", phone: "+86 138-****-5678", email: "z***@example.com" },
      payee: { bank_account: "**** **** **** ***0 128", bankName: "中国工商银行" },
      contacts: [{ Mobile: "159****5678" }, { telephone: "137****5678" }],
      explanation: {
        zh: "理赔申请 CLM-2026-0042：同意赔付。应赔金额 CNY 3,000.00，将转入账户***************0128（身份证110***********002X）。",
        en: "Claim CLM-2026-0042 approved: CNY 3,000.00 to account ***************0128.",
      },
      meta: { policyHash: "sha256:1101051949123100210000000000000000000000000000000000000000000000", asOf: "2026-03-10" },
    });
  });

  test("the masked output never contains a number in full", () => {
    const text = JSON.stringify(maskPersonalData(decisionLike));
    for (const secret of ["11010519491231002X", "13812345678", "6222021234567890128", "15912345678", "13712345678", "zhang.wei"]) expect(text).not.toContain(secret);
    expect(text).not.toContain("1234 5678");
  });

  test("a key is masked whatever its value looks like, even when no pattern would catch it", () => {
    expect(maskPersonalData({ idNumber: "E12345678", bankAccount: "12-345-678", phone: "62345678" })).toEqual({ idNumber: "E1*****78", bankAccount: "**-***-*78", phone: "******78" });
  });

  test("more keys can be named; free-text scanning can be turned off", () => {
    expect(maskPersonalData({ payeeTaxId: "91110000600037341L" }, { keys: { payeeTaxId: "id_number" } })).toEqual({ payeeTaxId: "911***********341L" });
    expect(maskPersonalData({ note: "13812345678" }, { scanText: false })).toEqual({ note: "13812345678" });
  });

  test("does not change its input", () => {
    const frozen = deepFreeze(structuredClone(decisionLike));
    expect(() => maskPersonalData(frozen)).not.toThrow();
    expect(frozen).toEqual(decisionLike);
  });

  test("masking a masked value changes nothing more", () => {
    const once = maskPersonalData(decisionLike);
    expect(maskPersonalData(once)).toEqual(once);
  });

  test.each([
    { input: null, out: null },
    { input: 42, out: 42 },
    { input: "13812345678", out: "138****5678" },
    { input: ["11010519491231002X"], out: ["110***********002X"] },
  ])("works on any JSON value: $input", ({ input, out }) => {
    expect(maskPersonalData(input)).toEqual(out);
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
