import type PgBoss from "pg-boss";
import { isAdjudicatorError } from "../../errors/adjudicator-error.js";
import { recordContext } from "../claim-store.js";
import { migrateStore } from "../migrate-store.js";
import { recordClaim } from "../record-claim.js";
import type { RetryPolicy } from "../retry-transaction.js";
import type { IsolationLevel, StoreDatabase } from "../store-database.js";
import { isStoreError, type StoreErrorCode } from "../store-error.js";
import { DEFAULT_STORE_SCHEMA } from "../store-schema-name.js";
import { adjudicatorConfigCache } from "./adjudicator-config.js";
import type { BatchJobData } from "./enqueue-batch.js";
import { BATCH_QUEUE, defaultQueueSchema, openJobQueue, type BatchJobOptions } from "./job-queue.js";

/** Options of `startBatchWorker`: the database and schemas, the jobs, claims per transaction, polling interval, concurrency, isolation level and retries. */
export interface BatchWorkerOptions {
  readonly database: StoreDatabase;
  readonly schema?: string;
  readonly queueSchema?: string;
  readonly jobs?: BatchJobOptions;
  /** Jobs fetched at once by each subscription. Default 20. */
  readonly batchSize?: number;
  /** How often an idle subscription asks for jobs (pg-boss's minimum is 0.5). Default 0.5. */
  readonly pollingIntervalSeconds?: number;
  /** Subscriptions in this process, each taking its own jobs. Default 1. */
  readonly concurrency?: number;
  readonly isolation?: IsolationLevel;
  readonly retry?: RetryPolicy;
  /** Told of queue and infrastructure errors (the job is retried); rejections of a claim are not errors. */
  readonly onError?: (error: Error) => void;
}

/** A running batch worker; `stop()` lets the jobs in hand finish, then stops it. */
export interface BatchWorker {
  /** Stops taking jobs, lets the jobs in hand finish (up to `timeoutMs`, default 30 s), then stops. */
  stop(options?: { readonly timeoutMs?: number }): Promise<void>;
}

/** Errors that belong to the claim, not to the infrastructure: the same job would fail the same way again. */
const REJECTIONS = new Set<StoreErrorCode>(["idempotency_key_reused", "claim_on_other_policy", "unknown_policy", "revision_out_of_sequence", "audit_chain_broken"]);

function problemOf(error: unknown): { code: string; message: string; issues?: unknown } {
  if (isStoreError(error)) return { code: error.code, message: error.message, issues: error.issues };
  if (isAdjudicatorError(error)) return { code: error.name, message: error.message, issues: error.issues };
  return { code: "error", message: error instanceof Error ? error.message : String(error) };
}

/**
 * Takes claim jobs from the queue and records each with the guarantees of `adjudicateAndRecord`: in one transaction
 * the decision, the ledger, the audit entry, the idempotency key and the batch item's result, so a job retried after
 * its worker died (or expired while it ran) finds its item done, or its key recorded, and changes nothing. Start any
 * number of workers, in any number of processes on any number of machines, on the same PostgreSQL database.
 *
 * @example
 * const worker = await startBatchWorker({ database: await openPostgresDatabase({ connectionString }) });
 * process.on("SIGTERM", () => worker.stop());
 */
export async function startBatchWorker(options: BatchWorkerOptions): Promise<BatchWorker> {
  const schema = options.schema ?? DEFAULT_STORE_SCHEMA;
  const { database } = options;
  await migrateStore(database, { schema });
  const base = recordContext({ database, schema, adjudicators: () => undefined, ...(options.isolation === undefined ? {} : { isolation: options.isolation }), ...(options.retry === undefined ? {} : { retry: options.retry }) });
  const { quoted } = base;
  const configs = adjudicatorConfigCache(database, quoted);
  const boss = await openJobQueue(database, {
    queueSchema: options.queueSchema ?? defaultQueueSchema(schema),
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });

  const finishItem = (data: BatchJobData, status: "rejected" | "failed", error: unknown) =>
    database.query(`UPDATE ${quoted}.batch_items SET status = $3, problem = $4::jsonb, finished_at = clock_timestamp() WHERE batch_id = $1 AND item = $2 AND status = 'queued'`, [
      data.batchId,
      data.item,
      status,
      JSON.stringify(problemOf(error)),
    ]);

  async function processJob(job: PgBoss.JobWithMetadata<BatchJobData>): Promise<void> {
    const data = job.data;
    const { rows } = await database.query<{ status: string }>(`SELECT status FROM ${quoted}.batch_items WHERE batch_id = $1 AND item = $2`, [data.batchId, data.item]);
    if (rows[0]?.status !== "queued") return; // finished by an earlier attempt of this job
    try {
      const adjudicators = await configs(data.configHash);
      await recordClaim({ ...base, adjudicatorFor: (policyId) => adjudicators.get(policyId) }, data.claim, { asOf: data.asOf, idempotencyKey: data.idempotencyKey }, async (tx, recorded) => {
        await tx.query(
          `UPDATE ${quoted}.batch_items SET status = $3, claim_id = $4, revision = $5, outcome = $6, payable = $7::numeric, finished_at = clock_timestamp()
           WHERE batch_id = $1 AND item = $2 AND status = 'queued'`,
          [data.batchId, data.item, recorded.replayed === false ? "recorded" : "replayed", recorded.claimId, recorded.revision, recorded.outcome, recorded.payable],
        );
      });
    } catch (error) {
      if (isAdjudicatorError(error) || (isStoreError(error) && REJECTIONS.has(error.code))) {
        await finishItem(data, "rejected", error);
      } else if (job.retryCount >= job.retryLimit) {
        await finishItem(data, "failed", error);
      } else {
        throw error;
      }
    }
  }

  const subscriptions = Math.max(1, options.concurrency ?? 1);
  const batchSize = options.batchSize ?? 20;
  for (let i = 0; i < subscriptions; i++) {
    let workerId: string | undefined;
    workerId = await boss.work<BatchJobData>(BATCH_QUEUE, { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, includeMetadata: true }, async (jobs) => {
      // Every job of the fetch is tried; if one failed for the infrastructure, the fetch fails and pg-boss retries
      // its jobs, the finished ones returning at once.
      let failure: unknown;
      for (const job of jobs) {
        try {
          await processJob(job);
        } catch (error) {
          failure ??= error;
        }
      }
      if (failure !== undefined) throw failure;
      // A full fetch means more are waiting: fetch again at once instead of after the polling interval.
      if (jobs.length === batchSize && workerId !== undefined) boss.notifyWorker(workerId);
    });
  }

  return {
    async stop(stopOptions = {}) {
      await boss.stop({ graceful: true, wait: true, timeout: stopOptions.timeoutMs ?? 30_000 });
    },
  };
}
