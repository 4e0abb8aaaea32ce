import { describe, expect, test } from "vitest";
import { YEAR_END, generateYearOfDecisions } from "../../examples/analytics/generate-decisions.js";
import { analyzeDecisions, parseDecisionLines } from "../../src/analytics/index.js";

// Issue 14 audit: the example year named each record's product by its policy's kind (medical_reimbursement), which
// the medical, family-medical and huiminbao examples share, so the report showed one product row of 858 decisions
// under the family plan's name (and one row for two critical-illness and for two flight-delay products). Each
// example product is one product of the report, named as its policy is: as many product rows as rule sets.
describe("the example year, by product", () => {
  test("one row per example product, each with its own name", async () => {
    const lines: string[] = [];
    for await (const line of generateYearOfDecisions({ claimsPerMonth: 12 })) lines.push(line);
    const ruleSetsByProduct = new Map<string, Set<string>>();
    for (const line of lines) {
      const record = JSON.parse(line) as { decision: { meta: { ruleSetId: string } }; product: { id: string } };
      const sets = ruleSetsByProduct.get(record.product.id) ?? new Set<string>();
      sets.add(record.decision.meta.ruleSetId);
      ruleSetsByProduct.set(record.product.id, sets);
    }
    // Every product id stands for one rule set (one product), and the year has more than one medical product.
    for (const [id, sets] of ruleSetsByProduct) expect([...sets], id).toHaveLength(1);
    expect([...ruleSetsByProduct.keys()]).toEqual(expect.arrayContaining(["medical", "family-medical", "huiminbao"]));

    const report = await analyzeDecisions(parseDecisionLines(lines), { asOf: YEAR_END });
    const labels = report.byProduct.map((row) => row.label.zh);
    expect(new Set(labels).size).toBe(labels.length);
    expect(report.byProduct.find((row) => row.key === "medical")?.label.zh).toBe("安康百万医疗保险（2026 版）");
    expect(report.byProduct.find((row) => row.key === "family-medical")?.label.zh).toBe("安康家庭百万医疗保险（2026 版）");
    expect(report.byProduct.reduce((sum, row) => sum + row.decisions, 0)).toBe(report.totals.decisions);
  }, 120_000);
});
