import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { compileConditionEvaluator, type ConditionEntry, type ConditionOutcome, type FactValues } from "../../src/rules/condition-evaluator.js";
import type { Condition } from "../../src/rules/condition-schema.js";
import { OPERATORS } from "../../src/rules/operators.js";
import { compileReferenceEvaluator } from "../support/json-rules-engine-evaluator.js";

/**
 * The compiled evaluator against json-rules-engine, the reference: for random conditions (all/any/not, every
 * operator, paths, values that reference facts) over random facts (numbers, decimal and date strings, codes, arrays,
 * objects, null, missing facts), both give the same results and the same evidence, or both fail.
 */

const FACTS = ["count", "amount", "date", "code", "codes", "flag", "line", "other"] as const;
// Facts a condition may name that the evaluation is sometimes not given.
const RARE_FACT = "rare";
const PATHS = ["$", "$.a", "$.b", "$.a.b", "$[0]", "$.a[1]", "$.missing"] as const;

const scalar = fc.oneof(
  fc.integer({ min: -40, max: 40 }),
  fc.double({ noDefaultInfinity: false }),
  fc.constantFrom("", "0", "7", "1.5", "12.50", "-3.00", "abc", "2026-01-31", "2026-02-01", "2026-1-1", "Z41", "Z41.1", "K35.8", "bed", "1e3"),
  fc.boolean(),
  fc.constant(null),
);
const codes = fc.array(fc.constantFrom("Z41", "Z41.1", "K35.8", "bed", "O80", "", "7"), { maxLength: 4 });
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: codes },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  // Facts are JSON values and what the library derives from them: objects have Object's prototype (String() of a
  // null-prototype object throws, in json-rules-engine's numeric validator as in anything else).
  { weight: 2, arbitrary: fc.record({ a: fc.oneof(scalar, codes, fc.record({ b: scalar }, { noNullPrototype: true })), b: scalar }, { requiredKeys: [], noNullPrototype: true }) },
);

const factValues: fc.Arbitrary<FactValues> = fc
  .tuple(fc.record(Object.fromEntries(FACTS.map((name) => [name, value])) as Record<(typeof FACTS)[number], fc.Arbitrary<unknown>>, { noNullPrototype: true }), fc.option(value, { nil: undefined }), fc.boolean())
  .map(([facts, rare, withRare]) => (withRare ? { ...facts, [RARE_FACT]: rare } : facts));

const factName = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...FACTS) }, { weight: 1, arbitrary: fc.constant(RARE_FACT) });
const withPath = <T extends object>(base: T) =>
  fc.option(fc.constantFrom(...PATHS), { nil: undefined, freq: 2 }).map((path) => (path === undefined ? base : { ...base, path }));

const comparison: fc.Arbitrary<Condition> = fc
  .record({
    fact: factName,
    operator: fc.constantFrom(...OPERATORS.map((operator) => operator.name)),
    value: fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: factName.chain((fact) => withPath({ fact })) }),
  })
  .chain((base) => withPath(base));

const { condition } = fc.letrec<{ condition: Condition; list: Condition[] }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    tie("list").map((all) => ({ all })),
    tie("list").map((any) => ({ any })),
    tie("condition").map((not) => ({ not })),
  ),
  list: fc.array(tie("condition"), { minLength: 1, maxLength: 4 }),
}));
const topLevel: fc.Arbitrary<Condition> = fc.oneof(
  fc.array(condition, { minLength: 1, maxLength: 4 }).map((all) => ({ all })),
  fc.array(condition, { minLength: 1, maxLength: 4 }).map((any) => ({ any })),
  condition.map((not) => ({ not })),
);
const entries: fc.Arbitrary<ConditionEntry[]> = fc.array(topLevel, { minLength: 1, maxLength: 4 }).map((list) => list.map((conditions, i) => ({ id: `r${i}`, conditions })));

type Settled = { ok: true; outcomes: ConditionOutcome[] } | { ok: false };

async function settle(run: () => ConditionOutcome[] | Promise<ConditionOutcome[]>): Promise<Settled> {
  try {
    return { ok: true, outcomes: await run() };
  } catch {
    return { ok: false };
  }
}

describe("the compiled evaluator gives what json-rules-engine gives", () => {
  propTest.prop([entries, factValues], { numRuns: 1500 })("every result and every comparison's evidence, or an error for both", async (list, facts) => {
    const compiled = compileConditionEvaluator(list);
    const reference = compileReferenceEvaluator(list);
    for (const evidence of ["all", "hits"] as const) {
      const expected = await settle(() => reference.evaluate(facts, { evidence }));
      const actual = await settle(() => compiled.evaluate(facts, { evidence }));
      expect(actual).toStrictEqual(expected);
      if (evidence === "hits" && expected.ok) {
        expect(compiled.held(facts)).toStrictEqual(expected.outcomes.filter((outcome) => outcome.result));
      }
    }
    // 1,500 cases take seconds on a busy 2-core machine.
  }, 120_000);

  // What the random cases must reach for the comparison to mean something.
  test("the random cases include holding and failing rules, paths, references and errors", async () => {
    const seen = { held: 0, failed: 0, errors: 0, path: 0, reference: 0 };
    fc.assert(
      fc.property(entries, factValues, (list, facts) => {
        const text = JSON.stringify(list);
        if (text.includes('"path"')) seen.path++;
        if (text.includes('"value":{"fact"')) seen.reference++;
        try {
          for (const outcome of compileConditionEvaluator(list).evaluate(facts)) seen[outcome.result ? "held" : "failed"]++;
        } catch {
          seen.errors++;
        }
      }),
      { numRuns: 500, seed: 15 },
    );
    for (const [kind, count] of Object.entries(seen)) expect(count, kind).toBeGreaterThan(25);
  });

  test.each([
    { name: "a missing fact", conditions: { all: [{ fact: "rare", operator: "equal", value: 1 }] }, facts: { count: 1 } },
    { name: "in over a number, behind a false sibling", conditions: { all: [{ fact: "count", operator: "equal", value: 2 }, { fact: "count", operator: "in", value: 5 }] }, facts: { count: 1 } },
    { name: "in over a missing reference", conditions: { any: [{ fact: "count", operator: "equal", value: 1 }, { fact: "count", operator: "in", value: { fact: "count" } }] }, facts: { count: 1 } },
  ])("$name fails in both", async ({ conditions, facts }) => {
    const list = [{ id: "r", conditions: conditions as Condition }];
    await expect(compileReferenceEvaluator(list).evaluate(facts)).rejects.toThrow();
    expect(() => compileConditionEvaluator(list).evaluate(facts)).toThrow();
  });

  test.each([
    { name: "in over a string tests for a substring", conditions: { all: [{ fact: "code", operator: "in", value: "Z41.1" }] }, facts: { code: "41" }, result: true },
    { name: "a path into a non-object compares the fact itself", conditions: { all: [{ fact: "code", path: "$.a", operator: "equal", value: "bed" }] }, facts: { code: "bed" }, result: true },
    { name: "a numeric operator refuses a fact that is no number", conditions: { all: [{ fact: "code", operator: "lessThan", value: 5 }] }, facts: { code: "abc" }, result: false },
    { name: "a numeric operator takes a numeric string", conditions: { all: [{ fact: "code", operator: "lessThan", value: 5 }] }, facts: { code: "1.5" }, result: true },
  ])("$name, as in json-rules-engine", async ({ conditions, facts, result }) => {
    const list = [{ id: "r", conditions: conditions as Condition }];
    const [expected] = await compileReferenceEvaluator(list).evaluate(facts, { evidence: "all" });
    const [actual] = compileConditionEvaluator(list).evaluate(facts, { evidence: "all" });
    expect(expected?.result).toBe(result);
    expect(actual).toStrictEqual(expected);
  });
});
