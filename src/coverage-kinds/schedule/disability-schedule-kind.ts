import { z } from "zod";
import { DisabilityGradeSchema } from "../../claim/disability-grade-schema.js";
import { MoneyStringSchema } from "../../values/primitives.js";
import { defineCoverageKind } from "../coverage-kind-definition.js";
import { calculateDisabilitySchedule } from "./calculate-disability-schedule.js";
import { compileDisabilityScheduleCoverage } from "./compile-disability-schedule-coverage.js";
import { DisabilityScheduleCoverageSchema } from "./disability-schedule-coverage-schema.js";
import { DISABILITY_SCHEDULE_REASONS, DISABILITY_SCHEDULE_STEPS } from "./disability-schedule-texts.js";

/** A share of the sum insured by disability grade (伤残保险金, JR/T 0083-2013). */
export const disabilityScheduleKind = defineCoverageKind({
  kind: "schedule",
  schema: DisabilityScheduleCoverageSchema,
  ledgerShape: {
    /** Disabilities already rated under this coverage: a later one is combined with them. */
    disabilities: z.array(z.strictObject({ code: z.string().min(1), grade: DisabilityGradeSchema })).default([]),
    /** Disabilities the insured had before that the coverage did not pay (before cover, another insurer, an excluded cause). */
    priorDisabilities: z.array(z.strictObject({ code: z.string().min(1), grade: DisabilityGradeSchema })).default([]),
    // What the coverage paid for the claim's incident (accident), over every claim for it: the same field as the fixed
    // kind's (documented there), which the ledger entry's type merges with.
    incidentPaid: MoneyStringSchema.default("0"),
  },
  // Disabilities and what was paid for them add up over the insured's life: payments stay within the sum insured.
  ledgerScopes: () => ({ paid: "lifetime", disabilities: "lifetime", priorDisabilities: "lifetime", incidentPaid: "incident" }),
  reasons: DISABILITY_SCHEDULE_REASONS,
  steps: DISABILITY_SCHEDULE_STEPS,
  checkReferences(coverage, { checkClause, checkUnique }) {
    checkUnique(coverage.table.map((entry) => String(entry.grade)), (j) => ["table", j, "grade"], "grade");
    for (const [step, clauseId] of Object.entries(coverage.clauseRefs)) checkClause(clauseId, ["clauseRefs", step]);
  },
  amounts: (coverage) => [{ amount: coverage.sumInsured, path: ["sumInsured"] }, ...(coverage.perIncidentLimit !== undefined ? [{ amount: coverage.perIncidentLimit, path: ["perIncidentLimit"] }] : [])],
  compile: compileDisabilityScheduleCoverage,
  calculate: calculateDisabilitySchedule,
});
