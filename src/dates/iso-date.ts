import { differenceInCalendarDays, isValid, parseISO } from "date-fns";

/** A calendar date as `YYYY-MM-DD`. Dates never carry a time or a zone in this library. */
export type IsoDate = string;

/** Parses an ISO calendar date as local midnight (never `new Date(string)`, which is UTC and shifts days). */
export function parseIsoDate(date: IsoDate): Date {
  const parsed = parseISO(date);
  if (!isValid(parsed)) throw new RangeError(`Invalid ISO date: ${date}`);
  return parsed;
}

/** Whole calendar days from `earlierDate` to `laterDate` (negative when `laterDate` is earlier). */
export function daysBetween(laterDate: IsoDate, earlierDate: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(laterDate), parseIsoDate(earlierDate));
}

/** Whether `date` lies within `[start, end]`, both ends included. */
export function isDateWithin(date: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return daysBetween(date, start) >= 0 && daysBetween(end, date) >= 0;
}

export function isValidIsoDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isValid(parseISO(date));
}
