import { z } from "zod";
import { FilledTextSchema } from "../trace/make-text.js";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";
import { RISK_INDICATOR_KINDS } from "./risk-config-schema.js";

/** A non-negative decimal as a string (`"35"`, `"12.5"`): points and scores are exact, never floats. */
const ScoreStringSchema = z.string().regex(/^\d+(\.\d+)?$/);

/** One indicator as the claim left it: fired or not, what it adds, and the evidence either way. */
export const RiskIndicatorResultSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(RISK_INDICATOR_KINDS),
  name: LocalizedTextSchema,
  fired: z.boolean(),
  /** The indicator's weight. */
  points: ScoreStringSchema,
  /** What it adds to the score: its points when it fired, else `"0"`. */
  contribution: ScoreStringSchema,
  /** What was measured and against what, one sentence per finding (each duplicate, each invoice outside the stay). */
  evidence: z.array(FilledTextSchema).min(1),
  /** For an indicator that fired: what an investigation checks. */
  check: FilledTextSchema.optional(),
});
/** One red-flag indicator on a claim: whether it fired, its points and its evidence. */
export type RiskIndicatorResult = z.output<typeof RiskIndicatorResultSchema>;

/**
 * `decision.risk`: the claim's risk score, the sum of the contributions of its red-flag indicators, and the band it
 * falls in. For the adjuster (and routing): the claimant's notice never shows it.
 */
export const DecisionRiskSchema = z.strictObject({
  /** Σ of `indicators[].contribution`. */
  score: ScoreStringSchema,
  /** The band of the score (`levels` of the risk configuration), when bands are configured. */
  level: IdSchema.optional(),
  levelName: LocalizedTextSchema.optional(),
  /** Every configured indicator, in the configuration's order. */
  indicators: z.array(RiskIndicatorResultSchema),
});
/** A decision's risk: the score, its level, and each red-flag indicator with its points and evidence. */
export type DecisionRisk = z.output<typeof DecisionRiskSchema>;
