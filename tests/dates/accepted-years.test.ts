import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { IsoDateSchema } from "../../src/dates/iso-date-schema.js";
import { daysBetween, fromDayNumber, isoDayNumber, isoWeekday } from "../../src/dates/iso-date.js";
import { createAdjudicator, isValidationError, toDotPath } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 9: asOf "9999-12-31" gave dueOn "+010000-01", and years 0000–0099 were read as 1900–1999 by Date.UTC
// (an incident on 0050-03-01 got a denial-notice deadline of 1950-03-04).
describe("dates in inputs lie in 1900–2199", () => {
  test.each([
    { date: "1899-12-31", ok: false },
    { date: "1900-01-01", ok: true },
    { date: "2199-12-31", ok: true },
    { date: "2200-01-01", ok: false },
    { date: "0050-03-01", ok: false },
    { date: "9999-12-31", ok: false },
  ])("$date", ({ date, ok }) => {
    const result = IsoDateSchema.safeParse(date);
    expect(result.success).toBe(ok);
    if (!ok) expect(result.error?.issues.map((issue) => issue.message)).toEqual(["must be a date in the years 1900 to 2199"]);
  });

  test("a date that is not a date gets one message, not two", () => {
    expect(IsoDateSchema.safeParse("2026-02-30").error?.issues.map((issue) => issue.message)).toEqual(["must be a real calendar date YYYY-MM-DD, e.g. 2026-02-28"]);
  });

  test("adjudicate refuses asOf 9999-12-31, an incident in year 50 and a flight in 2300", async () => {
    const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
    const claim = smallClaim([{ amount: "100.00" }], { incident: { date: "0050-03-01", type: "illness", diagnosisCodes: ["K35.8"], description: "x" } });
    const error: unknown = await adjudicator.adjudicate(claim, { asOf: "9999-12-31" }).catch((thrown: unknown) => thrown);
    expect(isValidationError(error)).toBe(true);
    const paths = isValidationError(error) ? error.issues.map((issue) => `${toDotPath(issue.path)}: ${issue.message}`) : [];
    expect(paths).toContain("claim.incident.date: must be a date in the years 1900 to 2199");
    expect(paths).toContain("options.asOf: must be a date in the years 1900 to 2199");
  });
});

describe("day numbers are pure arithmetic, without Date's two-digit years", () => {
  test.each([
    { date: "1970-01-01", days: 0 },
    { date: "0050-03-01", days: -701_206 },
    { date: "0000-03-01", days: -719_468 },
    { date: "2199-12-31", days: 84_005 },
    { date: "9999-12-31", days: 2_932_896 },
  ])("$date is day $days", ({ date, days }) => {
    expect(isoDayNumber(date)).toBe(days);
    expect(fromDayNumber(days)).toBe(date);
  });

  test("year 50 is not 1950", () => {
    expect(daysBetween("0050-03-04", "0050-03-01")).toBe(3);
    expect(fromDayNumber(isoDayNumber("0050-03-01") + 3)).toBe("0050-03-04");
    expect(isoWeekday("0050-03-01")).toBe(2); // a Tuesday
  });

  test("past 9999 there is no YYYY-MM-DD: a RangeError, not +010000-01-01", () => {
    expect(() => fromDayNumber(isoDayNumber("9999-12-31") + 1)).toThrow(RangeError);
  });

  propTest.prop([fc.integer({ min: -719_468, max: 2_932_896 })], { seed: 9, numRuns: 2000 })("agrees with the proleptic Gregorian calendar of Date", (days) => {
    const reference = new Date(0);
    reference.setUTCFullYear(1970, 0, 1 + days);
    const iso = `${String(reference.getUTCFullYear()).padStart(4, "0")}-${String(reference.getUTCMonth() + 1).padStart(2, "0")}-${String(reference.getUTCDate()).padStart(2, "0")}`;
    expect(fromDayNumber(days)).toBe(iso);
    expect(isoDayNumber(iso)).toBe(days);
  });
});
