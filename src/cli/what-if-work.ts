import type { Adjudicator, AdjudicatorConfig } from "../create-adjudicator.js";
import type { ClaimToAdjudicate } from "../many/adjudication-result.js";
import { adjudicateManyAs, createAdjudicatorPool, type AdjudicatorPool } from "../many/adjudicator-pool.js";
import { decideVersion, whatIfOptions, type VersionResult, type WhatIfClaim } from "../what-if/compare-rule-sets.js";
import type { AdjudicationWork } from "./adjudicate-in-order.js";
import { teeAsync, zipAsync } from "./tee-and-zip.js";

/** One claim of a what-if corpus under both versions: `after` is left out when `before` failed (here; a pool decides both). */
export interface WhatIfPair {
  readonly before: VersionResult;
  readonly after?: VersionResult;
}

/** The two versions a what-if compares: each as an adjudicator here, and as the configuration its pool compiles. */
export interface WhatIfVersions {
  readonly before: { readonly adjudicator: Adjudicator; readonly config: AdjudicatorConfig };
  readonly after: { readonly adjudicator: Adjudicator; readonly config: AdjudicatorConfig };
}

/**
 * The claims of a what-if corpus under two versions: here one after the other, or on worker threads, each version on
 * a pool of its own with half the workers (both versions of a claim are adjudicated at once), every claim read once
 * for both.
 */
export function whatIfWork(versions: WhatIfVersions): AdjudicationWork<WhatIfClaim, WhatIfPair> {
  return {
    one: async (entry) => {
      const options = whatIfOptions(entry);
      const before = await decideVersion(versions.before.adjudicator, entry.claim, options);
      return before.ok ? { before, after: await decideVersion(versions.after.adjudicator, entry.claim, options) } : { before };
    },
    start: (workers) => {
      const each = Math.max(1, Math.floor(workers / 2));
      const pools = [createAdjudicatorPool(versions.before.config, { workers: each }), createAdjudicatorPool(versions.after.config, { workers: each })] as const;
      return {
        results: async function* (entries) {
          const claims = async function* (): AsyncGenerator<ClaimToAdjudicate> {
            for await (const entry of entries) yield { claim: entry.claim, options: whatIfOptions(entry) };
          };
          const [forBefore, forAfter] = teeAsync(claims());
          // Each worker sends back only what the comparison reads of a decision, not the whole decision.
          const results = (pool: AdjudicatorPool, claims: AsyncIterable<ClaimToAdjudicate>) => adjudicateManyAs(pool, claims, "what-if") as AsyncGenerator<VersionResult, void, undefined>;
          for await (const [before, after] of zipAsync(results(pools[0], forBefore), results(pools[1], forAfter))) yield { before, after };
        },
        close: async () => {
          await Promise.all(pools.map((pool) => pool.close()));
        },
      };
    },
  };
}
