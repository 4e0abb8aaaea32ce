import { randomUUID } from "node:crypto";
import { migrateStore } from "../migrate-store.js";
import type { StoreDatabase } from "../store-database.js";
import { DEFAULT_STORE_SCHEMA, quoteSchemaName } from "../store-schema-name.js";
import { compileAdjudicatorConfig, saveAdjudicatorConfig, type AdjudicatorConfig } from "./adjudicator-config.js";
import { BATCH_QUEUE, defaultQueueSchema, openJobQueue, queueDriver, type BatchJobOptions } from "./job-queue.js";

/** One line of a batch: a claim to record, or a line that could not be read (kept, as rejected, with its problem). */
export type BatchItemInput =
  | { readonly label: string; readonly claim: unknown; readonly asOf: string; readonly idempotencyKey?: string; readonly problem?: never }
  | { readonly label: string; readonly problem: string; readonly claim?: never };

/** The data of one queued job. */
export interface BatchJobData {
  readonly batchId: string;
  readonly item: number;
  readonly configHash: string;
  readonly claim: unknown;
  readonly asOf: string;
  /** The line's own key, or `batch:<batchId>:<item>`: a retried job returns what its first attempt recorded. */
  readonly idempotencyKey: string;
}

/** Options of `enqueueBatch`: the database, the adjudicator configuration, the claims, the batch id and its source, the schemas, and how many jobs to split it into. */
export interface EnqueueBatchOptions {
  readonly database: StoreDatabase;
  readonly config: AdjudicatorConfig;
  readonly items: Iterable<BatchItemInput> | AsyncIterable<BatchItemInput>;
  /** Default a random UUID (read here, at the edge). */
  readonly batchId?: string;
  /** Where the claims came from, for the batch's record (a file name). */
  readonly source?: string;
  readonly schema?: string;
  readonly queueSchema?: string;
  readonly jobs?: BatchJobOptions;
}

/** A batch put on the queue: its id, the hash of its configuration, how many claims it holds and how many jobs were queued. */
export interface EnqueuedBatch {
  readonly batchId: string;
  readonly configHash: string;
  readonly itemCount: number;
  /** Items given to the queue; the others were unreadable lines, recorded as rejected. */
  readonly queued: number;
}

const CHUNK = 250;

/**
 * A job's id that sorts by the item's place in the batch. pg-boss hands out jobs created in one transaction by id (they
 * share their creation time), and random ids would let one worker record a batch's claims in any order: on one policy
 * the order decides which claim the deductible and the limits fall on, so the same file gave other amounts run after
 * run. The first 8 hex digits are the item's number (file order up to 2^32 items), the rest random, so ids stay unique.
 */
export function jobIdOf(item: number): string {
  return `${(item % 2 ** 32).toString(16).padStart(8, "0")}${randomUUID().slice(8)}`;
}

/**
 * Puts a batch of claims on the queue, atomically: the configuration (policies and rule set), the batch, one item per
 * line and one pg-boss job per readable line are written in one transaction, so a batch is queued whole or not at
 * all. Workers anywhere (`startBatchWorker`) then record each claim with `adjudicateAndRecord`'s guarantees.
 *
 * @throws ValidationError when a policy or the rule set is invalid (checked before anything is written)
 * @example
 * const { batchId } = await enqueueBatch({ database, config: { policies: [policy], rules }, items });
 */
export async function enqueueBatch(options: EnqueueBatchOptions): Promise<EnqueuedBatch> {
  compileAdjudicatorConfig(options.config);
  const schema = options.schema ?? DEFAULT_STORE_SCHEMA;
  const quoted = quoteSchemaName(schema);
  const { database } = options;
  await migrateStore(database, { schema });
  const boss = await openJobQueue(database, { queueSchema: options.queueSchema ?? defaultQueueSchema(schema), ...(options.jobs === undefined ? {} : { jobs: options.jobs }) });
  const batchId = options.batchId ?? randomUUID();
  try {
    return await database.transaction(async (tx) => {
      const configHash = await saveAdjudicatorConfig(tx, quoted, options.config);
      await tx.query(`INSERT INTO ${quoted}.batches (batch_id, config_hash, source, item_count) VALUES ($1, $2, $3, 0)`, [batchId, configHash, options.source ?? "api"]);
      let item = 0;
      let queued = 0;
      let rows: { item: number; label: string; status: string; problem: unknown }[] = [];
      let jobs: { id: string; name: string; data: BatchJobData; retryLimit?: number; expireInSeconds?: number; retryBackoff: boolean; retryDelay: number }[] = [];
      const flush = async () => {
        if (rows.length > 0) {
          await tx.query(
            `INSERT INTO ${quoted}.batch_items (batch_id, item, label, status, problem, finished_at)
             SELECT $1, x.item, x.label, x.status, x.problem, CASE WHEN x.status = 'queued' THEN NULL ELSE clock_timestamp() END
             FROM jsonb_to_recordset($2::jsonb) AS x(item integer, label text, status text, problem jsonb)`,
            [batchId, JSON.stringify(rows)],
          );
        }
        if (jobs.length > 0) await boss.insert(jobs, { db: queueDriver(tx) });
        rows = [];
        jobs = [];
      };
      for await (const input of options.items) {
        if (input.problem !== undefined) {
          rows.push({ item, label: input.label, status: "rejected", problem: { code: "unreadable", message: input.problem } });
        } else {
          rows.push({ item, label: input.label, status: "queued", problem: null });
          jobs.push({
            id: jobIdOf(item),
            name: BATCH_QUEUE,
            data: { batchId, item, configHash, claim: input.claim, asOf: input.asOf, idempotencyKey: input.idempotencyKey ?? `batch:${batchId}:${item}` },
            retryBackoff: true,
            retryDelay: 1,
            ...(options.jobs?.retryLimit === undefined ? {} : { retryLimit: options.jobs.retryLimit }),
            ...(options.jobs?.expireInSeconds === undefined ? {} : { expireInSeconds: options.jobs.expireInSeconds }),
          });
          queued++;
        }
        item++;
        if (rows.length >= CHUNK) await flush();
      }
      await flush();
      await tx.query(`UPDATE ${quoted}.batches SET item_count = $2 WHERE batch_id = $1`, [batchId, item]);
      return { batchId, configHash, itemCount: item, queued };
    });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
