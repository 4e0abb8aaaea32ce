import { z } from "zod";
import { OUTCOMES } from "../../codes/outcomes.js";
import { isAdjudicatorError, toDotPath } from "../../errors/adjudicator-error.js";
import { reproduceSample, type SampleAudit, type SampleAuditEntry, type SampledDecision } from "../../operations/reproduce-sample.js";
import { DecisionSamplingSchema } from "../../sampling/decision-sampling-schema.js";
import { EXIT, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { loadFile, required } from "../load-inputs.js";
import { checkReadable, readLines } from "../read-lines.js";
import { formatIssue, reportIssues } from "../report-issues.js";

export interface SampleOptions {
  readonly operations?: string;
  readonly json?: boolean;
}

/** What the reproduction reads of a decision line: the decision itself, or a record `{ decision, product }`. */
const SampledDecisionLineSchema = z.looseObject({
  claimId: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  payable: z.string(),
  billed: z.string(),
  sampling: DecisionSamplingSchema.optional(),
  routing: z.looseObject({ straightThrough: z.boolean() }).nullish(),
  meta: z.looseObject({ decisionId: z.string().min(1), operationsHash: z.string().optional() }),
});

/** `sampled CLM-… (segment 5k-to-20k, rate 0.1, draw 0.067401)`. */
function describeDraw(sampling: SampleAuditEntry["reproduced"]): string {
  return `segment ${sampling.segment ?? "(none)"}, rate ${sampling.rate}, draw ${sampling.draw}`;
}

function describeRecorded(entry: SampleAuditEntry): string {
  const { recorded } = entry;
  if (recorded === null) return "recorded no sampling although it went straight through";
  return `recorded ${recorded.sampled ? "sampled" : "not sampled"} (${describeDraw(recorded)})`;
}

/**
 * `claim-adjudicator sample decisions.ndjson --operations operations.json [--json]`: an auditor's reproduction of
 * the quality sample (抽检). Streams the decisions (each line a decision, or a record `{ decision, product }`; `-`
 * for stdin), recomputes each straight-through decision's draw from its claim id and the configuration's seed, and
 * prints the claims the sample holds and every decision whose recorded sampling differs. Exit 0 when every
 * recorded draw is reproduced; 1 when one differs or a line could not be read.
 */
export async function sampleCommand(io: CliIo, input: string | undefined, options: SampleOptions): Promise<number> {
  const source = required(input, "the decisions to reproduce the sample from (an NDJSON file, or - for stdin)", "sample");
  const operationsFile = required(options.operations, "--operations <file>, the operations configuration the decisions were made with", "sample");
  if (source === "-" && io.stdin.isTTY === true) throw new UsageError("- reads decisions (NDJSON) from stdin: pipe them in, e.g. claim-adjudicator sample - --operations operations.json < decisions.ndjson");
  const operations = loadFile(io, operationsFile, "operations configuration");
  await checkReadable(source, "decisions");
  const label = source === "-" ? "stdin" : source;

  let unreadable = 0;
  async function* decisions(): AsyncGenerator<SampledDecision> {
    let lineNumber = 0;
    for await (const line of readLines(io, source)) {
      lineNumber++;
      if (line.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        unreadable++;
        writeLine(io.stderr, formatIssue({ file: label, line: lineNumber, column: 1, path: [], severity: "error", message: `not JSON: ${(error as Error).message}` }));
        continue;
      }
      const record = value !== null && typeof value === "object" && "decision" in value ? (value as { decision: unknown; product?: { id?: unknown } }) : undefined;
      const parsed = SampledDecisionLineSchema.safeParse(record === undefined ? value : record.decision);
      if (!parsed.success) {
        unreadable++;
        const issue = parsed.error.issues[0];
        const path = [...(record === undefined ? [] : ["decision"]), ...(issue?.path ?? [])].map((part) => (typeof part === "symbol" ? String(part) : part));
        writeLine(io.stderr, formatIssue({ file: label, line: lineNumber, column: 1, path, severity: "error", message: `not a decision the sample can be read from: ${issue?.message ?? "unexpected shape"}` }));
        continue;
      }
      const product = typeof record?.product?.id === "string" ? record.product.id : undefined;
      const { routing, ...decision } = parsed.data;
      yield { ...decision, ...(routing != null ? { routing } : {}), ...(product !== undefined ? { product } : {}) };
    }
  }

  let audit: SampleAudit;
  try {
    audit = await reproduceSample(operations.value, decisions());
  } catch (error) {
    if (!isAdjudicatorError(error)) throw error;
    reportIssues(io, error.issues.map((issue) => ({ file: operations.file, text: operations.text, path: issue.path[0] === "operations" ? issue.path.slice(1) : issue.path, severity: "error" as const, message: issue.message, code: issue.code })));
    writeLine(io.stderr, `The operations configuration cannot reproduce a sample: ${error.issues.map((issue) => toDotPath(issue.path)).join(", ")}.`);
    return EXIT.problems;
  }

  if (options.json === true) writeLine(io.stdout, JSON.stringify(audit, null, 2));
  else for (const entry of audit.sampled) writeLine(io.stdout, `sampled ${entry.claimId} (${describeDraw(entry.reproduced)})`);
  for (const entry of audit.disagreements) {
    writeLine(io.stderr, `${label}: error: ${entry.claimId} (decision ${entry.decisionId}) ${describeRecorded(entry)}; the configuration gives ${entry.reproduced.sampled ? "sampled" : "not sampled"} (${describeDraw(entry.reproduced)})`);
  }
  const left = [
    audit.otherConfiguration > 0 ? `${audit.otherConfiguration} made under another configuration` : "",
    audit.withoutSampling > 0 ? `${audit.withoutSampling} not straight through or without sampling` : "",
    unreadable > 0 ? `${unreadable} unreadable` : "",
  ].filter((part) => part !== "");
  const summary = `Sample reproduced: ${audit.considered} straight-through decisions, ${audit.sampled.length} sampled, ${audit.disagreements.length} ${audit.disagreements.length === 1 ? "disagreement" : "disagreements"}${left.length === 0 ? "" : ` (${left.join(", ")} left out)`}`;
  writeLine(options.json === true ? io.stderr : io.stdout, summary);
  return audit.disagreements.length > 0 || unreadable > 0 ? EXIT.problems : EXIT.ok;
}
