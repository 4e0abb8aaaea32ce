import type PgBoss from "pg-boss";
import { loadOptionalModule } from "../load-optional-module.js";
import type { SqlExecutor, StoreDatabase } from "../store-database.js";
import { quoteSchemaName } from "../store-schema-name.js";

/** The pg-boss queue batch jobs go to: one claim each. */
export const BATCH_QUEUE = "claim-adjudicator-claims";

/** How batch jobs are retried and expired; defaults suit claims that take milliseconds. */
export interface BatchJobOptions {
  /** Retries of a job that failed (an infrastructure error) or expired (its worker died). Default 10. */
  readonly retryLimit?: number;
  /** A job still active this long is taken as lost and retried. Default 60. */
  readonly expireInSeconds?: number;
  /** How often a worker looks for expired jobs (pg-boss maintenance). Default 15. */
  readonly maintenanceIntervalSeconds?: number;
}

/** pg-boss's `db` contract over one of our executors (a database, or the transaction a batch is enqueued in). */
export function queueDriver(executor: Pick<StoreDatabase, "executeSql"> | SqlExecutor): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const result = "executeSql" in executor ? await executor.executeSql(text, values) : await executor.query(text, values);
      return { rows: [...result.rows] };
    },
  };
}

/** The queue's own schema next to the store's: `<schema>_queue`, unless given. */
export function defaultQueueSchema(schema: string): string {
  return `${schema}_queue`;
}

/**
 * A started pg-boss instance on the store's database (its tables in `queueSchema`, created or migrated by
 * pg-boss itself), with the batch queue created. Stop it with `stop()`; the database stays open.
 */
export async function openJobQueue(database: StoreDatabase, options: { readonly queueSchema: string; readonly jobs?: BatchJobOptions; readonly onError?: (error: Error) => void }): Promise<PgBoss> {
  quoteSchemaName(options.queueSchema);
  const PgBossClass = await loadOptionalModule("pg-boss", async () => (await import("pg-boss")).default, ["options", "queue"]);
  const create = () => {
    const instance = new PgBossClass({
      db: queueDriver(database),
      schema: options.queueSchema,
      supervise: true,
      maintenanceIntervalSeconds: options.jobs?.maintenanceIntervalSeconds ?? 15,
      // Batch state is read from the store's own tables; pg-boss's monitoring and cron are not used.
      schedule: false,
    });
    instance.on("error", (error: Error) => options.onError?.(error));
    return instance;
  };
  let boss = create();
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.start();
      break;
    } catch (error) {
      // Workers starting together on a new database race to create the queue's tables, and pg-boss recognises only
      // some of the errors that race gives: once the other worker's tables are committed, a new instance finds them.
      if (attempt >= 5) throw error;
      await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      boss = create();
    }
  }
  // Two workers creating the queue at once deadlock inside pg-boss (one inserts the queue's row while the other,
  // holding it, attaches the queue's partition), so the queue is created under a transaction-scoped advisory lock
  // keyed by the queue's schema: the second worker waits, then finds the queue there. pg-boss's own `createQueue`
  // runs in that transaction through an instance that is never started.
  await database.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`claim-adjudicator.create-queue.${options.queueSchema}`]);
    const creator = new PgBossClass({ db: queueDriver(tx), schema: options.queueSchema });
    await creator.createQueue(BATCH_QUEUE, {
      name: BATCH_QUEUE,
      retryLimit: options.jobs?.retryLimit ?? 10,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: options.jobs?.expireInSeconds ?? 60,
    });
  });
  return boss;
}
