import type { z } from "zod";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { COMMON_LEDGER_SHAPE } from "../coverage-kinds/coverage-ledger.js";
import { MoneyStringSchema } from "../values/primitives.js";

/** The fields of a coverage's counters that hold amounts: an amount each (`paid`), or amounts by id (`subLimitsUsed`). */
export interface LedgerMoneyFields {
  readonly amounts: readonly string[];
  readonly amountsById: readonly string[];
}

type Def = { readonly type: string; readonly innerType?: z.ZodType; readonly valueType?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under its default, optional or nullable wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let at = schema;
  for (let def = defOf(at); (def.type === "default" || def.type === "optional" || def.type === "nullable") && def.innerType !== undefined; def = defOf(at)) at = def.innerType;
  return at;
}

const byKinds = new WeakMap<ReadonlyMap<string, AnyCoverageKind>, LedgerMoneyFields>();

/**
 * The amount fields of the counters of a policy's coverage kinds, read off their ledger shapes (the common `paid`
 * and each kind's own): the fields declared with `MoneyStringSchema`, alone or as the values of a record. Worked out
 * once per set of kinds.
 */
export function ledgerMoneyFields(kinds: ReadonlyMap<string, AnyCoverageKind>): LedgerMoneyFields {
  const known = byKinds.get(kinds);
  if (known !== undefined) return known;
  const shape: Record<string, z.ZodType> = Object.assign({}, COMMON_LEDGER_SHAPE, ...[...kinds.values()].map((kind) => kind.ledgerShape));
  const amounts: string[] = [];
  const amountsById: string[] = [];
  for (const [field, schema] of Object.entries(shape)) {
    const inner = unwrapped(schema);
    if (inner === MoneyStringSchema) amounts.push(field);
    else {
      const def = defOf(inner);
      if (def.type === "record" && def.valueType !== undefined && unwrapped(def.valueType) === MoneyStringSchema) amountsById.push(field);
    }
  }
  const fields = { amounts, amountsById };
  byKinds.set(kinds, fields);
  return fields;
}
