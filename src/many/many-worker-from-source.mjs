// The pool's worker when the library runs from its TypeScript sources (tests, tsx): Node 20 does not pass a parent's
// module hooks to worker threads, so the worker registers tsx itself before it loads `many-worker.ts`.
// Never shipped: the built package's worker is `dist/many-worker.js`.
import { register } from "tsx/esm/api";

register();
const { default: adjudicateInWorker } = await import("./many-worker.ts");
export default adjudicateInWorker;
