import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { checkMedicalClaim } from "../../src/claim/check-medical-claim.js";

// The medical checks compare a line's shares with its amount on whole minor units (integers) when the amounts fit,
// instead of building a Decimal for each; these tests hold them to what decimal.js answers, on amounts that fit and
// on amounts that do not (more than 6 decimals, more digits than a double holds exactly).

type Issue = { path: (string | number)[]; message: string };
const issuesOf = (claim: Parameters<typeof checkMedicalClaim>[0]): Issue[] => {
  const issues: Issue[] = [];
  const ctx = { addIssue: (issue: { path: (string | number)[]; message: string }) => issues.push({ path: issue.path, message: issue.message }) } as unknown as z.RefinementCtx;
  checkMedicalClaim(claim, ctx);
  return issues;
};
const line = (fields: Record<string, unknown>) => ({ id: "L1", amount: "100.00", serviceDate: "2026-06-02", invoiceNumber: "INV-1", selfPay: "0", socialInsurancePaid: "0", otherInsurancePaid: "0", ...fields });
const claimOf = (fields: Record<string, unknown>, socialInsurance: "used" | "not_used" = "used") =>
  ({ incident: { diagnosisCodes: [] }, socialInsurance, lines: [line(fields)] }) as unknown as Parameters<typeof checkMedicalClaim>[0];

describe("a line's shares against its amount", () => {
  // Amount 100.00; self-pay 20.00, class B self-pay 30.00, critical-illness insurance 50.00 − x: the shares are 100.00 − x.
  test.each([
    ["49.99", false],
    ["50.00", false],
    ["50.01", true],
  ])("critical-illness insurance %s next to 50.00 of the patient's shares on a line of 100.00: shares above the amount is %s", (paid, exceeds) => {
    const issues = issuesOf(claimOf({ selfPay: "20.00", classBSelfPay: "30.00", paidBy: { criticalIllnessInsurance: paid } }));
    expect(issues.some((issue) => issue.path.join(".") === "lines.0.classBSelfPay")).toBe(exceeds);
    if (exceeds) expect(issues[0]?.message).toBe(`the shares of line "L1" (self-pay, class B self-pay and what every payer paid: ${new Decimal(50).plus(paid).toString()}) exceed its amount (100.00)`);
  });

  test("amounts past 2^53 minor units or with more than 6 decimals are added with Decimal", () => {
    const issues = issuesOf(claimOf({ amount: "90071992547409.93", selfPay: "90071992547409.92", classBSelfPay: "0.0000001" }));
    expect(issues.map((issue) => issue.message)).toEqual([]);
    const over = issuesOf(claimOf({ amount: "90071992547409.93", selfPay: "90071992547409.93", classBSelfPay: "0.0000001" }));
    expect(over.map((issue) => issue.message)).toEqual(['the shares of line "L1" (self-pay, class B self-pay and what every payer paid: 90071992547409.9300001) exceed its amount (90071992547409.93)']);
  });

  const amount = fc.oneof(
    fc.constantFrom("0", "0.00", "0.000000001"),
    fc.tuple(fc.stringMatching(/^\d{1,18}$/), fc.stringMatching(/^\d{0,8}$/)).map(([whole, fraction]) => (fraction === "" ? whole : `${whole}.${fraction}`)),
  );
  test("property: the same issues as adding and comparing every share with decimal.js", () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, amount, fc.option(amount, { nil: undefined }), fc.option(amount, { nil: undefined }), fc.constantFrom<"class_a" | "class_b" | "class_c" | undefined>(undefined, "class_a", "class_b", "class_c"), (billed, selfPay, fund, other, critical, classB, negotiated, catalogueClass) => {
        const fields = { amount: billed, selfPay, socialInsurancePaid: fund, otherInsurancePaid: other, paidBy: { criticalIllnessInsurance: critical }, ...(classB !== undefined ? { classBSelfPay: classB } : {}), ...(negotiated !== undefined ? { negotiatedAmount: negotiated } : {}), ...(catalogueClass !== undefined ? { catalogueClass } : {}) };
        const paths = issuesOf(claimOf(fields, "used")).map((issue) => issue.path.join("."));
        const shares = [selfPay, fund, other, critical, classB ?? "0"].reduce((sum, value) => sum.plus(value), new Decimal(0));
        const expected = [
          ...(shares.greaterThan(billed) ? [classB !== undefined ? "lines.0.classBSelfPay" : "lines.0.paidBy"] : []),
          ...(catalogueClass === "class_c" && new Decimal(fund).greaterThan(0) ? ["lines.0.socialInsurancePaid"] : []),
          ...(catalogueClass !== undefined && catalogueClass !== "class_b" && classB !== undefined && new Decimal(classB).greaterThan(0) ? ["lines.0.classBSelfPay"] : []),
          ...(negotiated !== undefined && new Decimal(negotiated).greaterThan(billed) ? ["lines.0.negotiatedAmount"] : []),
        ];
        expect(paths).toEqual(expected);
        // Settled without social insurance: a fund payment above zero is an issue, and only then.
        const notUsed = issuesOf(claimOf({ amount: billed, socialInsurancePaid: fund }, "not_used")).map((issue) => issue.path.join("."));
        expect(notUsed.includes("lines.0.socialInsurancePaid")).toBe(new Decimal(fund).greaterThan(0));
      }),
      { numRuns: 500 },
    );
  });
});
