import { z } from "zod";
import { EARLIEST_YEAR, isValidIsoDate, isWithinAcceptedYears, LATEST_YEAR } from "./iso-date.js";

/** A calendar date, `YYYY-MM-DD`, in the years 1900–2199. */
export const IsoDateSchema = z
  .string({ error: "must be an ISO date string YYYY-MM-DD" })
  .refine(isValidIsoDate, { error: "must be a real calendar date YYYY-MM-DD, e.g. 2026-02-28", abort: true })
  .refine(isWithinAcceptedYears, { error: `must be a date in the years ${EARLIEST_YEAR} to ${LATEST_YEAR}` });
