import { addCalendarDays } from "../dates/add-calendar-days.js";
import { addWorkingDays } from "../dates/add-working-days.js";
import { addYearsClampingToMonthEnd } from "../dates/add-years-clamping-to-month-end.js";
import type { HolidayCalendar } from "../dates/holiday-calendar.js";
import { type IsoDate, isDateWithin } from "../dates/iso-date.js";
import { rollForwardToWorkingDay } from "../dates/roll-forward-to-working-day.js";
import type { Period } from "./claim-deadlines-schema.js";

export interface PeriodEnd {
  readonly dueOn: IsoDate;
  /** The last day as counted, when art. 203 moved it past rest days. */
  readonly rolledOverFrom?: IsoDate;
  /** Part of the count lies outside the holiday calendar's `covers`, where only weekends are known. */
  readonly beyondCalendar: boolean;
}

/**
 * The last day of `period` counted from the event on `countsFrom`, by PRC Civil Code arts. 201–203:
 * counting starts the next day (201); years end on the corresponding day, or the month's last day when there is
 * none (202); with a holiday calendar, a last day on a rest day moves to the next working day (203). Working-day
 * periods end on a working day by construction, so 203 never moves them.
 */
export function endOfPeriod(countsFrom: IsoDate, period: Period, calendar: HolidayCalendar | undefined): PeriodEnd {
  if (period.unit === "working_days") {
    if (calendar === undefined) throw new RangeError("endOfPeriod: working days need a holiday calendar");
    const dueOn = addWorkingDays(countsFrom, period.length, calendar);
    return { dueOn, beyondCalendar: !covers(calendar, addCalendarDays(countsFrom, 1)) || !covers(calendar, dueOn) };
  }
  const counted = period.unit === "years" ? addYearsClampingToMonthEnd(countsFrom, period.length) : addCalendarDays(countsFrom, period.length);
  if (calendar === undefined) return { dueOn: counted, beyondCalendar: false };
  const dueOn = rollForwardToWorkingDay(counted, calendar);
  const beyondCalendar = !covers(calendar, counted) || !covers(calendar, dueOn);
  return dueOn === counted ? { dueOn, beyondCalendar } : { dueOn, rolledOverFrom: counted, beyondCalendar };
}

function covers(calendar: HolidayCalendar, date: IsoDate): boolean {
  return isDateWithin(date, calendar.covers.from, calendar.covers.to);
}
