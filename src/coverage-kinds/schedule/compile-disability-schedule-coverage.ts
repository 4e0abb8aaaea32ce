import type Decimal from "decimal.js";
import { Dec, toMoney, type Money } from "../../money/money.js";
import type { CompiledCoverage } from "../coverage-kind-definition.js";
import type { DisabilityScheduleCoverage } from "./disability-schedule-coverage-schema.js";

export interface CompiledScheduleCoverage extends CompiledCoverage<DisabilityScheduleCoverage> {
  readonly sumInsured: Money;
  readonly shareByGrade: ReadonlyMap<number, Decimal>;
  readonly perIncidentLimit?: Money;
}

export function compileDisabilityScheduleCoverage(coverage: DisabilityScheduleCoverage): CompiledScheduleCoverage {
  return {
    kind: "schedule",
    id: coverage.id,
    clauseId: coverage.clauseId,
    source: coverage,
    sumInsured: toMoney(coverage.sumInsured),
    shareByGrade: new Map(coverage.table.map((entry) => [entry.grade, new Dec(entry.share)])),
    ...(coverage.perIncidentLimit !== undefined ? { perIncidentLimit: toMoney(coverage.perIncidentLimit) } : {}),
  };
}
