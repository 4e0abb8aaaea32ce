import { compareRuleSets } from "../../what-if/compare-rule-sets.js";
import { formatWhatIfReport } from "../../what-if/format-what-if-report.js";
import { parseClaimLines } from "../../what-if/parse-claim-lines.js";
import { EXIT, UsageError, writeLine, type CliIo } from "../cli-io.js";
import { checkAsOf, loadAdjudicator, loadFile, required } from "../load-inputs.js";
import { startProgress } from "../progress.js";
import { checkReadable, countLines, readLines } from "../read-lines.js";

export interface DiffOptions {
  readonly policy?: string;
  readonly rules?: string;
  readonly against?: string;
  readonly againstPolicy?: string;
  readonly asOf?: string;
  readonly json?: boolean;
  readonly limit?: string;
  readonly progress?: boolean;
  readonly failOnChange?: boolean;
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
  const policy = loadFile(io, required(options.policy, "--policy <file>", "diff"), "policy");
  const before = loadFile(io, required(options.rules, "--rules <file> (the current rule set)", "diff"), "rule set");
  const after = loadFile(io, required(options.against, "--against <file> (the rule set to compare with)", "diff"), "rule set");
  const afterPolicy = options.againstPolicy === undefined ? policy : loadFile(io, options.againstPolicy, "policy");
  await checkReadable(source, "claims");
  const oldVersion = loadAdjudicator(io, policy, before);
  const newVersion = loadAdjudicator(io, afterPolicy, after);

  const showProgress = options.progress !== false && io.stderr.isTTY === true;
  const total = showProgress && source !== "-" ? await countLines(source) : undefined;
  const progress = startProgress(io, total, showProgress);
  let changed = 0;
  const claims = parseClaimLines(readLines(io, source), { ...(asOf !== undefined ? { asOf } : {}), source: source === "-" ? "stdin" : source });
  const report = await compareRuleSets(oldVersion, newVersion, claims, {
    listLimit: limit,
    onEntry: (event) => {
      if (event.changed !== undefined) changed++;
      progress.update(event.index, changed);
    },
  });
  progress.stop();

  if (options.json === true) writeLine(io.stdout, JSON.stringify(report, null, 2));
  else writeLine(io.stdout, formatWhatIfReport(report));
  if (report.failed > 0) return EXIT.problems;
  return options.failOnChange === true && report.changed > 0 ? EXIT.problems : EXIT.ok;
}
