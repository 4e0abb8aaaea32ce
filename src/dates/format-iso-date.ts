import { format, isValid } from "date-fns";
import type { IsoDate } from "./iso-date.js";

/**
 * Formats the local calendar day of a `Date` as `YYYY-MM-DD`: the inverse of `parseIsoDate`, which parses to local
 * midnight. Reading the local day (never `toISOString()`, which is UTC) keeps the day the same in every time zone.
 *
 * @param date - a date made by `parseIsoDate` or by date-fns arithmetic on one
 * @returns the calendar day it falls on
 * @example
 * formatIsoDate(parseIsoDate("2024-02-29"))
 * //=> "2024-02-29"
 */
export function formatIsoDate(date: Date): IsoDate {
  if (!isValid(date)) throw new RangeError("formatIsoDate: invalid Date");
  return format(date, "yyyy-MM-dd");
}
