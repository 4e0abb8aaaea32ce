import { describe, expect, test } from "vitest";
import { isLimitationPeriodExpired, limitationPeriodEnd } from "../../src/deadlines/is-limitation-period-expired.js";
import type { LimitationInput } from "../../src/deadlines/claim-deadline-input-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { deepFreeze, PRC_WITH_HOLIDAYS } from "./fixtures.js";

const PRC = PRC_INSURANCE_LAW_PROFILE;

describe("isLimitationPeriodExpired (PRC Insurance Law art. 26, Civil Code arts. 201–203)", () => {
  test.each([
    { name: "non-life, leap day: last day 2026-02-28", input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-02-28" }, profile: PRC, endsOn: "2026-02-28", expired: false },
    { name: "non-life, leap day: a day later", input: { productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-01" }, profile: PRC, endsOn: "2026-02-28", expired: true },
    { name: "life, leap day: 5 years", input: { productLine: "life", incidentOn: "2024-02-29", submittedOn: "2029-02-28" }, profile: PRC, endsOn: "2029-02-28", expired: false },
    { name: "life, leap day: a day later", input: { productLine: "life", incidentOn: "2024-02-29", submittedOn: "2029-03-01" }, profile: PRC, endsOn: "2029-02-28", expired: true },
    { name: "non-life from a month end: the corresponding day 2 years on", input: { productLine: "non_life", incidentOn: "2026-01-31", submittedOn: "2028-01-31" }, profile: PRC, endsOn: "2028-01-31", expired: false },
    { name: "counted from when the claimant knew, not the event", input: { productLine: "non_life", incidentOn: "2023-06-01", knownOn: "2024-06-15", submittedOn: "2026-06-15" }, profile: PRC, endsOn: "2026-06-15", expired: false },
    { name: "… and a day after that", input: { productLine: "non_life", incidentOn: "2023-06-01", knownOn: "2024-06-15", submittedOn: "2026-06-16" }, profile: PRC, endsOn: "2026-06-15", expired: true },
    { name: "last day on National Day, no holiday data: not moved", input: { productLine: "non_life", incidentOn: "2024-10-01", submittedOn: "2026-10-08" }, profile: PRC, endsOn: "2026-10-01", expired: true },
    { name: "last day on National Day, with holiday data: moved to Oct 8 (art. 203)", input: { productLine: "non_life", incidentOn: "2024-10-01", submittedOn: "2026-10-08" }, profile: PRC_WITH_HOLIDAYS, endsOn: "2026-10-08", expired: false },
    { name: "last day a Saturday, with holiday data: moved to Monday", input: { productLine: "non_life", incidentOn: "2024-01-31", submittedOn: "2026-02-02" }, profile: PRC_WITH_HOLIDAYS, endsOn: "2026-02-02", expired: false },
    { name: "submitted the day the event happened", input: { productLine: "non_life", incidentOn: "2026-05-05", submittedOn: "2026-05-05" }, profile: PRC, endsOn: "2028-05-05", expired: false },
  ] satisfies { name: string; input: LimitationInput; profile: typeof PRC; endsOn: string; expired: boolean }[])("$name", ({ input, profile, endsOn, expired }) => {
    expect(limitationPeriodEnd(deepFreeze(input), profile).dueOn).toBe(endsOn);
    expect(isLimitationPeriodExpired(input, profile)).toBe(expired);
  });

  test("uses PRC Insurance Law by default", () => {
    expect(isLimitationPeriodExpired({ productLine: "non_life", incidentOn: "2024-02-29", submittedOn: "2026-03-01" })).toBe(true);
  });

  test("rejects a submission before the event, with its path", () => {
    try {
      isLimitationPeriodExpired({ productLine: "non_life", incidentOn: "2026-05-05", submittedOn: "2026-05-04" });
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error) && error.issues.map((issue) => issue.path.join("."))).toEqual(["limitationInput.submittedOn"]);
    }
  });
});
