import { describe, expect, test } from "vitest";
import { createAdjudicator, ValidationError, type ClaimInput, type PolicyInput } from "../../../src/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../../support/fixtures.js";

// The wording modelled (a 住院津贴 of the usual form):
//   "被保险人住院治疗的，我们按住院天数给付住院津贴保险金：普通病房每日人民币 100 元；入住重症监护室期间每日人民币
//    300 元。每次住院首日为免赔天数。住院天数按出院日期减入院日期计算（算头不算尾），当日入出院的按 1 日计。每次住院
//    给付日数以 10 日为限，保险期间内累计以 90 日为限。"
// A day is paid at the rate of the ward the insured spent it in: the claim's hospitalStay.wards stretch from `from`
// (counted) to `to` (not counted, the day of transfer back belongs to the next ward), like the stay itself.
const cash = (overrides: Record<string, unknown> = {}): PolicyInput["coverages"][number] =>
  ({
    id: "cash",
    kind: "per_diem",
    clauseId: "C-cash",
    name: { en: "Hospital cash", zh: "住院津贴" },
    dailyAmount: "100.00",
    deductibleDays: 1,
    maxDaysPerStay: 10,
    maxDaysPerYear: 90,
    wardRates: [{ type: "icu", name: { en: "Intensive care unit", zh: "重症监护室" }, dailyAmount: "300.00" }],
    ...overrides,
  }) as PolicyInput["coverages"][number];
const adjudicatorOf = (coverage: PolicyInput["coverages"][number]) => createAdjudicator({ policy: coveragePolicy([coverage], { product: "hospital_cash" }), rules: noRules() });
type Stay = NonNullable<ClaimInput["hospitalStay"]>;
const claimOf = (hospitalStay: Stay) =>
  benefitClaim({ incident: { date: "2026-03-01", type: "accident", diagnosisCodes: ["S27.0"], description: "traumatic pneumothorax" }, hospitalStay, submittedOn: hospitalStay.discharge });
const decide = (coverage: PolicyInput["coverages"][number], hospitalStay: Stay) => adjudicatorOf(coverage).adjudicate(claimOf(hospitalStay), { asOf: "2026-04-30" });

describe("hospital cash at the daily amount of each ward", () => {
  test("an ICU stretch inside a stay: each day at its ward's rate, the deductible day the first", async () => {
    // 2026-03-01 → 03-08: 7 days (03-01 … 03-07). ICU 03-02 → 03-05: 03-02, 03-03, 03-04 (3 days); general ward
    // 03-01, 03-05, 03-06, 03-07 (4 days). Gross 4 × 100.00 + 3 × 300.00 = 1,300.00. The deductible day is the first,
    // 03-01 in the general ward: 100.00. Paid: 3 ICU days × 300.00 = 900.00 and 3 general days × 100.00 = 300.00,
    // 1,200.00; 6 days, within the 10 a stay.
    const decision = await decide(cash(), { admission: "2026-03-01", discharge: "2026-03-08", wards: [{ type: "icu", from: "2026-03-02", to: "2026-03-05" }] });
    expect([decision.outcome, decision.payable]).toEqual(["approved", "1200.00"]);
    const benefit = decision.benefits[0];
    expect([benefit?.gross, benefit?.adjustments.map((a) => [a.kind, a.amount])]).toEqual(["1300.00", [["deductible_days", "100.00"]]]);
    expect(benefit?.description).toEqual({ en: "6 days of hospital cash at the daily amount of the ward each day was spent in", zh: "住院津贴 6 日，按每日所住病房的日额给付" });
    const steps = decision.calculation.filter((step) => step.coverageId === "cash");
    expect(steps.map((step) => [step.step, step.description.en, step.result])).toEqual([
      ["per_diem_ward", "General ward: 4 days in hospital, 3 days paid at CNY 100.00 a day, CNY 300.00", "300.00"],
      ["per_diem_ward", "Intensive care unit: 3 days in hospital, 3 days paid at CNY 300.00 a day, CNY 900.00", "900.00"],
      ["per_diem_by_ward", "6 days of hospital cash at the daily amount of the ward each day was spent in", "1200.00"],
    ]);
    expect(steps[1]?.description.zh).toBe("重症监护室：住院 3 日，给付 3 日，每日 ¥300.00，计 ¥900.00");
    expect(benefit?.basis).toMatchObject({ "generalWard.days": "4", "generalWard.paidDays": "3", "ward.icu.days": "3", "ward.icu.paidDays": "3", "ward.icu.dailyAmount": "300.00" });
    expect(decision.counters.after.coverages["cash"]?.daysPaid).toBe(6);
  });

  test.each([
    // Stays admitted 03-01 with ICU 03-01 → 03-04 (03-01, 03-02, 03-03), the deductible day 03-01 an ICU day (300.00).
    // 10 days after the deductible day (discharge 03-12, 11 days): 2 ICU × 300.00 + 8 general × 100.00 = 1,400.00, all paid.
    { name: "just below the 10 days a stay (9 days due)", discharge: "2026-03-11", payable: "1300.00", beyond: "0.00", outcome: "approved" },
    { name: "at the 10 days a stay", discharge: "2026-03-12", payable: "1400.00", beyond: "0.00", outcome: "approved" },
    // 11 days due: the 11th (03-12, general) is beyond the maximum: 100.00.
    { name: "just above the 10 days a stay (11 days due)", discharge: "2026-03-13", payable: "1400.00", beyond: "100.00", outcome: "partially_approved" },
    // 14 days (03-01 … 03-14): 13 due, the last 3 general days beyond: 300.00. Gross 3 × 300.00 + 11 × 100.00 = 2,000.00.
    { name: "well above: the last days beyond the maximum are general-ward days", discharge: "2026-03-15", payable: "1400.00", beyond: "300.00", outcome: "partially_approved" },
  ])("$name", async ({ discharge, payable, beyond, outcome }) => {
    const decision = await decide(cash(), { admission: "2026-03-01", discharge, wards: [{ type: "icu", from: "2026-03-01", to: "2026-03-04" }] });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    const adjustments = Object.fromEntries(decision.benefits[0]?.adjustments.map((a) => [a.kind, a.amount]) ?? []);
    expect(adjustments["deductible_days"]).toBe("300.00");
    expect(adjustments["benefit_maximum"] ?? "0.00").toBe(beyond);
  });

  test("a ward type the coverage gives no rate for is paid as the general ward", async () => {
    // 03-01 → 03-04, 3 days, "cardiac_care" 03-02 → 03-04 unrated: 2 days after the deductible day at 100.00 = 200.00.
    const decision = await decide(cash(), { admission: "2026-03-01", discharge: "2026-03-04", wards: [{ type: "cardiac_care", from: "2026-03-02", to: "2026-03-04" }] });
    expect(decision.payable).toBe("200.00");
  });

  test("a coverage without ward rates pays every day at its daily amount, whatever the wards", async () => {
    const plain = cash({ wardRates: undefined });
    const stay = { admission: "2026-03-01", discharge: "2026-03-08" };
    const withWards = await decide(plain, { ...stay, wards: [{ type: "icu", from: "2026-03-02", to: "2026-03-05" }] });
    const without = await decide(plain, stay);
    // 7 days − 1 deductible day = 6 × 100.00.
    expect([withWards.payable, without.payable]).toEqual(["600.00", "600.00"]);
    expect(withWards.benefits).toEqual(without.benefits);
    expect(withWards.calculation.map((step) => step.step)).toEqual(without.calculation.map((step) => step.step));
    expect(without.benefits[0]?.basis).not.toHaveProperty("dayCounting");
  });

  test.each([
    { name: "one rate per ward type", second: "300.00", path: "policy.coverages.0.wardRates.1.type" },
    { name: "amounts in the currency's minor units", second: "300.005", type: "ccu", path: "policy.coverages.0.wardRates.1.dailyAmount" },
  ])("ward rates are checked: $name", ({ second, type, path }) => {
    const bad = cash({ wardRates: [{ type: "icu", name: { en: "Intensive care unit", zh: "重症监护室" }, dailyAmount: "300.00" }, { type: type ?? "icu", name: { en: "Cardiac care unit", zh: "心脏监护室" }, dailyAmount: second }] });
    let error: unknown;
    try {
      adjudicatorOf(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path.join("."))).toEqual([path]);
  });
});

describe("counting the days of a stay", () => {
  // A plain 100.00 a day, no deductible days, no ward rates: the payable is the counted days × 100.00.
  const plain = (dayCounting?: string) => cash({ wardRates: undefined, deductibleDays: 0, ...(dayCounting === undefined ? {} : { dayCounting }) });
  test.each([
    // 算头不算尾 (the default and admission_day): discharge − admission, a same-day stay 1 day.
    { counting: undefined, admission: "2026-03-01", discharge: "2026-03-01", days: 1 },
    { counting: undefined, admission: "2026-03-01", discharge: "2026-03-02", days: 1 },
    { counting: undefined, admission: "2026-03-01", discharge: "2026-03-05", days: 4 },
    { counting: "admission_day", admission: "2026-03-01", discharge: "2026-03-01", days: 1 },
    { counting: "admission_day", admission: "2026-03-01", discharge: "2026-03-05", days: 4 },
    // 算头又算尾: discharge − admission + 1.
    { counting: "both_days", admission: "2026-03-01", discharge: "2026-03-01", days: 1 },
    { counting: "both_days", admission: "2026-03-01", discharge: "2026-03-02", days: 2 },
    { counting: "both_days", admission: "2026-03-01", discharge: "2026-03-05", days: 5 },
    // Nights: discharge − admission, a same-day stay none.
    { counting: "nights", admission: "2026-03-01", discharge: "2026-03-01", days: 0 },
    { counting: "nights", admission: "2026-03-01", discharge: "2026-03-02", days: 1 },
    { counting: "nights", admission: "2026-03-01", discharge: "2026-03-05", days: 4 },
    // Across the end of February (2026 not a leap year): 02-27 → 03-02.
    { counting: "both_days", admission: "2026-02-27", discharge: "2026-03-02", days: 4 },
  ])("$counting: $admission → $discharge counts $days days", async ({ counting, admission, discharge, days }) => {
    const decision = await decide(plain(counting), { admission, discharge });
    expect(decision.payable).toBe(`${days * 100}.00`);
    expect(decision.benefits[0]?.basis["days"]).toBe(String(days));
    expect(decision.counters.after.coverages["cash"]?.daysPaid).toBe(days);
  });

  test("both days counted: the discharge day belongs to the ward stretch ending on it", async () => {
    // 03-01 → 03-05 counting both days: 03-01 … 03-05, 5 days. ICU 03-03 → 03-05 ends on the discharge day: 03-03,
    // 03-04, 03-05 are ICU days (3 × 300.00 = 900.00), 03-01 and 03-02 general (2 × 100.00 = 200.00). No deductible
    // day: 1,100.00. Counting the admission day only, 03-05 is not counted: 2 ICU + 2 general = 800.00.
    const stay = { admission: "2026-03-01", discharge: "2026-03-05", wards: [{ type: "icu", from: "2026-03-03", to: "2026-03-05" }] };
    const both = await decide(cash({ deductibleDays: 0, dayCounting: "both_days" }), stay);
    const admissionDay = await decide(cash({ deductibleDays: 0 }), stay);
    expect([both.payable, admissionDay.payable]).toEqual(["1100.00", "800.00"]);
  });

  test("a day count the library does not know is refused at its path", () => {
    expect(() => adjudicatorOf(cash({ dayCounting: "midnights" }))).toThrow(ValidationError);
  });
});
