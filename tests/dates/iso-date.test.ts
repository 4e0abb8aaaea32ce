import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { daysBetween, isDateWithin, isValidIsoDate, isWithinAcceptedYears } from "../../src/dates/iso-date.js";

// CI runs this suite under a second TZ (see .ci/run): none of these may depend on the machine's zone.
describe("daysBetween", () => {
  test.each([
    { later: "2026-03-01", earlier: "2026-03-01", days: 0 },
    { later: "2026-03-31", earlier: "2026-03-01", days: 30 },
    { later: "2026-03-01", earlier: "2026-02-28", days: 1 },
    { later: "2024-03-01", earlier: "2024-02-28", days: 2 }, // leap year
    { later: "2025-01-01", earlier: "2024-01-01", days: 366 },
    { later: "2100-03-01", earlier: "2100-02-28", days: 1 }, // 2100 is not a leap year
    { later: "2000-03-01", earlier: "2000-02-28", days: 2 }, // 2000 is
    { later: "2026-03-29", earlier: "2026-03-28", days: 1 }, // EU daylight-saving change
    { later: "2026-03-08", earlier: "2026-03-09", days: -1 }, // US daylight-saving change, negative
  ])("$later − $earlier = $days", ({ later, earlier, days }) => {
    expect(daysBetween(later, earlier)).toBe(days);
  });

  test("rejects what is not a calendar date", () => {
    expect(() => daysBetween("2026-02-29", "2026-01-01")).toThrow(RangeError);
  });
});

describe("isValidIsoDate", () => {
  test.each([
    { date: "2024-02-29", valid: true },
    { date: "2026-02-29", valid: false },
    { date: "2026-04-31", valid: false },
    { date: "2026-12-31", valid: true },
    { date: "2026-13-01", valid: false },
    { date: "2026-00-10", valid: false },
    { date: "2026-01-00", valid: false },
    { date: "2026-1-5", valid: false },
    { date: "2026-01-05T00:00:00Z", valid: false },
    { date: "20260105", valid: false },
  ])("$date → $valid", ({ date, valid }) => {
    expect(isValidIsoDate(date)).toBe(valid);
  });
});

test("isDateWithin includes both ends", () => {
  expect([isDateWithin("2026-03-01", "2026-03-01", "2027-02-28"), isDateWithin("2027-02-28", "2026-03-01", "2027-02-28")]).toEqual([true, true]);
  expect([isDateWithin("2026-02-28", "2026-03-01", "2027-02-28"), isDateWithin("2027-03-01", "2026-03-01", "2027-02-28")]).toEqual([false, false]);
});

describe("isWithinAcceptedYears (read by character codes)", () => {
  test.each([
    ["1900-01-01", true],
    ["2199-12-31", true],
    ["2026-07-24T08:00:00+08:00", true],
    ["1899-12-31", false],
    ["2200-01-01", false],
    ["0000-01-01", false],
    ["202", false],
    ["", false],
    ["20a6-01-01", false],
    ["２０２６-01-01", false],
    ["-2026-01-01", false],
    [" 2026-01-01", false],
  ])("%j → %s", (date, accepted) => {
    expect(isWithinAcceptedYears(date)).toBe(accepted);
  });
  propTest.prop([fc.string({ maxLength: 12 })])("is what the year of four ASCII digits at the start says", (date) => {
    const year = /^[0-9]{4}/.test(date) ? Number(date.slice(0, 4)) : Number.NaN;
    expect(isWithinAcceptedYears(date)).toBe(year >= 1900 && year <= 2199);
  });
});
