import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/** The schema of a missing document in a decision. */
export const MissingDocumentSchema = z.strictObject({
  documentType: IdSchema,
  /** For per-invoice requirements: the invoice number whose document is missing. */
  documentId: z.string().optional(),
  /** `issued_too_early`: the document came, but issued before the day the requirement wants it from. */
  problem: z.enum(["missing", "copy_only", "issued_too_early"]),
  /** For a requirement of a document issued some days after the incident: the first day it may be issued. */
  issuedOnOrAfter: IsoDateSchema.optional(),
  /** For `issued_too_early`: the issue date of the latest one received. */
  receivedIssuedOn: IsoDateSchema.optional(),
  requirementId: IdSchema.optional(),
  ruleId: IdSchema.optional(),
  clauseId: IdSchema,
  description: LocalizedTextSchema,
});

/** A document the claim still lacks: its type (and invoice number for per-invoice documents), the problem (missing, only a copy, issued too early), the requirement or rule and the clause asking for it, and its name in zh and en. */
export type MissingDocument = z.output<typeof MissingDocumentSchema>;
