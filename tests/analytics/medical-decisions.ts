import { loadExamples } from "../../examples/load-examples.js";
import { createAdjudicator, type Decision } from "../../src/index.js";

/**
 * The twenty medical example claims decided as their case files say (outcomes and payables checked by
 * tests/examples): the hand-worked data of the analytics tests, by case number ("01" … "20").
 */
export async function medicalDecisions(): Promise<ReadonlyMap<string, Decision>> {
  const example = loadExamples().find((entry) => entry.product === "medical");
  if (example === undefined) throw new Error("examples/medical is missing");
  const adjudicator = createAdjudicator({ policy: example.policy, rules: example.rules });
  const out = new Map<string, Decision>();
  for (const entry of example.cases) {
    const number = /(\d\d)-[^/]+$/.exec(entry.file)?.[1];
    if (number === undefined) throw new Error(`case file without a number: ${entry.file}`);
    out.set(number, await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) }));
  }
  return out;
}
