import type { SqlExecutor } from "../store-database.js";
import { DEFAULT_STORE_SCHEMA, quoteSchemaName } from "../store-schema-name.js";

/** Where a batch stands, from the store's tables (whichever workers did the work). */
export interface BatchProgress {
  readonly batchId: string;
  readonly total: number;
  readonly queued: number;
  /** Decided and recorded by this batch. */
  readonly recorded: number;
  /** Already recorded (same idempotency key or same claim content): returned, nothing paid again. */
  readonly replayed: number;
  /** The claim could not be recorded (invalid, needs re-adjudication, unreadable line, …): its problem is kept. */
  readonly rejected: number;
  /** Infrastructure errors on every retry. */
  readonly failed: number;
  /** The sum of what the decisions recorded by this batch pay, a decimal string (summed as `numeric`). */
  readonly payable: string;
  /**
   * How many of the recorded decisions are revisions of a claim recorded before (same claim id, other content):
   * each takes the place of its earlier revision on the ledger, so what it pays is not all new money.
   */
  readonly revisions: number;
  /**
   * What the policies pay more (or, negative, less) because of this batch: each recorded decision's payable less
   * what the claim's revision before it paid (nothing, for a claim new to the store). Equal to `payable` when the
   * batch holds no revisions.
   */
  readonly payableChange: string;
  /** Recorded decisions by outcome. */
  readonly outcomes: Readonly<Record<string, number>>;
  readonly done: boolean;
}

/** A line of a batch that was not recorded, and why. */
export interface BatchProblem {
  readonly item: number;
  readonly label: string;
  readonly status: "rejected" | "failed";
  readonly code: string;
  readonly message: string;
}

/**
 * A batch's counts; `undefined` when the store has no such batch.
 * @example
 * await readBatchProgress(database, batchId) //=> { total: 2000, queued: 0, recorded: 1712, replayed: 288, …, done: true }
 */
export async function readBatchProgress(executor: SqlExecutor, batchId: string, options: { readonly schema?: string } = {}): Promise<BatchProgress | undefined> {
  const quoted = quoteSchemaName(options.schema ?? DEFAULT_STORE_SCHEMA);
  const batch = await executor.query<{ item_count: number }>(`SELECT item_count FROM ${quoted}.batches WHERE batch_id = $1`, [batchId]);
  if (batch.rows[0] === undefined) return undefined;
  const { rows } = await executor.query<{ status: string; outcome: string | null; count: string }>(
    `SELECT status, outcome, count(*)::text AS count FROM ${quoted}.batch_items WHERE batch_id = $1 GROUP BY status, outcome`,
    [batchId],
  );
  const counts: Record<string, number> = { queued: 0, recorded: 0, replayed: 0, rejected: 0, failed: 0 };
  const outcomes: Record<string, number> = {};
  const payable = await executor.query<{ payable: string; revisions: number; change: string }>(
    `SELECT coalesce(sum(i.payable), 0)::text AS payable, (count(*) FILTER (WHERE i.revision > 1))::int AS revisions,
       coalesce(sum(i.payable - coalesce(earlier.payable, 0)), 0)::text AS change
     FROM ${quoted}.batch_items i LEFT JOIN ${quoted}.claim_revisions earlier ON earlier.claim_id = i.claim_id AND earlier.revision = i.revision - 1
     WHERE i.batch_id = $1 AND i.status = 'recorded'`,
    [batchId],
  );
  const sums = payable.rows[0] as { payable: string; revisions: number; change: string };
  for (const row of rows) {
    counts[row.status] = (counts[row.status] ?? 0) + Number(row.count);
    if (row.status === "recorded" && row.outcome !== null) outcomes[row.outcome] = (outcomes[row.outcome] ?? 0) + Number(row.count);
  }
  const total = batch.rows[0].item_count;
  return {
    batchId,
    total,
    queued: counts["queued"] ?? 0,
    recorded: counts["recorded"] ?? 0,
    replayed: counts["replayed"] ?? 0,
    rejected: counts["rejected"] ?? 0,
    failed: counts["failed"] ?? 0,
    payable: sums.payable,
    revisions: sums.revisions,
    payableChange: sums.change,
    outcomes,
    done: (counts["queued"] ?? 0) === 0,
  };
}

/** The first `limit` lines of a batch that were not recorded, in line order. */
export async function readBatchProblems(executor: SqlExecutor, batchId: string, options: { readonly schema?: string; readonly limit?: number } = {}): Promise<BatchProblem[]> {
  const quoted = quoteSchemaName(options.schema ?? DEFAULT_STORE_SCHEMA);
  const { rows } = await executor.query<{ item: number; label: string; status: "rejected" | "failed"; problem: { code?: string; message?: string } | null }>(
    `SELECT item, label, status, problem FROM ${quoted}.batch_items WHERE batch_id = $1 AND status IN ('rejected', 'failed') ORDER BY item LIMIT $2`,
    [batchId, options.limit ?? 20],
  );
  return rows.map((row) => ({ item: row.item, label: row.label, status: row.status, code: row.problem?.code ?? "error", message: row.problem?.message ?? "" }));
}
