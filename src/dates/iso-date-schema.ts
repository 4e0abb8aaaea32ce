import { z } from "zod";
import { isValidIsoDate } from "./iso-date.js";

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string({ error: "must be an ISO date string YYYY-MM-DD" })
  .refine(isValidIsoDate, { error: "must be a real calendar date YYYY-MM-DD, e.g. 2026-02-28" });
