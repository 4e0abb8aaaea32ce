import { describe, expect, test } from "vitest";
import { makeAdjustment } from "../../src/trace/make-adjustment.js";

// Issue 15: makeAdjustment writes one literal per combination of its optional fields; the decision's JSON (and so
// its hash) depends on the order of the keys, which must stay the one the spreads gave.
describe("makeAdjustment keeps its keys in order", () => {
  const reason = { code: "EXCLUDED_ITEM", message: { en: "Excluded.", zh: "除外。" } };
  test.each([
    { source: {}, keys: ["kind", "group", "carc", "amount", "clauseId", "reasonCode", "message"] },
    { source: { coverageId: "A" }, keys: ["kind", "group", "coverageId", "carc", "amount", "clauseId", "reasonCode", "message"] },
    { source: { ruleId: "r1", reason }, keys: ["kind", "group", "carc", "amount", "clauseId", "ruleId", "reasonCode", "message"] },
    { source: { coverageId: "A", ruleId: "r1", reason }, keys: ["kind", "group", "coverageId", "carc", "amount", "clauseId", "ruleId", "reasonCode", "message"] },
  ])("with $source", ({ source, keys }) => {
    const adjustment = makeAdjustment("deductible", "800.00", "2.2", source);
    expect(Object.keys(adjustment)).toEqual(keys);
    expect(adjustment.amount).toBe("800.00");
    expect(adjustment.reasonCode).toBe(source.reason?.code ?? "DEDUCTIBLE");
  });
});
