import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { isoWeekday } from "../../src/dates/iso-date.js";

/**
 * Calendar code must not depend on the host's zone. Samoa (Pacific/Apia) moved across the date line and skipped
 * Friday 2011-12-30: a local-midnight `Date` for that day is Saturday 31st there, which made `isRestDay` call the
 * Friday a rest day (issue 9). The child process below runs the calendar code under that zone.
 */
const HERE = fileURLToPath(new URL(".", import.meta.url));

function runUnderZone(zone: string, script: string): unknown {
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: HERE,
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`child under TZ=${zone} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

const SCRIPT = `
import { isRestDay, HolidayCalendarSchema } from "../../src/dates/holiday-calendar.ts";
import { isoWeekday } from "../../src/dates/iso-date.ts";
import { addWorkingDays } from "../../src/dates/add-working-days.ts";
import { rollForwardToWorkingDay } from "../../src/dates/roll-forward-to-working-day.ts";
const calendar = HolidayCalendarSchema.parse({ id: "weekends", name: { zh: "仅周末", en: "weekends only" }, covers: { from: "2011-01-01", to: "2012-12-31" }, holidays: [] });
const days = ["2011-12-29", "2011-12-30", "2011-12-31", "2012-01-01", "2012-01-02"];
console.log(JSON.stringify({
  // Proof that the zone really skipped the day here: local midnight of Dec 30 is some other day.
  localDayOfDec30: new Date(2011, 11, 30).getDate(),
  weekday: days.map(isoWeekday),
  rest: days.map((day) => isRestDay(day, calendar)),
  threeWorkingDaysAfterDec28: addWorkingDays("2011-12-28", 3, calendar),
  rolledFromDec31: rollForwardToWorkingDay("2011-12-31", calendar),
}));
`;

describe("calendar code under TZ=Pacific/Apia (a zone that skipped 2011-12-30)", () => {
  test("weekdays, rest days and counts are the calendar's, not the zone's", () => {
    expect(runUnderZone("Pacific/Apia", SCRIPT)).toEqual({
      localDayOfDec30: 31, // the zone skipped the day: a Date-based weekday would read Saturday
      weekday: [4, 5, 6, 7, 1], // Thu 29, Fri 30, Sat 31, Sun 1, Mon 2
      rest: [false, false, true, true, false],
      threeWorkingDaysAfterDec28: "2012-01-02", // Thu 29, Fri 30, (Sat, Sun), Mon 2
      rolledFromDec31: "2012-01-02", // Sat 31 → Mon 2
    });
  }, 60_000);
});

describe("isoWeekday", () => {
  test.each([
    { date: "1970-01-01", weekday: 4 }, // day 0, a Thursday
    { date: "1969-12-31", weekday: 3 }, // before day 0
    { date: "1900-01-01", weekday: 1 },
    { date: "2000-02-29", weekday: 2 },
    { date: "2026-02-28", weekday: 6 },
    { date: "2026-03-01", weekday: 7 },
    { date: "2026-04-14", weekday: 2 },
  ])("$date → $weekday", ({ date, weekday }) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
});
