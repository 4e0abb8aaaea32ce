import { describe, expect, test } from "vitest";
import { findOperator } from "../../src/rules/operators.js";

const run = (name: string, fact: unknown, value: unknown) => {
  const operator = findOperator(name);
  if (operator?.evaluate === undefined) throw new Error(`no custom operator ${name}`);
  return operator.evaluate(fact, value);
};

describe("custom operators", () => {
  test.each([
    { op: "moneyGreaterThan", fact: "100.00", value: "99.50", out: true },
    { op: "moneyGreaterThan", fact: "99.50", value: "100", out: false },
    { op: "moneyGreaterThan", fact: "100.00", value: "100", out: false },
    { op: "moneyGreaterThanInclusive", fact: "100.00", value: "100", out: true },
    { op: "moneyLessThan", fact: "0.10", value: "0.2", out: true },
    { op: "moneyLessThanInclusive", fact: "0.30", value: "0.3", out: true },
    { op: "moneyEqual", fact: "12.50", value: "12.5", out: true },
    { op: "moneyGreaterThan", fact: 100, value: "99", out: false },
    { op: "dateBefore", fact: "2026-01-31", value: "2026-02-01", out: true },
    { op: "dateOnOrAfter", fact: "2026-02-01", value: "2026-02-01", out: true },
    { op: "dateAfter", fact: "2026-02-01", value: "2026-02-01", out: false },
    { op: "startsWithAny", fact: ["K35.8", "Z41.1"], value: ["Z41"], out: true },
    { op: "startsWithAny", fact: ["K35.8"], value: ["Z41", "O"], out: false },
    { op: "startsWithAny", fact: "O80", value: ["O"], out: true },
    { op: "containsAny", fact: ["bed", "medicine"], value: ["surgery", "bed"], out: true },
    { op: "containsAny", fact: ["bed"], value: ["surgery"], out: false },
  ])("$op($fact, $value) is $out", ({ op, fact, value, out }) => {
    expect(run(op, fact, value)).toBe(out);
  });
});
