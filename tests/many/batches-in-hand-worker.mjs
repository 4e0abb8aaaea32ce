// A stand-in for the pool's worker (`workerFile`), for tests/many/batches-in-hand.test.ts: it adjudicates nothing.
// Each batch takes a while (a timer, so the worker's event loop can take in a batch sent meanwhile) and answers,
// for each claim, its number and how many batches the worker held at that moment (the one it runs included).
let inHand = 0;

export default async function holdBatch(task) {
  inHand++;
  const held = inHand;
  await new Promise((resolve) => setTimeout(resolve, 30));
  inHand--;
  return task.batch.map(({ claim }) => ({ ok: true, decision: JSON.stringify({ n: claim.n, held: Math.max(held, inHand + 1) }) }));
}
