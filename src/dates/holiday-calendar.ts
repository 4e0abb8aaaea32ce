import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";
import { IsoDateSchema } from "./iso-date-schema.js";
import { addCalendarDays } from "./add-calendar-days.js";
import { daysBetween, type IsoDate, isDateWithin, isoWeekday, isValidIsoDate } from "./iso-date.js";

const HolidaySchema = z.strictObject({
  name: LocalizedTextSchema,
  /** First day off, `YYYY-MM-DD`. */
  from: IsoDateSchema,
  /** Last day off, included. */
  to: IsoDateSchema,
});

/**
 * Which days are not working days, as data: the weekly rest days, the announced holidays (with the days off that
 * go with them) and the adjusted working days (调休上班日: a Saturday or Sunday worked in exchange for a day off).
 * Outside `covers` only `weekendDays` are known, so callers warn when a period reaches beyond it.
 */
export const HolidayCalendarSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** The days this data is complete for, both ends included. */
    covers: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
    /** ISO weekdays of the weekly rest days: 1 Monday … 7 Sunday. */
    weekendDays: z
      .array(z.int().min(1, { error: "ISO weekday: 1 (Monday) to 7 (Sunday)" }).max(7, { error: "ISO weekday: 1 (Monday) to 7 (Sunday)" }))
      .max(6, { error: "at least one day of the week must be a working day" })
      .default([6, 7]),
    holidays: z.array(HolidaySchema),
    /** Weekend days that are working days (调休上班). */
    adjustedWorkingDays: z.array(IsoDateSchema).default([]),
  })
  .superRefine((calendar, ctx) => {
    const { covers } = calendar;
    const dates = [covers.from, covers.to, ...calendar.holidays.flatMap((holiday) => [holiday.from, holiday.to]), ...calendar.adjustedWorkingDays];
    if (!dates.every(isValidIsoDate)) return; // already reported by IsoDateSchema
    if (covers.to < covers.from) ctx.addIssue({ code: "custom", path: ["covers", "to"], message: `covers.to ${covers.to} is before covers.from ${covers.from}` });
    if (new Set(calendar.weekendDays).size !== calendar.weekendDays.length) ctx.addIssue({ code: "custom", path: ["weekendDays"], message: "weekendDays lists a day twice" });
    const daysOff = new Set<IsoDate>();
    calendar.holidays.forEach((holiday, i) => {
      if (holiday.to < holiday.from) {
        ctx.addIssue({ code: "custom", path: ["holidays", i, "to"], message: `holiday ends on ${holiday.to}, before it starts on ${holiday.from}` });
        return;
      }
      for (const [end, date] of [["from", holiday.from], ["to", holiday.to]] as const) {
        if (!isDateWithin(date, covers.from, covers.to)) ctx.addIssue({ code: "custom", path: ["holidays", i, end], message: `${date} is outside covers (${covers.from} to ${covers.to})` });
      }
      for (const day of expandDays(holiday.from, holiday.to)) daysOff.add(day);
    });
    const weekend = new Set(calendar.weekendDays);
    calendar.adjustedWorkingDays.forEach((date, i) => {
      const path = ["adjustedWorkingDays", i];
      if (!isDateWithin(date, covers.from, covers.to)) ctx.addIssue({ code: "custom", path, message: `${date} is outside covers (${covers.from} to ${covers.to})` });
      if (daysOff.has(date)) ctx.addIssue({ code: "custom", path, message: `${date} is both a holiday and an adjusted working day` });
      if (!weekend.has(isoWeekday(date))) ctx.addIssue({ code: "custom", path, message: `${date} is not a weekend day, so it is a working day already` });
    });
  });
/** A calendar of public holidays, adjusted working days and weekly rest days for the dates it covers, as its schema gives it: claim clocks counted in working days skip the rest days. */
export type HolidayCalendar = z.output<typeof HolidayCalendarSchema>;
/** A holiday calendar as it may be given. */
export type HolidayCalendarInput = z.input<typeof HolidayCalendarSchema>;

function expandDays(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let offset = 0; offset <= daysBetween(to, from); offset += 1) days.push(addCalendarDays(from, offset));
  return days;
}

const compiled = new WeakMap<HolidayCalendar, (date: IsoDate) => boolean>();

/**
 * The rest-day test of a calendar, built once per calendar object (calendars are treated as immutable).
 * A rest day is a listed holiday, or a weekend day that is not an adjusted working day.
 */
export function compileRestDays(calendar: HolidayCalendar): (date: IsoDate) => boolean {
  const cached = compiled.get(calendar);
  if (cached !== undefined) return cached;
  const daysOff = new Set<IsoDate>();
  for (const holiday of calendar.holidays) for (const day of expandDays(holiday.from, holiday.to)) daysOff.add(day);
  const workedWeekendDays = new Set(calendar.adjustedWorkingDays);
  const weekend = new Set(calendar.weekendDays);
  const isRest = (date: IsoDate): boolean => daysOff.has(date) || (weekend.has(isoWeekday(date)) && !workedWeekendDays.has(date));
  compiled.set(calendar, isRest);
  return isRest;
}

/**
 * Whether `date` is a rest day in `calendar`: a listed holiday, or a weekend day that is not an adjusted working
 * day (调休上班日). Outside `calendar.covers` only the weekend is known.
 *
 * @param date - the day, `YYYY-MM-DD`
 * @param calendar - the holiday calendar (parsed by `HolidayCalendarSchema`)
 * @returns `true` on a rest day
 * @example
 * isRestDay("2026-02-14", CN_2026) // a Saturday worked before the Spring Festival
 * //=> false
 */
export function isRestDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return compileRestDays(calendar)(date);
}
