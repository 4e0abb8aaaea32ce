/**
 * One batch worker in a worker thread of `claim-adjudicator batch --workers N`: its own connections to the
 * PostgreSQL server, taking jobs from the queue until the main thread says stop. Built as `dist/batch-worker.js`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { startBatchWorker } from "../../store/batch/start-batch-worker.js";
import { openStoreDatabase } from "../../store/open-store-database.js";

export interface BatchWorkerThreadData {
  readonly location: string;
  readonly schema?: string;
  readonly batchSize?: number;
}

/** Messages a worker thread sends to the main thread. */
export type BatchWorkerThreadMessage = { readonly type: "ready" } | { readonly type: "error"; readonly message: string } | { readonly type: "stopped" };

async function main(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error("batch-worker-thread must run in a worker thread");
  const data = workerData as BatchWorkerThreadData;
  const send = (message: BatchWorkerThreadMessage) => port.postMessage(message);
  const database = await openStoreDatabase(data.location, { poolSize: 2 });
  const worker = await startBatchWorker({
    database,
    ...(data.schema === undefined ? {} : { schema: data.schema }),
    ...(data.batchSize === undefined ? {} : { batchSize: data.batchSize }),
    onError: (error) => send({ type: "error", message: error.message }),
  });
  send({ type: "ready" });
  port.once("message", async () => {
    await worker.stop();
    await database.close();
    send({ type: "stopped" });
    port.close();
  });
}

main().catch((error: unknown) => {
  parentPort?.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) } satisfies BatchWorkerThreadMessage);
  process.exitCode = 1;
});
