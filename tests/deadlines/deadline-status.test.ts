import { describe, expect, test } from "vitest";
import { computeClaimDeadlines } from "../../src/deadlines/compute-claim-deadlines.js";
import { type DeadlineStatus, deadlineStatus, type DeadlineStatusOptions } from "../../src/deadlines/deadline-status.js";
import type { DeadlineId } from "../../src/deadlines/jurisdiction-profile-schema.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { deepFreeze } from "./fixtures.js";

// Denied complex claim: determination due 30 days from the claim, 2026-03-04 (met 03-02; no request for documents
// reached the claimant, so nothing is deducted), denial notice due 2026-03-05.
const denied = deepFreeze({
  deadlines: computeClaimDeadlines({ productLine: "non_life", incidentOn: "2026-01-31", submittedOn: "2026-02-02", documentsCompleteOn: "2026-02-10", complex: true, outcome: "denied", determinedOn: "2026-03-02" }),
});
// Approved, amount agreed 2026-11-30: payment due 12-10; agreed within 60 days of complete documents, so no advance payment.
const approved = deepFreeze({
  deadlines: computeClaimDeadlines({ productLine: "non_life", incidentOn: "2026-10-20", submittedOn: "2026-10-25", documentsCompleteOn: "2026-11-02", complex: true, outcome: "approved", determinedOn: "2026-11-30", amountAgreedOn: "2026-11-30" }),
});

/** A status in one short string. */
function brief(status: DeadlineStatus): string {
  switch (status.status) {
    case "met":
      return status.onTime === null ? `met ${status.metOn}` : status.onTime ? `met ${status.metOn} on time` : `met ${status.metOn}, ${status.daysLate} days late`;
    case "due":
      return `due ${status.dueOn}, ${status.daysLeft} days left`;
    case "overdue":
      return `overdue since ${status.dueOn}, ${status.daysOverdue} days`;
    case "open":
      return `open: ${status.why.code}`;
    case "not_applicable":
      return `n/a: ${status.why.code}`;
    default:
      throw new Error(`unexpected status ${JSON.stringify(status satisfies never)}`);
  }
}

const cases: { name: string; subject: typeof denied; options: DeadlineStatusOptions; id: DeadlineId; expected: string }[] = [
  { name: "denial notice the day before it is due", subject: denied, options: { asOf: "2026-03-04" }, id: "denialNotice", expected: "due 2026-03-05, 1 days left" },
  { name: "denial notice on its last day", subject: denied, options: { asOf: "2026-03-05" }, id: "denialNotice", expected: "due 2026-03-05, 0 days left" },
  { name: "denial notice a day late", subject: denied, options: { asOf: "2026-03-06" }, id: "denialNotice", expected: "overdue since 2026-03-05, 1 days" },
  { name: "denial notice sent on the last day", subject: denied, options: { asOf: "2026-03-20", metOn: { denialNotice: "2026-03-05" } }, id: "denialNotice", expected: "met 2026-03-05 on time" },
  { name: "denial notice sent 2 days late", subject: denied, options: { asOf: "2026-03-20", metOn: { denialNotice: "2026-03-07" } }, id: "denialNotice", expected: "met 2026-03-07, 2 days late" },
  { name: "a sending date after asOf does not count yet", subject: denied, options: { asOf: "2026-03-06", metOn: { denialNotice: "2026-03-07" } }, id: "denialNotice", expected: "overdue since 2026-03-05, 1 days" },
  { name: "determination met from the input", subject: denied, options: { asOf: "2026-03-04" }, id: "determination", expected: "met 2026-03-02 on time" },
  { name: "but not before it happened", subject: denied, options: { asOf: "2026-03-01" }, id: "determination", expected: "due 2026-03-04, 3 days left" },
  { name: "claim brought within the limitation period", subject: denied, options: { asOf: "2026-03-04" }, id: "limitation", expected: "met 2026-02-02 on time" },
  { name: "request for documents without a fixed period, not sent", subject: denied, options: { asOf: "2026-03-04" }, id: "documentRequest", expected: "open: no_fixed_period" },
  { name: "request for documents without a fixed period, sent", subject: denied, options: { asOf: "2026-03-04", metOn: { documentRequest: "2026-02-03" } }, id: "documentRequest", expected: "met 2026-02-03" },
  { name: "payment of a denied claim", subject: denied, options: { asOf: "2026-03-04", metOn: { payment: "2026-03-04" } }, id: "payment", expected: "n/a: claim_denied" },
  { name: "payment due", subject: approved, options: { asOf: "2026-12-01" }, id: "payment", expected: "due 2026-12-10, 9 days left" },
  { name: "payment overdue across the year end", subject: approved, options: { asOf: "2027-01-02" }, id: "payment", expected: "overdue since 2026-12-10, 23 days" },
  { name: "paid on time", subject: approved, options: { asOf: "2027-01-02", metOn: { payment: "2026-12-08" } }, id: "payment", expected: "met 2026-12-08 on time" },
  { name: "no advance payment when the amount was agreed in time", subject: approved, options: { asOf: "2027-01-02" }, id: "advancePayment", expected: "n/a: amount_determined_in_time" },
];

describe("deadlineStatus", () => {
  test.each(cases)("$name: $expected", ({ subject, options, id, expected }) => {
    expect(brief(deadlineStatus(subject, deepFreeze(options)).byId[id])).toBe(expected);
  });

  test("lists what is overdue and what was met late", () => {
    const report = deadlineStatus(denied, { asOf: "2026-03-20" });
    expect(report.overdue).toEqual(["denialNotice"]);
    expect(deadlineStatus(denied, { asOf: "2026-03-20", metOn: { denialNotice: "2026-03-07" } }).metLate).toEqual(["denialNotice"]);
    // 2 years from 2024-02-29 end on Saturday 2026-02-28, moved to Monday 03-02 (art. 203): brought on 03-03, a day late.
    const late = { deadlines: computeClaimDeadlines({ productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-03", complex: false }) };
    expect(deadlineStatus(late, { asOf: "2026-03-03" }).metLate).toEqual(["limitation"]);
  });

  test("every status carries who must act and the deadline's title", () => {
    const status = deadlineStatus(denied, { asOf: "2026-03-04" }).byId.denialNotice;
    expect(status).toMatchObject({ id: "denialNotice", party: "insurer", title: { zh: "拒赔通知", en: "Notice of denial" } });
  });

  test.each([
    { name: "no asOf", subject: denied, options: {}, path: "options.asOf" },
    { name: "asOf not a day", subject: denied, options: { asOf: "2026-02-30" }, path: "options.asOf" },
    { name: "unknown deadline in metOn", subject: denied, options: { asOf: "2026-03-04", metOn: { appeal: "2026-03-04" } }, path: "options.metOn" },
    {
      name: "a due date that is not a day",
      subject: { deadlines: { ...denied.deadlines, byId: { ...denied.deadlines.byId, denialNotice: { ...denied.deadlines.byId.denialNotice, dueOn: "2026-02-30" } } } },
      options: { asOf: "2026-03-04" },
      path: "deadlines.byId.denialNotice.dueOn",
    },
  ])("rejects $name at $path", ({ subject, options, path }) => {
    let caught: unknown;
    try {
      deadlineStatus(subject as typeof denied, options as DeadlineStatusOptions);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues.map((issue) => toDotPath(issue.path))).toContainEqual(expect.stringContaining(path));
  });
});
