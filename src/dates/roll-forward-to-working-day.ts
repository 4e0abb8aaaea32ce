import { addCalendarDays } from "./add-calendar-days.js";
import { compileRestDays, type HolidayCalendar } from "./holiday-calendar.js";
import type { IsoDate } from "./iso-date.js";

/**
 * `date` when it is a working day, otherwise the first working day after it. This is PRC Civil Code art. 203 for
 * the last day of a period: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日 (when the last day is
 * a statutory rest day, the period ends on the day after the rest days end). Weekends count as rest days unless
 * worked (调休); `calendar.weekendDays` says which days they are.
 *
 * @param date - the last day of a period as counted, `YYYY-MM-DD`
 * @param calendar - the holiday calendar (parsed by `HolidayCalendarSchema`)
 * @returns the last day of the period after art. 203
 * @example
 * rollForwardToWorkingDay("2026-10-03", CN_2026) // inside the National Day holiday (Oct 1–7)
 * //=> "2026-10-08"
 */
export function rollForwardToWorkingDay(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  const isRest = compileRestDays(calendar);
  let current = date;
  while (isRest(current)) current = addCalendarDays(current, 1);
  return current;
}
