import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/create-adjudicator.js";
import type { FhirBenefitBalance, FhirExplanationOfBenefit } from "../../src/fhir/fhir-r4-types.js";
import { toFhirClaimResponse } from "../../src/fhir/to-fhir-claim-response.js";
import { toFhirExplanationOfBenefit } from "../../src/fhir/to-fhir-explanation-of-benefit.js";
import { Dec } from "../../src/money/money.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";
import { decidedAccident, decidedDeath, decidedMedicalExample, decidedMedicalExamples, decidedSubLimit } from "./decided-examples.js";

/** A balance in one line per financial: `type allowed→used`; `only` keeps the financials of one code system. */
function balances(eob: FhirExplanationOfBenefit, only?: string): string[][] {
  return (eob.benefitBalance ?? []).map((balance: FhirBenefitBalance) => [
    `${balance.category.coding?.[0]?.code ?? "?"} ${balance.term?.coding?.[0]?.code ?? "?"}`,
    ...(balance.financial ?? []).filter((financial) => only === undefined || financial.type.coding?.[0]?.system === only).map((financial) => {
      const allowed = financial.allowedMoney?.value ?? financial.allowedUnsignedInt;
      const used = financial.usedMoney?.value ?? financial.usedUnsignedInt;
      return `${financial.type.coding?.[0]?.code ?? "?"} ${allowed === undefined ? "" : `${String(allowed)}→`}${String(used)}`;
    }),
  ]);
}

const BENEFIT_TYPE = "http://terminology.hl7.org/CodeSystem/benefit-type";

describe("toFhirExplanationOfBenefit: accumulators as benefitBalance", () => {
  test("02: deductible and limit used after the claim, with what the policy allows", async () => {
    const { claim, decision, policy } = await decidedMedicalExample("02-deductible-partly-reached");
    const eob = toFhirExplanationOfBenefit(decision, claim as never, { policy, language: "en" });
    expect(balances(eob, BENEFIT_TYPE)).toEqual([["inpatient-medical annual", "deductible 10000→10000", "benefit 3000000→3000"]]);
    expect(eob.benefitBalance?.[0]).toMatchObject({
      category: { coding: [{ system: "urn:claim-adjudicator:coverage", code: "inpatient-medical" }], text: "General medical benefit" },
      name: "General medical benefit",
      unit: { coding: [{ code: "individual" }] },
      term: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/benefit-term", code: "annual" }] },
    });
    expect(eob.benefitPeriod).toEqual({ start: policy.period.effective, end: policy.period.expiry });
  });

  test("without the policy: what was used only, no allowed amounts, no benefit period", async () => {
    const { claim, decision } = await decidedMedicalExample("01-approved-in-full");
    const eob = toFhirExplanationOfBenefit(decision, claim as never);
    expect(balances(eob, BENEFIT_TYPE)).toEqual([["inpatient-medical annual", "deductible 10000", "benefit 12202.8"]]);
    expect(eob.benefitBalance?.flatMap((balance) => balance.financial ?? []).every((financial) => financial.allowedMoney === undefined && financial.allowedUnsignedInt === undefined)).toBe(true);
    expect(eob.benefitPeriod).toBeUndefined();
  });

  test("a denied claim leaves the accumulators as they were", async () => {
    for (const { name, claim, decision, policy } of await decidedMedicalExamples()) {
      if (decision.outcome !== "denied" && decision.outcome !== "pending_documents") continue;
      const eob = toFhirExplanationOfBenefit(decision, claim as never, { policy });
      const before = decision.counters.before.coverages["inpatient-medical"];
      const used = eob.benefitBalance?.[0]?.financial?.map((financial) => financial.usedMoney?.value);
      expect(used?.slice(0, 2), name).toEqual([Number(before?.deductibleUsed ?? 0), Number(before?.paid ?? 0)]);
    }
  });

  test("a per-year sub-limit used, against what it allows", async () => {
    const { claim, decision, policy } = await decidedSubLimit();
    expect([decision.outcome, decision.payable]).toEqual(["partially_approved", "2600.00"]);
    const eob = toFhirExplanationOfBenefit(decision, claim as never, { policy });
    expect(balances(eob)).toEqual([["inpatient annual", "deductible 10000→10000", "benefit 100000→4600", "medicine-per-year 1000→1000"]]);
    expect(eob.benefitBalance?.[0]?.financial?.[2]?.type).toEqual({ coding: [{ system: "urn:claim-adjudicator:sub-limit", code: "medicine-per-year" }] });
  });

  test("every sub-limit the ledger holds is reported", async () => {
    for (const { name, claim, decision, policy } of await decidedMedicalExamples()) {
      const eob = toFhirExplanationOfBenefit(decision, claim as never, { policy });
      for (const [coverageId, used] of Object.entries(decision.counters.after.coverages)) {
        const financial = eob.benefitBalance?.find((balance) => balance.category.coding?.[0]?.code === coverageId && balance.term?.coding?.[0]?.code === "annual")?.financial ?? [];
        const reported = financial.filter((entry) => entry.type.coding?.[0]?.system === "urn:claim-adjudicator:sub-limit").map((entry) => [entry.type.coding?.[0]?.code, entry.usedMoney?.value]);
        expect(reported, name).toEqual(Object.entries(used.subLimitsUsed).sort(([a], [b]) => a.localeCompare(b)).map(([id, amount]) => [id, Number(amount)]));
      }
    }
  });

  test("every coverage of the policy; days paid as unsignedInt against the days a year allows", async () => {
    const { claim, decision, policy } = await decidedAccident();
    const eob = toFhirExplanationOfBenefit(decision, claim as never, { policy });
    expect(balances(eob)).toEqual([
      ["am annual", "deductible 0→0", "benefit 50000→11610"],
      ["med annual", "deductible 0→0", "benefit 1000000→800"],
      ["cash annual", "benefit 1000", "days-paid 180→10"],
      ["disability annual", "benefit 20000"],
      ["death annual", "benefit 0"],
    ]);
  });

  test("payouts of a fixed benefit: a lifetime balance, unsignedInt, against the payouts the tier allows", async () => {
    const { claim, decision, policy } = await decidedDeath();
    const eob = toFhirExplanationOfBenefit(decision, claim as never, { policy, language: "en" });
    expect(balances(eob).filter(([head]) => head?.startsWith("death"))).toEqual([
      ["death annual", "benefit 80000"],
      ["death lifetime", "death 1→1"],
    ]);
    expect(eob.benefitBalance?.find((balance) => balance.term?.coding?.[0]?.code === "lifetime")?.financial?.[0]?.type).toEqual({ coding: [{ system: "urn:claim-adjudicator:fixed-benefit", code: "death" }], text: "Death" });
  });
});

describe("toFhirExplanationOfBenefit: the adjudication", () => {
  test("the same outcome, disposition, adjudications, totals, payment and notes as the ClaimResponse", async () => {
    for (const { name, claim, decision } of await decidedMedicalExamples()) {
      const eob = toFhirExplanationOfBenefit(decision, claim as never);
      const response = toFhirClaimResponse(decision, claim as never);
      expect([eob.outcome, eob.disposition, eob.total, eob.payment, eob.processNote, eob.created, eob.type], name).toEqual([response.outcome, response.disposition, response.total, response.payment, response.processNote, response.created, response.type]);
      expect(eob.item?.map((item) => [item.sequence, item.adjudication, item.noteNumber]), name).toEqual(response.item?.map((item) => [item.itemSequence, item.adjudication, item.noteNumber]));
    }
  });

  test("items carry the expense category, service date, quantity and billed amount; the stay is the billable period", async () => {
    const { claim, decision } = await decidedMedicalExample("02-deductible-partly-reached");
    const eob = toFhirExplanationOfBenefit(decision, claim as never);
    const c = claim as { lines: { id: string; category: string; serviceDate: string; amount: string }[]; hospitalStay: { admission: string; discharge: string } };
    expect(eob.item?.map((item) => [item.productOrService.coding?.[0], item.servicedDate, item.quantity, item.net])).toEqual(
      c.lines.map((line) => [{ system: "urn:claim-adjudicator:expense-category", code: line.category }, line.serviceDate, { value: 1 }, { value: Number(line.amount), currency: "CNY" }]),
    );
    expect(eob.billablePeriod).toEqual({ start: c.hospitalStay.admission, end: c.hospitalStay.discharge });
    expect(eob.meta).toEqual({ profile: ["http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit|4.0.1"] });
    expect(eob.provider).toEqual({ extension: [{ url: "http://hl7.org/fhir/StructureDefinition/data-absent-reason", valueCode: "unknown" }], type: "Organization" });
    expect(eob.insurance).toEqual([{ focal: true, coverage: { type: "Coverage", identifier: { system: "urn:claim-adjudicator:policy-number", value: decision.policyId } } }]);
  });
});

describe("amounts the decision holds are carried exactly", () => {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  const cents = (max: number) => fc.integer({ min: 1, max }).map((value) => new Dec(value).div(100).toFixed(2));
  const line = fc.record({ amount: cents(5_000_000_00), share: fc.integer({ min: 0, max: 100 }), category: fc.constantFrom("bed", "medicine", "surgery", "examination", "nursing") });

  propTest.prop([fc.array(line, { minLength: 1, maxLength: 6 }), cents(20_000_00)], { numRuns: 60 })("totals and every Money equal the decision's decimal strings", async (lines, deductibleUsed) => {
    const claim = smallClaim(lines.map(({ amount, share, category }) => ({ amount, category, socialInsurancePaid: new Dec(amount).times(share).div(100).toDecimalPlaces(2, Dec.ROUND_DOWN).toFixed(2) })));
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20", accumulators: { coverages: { inpatient: { deductibleUsed: new Dec(deductibleUsed).gt(10000) ? "10000.00" : deductibleUsed } } } });
    const eob = toFhirExplanationOfBenefit(decision, claim);
    const total = Object.fromEntries((eob.total ?? []).map((entry) => [entry.category.coding?.[0]?.code, new Dec(String(entry.amount.value))]));
    expect(total["submitted"]?.equals(new Dec(decision.billed))).toBe(true);
    expect(total["benefit"]?.equals(new Dec(decision.payable))).toBe(true);
    for (const [i, item] of (eob.item ?? []).entries()) {
      const decided = decision.lines[i];
      const amounts = item.adjudication?.filter((adjudication) => adjudication.amount !== undefined).map((adjudication) => new Dec(String(adjudication.amount?.value)).toFixed(2));
      expect(amounts).toEqual([decided?.billed, decided?.eligible, ...(decided?.adjustments.map((adjustment) => adjustment.amount) ?? []), decided?.payable]);
    }
  });
});
