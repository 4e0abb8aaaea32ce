import { z } from "zod";
import { HolidayCalendarSchema } from "../dates/holiday-calendar.js";
import { IdSchema } from "../values/primitives.js";
import { DayCountSchema } from "./jurisdiction-profile-schema.js";

const DaysSchema = z.int().positive({ error: "must be a whole number of days ≥ 1" });

const DayPeriodTermSchema = z.strictObject({
  days: DaysSchema,
  dayCount: DayCountSchema.optional(),
  /** The product clause that sets this period. */
  clauseId: IdSchema.optional(),
});

const DeterminationTermSchema = z
  .strictObject({
    ordinaryDays: DaysSchema.optional(),
    complexDays: DaysSchema.optional(),
    dayCount: DayCountSchema.optional(),
    clauseId: IdSchema.optional(),
  })
  .refine((term) => term.ordinaryDays !== undefined || term.complexDays !== undefined || term.dayCount !== undefined, {
    error: "set ordinaryDays, complexDays or dayCount",
  });

/**
 * What a product's wording says about the claim clocks, as data: e.g. "we determine within 5 days, 30 for complex
 * cases" is `{ determination: { ordinaryDays: 5, complexDays: 30, clauseId: "7.3" } }`. Applied to a profile with
 * `applyProductDeadlineTerms`, which refuses what the law does not let a contract change.
 */
export const ProductDeadlineTermsSchema = z.strictObject({
  $schema: z.string().optional(),
  productId: IdSchema,
  /** How the product counts days for every period it does not set otherwise. */
  dayCount: DayCountSchema.optional(),
  /** The product clause that sets `dayCount`. */
  clauseId: IdSchema.optional(),
  /** Replaces the profile's holiday calendar. */
  holidayCalendar: HolidayCalendarSchema.optional(),
  deadlines: z.strictObject({
    report: DayPeriodTermSchema.optional(),
    documentRequest: DayPeriodTermSchema.optional(),
    determination: DeterminationTermSchema.optional(),
    denialNotice: DayPeriodTermSchema.optional(),
    payment: DayPeriodTermSchema.optional(),
    advancePayment: DayPeriodTermSchema.optional(),
  }),
});
/** A product's own deadline terms (shorter payment periods than the law's), as their schema gives them. */
export type ProductDeadlineTerms = z.output<typeof ProductDeadlineTermsSchema>;
/** A product's deadline terms as they may be given. */
export type ProductDeadlineTermsInput = z.input<typeof ProductDeadlineTermsSchema>;
