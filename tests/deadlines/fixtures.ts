import { readFileSync } from "node:fs";
import { HolidayCalendarSchema } from "../../src/dates/holiday-calendar.js";
import { applyProductDeadlineTerms } from "../../src/deadlines/apply-product-deadline-terms.js";
import { type JurisdictionProfile, parseJurisdictionProfile } from "../../src/deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";

export function readExample(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../examples/jurisdictions/${name}`, import.meta.url), "utf8"));
}

export const CN_HOLIDAYS_2025_2026 = HolidayCalendarSchema.parse(readExample("cn-holidays-2025-2026.json"));

/** PRC law with the 2025–2026 holidays, so art. 203 moves a last day that falls on a rest day. */
export const PRC_WITH_HOLIDAYS: JurisdictionProfile = parseJurisdictionProfile({ ...PRC_INSURANCE_LAW_PROFILE, holidayCalendar: CN_HOLIDAYS_2025_2026 });

/** A medical product: one request for documents within 3 days (7.2); determination in 5 days, 30 when complex (7.3). */
export const PRC_MEDICAL_PRODUCT: JurisdictionProfile = applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, readExample("product-terms-medical.json"));

/** Determination within 5 working days (product clause 7.3), with the 2025–2026 holidays. */
export const PRC_WORKING_DAYS_PRODUCT: JurisdictionProfile = applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, {
  productId: "travel-2026",
  holidayCalendar: CN_HOLIDAYS_2025_2026,
  deadlines: { determination: { ordinaryDays: 5, dayCount: "working", clauseId: "7.3" } },
});

/** Deep-freezes a test input, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
