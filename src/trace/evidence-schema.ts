import { z } from "zod";

/** One comparison of a rule's or a tier's condition as it was evaluated. */
export const EvidenceSchema = z.strictObject({
  path: z.string(),
  fact: z.string(),
  factPath: z.string().optional(),
  operator: z.string(),
  expected: z.unknown(),
  actual: z.unknown(),
  result: z.boolean().nullable(),
});
