import { tallyWhatIf, type WhatIfClaim, type WhatIfDecided, type WhatIfFailure } from "../../what-if/compare-rule-sets.js";
import { formatWhatIfReport } from "../../what-if/format-what-if-report.js";
import { adjudicateInOrder, parseWorkers, type OrderedEntry } from "../adjudicate-in-order.js";
import { whatIfWork } from "../what-if-work.js";
import { EXIT, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { checkAsOf, loadAdjudicator, loadFile, required, type LoadedFile } from "../load-inputs.js";
import { startProgress } from "../progress.js";
import { lineProblems, locateLineIssue, readClaimLines, type ClaimLine } from "../read-claim-lines.js";
import { checkReadable, countLines } from "../read-lines.js";
import { INTERNAL_ERROR } from "../report-internal-error.js";
import { reportIssues } from "../report-issues.js";

export interface DiffOptions {
  readonly policy?: string;
  readonly rules?: string;
  readonly against?: string;
  readonly againstPolicy?: string;
  /** The operations configuration, for both versions: decisions carry risk, routing and sampling. */
  readonly operations?: string;
  readonly asOf?: string;
  readonly json?: boolean;
  readonly limit?: string;
  readonly progress?: boolean;
  readonly failOnChange?: boolean;
  readonly workers?: string;
}

/**
 * A claim that could not be compared, on stderr as it happens: each problem at the claim's line and column, with
 * its JSON path in the line (the report on stdout lists the failures too).
 */
function reportFailure(io: CliIo, line: ClaimLine, failure: WhatIfFailure): void {
  if (failure.side === "input") {
    reportIssues(io, lineProblems(line, failure.message));
    return;
  }
  const version = failure.side === "before" ? "the current version (--rules)" : "the version compared with (--against)";
  if (failure.internal === true) {
    reportIssues(io, [{ file: line.file, line: line.line, column: 1, path: [], severity: "error", message: `${failure.message.replace(/^internal error/, `internal error under ${version}`)}`, code: INTERNAL_ERROR }]);
    return;
  }
  writeLine(io.stderr, `${line.file}:${line.line}: claim rejected by ${version}: ${failure.message}`);
  reportIssues(io, failure.issues.map((issue) => locateLineIssue(line, issue)));
}

/**
 * `claim-adjudicator diff --policy p.json --rules old.json --against new.json claims.ndjson`: adjudicates an NDJSON
 * corpus (a file, or `-` for stdin) under both rule sets, streaming, and reports what changes. Exit 0 when every
 * claim was compared (1 with `--fail-on-change` when something changed), 1 when some could not be.
 */
export async function diffCommand(io: CliIo, corpus: string | undefined, options: DiffOptions): Promise<number> {
  const source = required(corpus, "the claims to compare (an NDJSON file, or - for stdin)", "diff");
  if (source === "-" && io.stdin.isTTY === true) throw new UsageError("- reads claims (NDJSON) from stdin: pipe them in, e.g. claim-adjudicator diff … - < claims.ndjson");
  const limit = options.limit === undefined ? 100 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number, not "${options.limit}"`);
  const asOf = checkAsOf(options.asOf, true);
  const workers = parseWorkers(options.workers);
  const policy = loadFile(io, required(options.policy, "--policy <file>", "diff"), "policy");
  const before = loadFile(io, required(options.rules, "--rules <file> (the current rule set)", "diff"), "rule set");
  const after = loadFile(io, required(options.against, "--against <file> (the rule set to compare with)", "diff"), "rule set");
  const afterPolicy = options.againstPolicy === undefined ? policy : loadFile(io, options.againstPolicy, "policy");
  const operations = options.operations === undefined ? undefined : loadFile(io, options.operations, "operations configuration");
  await checkReadable(source, "claims");
  const oldVersion = loadAdjudicator(io, policy, before, operations);
  const newVersion = loadAdjudicator(io, afterPolicy, after, operations);

  const showProgress = options.progress !== false && io.stderr.isTTY === true;
  const total = showProgress && source !== "-" ? await countLines(source) : undefined;
  const progress = startProgress(io, total, showProgress);
  let changed = 0;
  // The report takes one entry at a time and reports on it before taking the next: `current` is its line.
  let current: ClaimLine | undefined;
  const entries = async function* (): AsyncGenerator<OrderedEntry<ClaimLine, WhatIfClaim>> {
    for await (const line of readClaimLines(io, source, { ...(asOf !== undefined ? { asOf } : {}), source: source === "-" ? "stdin" : source })) {
      yield "unreadable" in line.entry ? { tag: line } : { tag: line, claim: line.entry };
    }
  };
  // Many claims go to worker threads (--workers, default every core), half for each version; in corpus order.
  const configOf = (policyFile: LoadedFile, rulesFile: LoadedFile) => ({ policy: policyFile.value, rules: rulesFile.value, ...(operations !== undefined ? { operations: operations.value } : {}) });
  const work = whatIfWork({ before: { adjudicator: oldVersion, config: configOf(policy, before) }, after: { adjudicator: newVersion, config: configOf(afterPolicy, after) } });
  const decided = async function* (): AsyncGenerator<WhatIfDecided> {
    for await (const { tag, result } of adjudicateInOrder(entries(), { workers, work })) {
      current = tag;
      yield { entry: tag.entry, ...result };
    }
  };
  const report = await tallyWhatIf(oldVersion.ruleSet, newVersion.ruleSet, decided(), {
    listLimit: limit,
    onEntry: (event) => {
      if (event.changed !== undefined) changed++;
      if (event.failure !== undefined && current !== undefined) reportFailure(io, current, event.failure);
      progress.update(event.index, changed);
    },
  });
  progress.stop();

  if (options.json === true) writeLine(io.stdout, JSON.stringify(report, null, 2));
  else writeLine(io.stdout, formatWhatIfReport(report));
  if (report.failed > 0) return EXIT.problems;
  return options.failOnChange === true && report.changed > 0 ? EXIT.problems : EXIT.ok;
}
