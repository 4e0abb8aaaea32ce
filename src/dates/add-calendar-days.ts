import { fromDayNumber, isoDayNumber, type IsoDate } from "./iso-date.js";

/**
 * The calendar day `days` days after `date` (before it when `days` is negative).
 *
 * A period of N days counted from an event (PRC Civil Code art. 201: the day of the event is not counted, counting
 * starts the next day) ends on `addCalendarDays(event, N)`: 3 days from 2026-03-10 are the 11th, 12th and 13th.
 *
 * @param date - the starting day, `YYYY-MM-DD`
 * @param days - whole days to add
 * @returns the resulting day, `YYYY-MM-DD`
 * @example
 * addCalendarDays("2024-02-28", 1)
 * //=> "2024-02-29"
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addCalendarDays: days must be a whole number, got ${days}`);
  // Calendar dates counted as day numbers: no time zone or daylight-saving change can shift them.
  return fromDayNumber(isoDayNumber(date) + days);
}
