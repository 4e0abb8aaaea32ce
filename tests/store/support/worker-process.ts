/**
 * A batch worker process for the concurrency test and the benchmark: `node worker-process.mjs <postgres-url> <schema>
 * [batch size, default 10]`. Prints
 * "ready" once it takes jobs; stops on SIGTERM (finishing the jobs in hand), dies on SIGKILL like a crashed machine.
 */
import { startBatchWorker } from "../../../src/store/batch/start-batch-worker.js";
import { openPostgresDatabase } from "../../../src/store/open-postgres-database.js";

const [url, schema, batchSize = "10"] = process.argv.slice(2) as [string, string, string?];
const database = await openPostgresDatabase({ connectionString: url, poolSize: 3, applicationName: `claim-store-test-worker-${process.pid}` });
const worker = await startBatchWorker({
  database,
  schema,
  batchSize: Number(batchSize),
  // Expired jobs of a killed worker are found within a second.
  jobs: { maintenanceIntervalSeconds: 1 },
  onError: (error) => process.stderr.write(`worker ${process.pid}: ${error.message}\n`),
});
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void worker
    .stop({ timeoutMs: 10_000 })
    .then(() => database.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`worker ${process.pid}: stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
});
