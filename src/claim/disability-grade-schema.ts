import { z } from "zod";

/** Grade 1 … 10 of a disability (JR/T 0083-2013: grade 1 is the most severe). */
export const DisabilityGradeSchema = z.int().min(1, { error: "disability grades run from 1 to 10" }).max(10, { error: "disability grades run from 1 to 10" });
