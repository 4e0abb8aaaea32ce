import { addCalendarDays } from "./add-calendar-days.js";
import { compileRestDays, type HolidayCalendar } from "./holiday-calendar.js";
import type { IsoDate } from "./iso-date.js";

/**
 * The `days`-th working day after `date`: counting starts the day after (PRC Civil Code art. 201) and skips the rest
 * days of `calendar` (weekends not worked, holidays). `date` itself may be a rest day. 0 days gives `date`.
 * Beyond `calendar.covers` only the weekend is known; callers that care check the coverage.
 *
 * @param date - the day of the event the period counts from, `YYYY-MM-DD`
 * @param days - working days, a whole number ≥ 0
 * @param calendar - the holiday calendar (parsed by `HolidayCalendarSchema`)
 * @returns the last day of the period
 * @example
 * addWorkingDays("2026-02-13", 3, CN_2026) // Fri; Sat 14th is worked (调休), then the Spring Festival 15th–23rd
 * //=> "2026-02-25"
 */
export function addWorkingDays(date: IsoDate, days: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`addWorkingDays: days must be a whole number ≥ 0, got ${days}`);
  const isRest = compileRestDays(calendar);
  let current = date;
  for (let counted = 0; counted < days; ) {
    current = addCalendarDays(current, 1);
    if (!isRest(current)) counted += 1;
  }
  return current;
}
