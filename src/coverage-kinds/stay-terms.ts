import { z } from "zod";
import { IdSchema } from "../values/primitives.js";

/**
 * What a coverage says of hospital stays and the period of insurance: the admission must fall within the period
 * (入院须在保险期间内), and a stay running at expiry is paid for up to some days past it (延续住院).
 */
export const StayTermsSchema = z.strictObject({
  /** A stay admitted outside the period of insurance is not covered, whenever the illness or accident began. */
  admissionWithinPeriod: z.boolean(),
  /**
   * A stay admitted within the period and running at expiry is paid for up to this many days after the expiry date
   * (0: nothing after it). Without it, the coverage pays what the incident brings whatever its date.
   */
  continuedStayDays: z.int().min(0).optional(),
  /** The clause that says so; default the coverage's. */
  clauseId: IdSchema.optional(),
});
export type StayTerms = z.output<typeof StayTermsSchema>;
