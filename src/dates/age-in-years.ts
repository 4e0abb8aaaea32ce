import { dateParts, type IsoDate } from "./iso-date.js";

/**
 * Age in whole years (周岁) on a date: the years since birth, less one until the birthday of that year. Someone born
 * on 29 February turns a year older on 1 March in a common year.
 *
 * @example
 * ageInYears("1988-03-15", "2026-03-14") //=> 37
 */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  const birth = dateParts(birthDate);
  const day = dateParts(on);
  const beforeBirthday = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (beforeBirthday ? 1 : 0);
}
