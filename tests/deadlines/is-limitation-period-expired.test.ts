import { describe, expect, test } from "vitest";
import { isLimitationPeriodExpired, limitationPeriodEnd } from "../../src/deadlines/is-limitation-period-expired.js";
import type { LimitationInput } from "../../src/deadlines/claim-deadline-input-schema.js";
import type { JurisdictionProfile } from "../../src/deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { deepFreeze, PRC_WITH_HOLIDAYS } from "./fixtures.js";

const PRC = PRC_INSURANCE_LAW_PROFILE;
/** PRC law read with art. 203 switched off: a last day on a rest day stays where it was counted. */
const PRC_UNMOVED: JurisdictionProfile = { ...PRC, lastDayOnRestDay: "unchanged" };
/** PRC law without the interruption rule of Civil Code art. 195. */
const { interruption: _dropped, ...limitationWithoutInterruption } = PRC.deadlines.limitation;
const PRC_NO_INTERRUPTION: JurisdictionProfile = { ...PRC, deadlines: { ...PRC.deadlines, limitation: limitationWithoutInterruption } };

type Case = { name: string; input: LimitationInput; profile: JurisdictionProfile; endsOn: string; expired: boolean; interruptedOn?: string[] };

describe("isLimitationPeriodExpired (PRC Insurance Law art. 26, Civil Code arts. 201–203)", () => {
  test.each([
    // 2 years from 2024-02-29: no Feb 29 in 2026, so Feb 28 (art. 202), a Saturday, so Monday Mar 2 (art. 203).
    { name: "non-life, leap day: last day Sat 2026-02-28 → Mon 03-02", input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-02-28" }, profile: PRC, endsOn: "2026-03-02", expired: false },
    { name: "non-life, leap day: brought on the Sunday, still in time", input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-01" }, profile: PRC, endsOn: "2026-03-02", expired: false },
    { name: "non-life, leap day: brought on the Tuesday, too late", input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-03" }, profile: PRC, endsOn: "2026-03-02", expired: true },
    { name: "non-life, leap day, art. 203 switched off: Saturday stays", input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-01" }, profile: PRC_UNMOVED, endsOn: "2026-02-28", expired: true },
    { name: "life, leap day: 5 years, a Wednesday", input: { productLine: "life", incidentOn: "2024-02-29", submittedOn: "2029-02-28" }, profile: PRC, endsOn: "2029-02-28", expired: false },
    { name: "life, leap day: a day later", input: { productLine: "life", incidentOn: "2024-02-29", submittedOn: "2029-03-01" }, profile: PRC, endsOn: "2029-02-28", expired: true },
    { name: "non-life from a month end: the corresponding day 2 years on, a Monday", input: { productLine: "non_life", incidentOn: "2026-01-31", submittedOn: "2028-01-31" }, profile: PRC, endsOn: "2028-01-31", expired: false },
    { name: "counted from when the claimant knew, not the event", input: { productLine: "non_life", incidentOn: "2023-06-01", knownOn: "2024-06-15", submittedOn: "2026-06-15" }, profile: PRC, endsOn: "2026-06-15", expired: false },
    { name: "… and a day after that", input: { productLine: "non_life", incidentOn: "2023-06-01", knownOn: "2024-06-15", submittedOn: "2026-06-16" }, profile: PRC, endsOn: "2026-06-15", expired: true },
    { name: "last day a Sunday, no holiday data: moved to Monday", input: { productLine: "non_life", incidentOn: "2024-03-01", submittedOn: "2026-03-02" }, profile: PRC, endsOn: "2026-03-02", expired: false },
    { name: "last day on National Day (a Thursday), no holiday data: holidays unknown, not moved", input: { productLine: "non_life", incidentOn: "2024-10-01", submittedOn: "2026-10-08" }, profile: PRC, endsOn: "2026-10-01", expired: true },
    { name: "last day on National Day, with holiday data: moved to Oct 8 (art. 203)", input: { productLine: "non_life", incidentOn: "2024-10-01", submittedOn: "2026-10-08" }, profile: PRC_WITH_HOLIDAYS, endsOn: "2026-10-08", expired: false },
    { name: "last day a Saturday, with holiday data: moved to Monday", input: { productLine: "non_life", incidentOn: "2024-01-31", submittedOn: "2026-02-02" }, profile: PRC_WITH_HOLIDAYS, endsOn: "2026-02-02", expired: false },
    { name: "last day a Saturday worked (调休), with holiday data: not moved", input: { productLine: "non_life", incidentOn: "2024-02-28", submittedOn: "2026-03-01" }, profile: PRC_WITH_HOLIDAYS, endsOn: "2026-02-28", expired: true },
    { name: "the same Saturday without holiday data: a rest day, moved", input: { productLine: "non_life", incidentOn: "2024-02-28", submittedOn: "2026-03-01" }, profile: PRC, endsOn: "2026-03-02", expired: false },
    { name: "submitted the day the event happened", input: { productLine: "non_life", incidentOn: "2026-05-05", submittedOn: "2026-05-05" }, profile: PRC, endsOn: "2028-05-05", expired: false },
  ] satisfies Case[])("$name", ({ input, profile, endsOn, expired }) => {
    expect(limitationPeriodEnd(deepFreeze(input), profile).dueOn).toBe(endsOn);
    expect(isLimitationPeriodExpired(input, profile)).toBe(expired);
  });

  test("uses PRC Insurance Law by default", () => {
    expect(isLimitationPeriodExpired({ productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-03" })).toBe(true);
    expect(isLimitationPeriodExpired({ productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-02" })).toBe(false);
  });

  test.each([
    { name: "a submission before the event", input: { productLine: "non_life", incidentOn: "2026-05-05", submittedOn: "2026-05-04" }, path: "limitationInput.submittedOn" },
    { name: "a report before the event", input: { productLine: "non_life", incidentOn: "2026-05-05", reportedOn: "2026-05-04", submittedOn: "2026-05-06" }, path: "limitationInput.reportedOn" },
    { name: "a demand before the event", input: { productLine: "non_life", incidentOn: "2026-05-05", interruptedOn: ["2026-05-06", "2026-05-01"], submittedOn: "2026-05-07" }, path: "limitationInput.interruptedOn[1]" },
  ] satisfies { name: string; input: LimitationInput; path: string }[])("rejects $name, with its path", ({ input, path }) => {
    try {
      isLimitationPeriodExpired(input);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error) && error.issues.map((issue) => toDotPath(issue.path))).toEqual([path]);
    }
  });
});

describe("a report (报案) or other demand interrupts the limitation period (Civil Code art. 195)", () => {
  test.each([
    // Known 2024-03-04: ends Wed 2026-03-04. Reported 2025-03-10, within it: runs again 2 years from then, Wed 2027-03-10.
    { name: "a report within the period restarts it", input: { productLine: "non_life", incidentOn: "2024-03-04", reportedOn: "2025-03-10", submittedOn: "2027-03-10" }, profile: PRC, endsOn: "2027-03-10", expired: false, interruptedOn: ["2025-03-10"] },
    { name: "… a claim the day after the restarted period is late", input: { productLine: "non_life", incidentOn: "2024-03-04", reportedOn: "2025-03-10", submittedOn: "2027-03-11" }, profile: PRC, endsOn: "2027-03-10", expired: true, interruptedOn: ["2025-03-10"] },
    { name: "the same without the art. 195 rule in the profile: the report changes nothing", input: { productLine: "non_life", incidentOn: "2024-03-04", reportedOn: "2025-03-10", submittedOn: "2027-03-10" }, profile: PRC_NO_INTERRUPTION, endsOn: "2026-03-04", expired: true, interruptedOn: [] },
    // Reported by someone else before the claimant knew: the period had not started, nothing to interrupt.
    { name: "a report before the claimant knew does not move the start", input: { productLine: "non_life", incidentOn: "2023-06-01", knownOn: "2024-06-15", reportedOn: "2024-01-10", submittedOn: "2026-06-16" }, profile: PRC, endsOn: "2026-06-15", expired: true, interruptedOn: [] },
    // Ended Fri 2025-01-10; a report on 2025-02-01 comes too late to interrupt anything.
    { name: "a report after the period ended does not revive it", input: { productLine: "non_life", incidentOn: "2023-01-10", reportedOn: "2025-02-01", submittedOn: "2025-03-01" }, profile: PRC, endsOn: "2025-01-10", expired: true, interruptedOn: [] },
    // Counted end Sat 2026-02-28, moved to Mon 03-02 (art. 203): a report on Sunday 03-01 is within it; 2 years from it, Wed 2028-03-01.
    { name: "a report on the weekend the last day was moved past still interrupts", input: { productLine: "non_life", incidentOn: "2024-02-29", reportedOn: "2026-03-01", submittedOn: "2026-06-01" }, profile: PRC, endsOn: "2028-03-01", expired: false, interruptedOn: ["2026-03-01"] },
    // Ends Fri 2024-05-10; a letter of 2024-04-01 restarts it to Wed 2026-04-01; the report of 2026-03-20 restarts it again, to Mon 2028-03-20.
    { name: "interrupted twice: a letter, then the report", input: { productLine: "non_life", incidentOn: "2022-05-10", interruptedOn: ["2024-04-01"], reportedOn: "2026-03-20", submittedOn: "2026-05-01" }, profile: PRC, endsOn: "2028-03-20", expired: false, interruptedOn: ["2024-04-01", "2026-03-20"] },
    { name: "a report on the day of the claim is the claim itself: no earlier restart", input: { productLine: "non_life", incidentOn: "2024-03-04", reportedOn: "2026-03-04", submittedOn: "2026-03-04" }, profile: PRC, endsOn: "2026-03-04", expired: false, interruptedOn: [] },
  ] satisfies Case[])("$name", ({ input, profile, endsOn, expired, interruptedOn }) => {
    const end = limitationPeriodEnd(deepFreeze(input), profile);
    expect([end.dueOn, end.interruptedOn]).toEqual([endsOn, interruptedOn]);
    expect(end.countsFrom).toBe(interruptedOn.at(-1) ?? input.knownOn ?? input.incidentOn);
    expect(isLimitationPeriodExpired(input, profile)).toBe(expired);
  });
});
