import { addCalendarDays } from "../dates/add-calendar-days.js";
import { addYearsClampingToMonthEnd } from "../dates/add-years-clamping-to-month-end.js";
import type { HolidayCalendar } from "../dates/holiday-calendar.js";
import { daysBetween, type IsoDate, isDateWithin } from "../dates/iso-date.js";
import type { Period } from "./claim-deadlines-schema.js";
import type { LastDayOnRestDay } from "./jurisdiction-profile-schema.js";
import { restDayTest } from "./rest-day-test.js";

/** What of a profile counting a period needs: its holiday calendar and what art. 203 does to a last day on a rest day. */
export interface PeriodCounting {
  readonly holidayCalendar?: HolidayCalendar | undefined;
  readonly lastDayOnRestDay: LastDayOnRestDay;
}

/** Days not counted, both ends included. `to` absent: still not counted (the documents have not arrived). */
export interface DaysNotCounted {
  readonly from: IsoDate;
  readonly to?: IsoDate | undefined;
}

export interface PeriodEnd {
  readonly dueOn: IsoDate;
  /** The last day as counted, when art. 203 moved it past rest days. */
  readonly rolledOverFrom?: IsoDate;
  /** Part of the count lies outside the holiday calendar's `covers`, where only weekends are known. */
  readonly beyondCalendar: boolean;
  /** The days a suspension took out of the count (calendar days, both ends included), when it took any. */
  readonly suspension?: { readonly from: IsoDate; readonly to: IsoDate; readonly days: number };
}

/** The count reached a suspension that has not ended: no last day yet. */
export interface SuspendedPeriod {
  readonly suspendedSince: IsoDate;
  /** Days counted before the suspension. */
  readonly daysCounted: number;
}

/**
 * The last day of `period` counted from the event on `countsFrom`, by PRC Civil Code arts. 201–203:
 * counting starts the next day (201); years end on the corresponding day, or the month's last day when there is
 * none (202); a last day on a rest day moves to the next working day (203, unless the profile says `unchanged`),
 * the rest days being the holiday calendar's or, without one, Saturdays and Sundays. Working-day periods end on a
 * working day by construction, so 203 never moves them.
 *
 * @param countsFrom - the day of the event; counting starts the day after
 * @param period - its length and unit
 * @param counting - the profile's holiday calendar and `lastDayOnRestDay`
 * @returns the last day, and the day as counted when art. 203 moved it
 * @example
 * endOfPeriod("2024-02-29", { length: 2, unit: "years" }, { lastDayOnRestDay: "next_working_day" })
 * //=> { dueOn: "2026-03-02", rolledOverFrom: "2026-02-28", beyondCalendar: false } // Feb 28 2026 is a Saturday
 */
export function endOfPeriod(countsFrom: IsoDate, period: Period, counting: PeriodCounting): PeriodEnd {
  const end = countPeriod(countsFrom, period, counting, undefined);
  if ("suspendedSince" in end) throw new RangeError("endOfPeriod: a count without a suspension cannot be suspended");
  return end;
}

/**
 * `endOfPeriod` for a period in days with some days not counted (a suspension): the days from `notCounted.from`
 * (at the earliest the day after `countsFrom`) to `notCounted.to` are skipped. A suspension that starts after the
 * period would have ended takes nothing off. While it lasts (`to` absent) and the count has reached it, there is no
 * last day yet.
 *
 * @param countsFrom - the day of the event; counting starts the day after
 * @param period - its length, in calendar or working days
 * @param counting - the profile's holiday calendar and `lastDayOnRestDay`
 * @param notCounted - the days not counted, both ends included
 * @returns the last day (with the suspension it took into account), or where the count stands while suspended
 * @example
 * endOfSuspendedPeriod("2026-03-02", { length: 30, unit: "calendar_days" }, PRC_INSURANCE_LAW_PROFILE, { from: "2026-03-13", to: "2026-03-25" }).dueOn
 * //=> "2026-04-14" // 10 days counted (Mar 3–12), 13 skipped, 20 more (Mar 26 – Apr 14)
 */
export function endOfSuspendedPeriod(countsFrom: IsoDate, period: Period, counting: PeriodCounting, notCounted: DaysNotCounted): PeriodEnd | SuspendedPeriod {
  return countPeriod(countsFrom, period, counting, notCounted);
}

function countPeriod(countsFrom: IsoDate, period: Period, counting: PeriodCounting, notCounted: DaysNotCounted | undefined): PeriodEnd | SuspendedPeriod {
  const calendar = counting.holidayCalendar;
  const isRest = restDayTest(calendar);
  let counted: IsoDate;
  let suspension: PeriodEnd["suspension"];
  if (period.unit === "years") {
    if (notCounted !== undefined) throw new RangeError("endOfSuspendedPeriod: only periods in days can be suspended");
    counted = addYearsClampingToMonthEnd(countsFrom, period.length);
  } else if (period.unit === "calendar_days") {
    const end = addCalendarDays(countsFrom, period.length);
    const from = notCounted === undefined ? undefined : laterOf(notCounted.from, addCalendarDays(countsFrom, 1));
    const to = notCounted?.to;
    // A suspension starting after the last day takes nothing off; one that has not ended leaves no last day yet.
    if (from === undefined || from > end || (to !== undefined && to < from)) {
      counted = end;
    } else if (to === undefined) {
      return { suspendedSince: from, daysCounted: daysBetween(from, countsFrom) - 1 };
    } else {
      suspension = { from, to, days: daysBetween(to, from) + 1 };
      counted = addCalendarDays(end, suspension.days);
    }
  } else {
    if (calendar === undefined) throw new RangeError("endOfPeriod: working days need a holiday calendar");
    const from = notCounted === undefined ? undefined : laterOf(notCounted.from, addCalendarDays(countsFrom, 1));
    const to = notCounted?.to;
    let current = countsFrom;
    for (let days = 0; days < period.length; ) {
      current = addCalendarDays(current, 1);
      if (from !== undefined && current === from && (to === undefined || to >= from)) {
        if (to === undefined) return { suspendedSince: from, daysCounted: days };
        suspension = { from, to, days: daysBetween(to, from) + 1 };
        current = to;
        continue;
      }
      if (!isRest(current)) days += 1;
    }
    counted = current;
  }
  const dueOn = period.unit !== "working_days" && counting.lastDayOnRestDay === "next_working_day" ? rollForward(counted, isRest) : counted;
  // Working days are only known inside the calendar all along; a calendar-day count only needs its last day.
  const checked = period.unit === "working_days" ? [addCalendarDays(countsFrom, 1), dueOn] : [counted, dueOn];
  const beyondCalendar = calendar !== undefined && checked.some((date) => !isDateWithin(date, calendar.covers.from, calendar.covers.to));
  return {
    dueOn,
    ...(dueOn === counted ? {} : { rolledOverFrom: counted }),
    beyondCalendar,
    ...(suspension === undefined ? {} : { suspension }),
  };
}

function rollForward(date: IsoDate, isRest: (date: IsoDate) => boolean): IsoDate {
  let current = date;
  while (isRest(current)) current = addCalendarDays(current, 1);
  return current;
}

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
