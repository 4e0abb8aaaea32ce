import { z } from "zod";
import { CurrencyCodeSchema } from "../money/currency-schema.js";
import { RiskConfigSchema } from "../risk/risk-config-schema.js";
import { RoutingConfigSchema } from "../routing/routing-config-schema.js";
import { SamplingConfigSchema } from "../sampling/sampling-config-schema.js";
import { IdSchema } from "../values/primitives.js";

/**
 * How the insurer works its claims, beside the product's wording and rules: red-flag indicators and the risk
 * score, routing to queues with the authority each decision needs, quality sampling of what goes straight through.
 * One document per claims operation (it may serve several products), given to
 * `createAdjudicator({ operations })`; its id, version and hash go into every decision's `meta`.
 */
export const OperationsSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  version: z.string().min(1),
  description: z.string().optional(),
  /** The currency of its amounts: the policy's. */
  currency: CurrencyCodeSchema,
  /** Risk scoring: red-flag indicators with weights and thresholds, and the score's bands. */
  risk: RiskConfigSchema.optional(),
  /** Routing and authority: queues, routing rules, what goes straight through, authority levels (核赔权限). */
  routing: RoutingConfigSchema.optional(),
  /** Quality sampling (抽检) of straight-through decisions, by segment, seeded by the claim id. */
  sampling: SamplingConfigSchema.optional(),
});
/** An operations configuration (risk score, routing and authority, quality sampling), as its schema gives it. */
export type Operations = z.output<typeof OperationsSchema>;
/** An operations configuration as it may be given to `createAdjudicator({ operations })`. */
export type OperationsInput = z.input<typeof OperationsSchema>;
