import { describe, expect, test } from "vitest";
import { addCalendarDays } from "../../../src/dates/add-calendar-days.js";
import { createAdjudicator, type Decision, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

// The wording modelled: "住院津贴每日人民币 100 元，每次住院免赔 3 日，每次住院给付日数以 10 日为限，每年以 90 日为限。
// 被保险人出院后 30 日内因同一疾病再次住院的，视为同一次住院。" The same disease is the principal diagnosis's ICD-10
// category (J18.9 and J18.0 are both J18, pneumonia); the earlier stay is a claim of the insured whose decision took
// effect, in the ledger passed with the claim.
const cash = (readmission: boolean): PolicyInput["coverages"][number] => ({
  id: "cash",
  kind: "per_diem",
  clauseId: "C-cash",
  name: { en: "Hospital cash", zh: "住院津贴" },
  dailyAmount: "100.00",
  deductibleDays: 3,
  maxDaysPerStay: 10,
  maxDaysPerYear: 90,
  ...(readmission ? { readmission: { withinDays: 30, clauseId: "C-cash" } } : {}),
});
const adjudicatorOf = (readmission: boolean) => createAdjudicator({ policy: coveragePolicy([cash(readmission)], { product: "hospital_cash" }), rules: noRules() });
const withReadmission = adjudicatorOf(true);

const stay = (id: string, admission: string, discharge: string, diagnosis = "J18.9") =>
  benefitClaim({ id, incident: { date: admission, type: "illness", diagnosisCodes: [diagnosis], description: "pneumonia" }, hospitalStay: { admission, discharge }, submittedOn: discharge });

// The first stay: 2026-03-01 → 03-08, 7 days; 7 − 3 deductible days = 4 days paid, 400.00.
async function firstStay(adjudicator = withReadmission): Promise<Decision> {
  const decision = await adjudicator.adjudicate(stay("C-1", "2026-03-01", "2026-03-08"), { asOf: "2026-03-10" });
  expect([decision.outcome, decision.payable]).toEqual(["approved", "400.00"]);
  return decision;
}

describe("a readmission within 30 days for the same disease is the same stay", () => {
  test.each([
    // Second stay of 8 days, admitted `gap` days after the discharge of 03-08.
    // Same stay (gap ≤ 30): the deductible days are used (3 − 7 earlier days < 0: none left), 10 − 4 = 6 days of the
    // maximum per stay left: 6 of the 8 days paid, 600.00; 2 days beyond the maximum (200.00).
    { name: "29 days after discharge (just below)", gap: 29, diagnosis: "J18.9", payable: "600.00", deductible: undefined, beyond: "200.00", outcome: "partially_approved" },
    { name: "30 days after discharge (at the limit)", gap: 30, diagnosis: "J18.9", payable: "600.00", deductible: undefined, beyond: "200.00", outcome: "partially_approved" },
    // A new stay (gap 31): its own 3 deductible days (300.00), 8 − 3 = 5 days paid, 500.00.
    { name: "31 days after discharge (just above): a new stay", gap: 31, diagnosis: "J18.9", payable: "500.00", deductible: "300.00", beyond: undefined, outcome: "approved" },
    // Another disease (appendicitis, K35) 10 days later: a new stay, 500.00.
    { name: "another disease 10 days after discharge: a new stay", gap: 10, diagnosis: "K35.8", payable: "500.00", deductible: "300.00", beyond: undefined, outcome: "approved" },
    // The same category of disease (J18.0 bronchopneumonia, J18.9 unspecified): the same stay.
    { name: "the same disease under another code of its category", gap: 10, diagnosis: "J18.0", payable: "600.00", deductible: undefined, beyond: "200.00", outcome: "partially_approved" },
  ])("$name", async ({ gap, diagnosis, payable, deductible, beyond, outcome }) => {
    const first = await firstStay();
    const admission = addCalendarDays("2026-03-08", gap);
    const second = await withReadmission.adjudicate(stay("C-2", admission, addCalendarDays(admission, 8), diagnosis), { asOf: "2026-06-30", accumulators: first.accumulatorsAfter });
    expect([second.outcome, second.payable]).toEqual([outcome, payable]);
    const adjustments = Object.fromEntries(second.benefits[0]?.adjustments.map((a) => [a.kind, a.amount]) ?? []);
    expect([adjustments["deductible_days"], adjustments["benefit_maximum"]]).toEqual([deductible, beyond]);
    const step = second.calculation.find((entry) => entry.step === "per_diem_readmission");
    if (deductible === undefined) {
      expect(step?.description).toEqual({
        en: `Admitted again ${gap} days after the discharge on 8 March 2026 (claim C-1) for the same disease: one stay with it, 7 days in hospital and 4 days paid before`,
        zh: `于 2026年3月8日 出院（理赔申请 C-1）后 ${gap} 日因同一疾病再次入院，视为同一次住院：此前住院 7 日，已给付 4 日`,
      });
      expect(second.benefits[0]?.basis).toMatchObject({ readmissionOf: "C-1", earlierStayDays: "7", earlierPaidDays: "4" });
    } else {
      expect(step).toBeUndefined();
    }
  });

  test("readmissions chain: a third stay 5 days after the second continues both", async () => {
    // First 4 days paid, the second (10 days later, 8 days) 6: the maximum per stay of 10 is used up; the third stay
    // (5 days after the second's discharge, 4 days) pays nothing more: 4 days beyond the maximum, 400.00, so it is
    // denied with DAYS_MAXIMUM.
    const first = await firstStay();
    const second = await withReadmission.adjudicate(stay("C-2", "2026-03-18", "2026-03-26"), { asOf: "2026-06-30", accumulators: first.accumulatorsAfter });
    const third = await withReadmission.adjudicate(stay("C-3", "2026-03-31", "2026-04-04"), { asOf: "2026-06-30", accumulators: second.accumulatorsAfter });
    expect([second.payable, third.payable, third.outcome]).toEqual(["600.00", "0.00", "denied"]);
    expect(third.reasons.map((reason) => [reason.code, reason.message.en])).toEqual([["DAYS_MAXIMUM", "4 days beyond the maximum of 10 days per stay or 90 days per year are not paid."]]);
    expect(third.benefits[0]?.basis).toMatchObject({ readmissionOf: "C-2", earlierStayDays: "15", earlierPaidDays: "10" });
  });

  test("an earlier stay whose decision was withdrawn is no stay to continue", async () => {
    // The first claim withdrawn (reversed): its record is voided, the second stay (10 days later) is a new one: 500.00.
    const first = await firstStay();
    const reversal = withReadmission.reverse("C-1", { accumulators: first.accumulatorsAfter, asOf: "2026-03-12", reason: "withdrawn by the claimant" });
    const second = await withReadmission.adjudicate(stay("C-2", "2026-03-18", "2026-03-26"), { asOf: "2026-06-30", accumulators: reversal.accumulatorsAfter });
    expect(second.payable).toBe("500.00");
  });

  test("the ledger keeps the stay only when a coverage counts readmissions", async () => {
    const kept = await firstStay();
    const plain = await firstStay(adjudicatorOf(false));
    expect(kept.accumulatorsAfter.claims["C-1"]?.hospitalStay).toEqual({ admission: "2026-03-01", discharge: "2026-03-08", principalDiagnosis: "J18.9" });
    expect(plain.accumulatorsAfter.claims["C-1"]).not.toHaveProperty("hospitalStay");
  });
});
