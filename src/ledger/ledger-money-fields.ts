import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { MoneyStringSchema } from "../values/primitives.js";
import { defOf, unwrap } from "../values/zod-schema-keys.js";
import { buildCoverageAccumulatorSchema } from "./counters-schema.js";

/** The fields of a coverage's counters that hold amounts: an amount each (`paid`), or amounts by id (`subLimitsUsed`). */
export interface LedgerMoneyFields {
  readonly amounts: readonly string[];
  readonly amountsById: readonly string[];
}

const byKinds = new WeakMap<ReadonlyMap<string, AnyCoverageKind>, LedgerMoneyFields>();

/**
 * The amount fields of the counters of a policy's coverage kinds, read off their counters' schema (the common `paid`
 * and each kind's own ledger fields): the fields declared with `MoneyStringSchema`, alone or as the values of a
 * record. Worked out once per set of kinds.
 */
export function ledgerMoneyFields(kinds: ReadonlyMap<string, AnyCoverageKind>): LedgerMoneyFields {
  const known = byKinds.get(kinds);
  if (known !== undefined) return known;
  const amounts: string[] = [];
  const amountsById: string[] = [];
  for (const [field, schema] of Object.entries(buildCoverageAccumulatorSchema([...kinds.values()]).shape)) {
    const inner = unwrap(schema);
    const valueType = defOf(inner).type === "record" ? defOf(inner).valueType : undefined;
    if (inner === MoneyStringSchema) amounts.push(field);
    else if (valueType !== undefined && unwrap(valueType) === MoneyStringSchema) amountsById.push(field);
  }
  const fields = { amounts, amountsById };
  byKinds.set(kinds, fields);
  return fields;
}
