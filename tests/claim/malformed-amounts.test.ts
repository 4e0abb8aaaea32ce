import { describe, expect, test } from "vitest";
import { BillLineSchema } from "../../src/claim/claim-schema.js";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 9: an amount that failed its format check was still parsed by the line's cross-check (selfPay +
// socialInsurancePaid + otherInsurancePaid ≤ amount), and decimal.js threw a raw [DecimalError].
const malformed = ["12,000.00", "abc", "", " 12", "１２", "1e3", "-5", "12.", ".5"] as const;
const fields = ["amount", "selfPay", "socialInsurancePaid", "otherInsurancePaid"] as const;

describe("a malformed amount is a validation issue, never a DecimalError", () => {
  const line = { id: "L1", category: "medicine", amount: "100.00", serviceDate: "2026-06-02", invoiceNumber: "INV-1" };
  const cases = fields.flatMap((field) => malformed.map((value) => ({ field, value })));

  test.each(cases)("BillLineSchema.safeParse with $field = $value", ({ field, value }) => {
    const result = BillLineSchema.safeParse({ ...line, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([field]);
    expect(result.error?.issues[0]?.message).toMatch(/decimal string/);
  });

  test.each(malformed)("adjudicate reports claim.lines[0].amount = %j with its path", async (value) => {
    const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
    const claim = smallClaim([{ amount: value, selfPay: "10.00" }]);
    const error = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    expect(error.issues.map((issue) => toDotPath(issue.path))).toContain("claim.lines[0].amount");
  });

  test("a well-formed line still gets its cross-check", () => {
    const result = BillLineSchema.safeParse({ ...line, selfPay: "60.00", socialInsurancePaid: "50.00" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["selfPay", "selfPay (60.00) + socialInsurancePaid (50.00) + otherInsurancePaid (0) exceed the billed amount (100.00)"],
    ]);
  });
});
