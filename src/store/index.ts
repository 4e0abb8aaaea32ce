/**
 * `claim-adjudicator/store`: claims decided and recorded exactly once, in PostgreSQL (node-postgres) or in PGlite
 * embedded, with batches shared by workers through a PostgreSQL job queue (pg-boss). `pg`,
 * `@electric-sql/pglite` and `pg-boss` are optional peer dependencies: install the ones you use.
 */
export { openClaimStore } from "./claim-store.js";
export type { ClaimStore, ClaimStoreOptions, PolicyLedger } from "./claim-store.js";
export type { RecordedDecision, RecordedRevision, Replay } from "./recorded-decision.js";
export { RecordOptionsSchema } from "./record-options-schema.js";
export type { RecordOptions } from "./record-options-schema.js";
export { openPostgresDatabase, redactConnectionString } from "./open-postgres-database.js";
export type { PostgresDatabaseOptions } from "./open-postgres-database.js";
export { openPgliteDatabase } from "./open-pglite-database.js";
export type { PgliteDatabaseOptions } from "./open-pglite-database.js";
export { openStoreDatabase, isPostgresUrl } from "./open-store-database.js";
export { ISOLATION_LEVELS } from "./store-database.js";
export type { StoreDatabase, SqlExecutor, SqlRows, IsolationLevel } from "./store-database.js";
export { migrateStore, migrationChecksum } from "./migrate-store.js";
export type { MigrationReport } from "./migrate-store.js";
export { STORE_MIGRATIONS } from "./store-migrations.js";
export type { StoreMigration } from "./store-migrations.js";
export { DEFAULT_STORE_SCHEMA } from "./store-schema-name.js";
export { retryTransaction, backoffDelayMs, retryableSqlState } from "./retry-transaction.js";
export type { RetryPolicy } from "./retry-transaction.js";
export { StoreError, isStoreError, STORE_ERROR_CODES } from "./store-error.js";
export type { StoreErrorCode, StoreIssue } from "./store-error.js";
export { enqueueBatch } from "./batch/enqueue-batch.js";
export type { EnqueueBatchOptions, EnqueuedBatch, BatchItemInput, BatchJobData } from "./batch/enqueue-batch.js";
export { startBatchWorker } from "./batch/start-batch-worker.js";
export type { BatchWorker, BatchWorkerOptions } from "./batch/start-batch-worker.js";
export { readBatchProgress, readBatchProblems } from "./batch/read-batch-progress.js";
export type { BatchProgress, BatchProblem } from "./batch/read-batch-progress.js";
export { AdjudicatorConfigSchema, compileAdjudicatorConfig } from "./batch/adjudicator-config.js";
export type { AdjudicatorConfig } from "./batch/adjudicator-config.js";
export { BATCH_QUEUE, defaultQueueSchema } from "./batch/job-queue.js";
export type { BatchJobOptions } from "./batch/job-queue.js";
export { readStoreDecisions } from "./read-store-decisions.js";
export type { ReadStoreDecisionsOptions } from "./read-store-decisions.js";
