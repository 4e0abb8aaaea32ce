import { contentHash } from "../../../src/hashing/content-hash.js";
import { expect } from "vitest";
import type { StoreDatabase } from "../../../src/store/store-database.js";

/**
 * Checks the invariant that makes double payment impossible, from the rows alone: per policy, the recorded
 * revisions form one chain of ledger versions 1…n without gap or repeat, each decision started from the ledger the
 * one before it left (its `meta.accumulatorsHash` is the hash of the previous `accumulatorsAfter`), and the stored ledger is the last
 * one's `accumulatorsAfter`. Returns the number of revisions checked.
 */
export async function expectLedgerChains(database: StoreDatabase, schema: string): Promise<number> {
  const { rows } = await database.query<{ policy_id: string; ledger_version: string; before: unknown; after: unknown }>(
    `SELECT policy_id, ledger_version::text AS ledger_version, decision->'meta'->>'accumulatorsHash' AS before, decision->'accumulatorsAfter' AS after
     FROM "${schema}".claim_revisions r ORDER BY r.policy_id, r.ledger_version`,
  );
  const ledgers = await database.query<{ policy_id: string; ledger: unknown; version: string }>(`SELECT policy_id, ledger, version::text AS version FROM "${schema}".ledgers`);
  const byPolicy = new Map<string, typeof rows>();
  for (const row of rows) byPolicy.set(row.policy_id, [...(byPolicy.get(row.policy_id) ?? []), row]);
  for (const ledger of ledgers.rows) {
    const chain = byPolicy.get(ledger.policy_id) ?? [];
    expect(chain.map((row) => Number(row.ledger_version)), ledger.policy_id).toEqual(chain.map((_, i) => i + 1));
    chain.forEach((row, i) => {
      // Each decision names, by its hash, the ledger it was decided against: the one the decision before left.
      if (i > 0) expect(row.before, `${ledger.policy_id} v${row.ledger_version}`).toBe(contentHash(chain[i - 1]?.after));
    });
    expect(Number(ledger.version)).toBe(chain.length);
    if (chain.length > 0) expect(ledger.ledger).toEqual(chain.at(-1)?.after);
  }
  return rows.length;
}
