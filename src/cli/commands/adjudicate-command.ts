import { dirname, resolve } from "node:path";
import type { AdjudicateOptions } from "../../create-adjudicator.js";
import type { Issue } from "../../errors/adjudicator-error.js";
import type { Decision } from "../../decision/decision-schema.js";
import { formatAmount } from "../../text/format-amount.js";
import { showValue } from "../../text/show-value.js";
import type { AdjudicationResult, FormattedDecision } from "../../many/adjudication-result.js";
import type { ClaimLineToAdjudicate } from "../../many/adjudicate-line-batch.js";
import { adjudicateInOrder, claimWork, lineWork, parseWorkers, type OrderedEntry } from "../adjudicate-in-order.js";
import { createAdjudicationSummary } from "../adjudication-summary.js";
import { drained, EXIT, InputError, painter, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { checkAsOf, loadAdjudicator, loadFile, required, type LoadedFile } from "../load-inputs.js";
import { startProgress } from "../progress.js";
import { lineProblems, locateLineIssue, readClaimTexts, type ClaimLine, type ClaimText } from "../read-claim-lines.js";
import { checkReadable } from "../read-lines.js";
import { INTERNAL_ERROR, internalErrorMessage } from "../report-internal-error.js";
import { reportIssues, type LocatedIssue } from "../report-issues.js";

export interface AdjudicateCommandOptions {
  readonly policy?: string;
  readonly rules?: string;
  /** The operations configuration: decisions then carry risk, routing and sampling. */
  readonly operations?: string;
  readonly asOf?: string;
  readonly accumulators?: string;
  readonly json?: boolean;
  readonly locale?: string;
  readonly workers?: string;
  readonly progress?: boolean;
}

/** Where a claim came from, to point at the right file, line and JSON path when something is wrong with it. */
interface ClaimSource {
  readonly label: string;
  /** The file holding the claim (its JSON paths start at the claim) … */
  readonly claimFile?: LoadedFile;
  /** … or the envelope holding it under `claim` … */
  readonly envelopeFile?: LoadedFile;
  /** … or the NDJSON line holding it. */
  readonly claimLine?: Pick<ClaimLine, "file" | "line" | "text" | "envelope">;
}

/** One claim of a file to adjudicate, and where each part came from. */
interface Job extends ClaimSource {
  readonly claim: unknown;
  readonly asOf: string | undefined;
  readonly accumulators: unknown;
}

const isEnvelope = (value: unknown): value is { claim: unknown; asOf?: unknown; accumulators?: unknown } =>
  value !== null && typeof value === "object" && "claim" in value && (typeof (value as { claim: unknown }).claim === "string" || typeof (value as { claim: unknown }).claim === "object");

/** The claim of a file: a claim, a case file or an envelope. Its problems are reported here (`InputError`). */
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
    let claimFile: LoadedFile;
    try {
      claimFile = loadFile(io, resolve(dirname(file), envelope.claim), "claim");
    } catch (error) {
      // The claim file it names is missing or a folder: a problem of this file, not of the command line.
      if (!(error instanceof UsageError)) throw error;
      reportIssues(io, [{ file, text: loaded.text, path: ["claim"], severity: "error", message: `${error.message} (the path is relative to ${file})` }]);
      throw new InputError(error.message);
    }
    const date = ownAsOf ?? (asOf === "submitted" ? (claimFile.value as { submittedOn?: string }).submittedOn : asOf);
    return { label: file, claim: claimFile.value, asOf: date, accumulators: ownAccumulators, claimFile };
  }
  const date = ownAsOf ?? (asOf === "submitted" ? (envelope.claim as { submittedOn?: string }).submittedOn : asOf);
  return { label: file, claim: envelope.claim, asOf: date, accumulators: ownAccumulators, envelopeFile: loaded };
}

function locate(job: ClaimSource, issue: Issue): LocatedIssue {
  if (job.claimLine !== undefined) return locateLineIssue(job.claimLine, issue);
  const { path, message, code } = issue;
  const [root, ...rest] = path;
  if (root === "claim" && job.claimFile !== undefined) return { file: job.claimFile.file, text: job.claimFile.text, path: rest, severity: "error", message, code };
  if (job.envelopeFile !== undefined) {
    return { file: job.envelopeFile.file, text: job.envelopeFile.text, path: root === "options" ? rest : path, severity: "error", message, code };
  }
  const where = root === "options" ? (rest[0] === "asOf" ? "--as-of" : rest[0] === "accumulators" ? "--accumulators" : "options") : job.label;
  return { file: where, path: root === "options" ? rest.slice(1) : rest, severity: "error", message, code };
}

const OUTCOME_WORDS: Record<Decision["outcome"], { en: string; zh: string }> = {
  approved: { en: "approved", zh: "同意赔付" },
  partially_approved: { en: "partially approved", zh: "部分赔付" },
  denied: { en: "denied", zh: "拒赔" },
  pending_documents: { en: "pending documents", zh: "待补充资料" },
  referred: { en: "referred for review", zh: "转人工审核" },
};

/** A value of a rule's evidence as JSON (strings quoted), a long list cut to its first entries and a count. */
const quoted = (value: unknown, locale: "zh" | "en"): string => (typeof value === "string" ? JSON.stringify(value) : showValue(value, locale));

/**
 * A decision as the terminal shows it, in the first language asked for (English unless `--locale zh`): a headline
 * with the money as the explanation writes it, the explanations, and the rules that fired with their evidence.
 */
function formatDecision(decision: Decision, locales: readonly ("zh" | "en")[]): string {
  const zh = locales[0] === "zh";
  const locale = zh ? "zh" : "en";
  const money = (amount: string) => formatAmount(amount, decision.currency, locale);
  const billed = decision.lines.length === 0 ? "" : zh ? `（申请金额 ${money(decision.billed)}）` : ` of ${money(decision.billed)} billed`;
  const out = [zh ? `${decision.claimId}：${OUTCOME_WORDS[decision.outcome].zh}，应赔 ${money(decision.payable)}${billed}` : `${decision.claimId}: ${OUTCOME_WORDS[decision.outcome].en}, payable ${money(decision.payable)}${billed}`];
  for (const locale of locales) out.push("", decision.explanation[locale]);
  if (decision.triggeredRules.length > 0) {
    out.push("", zh ? "触发的规则：" : "Rules that fired:");
    for (const rule of decision.triggeredRules) {
      const evidence = rule.evidence
        .filter((item) => item.result === true)
        .map((item) => `${item.fact}${item.factPath === undefined ? "" : item.factPath.slice(1)} ${item.operator} ${quoted(item.expected, locale)} (${zh ? "实际" : "was"} ${quoted(item.actual, locale)})`)
        .join("; ");
      const line = rule.lineId === undefined ? "" : zh ? `（费用明细 ${rule.lineId}）` : ` on line ${rule.lineId}`;
      out.push(`  ${rule.ruleId}${line} → ${rule.eventType} ${rule.reasonCode} ${zh ? `【条款 ${rule.clauseId}】` : `[clause ${rule.clauseId}]`}: ${evidence}`);
    }
  }
  return out.join("\n");
}

/**
 * `claim-adjudicator adjudicate --policy p.json --rules r.json claim.json` (or `-`, NDJSON on stdin): prints each
 * explained decision, or the decision JSON with `--json`. A claim that cannot be adjudicated (a file that does not
 * parse, a claim the library rejects, or an internal error) is reported with its file, line and JSON path, and the
 * others are still adjudicated. Several claims end with a summary on stderr. Exit 0 when every claim was
 * adjudicated, 1 when one was not.
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
  const operations = options.operations === undefined ? undefined : loadFile(io, options.operations, "operations configuration");
  const accumulators = options.accumulators === undefined ? undefined : loadFile(io, options.accumulators, "accumulators").value;
  // Every named file exists and is a file before any claim is adjudicated: a wrong path is a usage error (exit 2).
  if (!readStdin) for (const file of files) await checkReadable(file, "claim");
  const adjudicator = loadAdjudicator(io, policy, rules, operations);
  const locales: readonly ("zh" | "en")[] = locale === undefined ? ["en", "zh"] : [locale];
  const json = options.json === true;
  // One claim file: the decision pretty-printed; several, or stdin: one decision per line (NDJSON).
  const pretty = !readStdin && files.length === 1;
  const paint = painter(io, "stdout");
  const summary = createAdjudicationSummary();
  // The bar only shows when the decisions go elsewhere than the terminal (with both on it, they show the progress).
  const progress = startProgress(io, readStdin ? undefined : files.length, options.progress !== false && io.stdout.isTTY !== true, { done: "claims adjudicated", counted: "rejected" });
  let first = true;

  // Each entry in input order: a claim with its job, or an input already reported (a file that did not parse).
  type Tag = { readonly job: Job } | { readonly reported: true };
  const entryOf = (job: Job): OrderedEntry<Tag> =>
    job.asOf === undefined
      ? { tag: { job } }
      : { tag: { job }, claim: { claim: job.claim, options: { asOf: job.asOf, ...(job.accumulators !== undefined ? { accumulators: job.accumulators } : {}) } as AdjudicateOptions } };
  const fileEntries = function* (): Generator<OrderedEntry<Tag>> {
    for (const file of files) {
      try {
        yield entryOf(jobFromFile(io, file, asOf, accumulators));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        yield { tag: { reported: true } }; // already reported with its line and column
      }
    }
  };
  // Lines of stdin go as text to whoever adjudicates them (a worker of the pool), which parses them: this thread
  // only reads and writes. A line that is not even UTF-8 (or too long) has no text to send.
  const lineEntries = async function* (): AsyncGenerator<OrderedEntry<ClaimText, ClaimLineToAdjudicate>> {
    for await (const text of readClaimTexts(io, "-", { source: "stdin" })) yield text.unreadable !== undefined ? { tag: text } : { tag: text, claim: { line: text.text, label: text.label } };
  };
  const where = (job: ClaimSource) => (job.claimLine === undefined ? { file: job.label } : { file: job.claimLine.file, line: job.claimLine.line, column: 1 });
  const report = (job: ClaimSource, result: AdjudicationResult<FormattedDecision> | undefined) => {
    if (result === undefined) {
      summary.reject();
      reportIssues(io, [{ ...where(job), path: [], severity: "error", message: 'no decision date: give --as-of YYYY-MM-DD (or "submitted"), or adjudicate a case file that has "asOf"' }]);
      return;
    }
    if (!result.ok) {
      summary.reject();
      if (result.internal === true) {
        // A bug met on this claim: reported as such, and the next claims are still adjudicated.
        reportIssues(io, [{ ...where(job), path: [], severity: "error", message: internalErrorMessage("adjudicating this claim", Object.assign(new Error(result.error.message), { name: result.error.name })), code: INTERNAL_ERROR }]);
        return;
      }
      writeLine(io.stderr, `${job.label}: claim rejected: ${result.error.message.split("\n")[0] ?? ""}`);
      reportIssues(io, result.issues.map((issue) => locate(job, issue)));
      return;
    }
    if (result.decision instanceof Uint8Array) {
      // The worker wrote the NDJSON line as UTF-8 and read the tally beside it: the bytes go out as they came, never
      // decoded, parsed or encoded again here.
      summary.add(result.tally ?? (JSON.parse(Buffer.from(result.decision).toString("utf8")) as Decision));
      io.stdout.write(result.decision);
      return;
    }
    // The command asks for "ndjson-tally" or "object": anything else is the whole decision, as its JSON text or itself.
    const decision = (typeof result.decision === "string" ? JSON.parse(result.decision) : result.decision) as Decision;
    summary.add(decision);
    if (json) writeLine(io.stdout, JSON.stringify(decision, null, pretty ? 2 : undefined));
    else {
      writeLine(io.stdout, `${first ? "" : "\n"}${paint("bold", formatDecision(decision, locales))}`);
      first = false;
    }
  };

  const step = async () => {
    progress.update(summary.total, summary.rejected);
    // The next claim waits for a reader that is behind (memory stays bounded however many claims come).
    const behind = drained(io.stdout) ?? drained(io.stderr);
    if (behind !== undefined) await behind;
  };
  // Many claims go to worker threads (--workers, default every core); the decisions come back in input order.
  const config = { policy: policy.value, rules: rules.value, ...(operations !== undefined ? { operations: operations.value } : {}) };
  const format = json && !pretty ? "ndjson-tally" : "object";
  if (readStdin) {
    const defaults = { ...(asOf !== undefined ? { asOf } : {}), ...(accumulators !== undefined ? { accumulators } : {}) };
    for await (const { tag: text, result: read } of adjudicateInOrder(lineEntries(), { workers, work: lineWork(adjudicator, config, format, defaults) })) {
      if (read === undefined || read.unreadable !== undefined) {
        // Not UTF-8 or too long (read here), or not JSON, a repeated key, no decision date (read where it was parsed).
        const line = text.unreadable ?? { file: text.file, line: text.line, problems: read?.unreadable?.problems ?? [] };
        summary.reject();
        reportIssues(io, lineProblems(line, text.unreadable?.entry.unreadable ?? read?.unreadable?.message ?? ""));
      } else report({ label: text.label, claimLine: { file: text.file, line: text.line, text: text.text, envelope: read.envelope } }, read.result);
      await step();
    }
  } else {
    for await (const { tag, result } of adjudicateInOrder(fileEntries(), { workers, work: claimWork(adjudicator, config, format) })) {
      if ("reported" in tag) summary.reject();
      else report(tag.job, result);
      await step();
    }
  }
  progress.stop();
  if (!pretty) writeLine(io.stderr, summary.format());
  else if (summary.rejected > 0 && !json) writeLine(io.stderr, "1 claim could not be adjudicated");
  return summary.rejected > 0 ? EXIT.problems : EXIT.ok;
}
