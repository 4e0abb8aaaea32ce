import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkBalance } from "../../src/decision/check-balance.js";
import type { UnexplainedDecision } from "../../src/decision/decide-claim.js";
import { Dec } from "../../src/money/money.js";

// Issue 15: the integer check of the identities keeps running totals instead of arrays of amounts. Whatever it
// answers, checkBalance must say what the Decimal check alone says: nothing for a decision that balances, and the
// same issues for one that does not. The reference below is that Decimal check, written out here.
const issuesByDecimal = (decision: UnexplainedDecision): string[] => {
  const issues: string[] = [];
  const total = (amounts: readonly string[]) => amounts.reduce((sum, amount) => sum.plus(amount), new Dec(0));
  const expectEqual = (left: InstanceType<typeof Dec>, right: string, path: string) => {
    if (!left.equals(right)) issues.push(path);
  };
  decision.lines.forEach((line, i) => {
    expectEqual(new Dec(line.billed).minus(total(line.adjustments.map((a) => a.amount))), line.payable, `lines.${i}`);
    if (line.adjustments.some((a) => !new Dec(a.amount).greaterThan(0))) issues.push(`lines.${i}.adjustments`);
  });
  decision.benefits.forEach((benefit, i) => expectEqual(new Dec(benefit.gross).minus(total(benefit.adjustments.map((a) => a.amount))), benefit.payable, `benefits.${i}`));
  expectEqual(total(decision.lines.map((line) => line.billed)), decision.billed, "billed");
  expectEqual(total([...decision.lines.map((line) => line.payable), ...decision.benefits.map((benefit) => benefit.payable)]), decision.payable, "payable");
  decision.coverages.forEach((coverage, i) => {
    const own = total([...decision.lines.filter((l) => l.coverageId === coverage.coverageId).map((l) => l.payable), ...decision.benefits.filter((b) => b.coverageId === coverage.coverageId).map((b) => b.payable)]);
    expectEqual(own, coverage.payable, `coverages.${i}.payable`);
  });
  return issues;
};
const issuesOf = (decision: UnexplainedDecision): string[] => {
  try {
    checkBalance(decision);
    return [];
  } catch (error) {
    return (error as { issues: { path: (string | number)[] }[] }).issues.map((issue) => issue.path.slice(1).join("."));
  }
};

// Amounts in units of 0.01, some near 2^53 units of 10^-4 (where the integer check hands over to Decimal).
const units = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 1, 90_071_992_547_40, 90_071_992_547_41, 90_071_992_547_409_91, 2 ** 53));
const write = (value: bigint) => {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};
const entry = fc.record({ gross: units, adjustments: fc.array(units, { maxLength: 3 }), coverage: fc.constantFrom("a", "b"), skew: fc.constantFrom(0, 0, 0, 1, -1) });
const decisionArb = fc.record({ lines: fc.array(entry, { maxLength: 4 }), benefits: fc.array(entry, { maxLength: 2 }), skewBilled: fc.constantFrom(0, 0, 1), skewPayable: fc.constantFrom(0, 0, -1), skewCoverage: fc.constantFrom(0, 0, 1) }).map((shape) => {
  const build = (e: { gross: number; adjustments: number[]; coverage: string; skew: number }) => {
    const adjusted = e.adjustments.reduce((sum, a) => sum + BigInt(a), 0n);
    return { gross: BigInt(e.gross), adjustments: e.adjustments.map((a) => ({ amount: write(BigInt(a)) })), payable: BigInt(e.gross) - adjusted + BigInt(e.skew), coverageId: e.coverage };
  };
  const lines = shape.lines.map(build);
  const benefits = shape.benefits.map(build);
  const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
  const coverage = (id: string) => sum([...lines, ...benefits].filter((e) => e.coverageId === id).map((e) => e.payable));
  return {
    lines: lines.map((l) => ({ billed: write(l.gross), adjustments: l.adjustments, payable: write(l.payable), coverageId: l.coverageId })),
    benefits: benefits.map((b) => ({ gross: write(b.gross), adjustments: b.adjustments, payable: write(b.payable), coverageId: b.coverageId })),
    billed: write(sum(lines.map((l) => l.gross)) + BigInt(shape.skewBilled)),
    payable: write(sum([...lines, ...benefits].map((e) => e.payable)) + BigInt(shape.skewPayable)),
    coverages: [
      { coverageId: "a", payable: write(coverage("a") + BigInt(shape.skewCoverage)) },
      { coverageId: "b", payable: write(coverage("b")) },
    ],
  } as unknown as UnexplainedDecision;
});

describe("checkBalance with running totals", () => {
  propTest.prop([decisionArb], { numRuns: 600 })("reports what the Decimal check reports, near 2^53 units too", (decision) => {
    expect(issuesOf(decision)).toEqual(issuesByDecimal(decision));
  });
});
