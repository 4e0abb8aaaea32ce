import { addMonthsClampingToMonthEnd } from "./add-months-clamping-to-month-end.js";
import type { IsoDate } from "./iso-date.js";

/**
 * The day `years` years after `date`: the same month and day, or the last day of February when `date` is
 * February 29 and the target year has none (PRC Civil Code art. 202, see `addMonthsClampingToMonthEnd`).
 * 2 years from 2024-02-29 end on 2026-02-28; 4 years from it end on 2028-02-29.
 *
 * @param date - the starting day, `YYYY-MM-DD`
 * @param years - whole years to add
 * @returns the corresponding day, clamped to the month's last day
 * @example
 * addYearsClampingToMonthEnd("2024-02-29", 2)
 * //=> "2026-02-28"
 */
export function addYearsClampingToMonthEnd(date: IsoDate, years: number): IsoDate {
  if (!Number.isInteger(years)) throw new RangeError(`addYearsClampingToMonthEnd: years must be a whole number, got ${years}`);
  return addMonthsClampingToMonthEnd(date, years * 12);
}
