import { INCIDENT_TYPES, type IncidentType } from "../claim/incident-types.js";
import { z } from "zod";
import { IdSchema, LocalizedTextSchema, type LocalizedText } from "../values/primitives.js";
import type { StayTerms } from "./stay-terms.js";

/** The schema of a coverage's waiting periods. */
export const WaitingPeriodsSchema = z.strictObject({
  illnessDays: z.int().min(0, { error: "a waiting period cannot be negative" }).default(0),
  accidentDays: z.int().min(0, { error: "a waiting period cannot be negative" }).default(0),
  /** The clause that states the waiting period; refusals cite it. Default: the coverage's clause. */
  clauseId: IdSchema.optional(),
});
/** A coverage's waiting periods in days, for illness and for accidents, with the clause that sets them. */
export type WaitingPeriods = z.output<typeof WaitingPeriodsSchema>;

/** The fields of a coverage every stage may read, whatever its kind. */
export interface CoverageCommon {
  readonly kind: string;
  readonly id: string;
  readonly clauseId: string;
  readonly name: LocalizedText;
  readonly incidentTypes: readonly IncidentType[];
  readonly waitingPeriods: WaitingPeriods;
  /** What the coverage says of hospital stays and the period (kinds that pay for stays have it). */
  readonly stay?: StayTerms | undefined;
}

/** Fields every coverage has, whatever it pays. */
export const coverageCommonShape = {
  id: IdSchema,
  /** The clause that grants this coverage; calculation steps cite it. */
  clauseId: IdSchema,
  name: LocalizedTextSchema,
  /** Incidents this coverage answers for; a claim of another type does not concern it. */
  incidentTypes: z.array(z.enum(INCIDENT_TYPES)).min(1, { error: "list at least one incident type" }),
  waitingPeriods: WaitingPeriodsSchema.default({ illnessDays: 0, accidentDays: 0 }),
};
