import { dirname, resolve } from "node:path";
import type { AdjudicateOptions } from "../../create-adjudicator.js";
import type { Decision } from "../../decision/decision-schema.js";
import type { AdjudicationResult } from "../../many/adjudication-result.js";
import { parseClaimLines } from "../../what-if/parse-claim-lines.js";
import { adjudicateInOrder, parseWorkers, type OrderedEntry } from "../adjudicate-in-order.js";
import { EXIT, painter, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { checkAsOf, loadAdjudicator, loadFile, required, type LoadedFile } from "../load-inputs.js";
import { readLines } from "../read-lines.js";
import { reportIssues, type LocatedIssue } from "../report-issues.js";

export interface AdjudicateCommandOptions {
  readonly policy?: string;
  readonly rules?: string;
  readonly asOf?: string;
  readonly accumulators?: string;
  readonly json?: boolean;
  readonly locale?: string;
  readonly workers?: string;
}

/** One claim to adjudicate and where each part came from, to point at the right file when something is wrong. */
interface Job {
  readonly label: string;
  readonly claim: unknown;
  readonly asOf: string | undefined;
  readonly accumulators: unknown;
  /** The file holding the claim (its JSON paths start at the claim) … */
  readonly claimFile?: LoadedFile;
  /** … or the envelope holding it under `claim`. */
  readonly envelopeFile?: LoadedFile;
}

const isEnvelope = (value: unknown): value is { claim: unknown; asOf?: unknown; accumulators?: unknown } =>
  value !== null && typeof value === "object" && "claim" in value && (typeof (value as { claim: unknown }).claim === "string" || typeof (value as { claim: unknown }).claim === "object");

function jobFromFile(io: CliIo, file: string, asOf: string | undefined, accumulators: unknown): Job {
  const loaded = loadFile(io, file, "claim");
  if (!isEnvelope(loaded.value)) {
    return { label: file, claim: loaded.value, asOf: asOf === "submitted" ? (loaded.value as { submittedOn?: string }).submittedOn : asOf, accumulators, claimFile: loaded };
  }
  // A case file or an `{ claim, asOf, accumulators }` envelope: its own date and ledger win over the options.
  const envelope = loaded.value;
  const ownAsOf = typeof envelope.asOf === "string" ? envelope.asOf : undefined;
  const ownAccumulators = envelope.accumulators ?? accumulators;
  if (typeof envelope.claim === "string") {
    const claimFile = loadFile(io, resolve(dirname(file), envelope.claim), "claim");
    const date = ownAsOf ?? (asOf === "submitted" ? (claimFile.value as { submittedOn?: string }).submittedOn : asOf);
    return { label: file, claim: claimFile.value, asOf: date, accumulators: ownAccumulators, claimFile };
  }
  const date = ownAsOf ?? (asOf === "submitted" ? (envelope.claim as { submittedOn?: string }).submittedOn : asOf);
  return { label: file, claim: envelope.claim, asOf: date, accumulators: ownAccumulators, envelopeFile: loaded };
}

function locate(job: Job, path: readonly (string | number)[], message: string, code: string): LocatedIssue {
  const [root, ...rest] = path;
  if (root === "claim" && job.claimFile !== undefined) return { file: job.claimFile.file, text: job.claimFile.text, path: rest, severity: "error", message, code };
  if (job.envelopeFile !== undefined) {
    return { file: job.envelopeFile.file, text: job.envelopeFile.text, path: root === "options" ? rest : path, severity: "error", message, code };
  }
  const where = root === "options" ? (rest[0] === "asOf" ? "--as-of" : rest[0] === "accumulators" ? "--accumulators" : "options") : job.label;
  return { file: where, path: root === "options" ? rest.slice(1) : rest, severity: "error", message, code };
}

function formatDecision(decision: Decision, locales: readonly ("zh" | "en")[]): string {
  const out = [`${decision.claimId}: ${decision.outcome}, payable ${decision.currency} ${decision.payable} of ${decision.billed}`];
  for (const locale of locales) out.push("", decision.explanation[locale]);
  if (decision.triggeredRules.length > 0) {
    out.push("", "Rules that fired:");
    for (const rule of decision.triggeredRules) {
      const evidence = rule.evidence
        .filter((item) => item.result === true)
        .map((item) => `${item.fact}${item.factPath === undefined ? "" : item.factPath.slice(1)} ${item.operator} ${JSON.stringify(item.expected)} (was ${JSON.stringify(item.actual)})`)
        .join("; ");
      out.push(`  ${rule.ruleId}${rule.lineId === undefined ? "" : ` on line ${rule.lineId}`} → ${rule.eventType} ${rule.reasonCode} [clause ${rule.clauseId}]: ${evidence}`);
    }
  }
  return out.join("\n");
}

/**
 * `claim-adjudicator adjudicate --policy p.json --rules r.json claim.json` (or `-`, NDJSON on stdin): prints each
 * explained decision, or the decision JSON with `--json`. Exit 0 when every claim was adjudicated, 1 when one was
 * rejected (its problems on stderr, with file and JSON path).
 */
export async function adjudicateCommand(io: CliIo, files: readonly string[], options: AdjudicateCommandOptions): Promise<number> {
  const locale = options.locale;
  if (locale !== undefined && locale !== "zh" && locale !== "en") throw new UsageError(`--locale must be zh or en, not "${locale}"`);
  const asOf = checkAsOf(options.asOf, true);
  const workers = parseWorkers(options.workers);
  const readStdin = files.length === 0 || (files.length === 1 && files[0] === "-");
  if (files.length === 0 && io.stdin.isTTY === true) throw new UsageError("give a claim file, or - to read claims (NDJSON) from stdin");
  if (!readStdin && files.includes("-")) throw new UsageError('"-" (stdin) cannot be mixed with claim files');
  const policy = loadFile(io, required(options.policy, "--policy <file>", "adjudicate"), "policy");
  const rules = loadFile(io, required(options.rules, "--rules <file>", "adjudicate"), "rule set");
  const accumulators = options.accumulators === undefined ? undefined : loadFile(io, options.accumulators, "accumulators").value;
  const jobs = readStdin ? undefined : files.map((file) => jobFromFile(io, file, asOf, accumulators));
  const adjudicator = loadAdjudicator(io, policy, rules);
  const locales: readonly ("zh" | "en")[] = locale === undefined ? ["en", "zh"] : [locale];
  const json = options.json === true;
  // One claim file: the decision pretty-printed; several, or stdin: one decision per line (NDJSON).
  const pretty = !readStdin && files.length === 1;
  const paint = painter(io, "stdout");
  let rejected = 0;
  let first = true;

  // Each entry in input order: a claim with its job, or a line that could not be read.
  type Tag = { readonly job: Job } | { readonly unreadable: string; readonly label: string };
  const entryOf = (job: Job): OrderedEntry<Tag> =>
    job.asOf === undefined
      ? { tag: { job } }
      : { tag: { job }, claim: { claim: job.claim, options: { asOf: job.asOf, ...(job.accumulators !== undefined ? { accumulators: job.accumulators } : {}) } as AdjudicateOptions } };
  const entries = async function* (): AsyncGenerator<OrderedEntry<Tag>> {
    if (jobs !== undefined) {
      for (const job of jobs) yield entryOf(job);
      return;
    }
    for await (const entry of parseClaimLines(readLines(io, "-"), { ...(asOf !== undefined ? { asOf } : {}), source: "stdin" })) {
      if ("unreadable" in entry) yield { tag: { unreadable: entry.unreadable, label: entry.label ?? "stdin" } };
      else yield entryOf({ label: entry.label ?? "stdin", claim: entry.claim, asOf: entry.asOf, accumulators: entry.accumulators ?? accumulators });
    }
  };
  const report = (job: Job, result: AdjudicationResult<Decision | string>) => {
    if (!result.ok) {
      rejected++;
      writeLine(io.stderr, `${job.label}: claim rejected: ${result.error.message.split("\n")[0] ?? ""}`);
      reportIssues(io, result.issues.map((issue) => locate(job, issue.path, issue.message, issue.code)));
      return;
    }
    const decision = result.decision;
    if (typeof decision === "string") writeLine(io.stdout, decision);
    else if (json && pretty) writeLine(io.stdout, JSON.stringify(decision, null, 2));
    else if (json) writeLine(io.stdout, JSON.stringify(decision));
    else {
      writeLine(io.stdout, `${first ? "" : "\n"}${paint("bold", formatDecision(decision, locales))}`);
      first = false;
    }
  };

  // Many claims go to worker threads (--workers, default every core); the decisions come back in input order.
  const config = { policy: policy.value, rules: rules.value };
  const ordered = adjudicateInOrder(adjudicator, config, entries(), { workers, format: json && !pretty ? "json" : "object" });
  for await (const { tag, result } of ordered) {
    if ("unreadable" in tag) {
      rejected++;
      writeLine(io.stderr, `${tag.label}: error: ${tag.unreadable}`);
    } else if (result === undefined) {
      rejected++;
      reportIssues(io, [{ file: tag.job.label, path: [], severity: "error", message: 'no decision date: give --as-of YYYY-MM-DD (or "submitted"), or adjudicate a case file that has "asOf"' }]);
    } else report(tag.job, result);
  }
  if (rejected > 0 && !json) writeLine(io.stderr, `${rejected} claim${rejected === 1 ? "" : "s"} could not be adjudicated`);
  return rejected > 0 ? EXIT.problems : EXIT.ok;
}
