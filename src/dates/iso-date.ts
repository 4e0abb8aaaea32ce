import { isValid, parseISO } from "date-fns";

/** A calendar date as `YYYY-MM-DD`. Dates never carry a time or a zone in this library. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "00" … "31": months and days as `YYYY-MM-DD` writes them. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/**
 * Days since 1970-01-01 of an ISO calendar date, or `undefined` when it is not a real date.
 * Pure arithmetic on the proleptic Gregorian calendar (no `Date`): no time zone or daylight-saving change can shift a
 * day, and no year is read the way `Date.UTC` reads 0–99 (as 1900–1999). This runs for every date of every claim,
 * where date-fns' general-purpose `parseISO` cost more than the rest of the fact derivation.
 */
function dayNumber(date: IsoDate): number | undefined {
  if (typeof date === "string") {
    // What ISO_DATE matches, read by character codes: 10 characters, ASCII digits around the two hyphens.
    if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = digitsAt(date, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return daysFromCivil(year, month, day);
  }
  const match = ISO_DATE.exec(date);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** The number written by `count` ASCII digits from `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

// H. Hinnant's days_from_civil / civil_from_days: eras of 400 years (146,097 days), years starting in March.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): { readonly year: number; readonly month: number; readonly day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function toDayNumber(date: IsoDate): number {
  const days = dayNumber(date);
  if (days === undefined) throw new RangeError(`Invalid ISO date: ${date}`);
  return days;
}

/** The calendar date `days` days after 1970-01-01; a RangeError past year 9999, which `YYYY-MM-DD` cannot write. */
export function fromDayNumber(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  if (!Number.isInteger(days) || year < 0 || year > 9999) throw new RangeError(`No YYYY-MM-DD date ${days} days after 1970-01-01`);
  return `${year >= 1000 ? String(year) : String(year).padStart(4, "0")}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

/** Year, month (1–12) and day of an ISO date. */
export function dateParts(date: IsoDate): { readonly year: number; readonly month: number; readonly day: number } {
  toDayNumber(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 of an ISO calendar date; throws a RangeError for what is not one. */
export function isoDayNumber(date: IsoDate): number {
  return toDayNumber(date);
}

/**
 * The ISO weekday of a calendar date: 1 Monday … 7 Sunday. Counted from the day number (1970-01-01 was a Thursday),
 * never from a local-time `Date`: a zone that skipped a day (Pacific/Apia skipped 2011-12-30) cannot shift it.
 *
 * @param date - the day, `YYYY-MM-DD`
 * @returns 1 (Monday) to 7 (Sunday)
 * @example
 * isoWeekday("2011-12-30") // a Friday, in every time zone
 * //=> 5
 */
export function isoWeekday(date: IsoDate): number {
  const days = toDayNumber(date);
  // Day 0 (1970-01-01) is ISO weekday 4; the double modulo keeps days before 1970 positive.
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Parses an ISO calendar date as local midnight, for date-fns calendar arithmetic (never `new Date(string)`, which is UTC). */
export function parseIsoDate(date: IsoDate): Date {
  const parsed = parseISO(date);
  if (!ISO_DATE.test(date) || !isValid(parsed)) throw new RangeError(`Invalid ISO date: ${date}`);
  return parsed;
}

/** Whole calendar days from `earlierDate` to `laterDate` (negative when `laterDate` is earlier). */
export function daysBetween(laterDate: IsoDate, earlierDate: IsoDate): number {
  return toDayNumber(laterDate) - toDayNumber(earlierDate);
}

/** Whether `date` lies within `[start, end]`, both ends included. */
export function isDateWithin(date: IsoDate, start: IsoDate, end: IsoDate): boolean {
  const day = toDayNumber(date);
  return day >= toDayNumber(start) && day <= toDayNumber(end);
}

/** `YYYY-MM-DD` naming a real calendar day (2026-02-29 is not one). */
export function isValidIsoDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

/** The years a date of an input may lie in: a claim, a policy or an `asOf` outside them is a typing error. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

/** Whether a `YYYY-MM-DD` (or an ISO date-time) lies in the years 1900–2199. */
export function isWithinAcceptedYears(date: string): boolean {
  // Read by character codes (every date of every claim passes here): four digits, then the year they make.
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return false;
    year = year * 10 + digit;
  }
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}
