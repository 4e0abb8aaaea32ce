import { z } from "zod";
import { ADJUSTMENT_KINDS } from "../codes/adjustment-kinds.js";
import { GENERAL_REASONS } from "../codes/general-reasons.js";
import { GENERAL_STEPS } from "../codes/general-steps.js";
import type { LocalizedTemplate } from "../codes/localized-template.js";
import type { AnyCoverageKind } from "./coverage-kind-definition.js";
import { fixedBenefitKind } from "./fixed/fixed-benefit-kind.js";
import { parametricKind } from "./parametric/parametric-kind.js";
import { perDiemKind } from "./per-diem/per-diem-kind.js";
import { reimbursementKind } from "./reimbursement/reimbursement-kind.js";
import { disabilityScheduleKind } from "./schedule/disability-schedule-kind.js";

/**
 * The coverage kinds of the library: the one table everything about kinds is derived from (the policy's coverage
 * union, the ledger's fields, the decision's enums, the reason and step tables, the JSON Schemas). A new kind is a
 * folder beside these and one line here; an integrator's own kinds go to `createAdjudicator({ coverageKinds })`.
 */
export const COVERAGE_KIND_DEFINITIONS = [reimbursementKind, fixedBenefitKind, disabilityScheduleKind, perDiemKind, parametricKind] as const;

/** The kind of a coverage: `reimbursement`, `fixed`, `schedule`, `per_diem` or `parametric`. */
export type CoverageKind = (typeof COVERAGE_KIND_DEFINITIONS)[number]["kind"];

/** The names of the library's coverage kinds, in the table's order. */
export const COVERAGE_KINDS = COVERAGE_KIND_DEFINITIONS.map((definition) => definition.kind) as [CoverageKind, ...CoverageKind[]];

type SchemasOf<Kinds extends readonly AnyCoverageKind[]> = { -readonly [I in keyof Kinds]: Kinds[I]["schema"] };

/** The coverage union of a set of kinds, discriminated by `kind`. */
export function coverageUnion<const Kinds extends readonly [AnyCoverageKind, ...AnyCoverageKind[]]>(kinds: Kinds) {
  return z.discriminatedUnion("kind", kinds.map((definition) => definition.schema) as unknown as SchemasOf<Kinds> & [z.ZodObject, ...z.ZodObject[]]);
}

/** A coverage of any of the library's kinds. */
export const CoverageSchema = coverageUnion(COVERAGE_KIND_DEFINITIONS);
/** A coverage of a policy, of any of the library's kinds (reimbursement, fixed, schedule, per-diem, parametric), as its schema gives it. */
export type Coverage = z.output<typeof CoverageSchema>;

/**
 * Every reason code the library gives with these kinds, with its template: the general ones, each adjustment kind's
 * own, and each coverage kind's.
 */
export function libraryReasonTemplates(kinds: readonly AnyCoverageKind[]): ReadonlyMap<string, LocalizedTemplate> {
  const templates = new Map<string, LocalizedTemplate>(Object.entries(GENERAL_REASONS));
  for (const definition of Object.values(ADJUSTMENT_KINDS)) templates.set(definition.reasonCode, definition.message);
  for (const kind of kinds) for (const [code, template] of Object.entries(kind.reasons)) templates.set(code, template);
  return templates;
}

/** Every calculation step kind the library writes with these kinds, with its template. */
export function libraryStepTemplates(kinds: readonly AnyCoverageKind[]): ReadonlyMap<string, LocalizedTemplate> {
  const templates = new Map<string, LocalizedTemplate>(Object.entries(GENERAL_STEPS));
  for (const kind of kinds) for (const [step, template] of Object.entries(kind.steps)) templates.set(step, template);
  return templates;
}
