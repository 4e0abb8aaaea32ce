import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { isRestDay } from "../../src/dates/holiday-calendar.js";
import { daysBetween } from "../../src/dates/iso-date.js";
import type { ClaimDeadlineInput } from "../../src/deadlines/claim-deadline-input-schema.js";
import { ClaimDeadlinesSchema, type ClaimDeadlines, type Deadline } from "../../src/deadlines/claim-deadlines-schema.js";
import { computeClaimDeadlines } from "../../src/deadlines/compute-claim-deadlines.js";
import { DEADLINE_IDS, type DeadlineId, type JurisdictionProfile } from "../../src/deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { CN_HOLIDAYS_2025_2026, deepFreeze, PRC_MEDICAL_PRODUCT, PRC_WITH_HOLIDAYS, PRC_WORKING_DAYS_PRODUCT } from "./fixtures.js";

/** A deadline in one short string: its due date (`+rolled from`), or `kind:why`. */
function summarize(deadline: Deadline): string {
  if (deadline.kind === "dated") return deadline.rolledOverFrom === undefined ? deadline.dueOn : `${deadline.dueOn} (from ${deadline.rolledOverFrom})`;
  return `${deadline.kind}:${deadline.why.code}`;
}
function summarizeAll(deadlines: ClaimDeadlines): Record<DeadlineId, string> {
  return Object.fromEntries(DEADLINE_IDS.map((id) => [id, summarize(deadlines.byId[id])])) as Record<DeadlineId, string>;
}

const cases: { name: string; input: ClaimDeadlineInput; profile: JurisdictionProfile; expected: Record<DeadlineId, string> }[] = [
  {
    name: "denied complex claim from a month end: 30 days across February, denial notice 3 days after",
    input: { productLine: "non_life", incidentOn: "2026-01-31", submittedOn: "2026-02-02", documentsCompleteOn: "2026-02-10", complex: true, outcome: "denied", determinedOn: "2026-03-02" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-01-31",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "2026-03-12",
      denialNotice: "2026-03-05",
      payment: "not_applicable:claim_denied",
      advancePayment: "not_applicable:claim_denied",
    },
  },
  {
    name: "incident on a leap day, non-life: the limitation ends on 2026-02-28 (no Feb 29)",
    input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2024-03-05", documentsCompleteOn: "2024-03-05", complex: false, outcome: "approved", determinedOn: "2024-03-08", amountAgreedOn: "2024-03-08" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2026-02-28",
      report: "undated:no_fixed_period",
      documentRequest: "not_applicable:documents_complete_at_submission",
      determination: "2024-04-04", // ordinary case: the complex-case limit as the outer bound, 30 days in a 29-day February year
      denialNotice: "not_applicable:not_a_denial",
      payment: "2024-03-18",
      advancePayment: "not_applicable:amount_determined_in_time",
    },
  },
  {
    name: "life insurance, known a month after the event: 5 years from the day known",
    input: { productLine: "life", incidentOn: "2024-01-15", knownOn: "2024-02-29", submittedOn: "2024-06-03", documentsCompleteOn: "2024-06-03", complex: true, outcome: "approved", determinedOn: "2024-07-01", amountAgreedOn: "2024-07-20" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2029-02-28",
      report: "undated:no_fixed_period",
      documentRequest: "not_applicable:documents_complete_at_submission",
      determination: "2024-07-03",
      denialNotice: "not_applicable:not_a_denial",
      payment: "2024-07-30",
      advancePayment: "not_applicable:amount_determined_in_time",
    },
  },
  {
    name: "documents still missing: the determination and advance-payment clocks have not started",
    input: { productLine: "non_life", incidentOn: "2026-03-01", submittedOn: "2026-03-10", complex: false, outcome: "pending_documents" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-03-01",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "undated:waiting_for_documents",
      denialNotice: "undated:waiting_for_determination",
      payment: "undated:waiting_for_determination",
      advancePayment: "undated:waiting_for_documents",
    },
  },
  {
    name: "amount not agreed 60 days after complete documents: an advance payment is due",
    input: { productLine: "non_life", incidentOn: "2026-10-20", submittedOn: "2026-10-25", documentsCompleteOn: "2026-11-02", complex: true, outcome: "approved", determinedOn: "2026-11-30" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-10-20",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "2026-12-02",
      denialNotice: "not_applicable:not_a_denial",
      payment: "undated:waiting_for_agreement",
      advancePayment: "2027-01-01", // 60 days over the year end
    },
  },
  {
    name: "amount agreed after the 60 days: the advance payment was owed",
    input: { productLine: "non_life", incidentOn: "2026-10-20", submittedOn: "2026-10-25", documentsCompleteOn: "2026-11-02", complex: true, outcome: "partially_approved", determinedOn: "2026-11-30", amountAgreedOn: "2027-01-05" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-10-20",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "2026-12-02",
      denialNotice: "2026-12-03", // a partial approval is a partial denial: its reasons are owed too
      payment: "2027-01-15",
      advancePayment: "2027-01-01",
    },
  },
  {
    name: "denied before the documents were complete: no request for documents, determination met without a clock",
    input: { productLine: "non_life", incidentOn: "2026-04-01", submittedOn: "2026-04-20", complex: false, outcome: "denied", determinedOn: "2026-04-21" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-04-01",
      report: "undated:no_fixed_period",
      documentRequest: "not_applicable:claim_denied",
      determination: "undated:waiting_for_documents",
      denialNotice: "2026-04-24",
      payment: "not_applicable:claim_denied",
      advancePayment: "not_applicable:claim_denied",
    },
  },
  {
    name: "product wording: documents requested within 3 days, determination within 5 days (ordinary case)",
    input: { productLine: "non_life", incidentOn: "2026-02-27", submittedOn: "2026-03-02", documentsCompleteOn: "2026-03-06", complex: false, outcome: "approved", determinedOn: "2026-03-09", amountAgreedOn: "2026-03-10" },
    profile: PRC_MEDICAL_PRODUCT,
    expected: {
      limitation: "2028-02-27",
      report: "undated:no_fixed_period",
      documentRequest: "2026-03-05",
      determination: "2026-03-11",
      denialNotice: "not_applicable:not_a_denial",
      payment: "2026-03-20",
      advancePayment: "not_applicable:amount_determined_in_time",
    },
  },
  {
    name: "with holidays (art. 203): last days on the Spring Festival move to the day after it",
    input: { productLine: "non_life", incidentOn: "2026-01-03", submittedOn: "2026-01-10", documentsCompleteOn: "2026-01-16", complex: true, outcome: "denied", determinedOn: "2026-02-12" },
    profile: PRC_WITH_HOLIDAYS,
    expected: {
      limitation: "2028-01-03", // beyond the holiday data: see the warning test
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "2026-02-24 (from 2026-02-15)",
      denialNotice: "2026-02-24 (from 2026-02-15)",
      payment: "not_applicable:claim_denied",
      advancePayment: "not_applicable:claim_denied",
    },
  },
  {
    name: "with holidays: payment due on National Day moves to Oct 8; a due date on a worked Saturday stays",
    input: { productLine: "non_life", incidentOn: "2025-10-11", submittedOn: "2026-09-01", documentsCompleteOn: "2026-09-10", complex: true, outcome: "approved", determinedOn: "2026-09-20", amountAgreedOn: "2026-09-21" },
    profile: PRC_WITH_HOLIDAYS,
    expected: {
      limitation: "2027-10-11", // beyond the data: a Monday, no move
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "2026-10-10", // Sep 10 + 30 = Oct 10, a Saturday worked (调休)
      denialNotice: "not_applicable:not_a_denial",
      payment: "2026-10-08 (from 2026-10-01)",
      advancePayment: "not_applicable:amount_determined_in_time",
    },
  },
  {
    name: "product counting working days: 5 working days over National Day",
    input: { productLine: "non_life", incidentOn: "2026-09-20", submittedOn: "2026-09-25", documentsCompleteOn: "2026-09-29", complex: false, outcome: "approved", determinedOn: "2026-10-09", amountAgreedOn: "2026-10-09" },
    profile: PRC_WORKING_DAYS_PRODUCT,
    expected: {
      limitation: "2028-09-20",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "2026-10-12", // Sep 30, Oct 8, 9, 10 (worked Saturday), 12
      denialNotice: "not_applicable:not_a_denial",
      payment: "2026-10-19", // calendar days (10) still; Oct 19 is a Monday
      advancePayment: "not_applicable:amount_determined_in_time",
    },
  },
];

describe("computeClaimDeadlines: worked cases", () => {
  test.each(cases)("$name", ({ input, profile, expected }) => {
    const deadlines = computeClaimDeadlines(deepFreeze(input), profile);
    expect(summarizeAll(deadlines)).toEqual(expected);
    expect(ClaimDeadlinesSchema.safeParse(deadlines).success).toBe(true);
  });
});

describe("computeClaimDeadlines: what each deadline carries", () => {
  const denied = computeClaimDeadlines(cases[0]!.input);

  test("the denial notice: period, legal basis in zh and en, who must act", () => {
    expect(denied.byId.denialNotice).toMatchObject({
      kind: "dated",
      id: "denialNotice",
      party: "insurer",
      countsFrom: "2026-03-02",
      period: { length: 3, unit: "calendar_days" },
      dueOn: "2026-03-05",
      basis: { article: "24", law: { zh: "《中华人民共和国保险法》", en: "PRC Insurance Law" } },
    });
    expect(denied.byId.denialNotice.basis.summary.zh).toContain("三日内");
    expect(denied.counting.article).toBe("201-203");
  });

  test("dates the input already knows are recorded as met", () => {
    expect(denied.byId.limitation).toMatchObject({ party: "claimant", metOn: "2026-02-02", period: { length: 2, unit: "years" } });
    expect(denied.byId.report).toMatchObject({ kind: "undated", party: "claimant", metOn: "2026-02-02" });
    expect(denied.byId.determination).toMatchObject({ metOn: "2026-03-02" });
  });

  test("an ordinary case with no product period says the complex-case limit is the outer bound", () => {
    const ordinary = computeClaimDeadlines(cases[1]!.input);
    expect(ordinary.byId.determination).toMatchObject({ kind: "dated", period: { length: 30 } });
    expect(ordinary.byId.determination.kind === "dated" && ordinary.byId.determination.note?.en).toContain("the complex-case limit is shown as the latest date");
  });

  test("a period set by the product cites the product clause next to the law", () => {
    const product = computeClaimDeadlines(cases[7]!.input, PRC_MEDICAL_PRODUCT);
    expect(product.profileId).toBe("cn-insurance-law.medical-2026");
    expect(product.byId.determination.basis).toMatchObject({ article: "23", contractTerm: { productId: "medical-2026", clauseId: "7.3" } });
    expect(product.byId.payment.basis.contractTerm).toBeUndefined();
  });

  test("a count reaching beyond the holiday data gives a warning", () => {
    const held = computeClaimDeadlines(cases[8]!.input, PRC_WITH_HOLIDAYS);
    expect(held.warnings.map((warning) => [warning.deadlineId, warning.code])).toEqual([["limitation", "beyond_holiday_calendar"]]);
    expect(held.warnings[0]?.message.en).toContain("2025-01-01 – 2026-12-31");
  });

  test("the same input gives the same deadlines and the input is not changed", () => {
    const input = deepFreeze({ ...cases[5]!.input });
    expect(computeClaimDeadlines(input, PRC_WITH_HOLIDAYS)).toEqual(computeClaimDeadlines({ ...cases[5]!.input }, PRC_WITH_HOLIDAYS));
  });
});

describe("computeClaimDeadlines: invalid input", () => {
  const valid: ClaimDeadlineInput = { productLine: "non_life", incidentOn: "2026-03-01", submittedOn: "2026-03-10", complex: false };
  test.each([
    { name: "not a calendar day", input: { ...valid, incidentOn: "2026-02-29" }, path: "deadlineInput.incidentOn" },
    { name: "determined before submitted", input: { ...valid, outcome: "denied", determinedOn: "2026-03-09" }, path: "deadlineInput.determinedOn" },
    { name: "a determination without its date", input: { ...valid, outcome: "approved" }, path: "deadlineInput.determinedOn" },
    { name: "documents complete before submission", input: { ...valid, documentsCompleteOn: "2026-03-09" }, path: "deadlineInput.documentsCompleteOn" },
    { name: "known before it happened", input: { ...valid, knownOn: "2026-02-27" }, path: "deadlineInput.knownOn" },
    { name: "unknown product line", input: { ...valid, productLine: "health" }, path: "deadlineInput.productLine" },
    { name: "a typo in a key", input: { ...valid, submitedOn: "2026-03-10" }, path: "deadlineInput" },
  ])("$name → $path", ({ input, path }) => {
    let caught: unknown;
    try {
      computeClaimDeadlines(input as ClaimDeadlineInput);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues.map((issue) => toDotPath(issue.path))).toContain(path);
  });
});

describe("computeClaimDeadlines: invariants", () => {
  const day = (from: string, max: number) => fc.integer({ min: 0, max }).map((offset) => addCalendarDays(from, offset));
  const claim = fc
    .record({
      incidentOn: day("2024-01-01", 700),
      toSubmission: fc.integer({ min: 0, max: 90 }),
      toDocuments: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      toDetermination: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      toAgreement: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      outcome: fc.constantFrom("approved", "partially_approved", "denied", "pending_documents", "referred", undefined),
      complex: fc.boolean(),
      productLine: fc.constantFrom("life", "non_life"),
    })
    .map(({ incidentOn, toSubmission, toDocuments, toDetermination, toAgreement, outcome, complex, productLine }): ClaimDeadlineInput => {
      const submittedOn = addCalendarDays(incidentOn, toSubmission);
      const determines = outcome === "approved" || outcome === "partially_approved" || outcome === "denied";
      const determinedOn = determines ? addCalendarDays(submittedOn, toDetermination ?? 0) : undefined;
      return {
        productLine: productLine as "life" | "non_life",
        incidentOn,
        submittedOn,
        complex,
        ...(toDocuments === undefined ? {} : { documentsCompleteOn: addCalendarDays(submittedOn, toDocuments) }),
        ...(outcome === undefined ? {} : { outcome }),
        ...(determinedOn === undefined ? {} : { determinedOn }),
        ...(determinedOn === undefined || toAgreement === undefined ? {} : { amountAgreedOn: addCalendarDays(determinedOn, toAgreement) }),
      };
    });

  propTest.prop([claim, fc.constantFrom(PRC_INSURANCE_LAW_PROFILE, PRC_WITH_HOLIDAYS, PRC_MEDICAL_PRODUCT, PRC_WORKING_DAYS_PRODUCT)])(
    "every due date is after the day it counts from; calendar days add up exactly unless art. 203 moved them onto a working day",
    (input, profile) => {
      const deadlines = computeClaimDeadlines(input, profile);
      for (const deadline of Object.values(deadlines.byId)) {
        if (deadline.kind !== "dated") continue;
        expect(deadline.dueOn > deadline.countsFrom).toBe(true);
        if (deadline.period.unit === "calendar_days") {
          expect(daysBetween(deadline.rolledOverFrom ?? deadline.dueOn, deadline.countsFrom)).toBe(deadline.period.length);
        }
        if (profile.holidayCalendar !== undefined) expect(isRestDay(deadline.dueOn, CN_HOLIDAYS_2025_2026)).toBe(false);
        else expect(deadline.rolledOverFrom).toBeUndefined();
      }
      expect(deadlines.byId.payment.kind === "dated").toBe(input.amountAgreedOn !== undefined && input.outcome !== "denied" && input.outcome !== undefined);
    },
  );
});
