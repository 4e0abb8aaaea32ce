import { z } from "zod";
import { DisabilityScheduleCoverageSchema } from "./schedule/disability-schedule-coverage-schema.js";
import { FixedBenefitCoverageSchema } from "./fixed/fixed-benefit-coverage-schema.js";
import { ParametricCoverageSchema } from "./parametric/parametric-coverage-schema.js";
import { PerDiemCoverageSchema } from "./per-diem/per-diem-coverage-schema.js";
import { ReimbursementCoverageSchema } from "./reimbursement/reimbursement-coverage-schema.js";

export const COVERAGE_KINDS = ["reimbursement", "fixed", "schedule", "per_diem", "parametric"] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export const CoverageSchema = z.discriminatedUnion("kind", [
  ReimbursementCoverageSchema,
  FixedBenefitCoverageSchema,
  DisabilityScheduleCoverageSchema,
  PerDiemCoverageSchema,
  ParametricCoverageSchema,
]);
export type Coverage = z.output<typeof CoverageSchema>;
