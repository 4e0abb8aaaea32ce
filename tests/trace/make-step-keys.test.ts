import { describe, expect, test } from "vitest";
import { REIMBURSEMENT_STEPS } from "../../src/coverage-kinds/reimbursement/reimbursement-steps.js";
import { stepsOf } from "../../src/trace/make-step.js";

// Issue 15: a step's keys are written one after the other; the decision's JSON depends on their order, which must
// stay the one the spreads gave, and its figures are a copy the caller's object does not share.
describe("steps keep their keys in order", () => {
  const step = stepsOf(REIMBURSEMENT_STEPS, "CNY");
  test.each([
    { record: { inputs: {}, result: "1.00", clauseId: "2.1" }, keys: ["step", "description", "inputs", "result", "clauseId"] },
    { record: { coverageId: "A", inputs: {}, result: "1.00", clauseId: "2.1" }, keys: ["step", "description", "coverageId", "inputs", "result", "clauseId"] },
    { record: { lineId: "L1", ruleId: "r1", inputs: {}, result: "1.00", clauseId: "2.1" }, keys: ["step", "description", "lineId", "inputs", "result", "clauseId", "ruleId"] },
    { record: { coverageId: "A", lineId: "L1", ruleId: "r1", inputs: {}, result: "1.00", clauseId: "2.1" }, keys: ["step", "description", "coverageId", "lineId", "inputs", "result", "clauseId", "ruleId"] },
  ])("with $record", ({ record, keys }) => {
    expect(Object.keys(step("line_eligible", { lineId: "L1" }, record))).toEqual(keys);
  });

  test("the figures are copied and the description filled in both languages", () => {
    const inputs = { billed: "100.00" };
    const made = step("line_eligible", { lineId: "L1" }, { inputs, result: "100.00", clauseId: "2.1" });
    expect(made.inputs).toEqual(inputs);
    expect(made.inputs).not.toBe(inputs);
    expect(made.description).toEqual({ en: "Eligible amount of line L1", zh: "费用明细 L1 的合理可赔金额" });
  });
});
