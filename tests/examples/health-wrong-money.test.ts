import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createAdjudicator, type Decision } from "../../src/index.js";

// The four "wrong money today" defects of issue 12, each on the example product whose wording it breaks, worked by
// hand from that wording. Each of these failed before its fix.
const read = (path: string): Json => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8"));
const adjudicatorOf = (product: string) => createAdjudicator({ policy: read(`${product}/policy.json`), rules: read(`${product}/rules.json`) });
// Example JSON, edited field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const clone = <T>(value: T): T => structuredClone(value);

async function errorOf(run: () => Promise<unknown>): Promise<{ name: string; issues: { path: (string | number)[]; message: string }[] }> {
  try {
    await run();
  } catch (error) {
    return error as never;
  }
  throw new Error("expected a ValidationError");
}

describe("one social-insurance settlement per line or invoice, not per claim (medical clause 2.3)", () => {
  // Clause 2.3: "以参加基本医疗保险身份就诊并结算的 100%；未以…就诊或结算的 60%". Claim 01 of the medical example (deductible
  // met): the stay, settled through social insurance, pays L1 240.00 + L2 4,800.00 + L3 1,650.80 + L4 512.00 = 7,202.80
  // at 100%. A pharmacy purchase after discharge, paid in cash on its own invoice (L5, 1,000.00, nothing from the fund):
  // 1,000.00 × 60% = 600.00. Payable 7,802.80 (the library paid 8,202.80: L5 at 100% because the stay was settled).
  const adjudicator = adjudicatorOf("medical");
  const base = read("medical/claims/01-approved-in-full.json") as Json;
  const options = { asOf: "2026-07-24", accumulators: { coverages: { "inpatient-medical": { deductibleUsed: "10000.00", paid: "5000.00" } } } } as const;
  const pharmacy = { id: "L5", category: "medicine", description: "院外药店购药 / Pharmacy purchase", amount: "1000.00", serviceDate: "2026-07-16", invoiceNumber: "44030026-0009921", selfPay: "0.00", socialInsurancePaid: "0.00", socialInsurance: "not_used" };
  const withPharmacy = (line: Json = pharmacy) => {
    const claim = clone(base);
    claim.documents.push({ type: "invoice", id: line.invoiceNumber, issuedOn: "2026-07-16", original: true });
    claim.lines.push(line);
    return claim;
  };

  test("a pharmacy purchase not settled through social insurance pays 60% beside a stay paid at 100%", async () => {
    const decision = await adjudicator.adjudicate(withPharmacy(), options);
    expect([decision.outcome, decision.payable]).toEqual(["approved", "7802.80"]);
    expect(decision.lines.map((line) => line.payable)).toEqual(["240.00", "4800.00", "1650.80", "512.00", "600.00"]);
    expect(decision.lines[4]?.adjustments.map((a) => [a.kind, a.amount])).toEqual([["coinsurance", "400.00"]]);
    const ratios = decision.calculation.filter((step) => step.step === "ratio").map((step) => [step.inputs["socialInsurance"], step.inputs["ratio"], step.result]);
    expect(ratios).toEqual([["used", "1", "7202.80"], ["not_used", "0.6", "600.00"]]);
    // The explanation names the lines of each ratio (it said "ratio 100%; ratio 60%"); the FHIR export still reads the first.
    expect(decision.explanation.en).toContain("ratio 100% on items L1, L2, L3, L4; ratio 60% on items L5");
    expect(decision.explanation.zh).toContain("费用明细 L1、L2、L3、L4 赔付比例 100%；费用明细 L5 赔付比例 60%");
  });

  test("one ratio for every line: the explanation says it once, without lines", async () => {
    const decision = await adjudicator.adjudicate(base, options);
    expect(decision.coverages[0]?.terms?.filter((term) => term.kind === "ratio")).toEqual([{ kind: "ratio", value: "1" }]);
    expect(decision.explanation.en).toContain("ratio 100%)");
  });

  test("refused: a claim 'not_used' whose lines show payments by the fund, every such line with its path", async () => {
    const claim = clone(base);
    claim.socialInsurance = "not_used";
    const error = await errorOf(() => adjudicator.adjudicate(claim, options));
    expect(error.name).toBe("ValidationError");
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([0, 1, 2, 3].map((i) => `claim.lines.${i}.socialInsurancePaid`));
    expect(error.issues[0]?.message).toMatch(/shows 360\.00 paid by basic medical insurance.*"not_used"/);
  });

  test("refused: two settlements on one invoice (an invoice is settled once)", async () => {
    const error = await errorOf(() => adjudicator.adjudicate(withPharmacy({ ...pharmacy, invoiceNumber: "11010026-0071588" }), options));
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["claim.lines.4.socialInsurance"]);
    expect(error.issues[0]?.message).toMatch(/same invoice 11010026-0071588/);
  });
});

describe("what other insurers paid counts towards a deductible only where the coverage says so", () => {
  // Accident clause 2.3: "扣除已从社会医疗保险及其他途径获得的补偿后，每次事故扣除免赔额人民币 100 元，按 90% 给付".
  // 1,000.00 billed, 300.00 paid by another insurer: (1,000.00 − 300.00 − 100.00) × 90% = 540.00. The library paid
  // 630.00: the 300.00 counted towards the 100.00 deductible, (1,000.00 − 300.00) × 90%.
  const adjudicator = adjudicatorOf("accident");
  const base = read("accident/claims/01-wrist-fracture-medical-and-cash.json") as Json;
  const outpatient = (otherInsurancePaid: string) => {
    const claim = clone(base);
    delete claim.hospitalStay;
    claim.documents = claim.documents.filter((doc: Json) => !["discharge_summary", "itemized_expense_list"].includes(doc.type));
    claim.lines = [{ id: "L1", category: "outpatient", description: "急诊清创缝合 / Emergency wound care", amount: "1000.00", serviceDate: "2026-03-14", invoiceNumber: "32010026-0073315", selfPay: "0.00", socialInsurancePaid: "0.00", otherInsurancePaid }];
    return claim;
  };

  test.each([
    // Boundary on the other insurer's payment: nothing, some, all but a cent, everything.
    { other: "0.00", payable: "810.00", why: "(1,000.00 − 100.00) × 90%" },
    { other: "300.00", payable: "540.00", why: "(1,000.00 − 300.00 − 100.00) × 90%" },
    { other: "899.99", payable: "0.01", why: "(1,000.00 − 899.99 − 100.00) × 90% = 0.009 → 0.01 half-up" },
    { other: "900.00", payable: "0.00", why: "(1,000.00 − 900.00 − 100.00) × 90%" },
    { other: "900.01", payable: "0.00", why: "99.99 left, all of it deductible" },
  ])("another insurer paid $other: $payable, $why", async ({ other, payable }) => {
    const decision = await adjudicator.adjudicate(outpatient(other), { asOf: "2026-04-02" });
    expect(decision.coverages.find((coverage) => coverage.coverageId === "accident-medical")?.payable).toBe(payable);
    const deductible = decision.calculation.find((step) => step.step === "per_incident_deductible");
    expect(deductible?.inputs["creditedByOtherPayments"]).toBe("0.00");
  });

  test("a reimbursement coverage must say which payments count towards its deductible: no silent default", () => {
    const policy = clone(read("accident/policy.json")) as Json;
    const index = policy.coverages.findIndex((coverage: Json) => coverage.kind === "reimbursement");
    delete policy.coverages[index].deductibleCredits;
    let issues: { path: (string | number)[] }[] = [];
    try {
      createAdjudicator({ policy, rules: read("accident/rules.json") });
    } catch (error) {
      issues = (error as { issues: typeof issues }).issues;
    }
    expect(issues.map((issue) => issue.path.join("."))).toContain(`policy.coverages.${index}.deductibleCredits`);
  });

  test("the medical example's wording (2.5) credits other insurers: 4,236.50 of the 10,000.00 deductible (its claim 16)", async () => {
    const medical = adjudicatorOf("medical");
    const decision = await medical.adjudicate(read("medical/claims/16-other-insurer-counts-towards-deductible.json"), { asOf: "2026-09-05" });
    expect(decision.calculation.find((step) => step.step === "deductible")?.inputs["creditedByOtherPayments"]).toBe("4236.50");
  });
});

describe("a pre-existing condition excludes that condition, not an unrelated admission (medical clause 4.1)", () => {
  // The insured declared I10 (hypertension) and E11 (diabetes), excluded at underwriting. Claim 02 of the medical
  // example, an appendicitis (K35.8): 28,000.00 − 15,000.00 social insurance = 13,000.00 − 10,000.00 deductible =
  // 3,000.00 (L2 2,400.00, L3 600.00). With I10 listed as a comorbidity it is still 3,000.00 (the library denied it).
  const adjudicator = adjudicatorOf("medical");
  const base = read("medical/claims/02-deductible-partly-reached.json") as Json;
  const withDiagnoses = (diagnosisCodes: string[], principalDiagnosis?: string, lineDiagnoses?: Record<string, string[]>) => {
    const claim = clone(base);
    claim.incident.diagnosisCodes = diagnosisCodes;
    if (principalDiagnosis !== undefined) claim.incident.principalDiagnosis = principalDiagnosis;
    for (const line of claim.lines) if (lineDiagnoses?.[line.id] !== undefined) line.diagnosisCodes = lineDiagnoses[line.id];
    return claim;
  };
  const run = (claim: Json): Promise<Decision> => adjudicator.adjudicate(claim, { asOf: "2026-05-28" });

  test("appendicitis with a declared hypertension as comorbidity is paid as without it", async () => {
    const decision = await run(withDiagnoses(["K35.8", "I10"]));
    expect([decision.outcome, decision.payable]).toEqual(["approved", "3000.00"]);
    expect(decision.reasons).toEqual([]);
  });

  test("an admission whose principal diagnosis is the declared condition is denied", async () => {
    const decision = await run(withDiagnoses(["K35.8", "I10"], "I10"));
    expect([decision.outcome, decision.payable]).toEqual(["denied", "0.00"]);
    expect(decision.reasons.map((reason) => reason.code)).toEqual(["PRE_EXISTING_CONDITION"]);
  });

  test("a line that treats the declared condition is excluded, the rest is paid", async () => {
    // L2 (antibiotics, 6,200.00 − 3,500.00) is billed for I10 here: excluded, 2,700.00. Eligible 13,000.00 − 2,700.00 =
    // 10,300.00; the deductible takes L4 2,200.00 and L1 7,500.00 and 300.00 of L3 (600.00): L3 pays 300.00.
    const decision = await run(withDiagnoses(["K35.8", "I10"], undefined, { L2: ["I10"] }));
    expect([decision.outcome, decision.payable]).toEqual(["partially_approved", "300.00"]);
    expect(decision.lines.map((line) => line.payable)).toEqual(["0.00", "0.00", "300.00", "0.00"]);
    expect(decision.lines[1]?.adjustments.map((a) => [a.kind, a.reasonCode, a.amount])).toEqual([["social_insurance", "SOCIAL_INSURANCE_PAID", "3500.00"], ["excluded_by_rule", "PRE_EXISTING_CONDITION_ITEM", "2700.00"]]);
  });

  test("refused: a principal diagnosis that is not among the claim's diagnoses", async () => {
    const error = await errorOf(() => run(withDiagnoses(["K35.8"], "I10")));
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual(["claim.incident.principalDiagnosis"]);
  });
});

describe("hospital cash: the admission must fall within the period of insurance (clause 1.4)", () => {
  // Clause 1.4: period 2026-01-01 … 2026-12-31, "被保险人须在保险期间内因意外伤害或疾病入院". An illness that began on
  // 2026-12-28 with an admission on 2027-01-02 and discharge on 2027-02-15 (44 days − 3 deductible days = 41, 30 a
  // stay) was paid 30 × 200.00 = 6,000.00 (partially approved, days above 30 reduced); nothing is payable now. Admitted on the last day of the period, it is paid.
  const adjudicator = adjudicatorOf("hospital-cash");
  const base = read("hospital-cash/claims/01-approved-pneumonia.json") as Json;
  const stay = (incident: string, admission: string, discharge: string) => {
    const claim = clone(base);
    claim.incident.date = incident;
    claim.reportedOn = admission;
    claim.submittedOn = discharge;
    claim.hospitalStay = { admission, discharge };
    // A stay over 15 days needs the inpatient record (clause 5.2).
    claim.documents.push({ type: "medical_record", id: "MR-RJ-270215-031", issuedOn: discharge, original: true });
    for (const doc of claim.documents) doc.issuedOn = doc.type === "insured_id" ? doc.issuedOn : discharge;
    return claim;
  };

  test.each([
    // Partially approved: 11 (or 12) days above the 30 a stay.
    { admission: "2026-12-30", outcome: "partially_approved", payable: "6000.00" },
    { admission: "2026-12-31", outcome: "partially_approved", payable: "6000.00" },
    { admission: "2027-01-01", outcome: "denied", payable: "0.00" },
    { admission: "2027-01-02", outcome: "denied", payable: "0.00" },
  ])("admitted on $admission: $outcome, $payable", async ({ admission, outcome, payable }) => {
    const decision = await adjudicator.adjudicate(stay("2026-12-28", admission, "2027-02-15"), { asOf: "2027-02-20" });
    expect([decision.outcome, decision.payable]).toEqual([outcome, payable]);
    if (outcome === "denied") {
      expect(decision.reasons.map((reason) => [reason.code, reason.clauseId])).toEqual([["ADMISSION_OUTSIDE_PERIOD", "1.4"]]);
      expect(decision.explanation.zh).toContain("不在保险期间");
    }
  });
});
