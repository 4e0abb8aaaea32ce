import { describe, expect, test } from "vitest";
import { compilePolicy } from "../../src/policy/compile-policy.js";
import { deriveClaimFacts as deriveFacts, deriveLineFacts as deriveLine, LIBRARY_FACTS } from "../../src/facts/fact-registry.js";
import type { CompiledPolicy } from "../../src/policy/compile-policy.js";
import type { Claim } from "../../src/claim/claim-schema.js";
import type { BillLine } from "../../src/claim/claim-schema.js";
import { ClaimSchema, PolicySchema } from "../../src/index.js";
import { firstClaimContext } from "../support/fact-context.js";
import { smallClaim, smallPolicy } from "../support/fixtures.js";

const policy = compilePolicy(PolicySchema.parse(smallPolicy()));
const noAccumulators = { coverages: {} };
const deriveClaimFacts = (claim: Claim, compiled: CompiledPolicy, accumulators: typeof noAccumulators) =>
  deriveFacts(LIBRARY_FACTS, firstClaimContext(claim, compiled, accumulators));
const deriveLineFacts = (claimFacts: Record<string, unknown>, line: BillLine, claim: Claim) =>
  deriveLine(LIBRARY_FACTS, claimFacts, firstClaimContext(claim, policy), line);
const facts = (overrides: Parameters<typeof smallClaim>[1], lines: Parameters<typeof smallClaim>[0] = [{ amount: "100.00" }]) =>
  deriveClaimFacts(ClaimSchema.parse(smallClaim(lines, overrides)), policy, noAccumulators);
const illness = (date: string) => ({ incident: { date, type: "illness" as const, diagnosisCodes: ["K35.8"], description: "x" }, reportedOn: date, submittedOn: date });

describe("deriveClaimFacts", () => {
  // Cover starts 2026-01-01 (day 0); a 30-day illness waiting period covers days 0…29, i.e. 2026-01-01 … 2026-01-30.
  test.each([
    { date: "2026-01-01", days: 0, passed: false, inForce: true },
    { date: "2026-01-30", days: 29, passed: false, inForce: true },
    { date: "2026-01-31", days: 30, passed: true, inForce: true },
    { date: "2026-12-31", days: 364, passed: true, inForce: true },
    { date: "2027-01-01", days: 365, passed: true, inForce: false },
  ])("incident on $date: day $days of cover, waiting period passed $passed, in force $inForce", ({ date, days, passed, inForce }) => {
    expect(facts(illness(date))).toMatchObject({ daysSinceInception: days, waitingPeriodDays: 30, waitingPeriodPassed: passed, policyInForce: inForce });
  });

  test("an accident has no waiting period here", () => {
    expect(facts({ ...illness("2026-01-02"), incident: { date: "2026-01-02", type: "accident", diagnosisCodes: ["S82.1"], description: "x" } })).toMatchObject({
      waitingPeriodDays: 0,
      waitingPeriodPassed: true,
    });
  });

  test("a renewal counts from continuous cover, so the waiting period is served once", () => {
    const renewed = compilePolicy(PolicySchema.parse(smallPolicy({ period: { effective: "2026-01-01", expiry: "2026-12-31", continuousCoverageSince: "2025-01-01" } })));
    const derived = deriveClaimFacts(ClaimSchema.parse(smallClaim([{ amount: "1.00" }], illness("2026-01-05"))), renewed, noAccumulators);
    expect(derived).toMatchObject({ daysSinceInception: 369, waitingPeriodPassed: true, policyInForce: true });
  });

  test.each([
    { stay: undefined, hospitalized: false, days: 0 },
    { stay: { admission: "2026-06-01", discharge: "2026-06-01" }, hospitalized: true, days: 1 },
    { stay: { admission: "2026-06-01", discharge: "2026-06-08" }, hospitalized: true, days: 7 },
    { stay: { admission: "2026-02-27", discharge: "2026-03-02" }, hospitalized: true, days: 3 },
  ])("hospital stay $stay → $days days", ({ stay, hospitalized, days }) => {
    expect(facts(stay === undefined ? {} : { hospitalStay: stay })).toMatchObject({ hospitalized, hospitalDays: days });
  });

  test("totals are decimal strings in minor units, categories and documents distinct and sorted", () => {
    const derived = facts({ documents: [{ type: "invoice", id: "1", issuedOn: "2026-06-02", original: true }, { type: "claim_form", id: "2", issuedOn: "2026-06-02", original: true }, { type: "invoice", id: "3", issuedOn: "2026-06-02", original: false }] }, [
      { amount: "0.10", socialInsurancePaid: "0.05" },
      { amount: "0.20", category: "bed", selfPay: "0.20" },
      { amount: "1000", category: "bed" },
    ]);
    expect(derived).toMatchObject({
      totalBilled: "1000.30",
      totalSocialInsurancePaid: "0.05",
      totalSelfPay: "0.20",
      lineCount: 3,
      lineCategories: ["bed", "medicine"],
      documentTypes: ["claim_form", "invoice"],
      reportDelayDays: 1,
      submissionDelayDays: 9,
      claimantIsInsured: true,
      preExistingConditionCodes: ["I10"],
      symptomsBeforeCover: false,
    });
  });

  test("first symptoms before cover mark a pre-existing condition", () => {
    const derived = facts({ incident: { date: "2026-06-01", type: "illness", diagnosisCodes: ["K35.8"], description: "x", firstSymptomsOn: "2025-12-20" } });
    expect(derived["symptomsBeforeCover"]).toBe(true);
  });

  test("an item rule sees the line with days from the incident", () => {
    const claim = ClaimSchema.parse(smallClaim([{ amount: "10.00", serviceDate: "2026-05-30" }]));
    const line = deriveLineFacts({}, claim.lines[0]!, claim)["line"];
    expect(line).toEqual({
      id: "L1",
      category: "medicine",
      description: "",
      amount: "10.00",
      selfPay: "0",
      socialInsurancePaid: "0",
      otherInsurancePaid: "0",
      itemCode: "",
      quantity: 1,
      visitId: "2026-05-30",
      serviceDate: "2026-05-30",
      invoiceNumber: "INV-1",
      daysFromIncident: -2,
      // Medical fields: a line that says nothing of them is settled as the claim says, treats the principal
      // diagnosis, has no provider, class or drug, and lies outside any stay.
      socialInsurance: "used",
      criticalIllnessInsurancePaid: "0",
      medicalAssistancePaid: "0",
      civilServantSubsidyPaid: "0",
      employerSupplementaryPaid: "0",
      catalogueClass: "",
      classBSelfPay: "0",
      diagnosisCodes: ["K35.8"],
      treatsPreExistingCondition: false,
      providerId: "",
      providerKind: "",
      providerLevel: "",
      providerOwnership: "",
      department: "",
      dtpPharmacy: false,
      emergency: false,
      negotiatedAmount: "10.00",
      drugCode: "",
      prescriptionAgeDays: 0,
      stayWindow: "no_stay",
      daysBeforeAdmission: 0,
      daysAfterDischarge: 0,
    });
  });
});
