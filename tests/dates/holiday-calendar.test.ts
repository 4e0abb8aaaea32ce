import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { addWorkingDays } from "../../src/dates/add-working-days.js";
import { type HolidayCalendar, HolidayCalendarSchema, isRestDay } from "../../src/dates/holiday-calendar.js";
import { rollForwardToWorkingDay } from "../../src/dates/roll-forward-to-working-day.js";
import { safeParseInput } from "../../src/values/parse-input.js";

const CN = HolidayCalendarSchema.parse(JSON.parse(readFileSync(new URL("../../examples/jurisdictions/cn-holidays-2025-2026.json", import.meta.url), "utf8")));

describe("isRestDay with the 2025–2026 PRC calendar", () => {
  test.each([
    { date: "2026-02-13", rest: false, why: "Friday before the Spring Festival" },
    { date: "2026-02-14", rest: false, why: "Saturday worked (调休)" },
    { date: "2026-02-15", rest: true, why: "Spring Festival, a Sunday" },
    { date: "2026-02-23", rest: true, why: "last day of the Spring Festival, a Monday" },
    { date: "2026-02-24", rest: false, why: "Tuesday after it" },
    { date: "2026-02-28", rest: false, why: "Saturday worked (调休)" },
    { date: "2026-03-01", rest: true, why: "ordinary Sunday" },
    { date: "2026-10-07", rest: true, why: "National Day, a Wednesday" },
    { date: "2026-10-10", rest: false, why: "Saturday worked" },
    { date: "2025-10-08", rest: true, why: "2025 National Day and Mid-Autumn, 8 days" },
    { date: "2027-10-01", rest: false, why: "beyond the data: only the weekend is known (a Friday)" },
    { date: "2027-10-02", rest: true, why: "beyond the data: a Saturday" },
  ])("$date → $rest ($why)", ({ date, rest }) => {
    expect(isRestDay(date, CN)).toBe(rest);
  });
});

describe("addWorkingDays (counting starts the next day, art. 201)", () => {
  test.each([
    { date: "2026-03-06", days: 3, expected: "2026-03-11", why: "Fri + 3: Mon, Tue, Wed" },
    { date: "2026-02-13", days: 3, expected: "2026-02-25", why: "Sat 14th worked, then 15th–23rd off" },
    { date: "2026-02-13", days: 1, expected: "2026-02-14", why: "the worked Saturday counts" },
    { date: "2026-09-30", days: 1, expected: "2026-10-08", why: "over National Day" },
    { date: "2026-09-30", days: 10, expected: "2026-10-20", why: "Oct 8, 9, 10 (worked Saturday), 12–16, 19, 20" },
    { date: "2026-02-15", days: 0, expected: "2026-02-15", why: "0 days: the day itself" },
    { date: "2024-12-31", days: 1, expected: "2025-01-02", why: "New Year's Day 2025" },
  ])("$date + $days working days → $expected ($why)", ({ date, days, expected }) => {
    expect(addWorkingDays(date, days, CN)).toBe(expected);
  });

  test("rejects a negative or fractional count", () => {
    expect(() => addWorkingDays("2026-03-06", -1, CN)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-06", 1.5, CN)).toThrow(RangeError);
  });
});

describe("rollForwardToWorkingDay (Civil Code art. 203)", () => {
  test.each([
    { date: "2026-03-11", expected: "2026-03-11", why: "a working day stays" },
    { date: "2026-10-03", expected: "2026-10-08", why: "inside National Day: the day after it ends" },
    { date: "2026-02-15", expected: "2026-02-24", why: "first day of the Spring Festival" },
    { date: "2026-03-07", expected: "2026-03-09", why: "Saturday → Monday" },
    { date: "2026-02-28", expected: "2026-02-28", why: "a worked Saturday is a working day" },
    { date: "2026-01-03", expected: "2026-01-04", why: "last day of New Year; Sunday Jan 4 is worked" },
  ])("$date → $expected ($why)", ({ date, expected }) => {
    expect(rollForwardToWorkingDay(date, CN)).toBe(expected);
  });
});

describe("HolidayCalendarSchema", () => {
  const base: HolidayCalendar = { id: "t", name: { zh: "测试", en: "test" }, covers: { from: "2026-01-01", to: "2026-12-31" }, weekendDays: [6, 7], holidays: [], adjustedWorkingDays: [] };
  test.each([
    { name: "holiday ending before it starts", input: { ...base, holidays: [{ name: base.name, from: "2026-05-05", to: "2026-05-01" }] }, path: "calendar.holidays[0].to" },
    { name: "holiday outside the data's range", input: { ...base, holidays: [{ name: base.name, from: "2027-01-01", to: "2027-01-01" }] }, path: "calendar.holidays[0].from" },
    { name: "adjusted working day that is a weekday", input: { ...base, adjustedWorkingDays: ["2026-02-16"] }, path: "calendar.adjustedWorkingDays[0]" },
    { name: "every day a weekend", input: { ...base, weekendDays: [1, 2, 3, 4, 5, 6, 7] }, path: "calendar.weekendDays" },
    { name: "weekday 0", input: { ...base, weekendDays: [0] }, path: "calendar.weekendDays[0]" },
    { name: "not a real date", input: { ...base, adjustedWorkingDays: ["2026-02-29"] }, path: "calendar.adjustedWorkingDays[0]" },
  ])("rejects $name at $path", ({ input, path }) => {
    const result = safeParseInput(HolidayCalendarSchema, input, "calendar");
    expect(result.ok).toBe(false);
    expect(result.issues?.map((issue) => [issue.path[0], ...issue.path.slice(1)].map(String))).toContainEqual(pathSegments(path));
  });
});

function pathSegments(dotted: string): string[] {
  return dotted.split(/\.|\[|\]/).filter((segment) => segment !== "");
}
