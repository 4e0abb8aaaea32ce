import { describe, expect, test } from "vitest";
import { ageInYears } from "../../src/dates/age-in-years.js";

// 周岁: the completed years since birth. A 29 February birthday is reached on 28 February in a common year (a period
// in years ends on the corresponding day, else on the month's last day: PRC Civil Code art. 202).
describe("ageInYears", () => {
  test.each([
    { birth: "1991-06-14", on: "2026-06-13", age: 34 }, // the day before the birthday
    { birth: "1991-06-14", on: "2026-06-14", age: 35 }, // the birthday
    { birth: "1991-06-14", on: "2026-06-15", age: 35 },
    { birth: "2000-02-29", on: "2026-02-27", age: 25 },
    { birth: "2000-02-29", on: "2026-02-28", age: 26 }, // common year: 28 February
    { birth: "2000-02-29", on: "2028-02-28", age: 27 }, // leap year: not until 29 February
    { birth: "2000-02-29", on: "2028-02-29", age: 28 },
    { birth: "2026-03-01", on: "2026-03-01", age: 0 },
    { birth: "2026-03-01", on: "2026-02-01", age: 0 }, // before birth
  ])("born $birth, on $on: $age", ({ birth, on, age }) => {
    expect(ageInYears(birth, on)).toBe(age);
  });
});
