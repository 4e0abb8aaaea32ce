// A thread of the bench's ceiling row (adjudicate.bench.ts): its own adjudicator from the built package, and the
// medical claims it was given; on each message it adjudicates that many of them (each decision written as JSON, as
// the pool's JSON rows do) and answers with the seconds it took. No claim or decision crosses between threads.
import { parentPort, workerData } from "node:worker_threads";

const { createAdjudicator } = await import(new URL("index.js", workerData.dist).href);
const adjudicator = createAdjudicator(workerData.config);
const inputs = workerData.inputs;
let next = 0;
async function run(count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const input = inputs[next++ % inputs.length];
    JSON.stringify(await adjudicator.adjudicate(input.claim, input.options));
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}
parentPort.on("message", async (count) => parentPort.postMessage(await run(count)));
parentPort.postMessage("ready");
