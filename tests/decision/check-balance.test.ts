import { describe, expect, test } from "vitest";
import { createAdjudicator, isCalculationError, type Decision } from "../../src/index.js";
import { checkBalance } from "../../src/decision/check-balance.js";
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
