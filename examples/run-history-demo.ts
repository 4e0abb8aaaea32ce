/**
 * Claims decided one after the other on one policy, each against the ledger the one before left: how the history
 * changes what is paid (a deductible taken once per incident, documents supplied later as a revision, an invoice paid
 * once). Part of `npm run demo`.
 */
import { createAdjudicator, type Ledger } from "../src/index.js";
import { loadHistories } from "./load-histories.js";

export async function printHistoryDemo(locales: readonly ("zh" | "en")[]): Promise<void> {
  for (const history of loadHistories()) {
    const adjudicator = createAdjudicator({ policy: history.policy, rules: history.rules });
    console.log(`\n=== claim history, ${history.product}: ${history.name.en} / ${history.name.zh}`);
    let ledger: Ledger | undefined;
    for (const step of history.steps) {
      const decision = await adjudicator.adjudicate(step.claim, {
        asOf: step.asOf,
        ...(ledger === undefined ? {} : { accumulators: ledger }),
        ...(step.revision === undefined ? {} : { revision: step.revision }),
      });
      ledger = decision.accumulatorsAfter;
      console.log(`\n--- ${decision.claimId} revision ${decision.revision.number} as of ${step.asOf}  [${step.file}]`);
      for (const locale of locales) console.log(`\n${decision.explanation[locale]}`);
    }
    const records = Object.entries(ledger?.claims ?? {});
    console.log(`\nledger of policy ${ledger?.policyId}: ${records.length} claims`);
    for (const [claimId, record] of records) console.log(`  ${claimId}  revision ${record.revision}  ${record.outcome.padEnd(17)} ${record.payable.padStart(10)}  incident ${record.incidentId}`);
  }
}
