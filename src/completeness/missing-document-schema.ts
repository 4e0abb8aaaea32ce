import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

export const MissingDocumentSchema = z.strictObject({
  documentType: IdSchema,
  /** For per-invoice requirements: the invoice number whose document is missing. */
  documentId: z.string().optional(),
  problem: z.enum(["missing", "copy_only"]),
  requirementId: IdSchema.optional(),
  ruleId: IdSchema.optional(),
  clauseId: IdSchema,
  description: LocalizedTextSchema,
});

export type MissingDocument = z.output<typeof MissingDocumentSchema>;
