import { describe, expect, test } from "vitest";
import { compileConditionEvaluator } from "../../src/rules/condition-evaluator.js";

describe("compileConditionEvaluator", () => {
  const evaluator = compileConditionEvaluator([
    { id: "late", conditions: { all: [{ fact: "reportDelayDays", operator: "greaterThan", value: 30 }] } },
    {
      id: "big-or-early",
      conditions: {
        any: [
          { fact: "totalBilled", operator: "moneyGreaterThan", value: "100000.00" },
          { fact: "daysSinceInception", operator: "lessThan", value: 15 },
        ],
      },
    },
    { id: "not-insured", conditions: { not: { all: [{ fact: "claimantIsInsured", operator: "equal", value: true }] } } },
  ]);

  test("gives each comparison's fact, expected and actual values, and result", async () => {
    const outcomes = await evaluator.evaluate({ reportDelayDays: 45, totalBilled: "200000.00", daysSinceInception: 3, claimantIsInsured: true }, { evidence: "all" });
    expect(outcomes.map((o) => [o.id, o.result])).toEqual([
      ["late", true],
      ["big-or-early", true],
      ["not-insured", false],
    ]);
    expect(outcomes[0]?.evidence).toEqual([{ path: "all[0]", fact: "reportDelayDays", operator: "greaterThan", expected: 30, actual: 45, result: true }]);
    // Comparisons of one priority are evaluated together, so both members of the `any` carry a result.
    expect(outcomes[1]?.evidence).toEqual([
      { path: "any[0]", fact: "totalBilled", operator: "moneyGreaterThan", expected: "100000.00", actual: "200000.00", result: true },
      { path: "any[1]", fact: "daysSinceInception", operator: "lessThan", expected: 15, actual: 3, result: true },
    ]);
    expect(outcomes[2]?.evidence).toEqual([{ path: "not.all[0]", fact: "claimantIsInsured", operator: "equal", expected: true, actual: true, result: true }]);
  });

  test("by default only entries that held carry evidence (the decision shows no other)", async () => {
    const outcomes = await evaluator.evaluate({ reportDelayDays: 45, totalBilled: "1.00", daysSinceInception: 30, claimantIsInsured: true });
    expect(outcomes.map((o) => [o.id, o.result, o.evidence.length])).toEqual([
      ["late", true, 1],
      ["big-or-early", false, 0],
      ["not-insured", false, 0],
    ]);
  });

  test.each([
    { path: "$.category", line: { category: "bed" }, actual: "bed" },
    { path: "$.nested.amount", line: { nested: { amount: "1.00" } }, actual: "1.00" },
    { path: "$.codes[1]", line: { codes: ["A", "B"] }, actual: "B" },
    { path: "$.missing", line: { category: "bed" }, actual: undefined },
    { path: "$.category.deeper", line: { category: "bed" }, actual: undefined },
  ])("resolves path $path into an object fact", async ({ path, line, actual }) => {
    const byPath = compileConditionEvaluator([{ id: "p", conditions: { all: [{ fact: "line", path, operator: "equal", value: "bed" }] } }]);
    const [outcome] = await byPath.evaluate({ line }, { evidence: "all" });
    expect(outcome?.evidence[0]?.actual).toEqual(actual);
    expect(outcome?.result).toBe(actual === "bed");
  });

  test("resolves a value that references another fact", async () => {
    const byReference = compileConditionEvaluator([
      { id: "pre-existing", conditions: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: { fact: "preExistingConditionCodes" } }] } },
    ]);
    const [outcome] = await byReference.evaluate({ diagnosisCodes: ["I10.1"], preExistingConditionCodes: ["I10"] });
    expect(outcome?.result).toBe(true);
    expect(outcome?.evidence[0]).toMatchObject({ expected: ["I10"], actual: ["I10.1"] });
  });

  test("an undefined fact is an error, never a silently false condition", () => {
    expect(() => evaluator.evaluate({ reportDelayDays: 1 })).toThrow(/^Undefined fact: claimantIsInsured$/);
  });

  test("evaluates synchronously, and held() gives only the entries that held, with their evidence", () => {
    const facts = { reportDelayDays: 45, totalBilled: "1.00", daysSinceInception: 30, claimantIsInsured: false };
    expect(evaluator.held(facts)).toEqual([
      { id: "late", result: true, evidence: [{ path: "all[0]", fact: "reportDelayDays", operator: "greaterThan", expected: 30, actual: 45, result: true }] },
      { id: "not-insured", result: true, evidence: [{ path: "not.all[0]", fact: "claimantIsInsured", operator: "equal", expected: true, actual: false, result: false }] },
    ]);
  });

  test("the expected values it gives are frozen copies: no decision can change the compiled rules", () => {
    const codes = ["Z41"];
    const byList = compileConditionEvaluator([{ id: "cosmetic", conditions: { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: codes }] } }]);
    codes.push("O");
    const [outcome] = byList.held({ diagnosisCodes: ["Z41.1", "O80"] });
    expect(outcome?.evidence[0]?.expected).toEqual(["Z41"]);
    expect(Object.isFrozen(outcome?.evidence[0]?.expected)).toBe(true);
  });

  test("concurrent evaluations on one evaluator do not interfere", async () => {
    const inputs = Array.from({ length: 300 }, (_, i) => ({ reportDelayDays: i % 60, totalBilled: `${(i * 997) % 200000}.00`, daysSinceInception: i % 30, claimantIsInsured: i % 3 === 0 }));
    const sequential: unknown[] = [];
    for (const facts of inputs) sequential.push(await evaluator.evaluate(facts));
    const concurrent = await Promise.all(inputs.map((facts) => evaluator.evaluate(facts)));
    expect(concurrent).toEqual(sequential);
  });
});
