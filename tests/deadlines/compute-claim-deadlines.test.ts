import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { isRestDay } from "../../src/dates/holiday-calendar.js";
import { daysBetween, isoWeekday } from "../../src/dates/iso-date.js";
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
    name: "denied complex claim from a month end: 30 days across February from the claim, denial notice 3 days after",
    input: { productLine: "non_life", incidentOn: "2026-01-31", submittedOn: "2026-02-02", documentsCompleteOn: "2026-02-10", complex: true, outcome: "denied", determinedOn: "2026-03-02" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-01-31", // a Monday
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      // No request reached the claimant, so nothing is deducted: Feb 3–28 (26 days) + Mar 1–4 (4) = 30 → Wed 2026-03-04.
      determination: "2026-03-04",
      denialNotice: "2026-03-05",
      payment: "not_applicable:claim_denied",
      advancePayment: "not_applicable:claim_denied",
    },
  },
  {
    name: "incident on a leap day, non-life: the limitation ends on 2026-02-28 (no Feb 29), a Saturday, so on Monday (art. 203)",
    input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2024-03-05", documentsCompleteOn: "2024-03-05", complex: false, outcome: "approved", determinedOn: "2024-03-08", amountAgreedOn: "2024-03-08" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2026-03-02 (from 2026-02-28)",
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
    name: "documents still missing, the decision asks for them: the determination is suspended, the advance payment has not started",
    input: { productLine: "non_life", incidentOn: "2026-03-01", submittedOn: "2026-03-10", complex: false, outcome: "pending_documents" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-03-01",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "undated:suspended_for_documents",
      denialNotice: "undated:waiting_for_determination",
      payment: "undated:waiting_for_determination",
      advancePayment: "undated:waiting_for_documents",
    },
  },
  {
    name: "amount not agreed 60 days after complete documents: an advance payment is due; the request's days are deducted",
    input: {
      productLine: "non_life", incidentOn: "2026-10-20", submittedOn: "2026-10-25", documentRequest: { sentOn: "2026-10-26", reachedClaimantOn: "2026-10-27" },
      documentsCompleteOn: "2026-11-02", complex: true, outcome: "approved", determinedOn: "2026-11-30",
    },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-10-20",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      // Oct 26, 27 counted (2; the day the request arrived counts), Oct 28 – Nov 2 not (6), then Nov 3–30 (28) → Mon 11-30.
      determination: "2026-11-30",
      denialNotice: "not_applicable:not_a_denial",
      payment: "undated:waiting_for_agreement",
      advancePayment: "2027-01-01", // 60 days over the year end
    },
  },
  {
    name: "amount agreed after the 60 days: the advance payment was owed; no request recorded, so the determination was due 30 days from the claim",
    input: { productLine: "non_life", incidentOn: "2026-10-20", submittedOn: "2026-10-25", documentsCompleteOn: "2026-11-02", complex: true, outcome: "partially_approved", determinedOn: "2026-11-30", amountAgreedOn: "2027-01-05" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-10-20",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      determination: "2026-11-24", // Oct 26–31 (6) + Nov 1–24 (24) = 30, a Tuesday: met late on 11-30
      denialNotice: "2026-12-03", // a partial approval is a partial denial: its reasons are owed too
      payment: "2027-01-15",
      advancePayment: "2027-01-01",
    },
  },
  {
    name: "denied before the documents were complete: no request for documents; the determination ran from the claim and was met",
    input: { productLine: "non_life", incidentOn: "2026-04-01", submittedOn: "2026-04-20", complex: false, outcome: "denied", determinedOn: "2026-04-21" },
    profile: PRC_INSURANCE_LAW_PROFILE,
    expected: {
      limitation: "2028-04-03 (from 2028-04-01)", // 2028-04-01 is a Saturday
      report: "undated:no_fixed_period",
      documentRequest: "not_applicable:claim_denied",
      determination: "2026-05-20", // Apr 21–30 (10) + May 1–20 (20); the outer bound of an ordinary case
      denialNotice: "2026-04-24",
      payment: "not_applicable:claim_denied",
      advancePayment: "not_applicable:claim_denied",
    },
  },
  {
    name: "product wording: documents requested within 3 days, determination within 5 days (ordinary case), the request's day deducted",
    input: {
      productLine: "non_life", incidentOn: "2026-02-27", submittedOn: "2026-03-02", documentRequest: { sentOn: "2026-03-04", reachedClaimantOn: "2026-03-05" },
      documentsCompleteOn: "2026-03-06", complex: false, outcome: "approved", determinedOn: "2026-03-09", amountAgreedOn: "2026-03-10",
    },
    profile: PRC_MEDICAL_PRODUCT,
    expected: {
      limitation: "2028-02-28 (from 2028-02-27)", // a Sunday
      report: "undated:no_fixed_period",
      documentRequest: "2026-03-05", // Mar 3, 4, 5; met on the 4th, when it was sent
      // Mar 3, 4, 5 counted (3), Mar 6 not (the documents arrived), Mar 7 (4), Mar 8 (5): a Sunday → Monday.
      determination: "2026-03-09 (from 2026-03-08)",
      denialNotice: "not_applicable:not_a_denial",
      payment: "2026-03-20",
      advancePayment: "not_applicable:amount_determined_in_time",
    },
  },
  {
    name: "with holidays (art. 203): last days on the Spring Festival move to the day after it",
    input: {
      productLine: "non_life", incidentOn: "2026-01-03", submittedOn: "2026-01-10", documentRequest: { reachedClaimantOn: "2026-01-12" },
      documentsCompleteOn: "2026-01-18", complex: true, outcome: "denied", determinedOn: "2026-02-12",
    },
    profile: PRC_WITH_HOLIDAYS,
    expected: {
      limitation: "2028-01-03", // beyond the holiday data: see the warning test
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      // Jan 11, 12 (2), Jan 13–18 not counted (6), Jan 19–31 (13) + Feb 1–15 (15) = 30: the first day of the Spring Festival.
      determination: "2026-02-24 (from 2026-02-15)",
      denialNotice: "2026-02-24 (from 2026-02-15)",
      payment: "not_applicable:claim_denied",
      advancePayment: "not_applicable:claim_denied",
    },
  },
  {
    name: "with holidays: payment due on National Day moves to Oct 8; a due date on a worked Saturday stays",
    input: {
      productLine: "non_life", incidentOn: "2025-10-11", submittedOn: "2026-09-01", documentRequest: { sentOn: "2026-09-01", reachedClaimantOn: "2026-09-01" },
      documentsCompleteOn: "2026-09-10", complex: true, outcome: "approved", determinedOn: "2026-09-20", amountAgreedOn: "2026-09-21",
    },
    profile: PRC_WITH_HOLIDAYS,
    expected: {
      limitation: "2027-10-11", // beyond the data: a Monday, no move
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      // Requested the day the claim came: Sep 2–10 not counted (9), then Sep 11–30 (20) + Oct 1–10 (10): a Saturday worked (调休).
      determination: "2026-10-10",
      denialNotice: "not_applicable:not_a_denial",
      payment: "2026-10-08 (from 2026-10-01)",
      advancePayment: "not_applicable:amount_determined_in_time",
    },
  },
  {
    name: "product counting working days: 5 working days over National Day, one day deducted for the documents",
    input: {
      productLine: "non_life", incidentOn: "2026-09-20", submittedOn: "2026-09-25", documentRequest: { reachedClaimantOn: "2026-09-28" },
      documentsCompleteOn: "2026-09-29", complex: false, outcome: "approved", determinedOn: "2026-10-09", amountAgreedOn: "2026-10-09",
    },
    profile: PRC_WORKING_DAYS_PRODUCT,
    expected: {
      limitation: "2028-09-20",
      report: "undated:no_fixed_period",
      documentRequest: "undated:no_fixed_period",
      // Sep 26–27 Mid-Autumn, Sep 28 (1), Sep 29 not counted (documents arrived), Sep 30 (2), Oct 1–7 off, Oct 8 (3), 9 (4), 10 (5, worked Saturday).
      determination: "2026-10-10",
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

  // zod's generic "expected boolean, received undefined" left the caller guessing what `complex` is for.
  test("complex left out → says what it is", () => {
    const { complex: _left, ...withoutComplex } = valid;
    let caught: unknown;
    try {
      computeClaimDeadlines(withoutComplex as ClaimDeadlineInput);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues.map((issue) => [toDotPath(issue.path), issue.message])).toEqual([["deadlineInput.complex", "must be true or false: whether the case is complex (情形复杂), which selects the determination period"]]);
  });
});

describe("computeClaimDeadlines: invariants", () => {
  const day = (from: string, max: number) => fc.integer({ min: 0, max }).map((offset) => addCalendarDays(from, offset));
  const claim = fc
    .record({
      incidentOn: day("2024-01-01", 700),
      toKnown: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      toSubmission: fc.integer({ min: 0, max: 90 }),
      toRequest: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      toDocuments: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      toDetermination: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      toAgreement: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      outcome: fc.constantFrom("approved", "partially_approved", "denied", "pending_documents", "referred", undefined),
      complex: fc.boolean(),
      productLine: fc.constantFrom("life", "non_life"),
    })
    .map(({ incidentOn, toKnown, toSubmission, toRequest, toDocuments, toDetermination, toAgreement, outcome, complex, productLine }): ClaimDeadlineInput => {
      const knownOn = toKnown === undefined ? undefined : addCalendarDays(incidentOn, toKnown);
      const submittedOn = addCalendarDays(knownOn ?? incidentOn, toSubmission);
      const reachedClaimantOn = toRequest === undefined ? undefined : addCalendarDays(submittedOn, toRequest);
      const determines = outcome === "approved" || outcome === "partially_approved" || outcome === "denied";
      const determinedOn = determines ? addCalendarDays(submittedOn, toDetermination ?? 0) : undefined;
      return {
        productLine: productLine as "life" | "non_life",
        incidentOn,
        ...(knownOn === undefined ? {} : { knownOn }),
        submittedOn,
        complex,
        ...(reachedClaimantOn === undefined ? {} : { documentRequest: { reachedClaimantOn } }),
        ...(toDocuments === undefined ? {} : { documentsCompleteOn: addCalendarDays(reachedClaimantOn ?? submittedOn, toDocuments) }),
        ...(outcome === undefined ? {} : { outcome }),
        ...(determinedOn === undefined ? {} : { determinedOn }),
        ...(determinedOn === undefined || toAgreement === undefined ? {} : { amountAgreedOn: addCalendarDays(determinedOn, toAgreement) }),
      };
    });
  const profiles = fc.constantFrom(PRC_INSURANCE_LAW_PROFILE, PRC_WITH_HOLIDAYS, PRC_MEDICAL_PRODUCT, PRC_WORKING_DAYS_PRODUCT);
  const isWeekend = (date: string) => [6, 7].includes(isoWeekday(date));
  const withoutSuspension = (profile: JurisdictionProfile): JurisdictionProfile => {
    const { suspension: _dropped, ...determination } = profile.deadlines.determination;
    return { ...profile, deadlines: { ...profile.deadlines, determination } };
  };
  const withEndDays = (profile: JurisdictionProfile, endDays: "days_after_notice" | "notice_day_too"): JurisdictionProfile => ({
    ...profile,
    deadlines: { ...profile.deadlines, determination: { ...profile.deadlines.determination, suspension: { ...profile.deadlines.determination.suspension!, endDays } } },
  });
  const due = (deadline: Deadline): string | null => (deadline.kind === "dated" ? deadline.dueOn : null);

  propTest.prop([claim, profiles])(
    "every due date is after the day it counts from; calendar days add up exactly, plus the days suspended, unless art. 203 moved them onto a working day",
    (input, profile) => {
      const deadlines = computeClaimDeadlines(input, profile);
      for (const deadline of Object.values(deadlines.byId)) {
        if (deadline.kind !== "dated") continue;
        expect(deadline.dueOn > deadline.countsFrom).toBe(true);
        if (deadline.period.unit === "calendar_days") {
          expect(daysBetween(deadline.rolledOverFrom ?? deadline.dueOn, deadline.countsFrom)).toBe(deadline.period.length + (deadline.suspension?.days ?? 0));
        }
        // Art. 203 by default: never a rest day, the calendar's or, without one, a Saturday or Sunday.
        if (profile.holidayCalendar !== undefined) expect(isRestDay(deadline.dueOn, CN_HOLIDAYS_2025_2026)).toBe(false);
        else expect(isWeekend(deadline.dueOn)).toBe(false);
        if (deadline.rolledOverFrom !== undefined) expect(deadline.rolledOverFrom < deadline.dueOn).toBe(true);
      }
      expect(deadlines.byId.payment.kind === "dated").toBe(input.amountAgreedOn !== undefined && input.outcome !== "denied" && input.outcome !== undefined);
      const determination = deadlines.byId.determination;
      if (determination.kind === "dated") expect(determination.countsFrom).toBe(input.submittedOn); // art. 23: from the first receipt
    },
  );

  propTest.prop([claim, profiles])("deducting the documents' time never makes the determination earlier", (input, profile) => {
    const deducted = due(computeClaimDeadlines(input, profile).byId.determination);
    const plain = due(computeClaimDeadlines(input, withoutSuspension(profile)).byId.determination);
    if (deducted !== null && plain !== null) expect(deducted >= plain).toBe(true);
    // Without a suspension the determination always has a date (30 days from the claim), except a pending claim.
    if (input.outcome !== "pending_documents") expect(plain).not.toBeNull();
  });

  propTest.prop([claim, profiles, fc.integer({ min: 1, max: 30 })])("documents arriving later never make the determination earlier", (input, profile, moreDays) => {
    fc.pre(input.documentRequest !== undefined && input.documentsCompleteOn !== undefined);
    const sooner = due(computeClaimDeadlines(input, profile).byId.determination);
    const later = due(computeClaimDeadlines({ ...input, documentsCompleteOn: addCalendarDays(input.documentsCompleteOn!, moreDays) }, profile).byId.determination);
    expect(sooner).not.toBeNull();
    expect(later).not.toBeNull();
    expect(later! >= sooner!).toBe(true);
  });

  propTest.prop([claim, profiles])("not counting the request's own day either never makes the determination earlier", (input, profile) => {
    fc.pre(input.documentRequest !== undefined);
    const after = due(computeClaimDeadlines(input, withEndDays(profile, "days_after_notice")).byId.determination);
    const too = due(computeClaimDeadlines(input, withEndDays(profile, "notice_day_too")).byId.determination);
    // A request reaching the claimant on the last day suspends only under `notice_day_too`: then `after` is dated, `too` may not be.
    if (after !== null && too !== null) expect(too >= after).toBe(true);
    if (too !== null) expect(after).not.toBeNull();
  });

  propTest.prop([claim, profiles, fc.integer({ min: 0, max: 800 })])("a report before the claim never makes the limitation period end earlier", (input, profile, reportOffset) => {
    const reportedOn = addCalendarDays(input.knownOn ?? input.incidentOn, reportOffset);
    fc.pre(reportedOn <= input.submittedOn);
    const without = computeClaimDeadlines(input, profile).byId.limitation;
    const withReport = computeClaimDeadlines({ ...input, reportedOn }, profile).byId.limitation;
    expect(due(withReport)! >= due(without)!).toBe(true);
  });
});
