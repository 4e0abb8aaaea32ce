import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { fillMessage, fillTemplate } from "../../src/trace/fill-template.js";

// Issue 15 (trace steps without intermediate objects): a step's description is fillTemplate's message, built
// without the record of figures a step never keeps. Both must give the same words.
describe("fillMessage is fillTemplate's message", () => {
  const template = { en: "Copay {copay}: {amount:money} per {per} for {categories}", zh: "定额自付 {copay}：{categories} 每{per} {amount:money}" };
  test("figures as strings, words in both languages and lists", () => {
    const params = { copay: "C1", amount: "50.00", per: { en: "visit", zh: "次就诊" }, categories: ["drug", "exam"] };
    expect(fillMessage(template, params, "CNY")).toEqual(fillTemplate(template, params, "CNY").message);
    expect(fillMessage(template, params, "CNY").en).toBe(fillTemplate(template, params, "CNY").message.en);
    expect(fillMessage(template, params, "CNY").en).toMatch(/^Copay C1: .*50\.00 per visit for drug, exam$/);
  });

  test("a missing figure stays as written, as in fillTemplate", () => {
    expect(fillMessage(template, { copay: "C1" } as never, "CNY")).toEqual(fillTemplate(template, { copay: "C1" } as never, "CNY").message);
    expect(fillMessage(template, { copay: "C1" } as never, "CNY").en).toContain("{amount:money}");
  });

  const value = fc.oneof(fc.string(), fc.record({ en: fc.string(), zh: fc.string() }), fc.array(fc.string(), { maxLength: 3 }));
  propTest.prop([fc.dictionary(fc.constantFrom("copay", "amount", "per", "categories", "other"), value)])("on random figures", (params) => {
    expect(outcome(() => fillMessage(template, params, "USD"))).toEqual(outcome(() => fillTemplate(template, params, "USD").message));
  });
});

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}
