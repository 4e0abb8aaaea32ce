import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { RevisionRequestSchema } from "../intake/validate-claim-input.js";

/** The options of `adjudicateAndRecord`. */
export const RecordOptionsSchema = z.strictObject({
  /** The decision date, as for `adjudicate`: the store never reads the clock to decide. */
  asOf: IsoDateSchema,
  /**
   * The caller's key for this request (e.g. a request id kept across retries). The first response given for a key
   * is the response for every later use of it; the key used for another claim, or other content, is refused.
   */
  idempotencyKey: z.string().min(1).max(200).optional(),
  /** When the claim is recorded already: why it is decided again (supplementary documents, correction, appeal). */
  revision: RevisionRequestSchema.optional(),
  /**
   * When the decision is recorded, ISO 8601 with offset, for the audit entry. Default: the database server's clock
   * (`clock_timestamp()`) once the ledger is locked, one clock for every worker.
   */
  recordedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T09:30:00+08:00" }).optional(),
});
/** Options of recording a claim in the store: `asOf`, the idempotency key, the revision request, and when it was recorded. */
export type RecordOptions = z.input<typeof RecordOptionsSchema>;
