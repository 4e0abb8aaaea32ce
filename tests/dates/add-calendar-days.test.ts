import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { daysBetween } from "../../src/dates/iso-date.js";

// CI also runs this under TZ=America/Los_Angeles; the DST days below are where a UTC/local mix-up shows.
describe("addCalendarDays", () => {
  test.each([
    { date: "2026-03-10", days: 3, expected: "2026-03-13" }, // art. 24: 3 days from a determination on the 10th
    { date: "2026-01-31", days: 1, expected: "2026-02-01" },
    { date: "2024-02-28", days: 1, expected: "2024-02-29" }, // leap year
    { date: "2026-02-28", days: 1, expected: "2026-03-01" },
    { date: "2026-02-10", days: 30, expected: "2026-03-12" }, // art. 23: 30 days across a 28-day February
    { date: "2024-02-10", days: 30, expected: "2024-03-11" }, // … and a 29-day one
    { date: "2026-03-07", days: 1, expected: "2026-03-08" }, // US daylight-saving change
    { date: "2026-03-28", days: 1, expected: "2026-03-29" }, // EU daylight-saving change
    { date: "2026-11-01", days: -1, expected: "2026-10-31" },
    { date: "2026-12-31", days: 60, expected: "2027-03-01" }, // art. 25: 60 days over a year end
    { date: "2026-05-05", days: 0, expected: "2026-05-05" },
  ])("$date + $days → $expected", ({ date, days, expected }) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  test("rejects a day that does not exist and a fractional count", () => {
    expect(() => addCalendarDays("2026-02-29", 1)).toThrow(RangeError);
    expect(() => addCalendarDays("2026-02-01", 1.5)).toThrow(RangeError);
  });

  propTest.prop([fc.integer({ min: -40_000, max: 40_000 }), fc.integer({ min: -3_000, max: 3_000 })])(
    "daysBetween(addCalendarDays(d, n), d) = n",
    (offset, days) => {
      const date = addCalendarDays("2000-01-01", offset);
      expect(daysBetween(addCalendarDays(date, days), date)).toBe(days);
    },
  );
});
