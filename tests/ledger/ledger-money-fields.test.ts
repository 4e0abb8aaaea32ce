import { describe, expect, test } from "vitest";
import { z } from "zod";
import { COVERAGE_KIND_DEFINITIONS } from "../../src/coverage-kinds/coverage-kinds.js";
import type { AnyCoverageKind } from "../../src/coverage-kinds/coverage-kind-definition.js";
import { ledgerMoneyFields } from "../../src/ledger/ledger-money-fields.js";
import { MoneyStringSchema } from "../../src/values/primitives.js";

const kindsOf = (kinds: readonly AnyCoverageKind[]) => new Map(kinds.map((kind) => [kind.kind, kind]));

describe("ledgerMoneyFields: the amount fields of the counters, read off the ledger shapes", () => {
  test("the library's kinds: every amount and every record of amounts, and nothing else", () => {
    const fields = ledgerMoneyFields(kindsOf(COVERAGE_KIND_DEFINITIONS));
    expect([...fields.amounts].sort()).toEqual(["deductibleUsed", "familyDeductibleUsed", "familyOutOfPocketUsed", "incidentDeductibleUsed", "incidentPaid", "outOfPocketUsed", "paid"]);
    expect([...fields.amountsById].sort()).toEqual(["partDeductiblesUsed", "ratioBandsUsed", "subLimitsUsed"]);
  });

  test("an integrator's kind: its MoneyStringSchema fields, under a default or optional, count; counts, dates and lists do not", () => {
    const grant = {
      kind: "grant",
      ledgerShape: {
        granted: MoneyStringSchema.default("0"),
        bonus: MoneyStringSchema.optional(),
        byMonth: z.record(z.string(), MoneyStringSchema).default({}),
        grants: z.int().default(0),
        lastOn: z.string().optional(),
        paidClaims: z.array(z.string()).default([]),
      },
    } as unknown as AnyCoverageKind;
    const fields = ledgerMoneyFields(kindsOf([grant]));
    expect(fields).toEqual({ amounts: ["paid", "granted", "bonus"], amountsById: ["byMonth"] });
  });
});
