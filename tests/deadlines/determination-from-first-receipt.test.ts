import { describe, expect, test } from "vitest";
import { applyProductDeadlineTerms } from "../../src/deadlines/apply-product-deadline-terms.js";
import type { ClaimDeadlineInput } from "../../src/deadlines/claim-deadline-input-schema.js";
import type { Deadline } from "../../src/deadlines/claim-deadlines-schema.js";
import { computeClaimDeadlines } from "../../src/deadlines/compute-claim-deadlines.js";
import type { JurisdictionProfile, SuspensionEndDays } from "../../src/deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { deepFreeze } from "./fixtures.js";

const PRC = PRC_INSURANCE_LAW_PROFILE;
function reading(endDays: SuspensionEndDays): JurisdictionProfile {
  const determination = { ...PRC.deadlines.determination, suspension: { ...PRC.deadlines.determination.suspension!, endDays } };
  return { ...PRC, deadlines: { ...PRC.deadlines, determination } };
}
const AFTER_NOTICE = reading("days_after_notice");
const NOTICE_DAY_TOO = reading("notice_day_too");
const { suspension: _dropped, ...plainDetermination } = PRC.deadlines.determination;
const NO_SUSPENSION: JurisdictionProfile = { ...PRC, deadlines: { ...PRC.deadlines, determination: plainDetermination } };
const UNMOVED: JurisdictionProfile = { ...PRC, lastDayOnRestDay: "unchanged" };

/** A determination in one short string: `due (from rolled) −days`, or `kind:why`. */
function brief(deadline: Deadline): string {
  if (deadline.kind !== "dated") return `${deadline.kind}:${deadline.why.code}`;
  const rolled = deadline.rolledOverFrom === undefined ? "" : ` (from ${deadline.rolledOverFrom})`;
  const suspended = deadline.suspension === undefined ? "" : ` −${deadline.suspension.days} (${deadline.suspension.from}…${deadline.suspension.to})`;
  return `${deadline.dueOn}${rolled}${suspended}`;
}

const complex = (submittedOn: string, reachedClaimantOn: string | undefined, documentsCompleteOn: string | undefined, extra: Partial<ClaimDeadlineInput> = {}): ClaimDeadlineInput => ({
  productLine: "non_life",
  incidentOn: "2026-02-27",
  submittedOn,
  complex: true,
  ...(reachedClaimantOn === undefined ? {} : { documentRequest: { reachedClaimantOn } }),
  ...(documentsCompleteOn === undefined ? {} : { documentsCompleteOn }),
  ...extra,
});

describe("art. 23's 30 days run from the first receipt of the claim, less the documents' time (解释（二） art. 15)", () => {
  test.each([
    // The issue's measured case: it showed 03-25 + 30 = Fri 04-24.
    // Mar 3–12 counted (10, the day the request arrived counts), Mar 13–25 not (13), Mar 26 – Apr 14 (20).
    { name: "issue 10: submitted 03-02, request reached 03-12, documents 03-25 → 04-14 (was 04-24)", input: complex("2026-03-02", "2026-03-12", "2026-03-25"), profile: PRC, expected: "2026-04-14 −13 (2026-03-13…2026-03-25)" },
    // Mar 3–11 counted (9), Mar 12–25 not (14), Mar 26 – Apr 15 (21).
    { name: "the same, the request's day not counted either → 04-15", input: complex("2026-03-02", "2026-03-12", "2026-03-25"), profile: NOTICE_DAY_TOO, expected: "2026-04-15 −14 (2026-03-12…2026-03-25)" },
    { name: "the same with no suspension in the profile: 30 days from the claim", input: complex("2026-03-02", "2026-03-12", "2026-03-25"), profile: NO_SUSPENSION, expected: "2026-04-01" },
    // DOMAIN.md's illustration (invented dates, put in 2027): received 3 Mar, notice reached 10 Mar, documents 20 Mar.
    // Notice day counted: Mar 4–10 (7), Mar 11–20 not (10), Mar 21 – Apr 12 (23) → Mon 12 Apr.
    { name: "DOMAIN.md illustration, notice day counted → 12 Apr", input: complex("2027-03-03", "2027-03-10", "2027-03-20"), profile: AFTER_NOTICE, expected: "2027-04-12 −10 (2027-03-11…2027-03-20)" },
    // Mar 4–9 (6), Mar 10–20 not (11), Mar 21 – Apr 13 (24) → Tue 13 Apr.
    { name: "DOMAIN.md illustration, both end days deducted → 13 Apr", input: complex("2027-03-03", "2027-03-10", "2027-03-20"), profile: NOTICE_DAY_TOO, expected: "2027-04-13 −11 (2027-03-10…2027-03-20)" },
    { name: "documents arriving the day the request reached the claimant: nothing deducted", input: complex("2026-03-02", "2026-03-12", "2026-03-12"), profile: AFTER_NOTICE, expected: "2026-04-01" },
    { name: "… or that one day, when the request's day is not counted either", input: complex("2026-03-02", "2026-03-12", "2026-03-12"), profile: NOTICE_DAY_TOO, expected: "2026-04-02 −1 (2026-03-12…2026-03-12)" },
    // The 30 days ended Wed 04-01, before the request reached the claimant on 04-05: nothing left to suspend.
    { name: "a request reaching the claimant after the 30 days had run: no deduction", input: complex("2026-03-02", "2026-04-05", "2026-04-20"), profile: PRC, expected: "2026-04-01" },
    { name: "… and none while the documents are still outstanding: the date has passed", input: complex("2026-03-02", "2026-04-05", undefined), profile: PRC, expected: "2026-04-01" },
    // Reached on day 30 (Wed 04-01): that day still counts, so the period ended before the suspension …
    { name: "a request reaching the claimant on the last day: that day counts, the period ended", input: complex("2026-03-02", "2026-04-01", "2026-04-10"), profile: AFTER_NOTICE, expected: "2026-04-01" },
    // … unless the request's day is not counted: 29 days, Apr 1–10 not counted, then 1 day: Sat 04-11 → Mon 04-13.
    { name: "… unless that day is not counted either: one day left after the documents, a Saturday", input: complex("2026-03-02", "2026-04-01", "2026-04-10"), profile: NOTICE_DAY_TOO, expected: "2026-04-13 (from 2026-04-11) −10 (2026-04-01…2026-04-10)" },
    { name: "documents still outstanding after the request reached the claimant: suspended", input: complex("2026-03-02", "2026-03-12", undefined), profile: PRC, expected: "undated:suspended_for_documents" },
    // Mar 6–15 not counted (10): Apr 1 + 10 = Sat 04-11 → Mon 04-13 (art. 203, no calendar: weekends).
    { name: "a due date after the suspension on a Saturday moves to Monday", input: complex("2026-03-02", "2026-03-05", "2026-03-15"), profile: PRC, expected: "2026-04-13 (from 2026-04-11) −10 (2026-03-06…2026-03-15)" },
    { name: "… or stays, with art. 203 switched off", input: complex("2026-03-02", "2026-03-05", "2026-03-15"), profile: UNMOVED, expected: "2026-04-11 −10 (2026-03-06…2026-03-15)" },
    { name: "complete with the claim: 30 days from it", input: complex("2026-03-02", undefined, "2026-03-02"), profile: PRC, expected: "2026-04-01" },
    { name: "complete later with no request recorded: nothing deducted", input: complex("2026-03-02", undefined, "2026-03-25"), profile: PRC, expected: "2026-04-01" },
    { name: "incomplete, no request yet and not asked by the decision: the clock runs", input: complex("2026-03-02", undefined, undefined, { outcome: "referred" }), profile: PRC, expected: "2026-04-01" },
    { name: "incomplete, the decision asks for the documents: suspended once its request arrives", input: complex("2026-03-02", undefined, undefined, { outcome: "pending_documents" }), profile: PRC, expected: "undated:suspended_for_documents" },
  ] satisfies { name: string; input: ClaimDeadlineInput; profile: JurisdictionProfile; expected: string }[])("$name", ({ input, profile, expected }) => {
    const determination = computeClaimDeadlines(deepFreeze(input), profile).byId.determination;
    expect(brief(determination)).toBe(expected);
    if (determination.kind === "dated") expect(determination.countsFrom).toBe(input.submittedOn);
  });

  test("the deadline says what was deducted and why, in zh and en, citing 解释（二） art. 15", () => {
    const determination = computeClaimDeadlines(complex("2026-03-02", "2026-03-12", "2026-03-25")).byId.determination;
    expect(determination.kind === "dated" && determination.note).toEqual({
      zh: "2026-03-13 至 2026-03-25 共 13 日为补充提供证明和资料的期间，不计入核定期限（《最高人民法院关于适用〈中华人民共和国保险法〉若干问题的解释（二）》第15条）。",
      en: "The 13 days from 2026-03-13 to 2026-03-25, while the requested documents were outstanding, are not counted (Supreme People's Court Interpretation (II) on the PRC Insurance Law art. 15).",
    });
    const unrecorded = computeClaimDeadlines(complex("2026-03-02", undefined, "2026-03-25")).byId.determination;
    expect(unrecorded.kind === "dated" && unrecorded.note?.en).toContain("No date is recorded on which a request for documents reached the claimant");
  });

  test("working days: the days the documents were outstanding are skipped too", () => {
    const profile = applyProductDeadlineTerms(PRC, {
      productId: "weekdays",
      holidayCalendar: { id: "none", name: { zh: "仅周末", en: "weekends only" }, covers: { from: "2026-01-01", to: "2026-12-31" }, holidays: [] },
      deadlines: { determination: { ordinaryDays: 5, dayCount: "working" } },
    });
    // Submitted Mon 03-02: Tue 3 (1), Wed 4 (2, the request arrives), Thu 5 – Mon 9 not counted, Tue 10 (3), Wed 11 (4), Thu 12 (5).
    const input = { ...complex("2026-03-02", "2026-03-04", "2026-03-09"), complex: false };
    expect(brief(computeClaimDeadlines(input, profile).byId.determination)).toBe("2026-03-12 −5 (2026-03-05…2026-03-09)");
  });

  test("the art. 22 request deadline is met when the request was sent", () => {
    const withTerms = applyProductDeadlineTerms(PRC, { productId: "p", deadlines: { documentRequest: { days: 3 } } });
    const input = { ...complex("2026-03-02", "2026-03-06", "2026-03-25"), documentRequest: { sentOn: "2026-03-04", reachedClaimantOn: "2026-03-06" } };
    expect(computeClaimDeadlines(input, withTerms).byId.documentRequest).toMatchObject({ kind: "dated", dueOn: "2026-03-05", metOn: "2026-03-04" });
  });

  test.each([
    { name: "reached the claimant before it was sent", input: { ...complex("2026-03-02", undefined, undefined), documentRequest: { sentOn: "2026-03-10", reachedClaimantOn: "2026-03-09" } }, paths: ["deadlineInput.documentRequest.reachedClaimantOn"] },
    { name: "reached the claimant before the claim", input: complex("2026-03-02", "2026-03-01", undefined), paths: ["deadlineInput.documentRequest.reachedClaimantOn"] },
    { name: "documents complete before the request reached the claimant", input: complex("2026-03-02", "2026-03-12", "2026-03-11"), paths: ["deadlineInput.documentsCompleteOn"] },
    { name: "a request with no day it reached the claimant", input: { ...complex("2026-03-02", undefined, undefined), documentRequest: { sentOn: "2026-03-04" } }, paths: ["deadlineInput.documentRequest.reachedClaimantOn"] },
  ])("rejects a request $name, with its path", ({ input, paths }) => {
    let caught: unknown;
    try {
      computeClaimDeadlines(input as ClaimDeadlineInput);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues.map((issue) => toDotPath(issue.path))).toEqual(paths);
  });
});

describe("the report deadline counts from when the claimant knew of the event", () => {
  const profile = applyProductDeadlineTerms(PRC, { productId: "report-10", deadlines: { report: { days: 10, clauseId: "5.1" } } });
  test.each([
    // Known Thu 03-05: 10 days → Sun 03-15 → Mon 03-16 (art. 203). From the incident (03-01) it would be Wed 03-11.
    { name: "known 4 days after the incident", knownOn: "2026-03-05", reportedOn: "2026-03-14", dueOn: "2026-03-16" },
    { name: "known on the day", knownOn: undefined, reportedOn: "2026-03-14", dueOn: "2026-03-11" },
  ])("$name: due $dueOn", ({ knownOn, reportedOn, dueOn }) => {
    const input: ClaimDeadlineInput = { productLine: "non_life", incidentOn: "2026-03-01", ...(knownOn === undefined ? {} : { knownOn }), reportedOn, submittedOn: "2026-03-20", complex: false };
    expect(computeClaimDeadlines(input, profile).byId.report).toMatchObject({ kind: "dated", countsFrom: knownOn ?? "2026-03-01", dueOn, metOn: reportedOn });
  });
});

describe("the limitation deadline shows the report that interrupted it", () => {
  test("countsFrom the report, with the dates and a note in zh and en citing Civil Code art. 195", () => {
    // Known 2024-03-04 (ends Wed 2026-03-04); reported 2025-03-10: runs again to Wed 2027-03-10.
    const limitation = computeClaimDeadlines({ productLine: "non_life", incidentOn: "2024-03-04", reportedOn: "2025-03-10", submittedOn: "2026-06-01", complex: false }).byId.limitation;
    expect(limitation).toMatchObject({ kind: "dated", countsFrom: "2025-03-10", dueOn: "2027-03-10", interruptedOn: ["2025-03-10"], metOn: "2026-06-01" });
    expect(limitation.kind === "dated" && limitation.note).toEqual({
      zh: "诉讼时效因 2025-03-10 向保险人提出的请求（报案）而中断，自 2025-03-10 起重新计算（《中华人民共和国民法典》第195条）。",
      en: "The limitation period was interrupted by the demand made to the insurer (the report) on 2025-03-10 and runs again from 2025-03-10 (PRC Civil Code art. 195).",
    });
  });
});
