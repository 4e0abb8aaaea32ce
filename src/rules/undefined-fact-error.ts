/**
 * A condition names a fact the evaluation was not given. The checks at `createAdjudicator` make this unreachable for
 * catalogue facts; the pipeline turns it into a `RuleEvaluationError`. The message is json-rules-engine's.
 */
export class UndefinedFactError extends Error {
  override name = "UndefinedFactError" as const;
  readonly code = "UNDEFINED_FACT" as const;
  readonly fact: string;

  constructor(fact: string) {
    super(`Undefined fact: ${fact}`);
    this.fact = fact;
  }
}
