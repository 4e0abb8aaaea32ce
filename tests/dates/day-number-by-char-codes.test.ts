import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { fromDayNumber, isoDayNumber, isValidIsoDate } from "../../src/dates/iso-date.js";

// Issue 15: ISO dates are read by character codes instead of a regular expression, and written from a table of two
// digits. The reference is the reading they had before: `^(\d{4})-(\d{2})-(\d{2})$`, then a real day of the month.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const referenceValid = (date: string): boolean => {
  const match = ISO_DATE.exec(date);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const inMonth = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= inMonth;
};
const referenceWrite = (year: number, month: number, day: number) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => referenceWrite(y, m, d)),
  fc.stringMatching(/^[\d\-/+ .a٣０-９]{0,12}$/),
  fc.string({ maxLength: 12 }),
);

describe("ISO dates read by character codes", () => {
  propTest.prop([dateLike], { numRuns: 5000 })("valid exactly when the regular expression and the month say so", (date) => {
    expect(isValidIsoDate(date)).toBe(referenceValid(date));
  });

  propTest.prop([fc.integer({ min: -719_528, max: 2_932_896 })], { numRuns: 3000 })("a day number written and read back is the same day, written as padStart writes it", (days) => {
    const written = fromDayNumber(days);
    expect(isoDayNumber(written)).toBe(days);
    const [year, month, day] = written.split("-").map(Number) as [number, number, number];
    expect(written).toBe(referenceWrite(year, month, day));
  });

  test.each([
    { date: "0000-01-01", valid: true }, // year 0 (1 BC), as the regular expression read it
    { date: "9999-12-31", valid: true },
    { date: "2024-02-29", valid: true },
    { date: "2025-02-29", valid: false },
    { date: "2026-1-01", valid: false },
    { date: "2026-01-01 ", valid: false },
    { date: "2026-01-01\n", valid: false },
    { date: "２０２６-01-01", valid: false }, // full-width digits are not ASCII digits
    { date: "2026/01/01", valid: false },
    { date: "-026-01-01", valid: false },
  ])("$date is valid: $valid", ({ date, valid }) => {
    expect(isValidIsoDate(date)).toBe(valid);
    expect(referenceValid(date)).toBe(valid);
  });

  test("what is not a string is not a date (as the regular expression read it)", () => {
    for (const value of [20260101, null, undefined, {}]) expect(isValidIsoDate(value as unknown as string)).toBe(false);
  });

  test("years below 1000 are written with their leading zeros; past 9999 there is no date", () => {
    expect(fromDayNumber(isoDayNumber("0999-12-31"))).toBe("0999-12-31");
    expect(fromDayNumber(isoDayNumber("0001-01-01"))).toBe("0001-01-01");
    expect(() => fromDayNumber(2_932_897)).toThrow("No YYYY-MM-DD date 2932897 days after 1970-01-01");
  });
});
