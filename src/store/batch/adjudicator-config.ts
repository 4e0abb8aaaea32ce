import { z } from "zod";
import { createAdjudicator, type Adjudicator } from "../../create-adjudicator.js";
import { contentHash } from "../../hashing/content-hash.js";
import { parseInput } from "../../values/parse-input.js";
import type { SqlExecutor } from "../store-database.js";
import { StoreError } from "../store-error.js";

/**
 * What a worker needs to adjudicate a batch's claims: the policies (one or more; each claim names its own) and the
 * rule set, with an optional jurisdiction profile and operations configuration (risk, routing, sampling). Stored once in the database under its content hash, so workers
 * on other machines compile exactly what the batch was enqueued with.
 */
export const AdjudicatorConfigSchema = z.strictObject({
  policies: z.array(z.unknown()).min(1, { error: "give at least one policy" }),
  rules: z.unknown(),
  jurisdiction: z.unknown().optional(),
  operations: z.unknown().optional(),
});
/** The adjudicator configuration a batch carries to its workers: the policies, rule sets and jurisdiction, as JSON. */
export type AdjudicatorConfig = z.output<typeof AdjudicatorConfigSchema>;

/**
 * The adjudicators of a configuration, one per policy, by policy id.
 * @throws ValidationError when a policy or the rule set is invalid (paths `policy.…`, `rules.…`)
 */
export function compileAdjudicatorConfig(config: AdjudicatorConfig): Map<string, Adjudicator> {
  const adjudicators = new Map<string, Adjudicator>();
  for (const policy of config.policies) {
    const adjudicator = createAdjudicator({
      policy,
      rules: config.rules,
      ...(config.jurisdiction === undefined ? {} : { jurisdiction: config.jurisdiction }),
      ...(config.operations === undefined ? {} : { operations: config.operations }),
    });
    adjudicators.set(adjudicator.policy.id, adjudicator);
  }
  return adjudicators;
}

/** Saves a configuration (once per content) and returns its hash, which jobs carry. */
export async function saveAdjudicatorConfig(executor: SqlExecutor, quoted: string, configInput: unknown): Promise<string> {
  const config = parseInput(AdjudicatorConfigSchema, configInput, "config");
  const configHash = contentHash(config);
  await executor.query(`INSERT INTO ${quoted}.adjudicator_configs (config_hash, config) VALUES ($1, $2::jsonb) ON CONFLICT (config_hash) DO NOTHING`, [configHash, JSON.stringify(config)]);
  return configHash;
}

/**
 * Compiled configurations by hash, each loaded and compiled once per process.
 * @returns a function giving the adjudicators of a hash (rejecting when the hash is unknown)
 */
export function adjudicatorConfigCache(executor: SqlExecutor, quoted: string): (configHash: string) => Promise<Map<string, Adjudicator>> {
  const compiled = new Map<string, Promise<Map<string, Adjudicator>>>();
  return (configHash) => {
    let entry = compiled.get(configHash);
    if (entry === undefined) {
      entry = (async () => {
        const { rows } = await executor.query<{ config: unknown }>(`SELECT config FROM ${quoted}.adjudicator_configs WHERE config_hash = $1`, [configHash]);
        if (rows[0] === undefined) throw new StoreError("store_inconsistent", ["job", "configHash"], `no adjudicator configuration ${configHash} in the database`);
        return compileAdjudicatorConfig(parseInput(AdjudicatorConfigSchema, rows[0].config, "config"));
      })();
      entry.catch(() => compiled.delete(configHash));
      compiled.set(configHash, entry);
    }
    return entry;
  };
}
