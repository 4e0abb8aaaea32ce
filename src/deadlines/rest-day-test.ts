import { compileRestDays, type HolidayCalendar } from "../dates/holiday-calendar.js";
import { type IsoDate, isoWeekday } from "../dates/iso-date.js";

/** ISO weekdays that are rest days when a profile has no holiday calendar: Saturday and Sunday. */
export const DEFAULT_WEEKEND_DAYS: readonly number[] = [6, 7];

const weekendOnly = (date: IsoDate): boolean => DEFAULT_WEEKEND_DAYS.includes(isoWeekday(date));

/**
 * The rest-day test the claim clocks use: the holiday calendar's (its holidays, weekends and adjusted working days,
 * 调休) when the profile has one, else Saturdays and Sundays. Weekdays come from the day number, so the host's time
 * zone plays no part.
 *
 * @param calendar - the profile's holiday calendar, if any
 * @returns whether a day is a rest day
 * @example
 * restDayTest(undefined)("2026-02-28") // a Saturday
 * //=> true
 */
export function restDayTest(calendar: HolidayCalendar | undefined): (date: IsoDate) => boolean {
  return calendar === undefined ? weekendOnly : compileRestDays(calendar);
}
