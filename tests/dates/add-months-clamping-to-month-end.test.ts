import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { addMonthsClampingToMonthEnd } from "../../src/dates/add-months-clamping-to-month-end.js";
import { addYearsClampingToMonthEnd } from "../../src/dates/add-years-clamping-to-month-end.js";

// The rule (PRC Civil Code art. 202): the corresponding day of the target month, or its last day when it has none.
describe("addMonthsClampingToMonthEnd", () => {
  test.each([
    { date: "2026-01-31", months: 1, expected: "2026-02-28" }, // no Feb 31: month end
    { date: "2024-01-31", months: 1, expected: "2024-02-29" }, // leap year: Feb 29
    { date: "2026-01-31", months: 2, expected: "2026-03-31" }, // from the start date, not chained through Feb 28
    { date: "2026-03-31", months: 1, expected: "2026-04-30" },
    { date: "2026-02-28", months: 1, expected: "2026-03-28" }, // a month end is not carried to the next month end
    { date: "2024-02-29", months: 1, expected: "2024-03-29" },
    { date: "2024-02-29", months: 12, expected: "2025-02-28" },
    { date: "2026-08-31", months: 6, expected: "2027-02-28" },
    { date: "2026-05-15", months: -3, expected: "2026-02-15" },
    { date: "2026-03-31", months: -1, expected: "2026-02-28" },
  ])("$date + $months months → $expected", ({ date, months, expected }) => {
    expect(addMonthsClampingToMonthEnd(date, months)).toBe(expected);
  });

  propTest.prop([fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -240, max: 240 })])(
    "keeps the day of the month, or lands on a month end when it cannot",
    (offset, months) => {
      const date = addCalendarDays("1950-01-01", offset);
      const result = addMonthsClampingToMonthEnd(date, months);
      const day = Number(date.slice(8));
      const resultDay = Number(result.slice(8));
      const isMonthEnd = addCalendarDays(result, 1).endsWith("-01");
      expect(resultDay === day || (resultDay < day && isMonthEnd)).toBe(true);
    },
  );
});

describe("addYearsClampingToMonthEnd", () => {
  test.each([
    { date: "2024-02-29", years: 2, expected: "2026-02-28" }, // art. 26 non-life: no Feb 29 in 2026
    { date: "2024-02-29", years: 4, expected: "2028-02-29" },
    { date: "2024-02-29", years: 5, expected: "2029-02-28" }, // art. 26 life
    { date: "2026-01-31", years: 2, expected: "2028-01-31" },
    { date: "2096-02-29", years: 4, expected: "2100-02-28" }, // 2100 is not a leap year
    { date: "2026-12-31", years: 5, expected: "2031-12-31" },
  ])("$date + $years years → $expected", ({ date, years, expected }) => {
    expect(addYearsClampingToMonthEnd(date, years)).toBe(expected);
  });
});
