import { z } from "zod";
import { EARLIEST_YEAR, isValidIsoDate, isWithinAcceptedYears, LATEST_YEAR } from "./iso-date.js";

/** A calendar date, `YYYY-MM-DD`, in the years 1900–2199. */
export const IsoDateSchema = z
  .string({ error: "must be an ISO date string YYYY-MM-DD" })
  .refine(isValidIsoDate, { error: "must be a real calendar date YYYY-MM-DD, e.g. 2026-02-28", abort: true })
  .refine(isWithinAcceptedYears, { error: `must be a date in the years ${EARLIEST_YEAR} to ${LATEST_YEAR}` });

/** The last year of a date the library computes from accepted dates: a claim clock runs at most 20 years (Civil Code art. 188). */
export const LATEST_COMPUTED_YEAR = LATEST_YEAR + 100;

/**
 * A date the library computes (a deadline's due date), `YYYY-MM-DD`: from dates in 1900–2199 a clock may end a few
 * years later (a report on 2199-12-31 has its limitation period end in 2204), so up to 2299.
 */
export const ComputedIsoDateSchema = z
  .string({ error: "must be an ISO date string YYYY-MM-DD" })
  .refine(isValidIsoDate, { error: "must be a real calendar date YYYY-MM-DD, e.g. 2026-02-28", abort: true })
  .refine((date) => isWithinAcceptedYears(date) || (Number(date.slice(0, 4)) > LATEST_YEAR && Number(date.slice(0, 4)) <= LATEST_COMPUTED_YEAR), {
    error: `must be a date in the years ${EARLIEST_YEAR} to ${LATEST_COMPUTED_YEAR}`,
  });
