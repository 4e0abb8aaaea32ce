import { describe, expect, test } from "vitest";
import { createAdjudicator, isCalculationError, type Decision } from "../../src/index.js";
import { checkBalance } from "../../src/decision/check-balance.js";
import { Dec } from "../../src/money/money.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

describe("checkBalance", () => {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  const decide = () => adjudicator.adjudicate(smallClaim([{ amount: "28000.00", socialInsurancePaid: "15000.00" }, { amount: "500.00", category: "outpatient" }]), { asOf: "2026-06-20" });

  test("a decision the library returns balances", async () => {
    const decision = await decide();
    expect(decision.payable).toBe("3000.00");
    expect(() => checkBalance(decision)).not.toThrow();
  });

  test.each([
    { name: "a line whose adjustments do not add up", tamper: (d: Decision) => ({ ...d, lines: d.lines.map((line, i) => (i === 0 ? { ...line, payable: "3000.01" } : line)) }), path: ["decision", "lines", 0] },
    { name: "a claim payable that is not the lines' sum", tamper: (d: Decision) => ({ ...d, payable: "2999.99" }), path: ["decision", "payable"] },
    { name: "a billed total that is not the lines' sum", tamper: (d: Decision) => ({ ...d, billed: "1.00" }), path: ["decision", "billed"] },
    { name: "a coverage payable that is not its lines' sum", tamper: (d: Decision) => ({ ...d, coverages: d.coverages.map((c) => ({ ...c, payable: "1.00" })) }), path: ["decision", "coverages", 0, "payable"] },
  ])("detects $name", async ({ tamper, path }) => {
    const tampered = tamper(await decide());
    let caught: unknown;
    try {
      checkBalance(tampered);
    } catch (error) {
      caught = error;
    }
    expect(isCalculationError(caught)).toBe(true);
    expect((caught as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

// Issue 15: the identities are first checked on whole units as integers; a decision that fails there, or whose
// amounts do not fit them, is checked and worded with Decimal, so the problems reported are the same.
describe("checkBalance past the integer fast path", () => {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  const decide = () => adjudicator.adjudicate(smallClaim([{ amount: "28000.00", socialInsurancePaid: "15000.00" }]), { asOf: "2026-06-20" });
  const issuesOf = (decision: Decision) => {
    try {
      checkBalance(decision);
      return [];
    } catch (error) {
      return (error as { issues: { path: unknown[]; message: string }[] }).issues;
    }
  };

  test("an amount too large for exact integers is checked with Decimal (and balances)", async () => {
    const decision = await decide();
    // 2^53 units of 10^-4 is about 9.0e11: a bill of 1e13 only balances in Decimal.
    const big = "10000000000000.00";
    const line = decision.lines[0]!;
    const adjustments = line.adjustments.map((adjustment, i) => (i === 0 ? { ...adjustment, amount: new Dec(adjustment.amount).plus(big).minus(line.billed).toFixed(2) } : adjustment));
    const tampered = { ...decision, billed: big, lines: [{ ...line, billed: big, adjustments }] };
    expect(issuesOf(tampered)).toEqual([]);
  });

  test("an adjustment of zero is reported, with the Decimal wording of the other identities", async () => {
    const decision = await decide();
    const line = decision.lines[0]!;
    const tampered = { ...decision, lines: [{ ...line, adjustments: [...line.adjustments, { ...line.adjustments[0]!, amount: "0.00" }] }] };
    expect(issuesOf(tampered)).toEqual([{ code: "unbalanced", path: ["decision", "lines", 0, "adjustments"], message: "an adjustment of zero" }]);
  });

  test("a payable one cent off is worded as before", async () => {
    const decision = await decide();
    const tampered = { ...decision, payable: new Dec(decision.payable).plus("0.01").toFixed(2) };
    expect(issuesOf(tampered)).toEqual([{ code: "unbalanced", path: ["decision", "payable"], message: `Σ line and benefit payables ≠ payable: ${new Dec(decision.payable).toString()} ≠ ${tampered.payable}` }]);
  });
});
