import { describe, expect, expectTypeOf, test } from "vitest";
import * as core from "../../src/index.js";
import {
  ADJUSTMENT_KINDS,
  buildBenefit,
  COVERAGE_TERMS,
  GENERAL_REASONS,
  GENERAL_STEPS,
  makeAdjustment,
  reasonsOf,
  stepsOf,
  type AdjustmentKind,
  type CoverageTermKind,
  type GeneralReasonCode,
  type Money,
} from "../../src/index.js";

/**
 * Issue 8: "an unknown code is a compile error". The lines marked `@ts-expect-error` below are what `npx tsc --noEmit`
 * (CI's `npm run typecheck`, which checks tests/) refuses: if one of them ever compiled (a builder taking any string,
 * a template's figure made optional), tsc would report the directive as unused and CI would fail. The function holding
 * them is never called; the tests below run the same builders with known codes.
 */
export function unknownCodesDoNotCompile(amount: Money): void {
  const reason = reasonsOf(GENERAL_REASONS, "CNY");
  // @ts-expect-error a reason code that is not in the table
  reason("NO_SUCH_REASON", "3.1", {});
  // @ts-expect-error a known reason without the figures its template names ({event}, {day}, {waitingDays})
  reason("WAITING_PERIOD", "3.1", { day: "12" });
  // @ts-expect-error a figure of the wrong type
  reason("WAITING_PERIOD", "3.1", { event: { en: "The incident happened", zh: "出险发生" }, day: 12, waitingDays: "30" });

  const step = stepsOf(GENERAL_STEPS, "CNY");
  // @ts-expect-error a calculation step kind that is not in the table
  step("no_such_step", {}, { inputs: {}, result: "0.00", clauseId: "1.1" });
  // @ts-expect-error the conversion step without its rate
  step("currency_conversion", { from: "USD", to: "CNY" }, { inputs: {}, result: "0.00", clauseId: "1.1" });

  // @ts-expect-error an adjustment kind that is not in the table
  makeAdjustment("no_such_kind", "1.00", "1.1");
  // @ts-expect-error an adjustment kind that is not in the table, in a benefit's deduction
  buildBenefit({ coverageId: "c", kind: "fixed", clauseId: "1.1", description: { en: "x", zh: "x" }, gross: amount, basis: {}, deductions: [{ kind: "no_such_kind", amount, clauseId: "1.1" }] }, 2);
  // @ts-expect-error no such entry in the adjustment table
  void ADJUSTMENT_KINDS.no_such_kind;

  // @ts-expect-error not a library reason code
  const code: GeneralReasonCode = "NO_SUCH_REASON";
  // @ts-expect-error not a coverage term
  const term: CoverageTermKind = "no_such_term";
  // @ts-expect-error not an adjustment kind
  const kind: AdjustmentKind = "no_such_kind";
  void [code, term, kind];

  // A kind's (or an integrator's) own table is as strict: a new code is one entry, with its template.
  const OWN = { GRANTS_EXHAUSTED: { en: "The {maxGrants} grants of the year are used.", zh: "本年度 {maxGrants} 次慰问金已用完。" } } as const;
  const own = reasonsOf(OWN, "CNY");
  // @ts-expect-error a library code is not in a kind's own table
  own("WAITING_PERIOD", "3.1", {});
  // @ts-expect-error the kind's own code without its figure
  own("GRANTS_EXHAUSTED", "3.1", {});
}

describe("the code tables", () => {
  test("a known code with every figure builds its reason, step and adjustment in both languages", () => {
    const reason = reasonsOf(GENERAL_REASONS, "CNY")("WAITING_PERIOD", "3.1", { event: { en: "The incident happened", zh: "出险发生" }, day: "12", waitingDays: "30" });
    expect(reason.message).toEqual({ en: "The incident happened on day 12 of cover, within the 30-day waiting period.", zh: "出险发生在保险合同生效后第 12 日，处于 30 日等待期内。" });
    const step = stepsOf(GENERAL_STEPS, "CNY")("currency_conversion", { from: "USD", to: "CNY", rate: "7.1" }, { inputs: {}, result: "710.00", clauseId: "1.1" });
    expect(step).toMatchObject({ step: "currency_conversion", description: { en: "Amounts converted from USD to CNY at 7.1, rounded per amount", zh: "金额按汇率 7.1 由 USD 折算为 CNY，逐项舍入" } });
    expect(makeAdjustment("deductible", "800.00", "2.2")).toMatchObject({ kind: "deductible", group: ADJUSTMENT_KINDS.deductible.group, carc: ADJUSTMENT_KINDS.deductible.carc, reasonCode: "DEDUCTIBLE" });
  });

  test("the core exports no builder that takes any string as a code (makeReason, with untyped figures, is internal)", () => {
    expect("makeReason" in core).toBe(false);
    expect(Object.keys(core).filter((name) => /^make|^reasonsOf$|^stepsOf$/.test(name)).sort()).toEqual(["makeAdjustment", "reasonsOf", "stepsOf"]);
  });

  test("the unions are the tables' keys", () => {
    expectTypeOf<GeneralReasonCode>().toEqualTypeOf<keyof typeof GENERAL_REASONS>();
    expectTypeOf<AdjustmentKind>().toEqualTypeOf<keyof typeof ADJUSTMENT_KINDS>();
    expectTypeOf<CoverageTermKind>().toEqualTypeOf<keyof typeof COVERAGE_TERMS>();
  });

  test("no template of the library's tables names a figure in one language and not the other", () => {
    const names = (template: string) => [...template.matchAll(/\{([A-Za-z]+)(?::[a-z]+)?\}/g)].map((match) => match[1]).sort();
    const tables = { ...GENERAL_REASONS, ...GENERAL_STEPS, ...Object.fromEntries(Object.entries(ADJUSTMENT_KINDS).map(([kind, definition]) => [kind, definition.message])) };
    const uneven = Object.entries(tables).filter(([, template]) => JSON.stringify([...new Set(names(template.en))]) !== JSON.stringify([...new Set(names(template.zh))]));
    expect(uneven.map(([code]) => code)).toEqual([]);
  });
});
