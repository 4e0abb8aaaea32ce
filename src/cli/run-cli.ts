import { Command, CommanderError, Option } from "commander";
import { LIBRARY_VERSION } from "../version.js";
import { POOL_THRESHOLD } from "./adjudicate-in-order.js";
import { adjudicateCommand } from "./commands/adjudicate-command.js";
import { registerBatchCommand } from "./commands/batch-command.js";
import { diffCommand } from "./commands/diff-command.js";
import { reportCommand } from "./commands/report-command.js";
import { sampleCommand } from "./commands/sample-command.js";
import { schemaCommand } from "./commands/schema-command.js";
import { testCommand } from "./commands/test-command.js";
import { validateCommand } from "./commands/validate-command.js";
import { EXIT, InputError, UsageError, writeLine, type CliIo } from "./cli-io.js";

const list = (value: string, previous: string[] = []) => [...previous, ...value.split(",").map((item) => item.trim()).filter((item) => item !== "")];

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command("claim-adjudicator")
    .description("Tools for rule authors: validate policies and rule sets, run test cases with rule coverage, compare two rule sets on real claims, adjudicate claims, print JSON Schemas.")
    .version(LIBRARY_VERSION, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError("(add --help for usage)")
    .addHelpText(
      "after",
      "\nExit codes: 0 done and clean; 1 the inputs have problems (errors found, cases failed, claims rejected); 2 the command was called wrongly (unknown option, missing file).\nRun claim-adjudicator <command> --help for a command's options.",
    );

  program
    .command("validate")
    .summary("check rule sets and a policy: every problem with its file, line, JSON path and fix")
    .description(
      "Checks rule sets (and the policy with --policy): schema, facts, operators and values, clause and coverage ids, reason messages in zh and en, duplicate ids, conditions that can never hold, shadowed and redundant rules; for policies, limits below deductibles, ratios outside 0..1, negative days, unknown document types.\nWarnings are printed but only fail with --strict.",
    )
    .argument("[rules...]", "rule set files (JSON or YAML)")
    .option("--policy <file>", "the policy: validated too, and the rule sets' references are checked against it")
    .option("--strict", "fail (exit 1) on warnings too")
    .option("--json", "print the report as JSON on stdout")
    .option("--document-types <types>", "extra known document types, comma-separated", list)
    .addHelpText("after", "\nExamples:\n  claim-adjudicator validate rules.json --policy policy.json\n  claim-adjudicator validate --policy policy.json --strict")
    .action((rules: string[], options: { policy?: string; strict?: boolean; json?: boolean; documentTypes?: string[] }) => {
      setExitCode(validateCommand(io, rules, options));
    });

  program
    .command("test")
    .summary("run case files against a policy and rule set; diffs, rule coverage")
    .description(
      "Runs case files (JSON or YAML: a claim or the path of its file, asOf, accumulators, expect) and prints a diff for every failure. With --coverage, prints which rules fired and whether each condition was seen both true and false.",
    )
    .argument("<cases...>", "case files, or folders of case files")
    .option("--policy <file>", "the policy (required)")
    .option("--rules <file>", "the rule set (required)")
    .option("--operations <file>", "the operations configuration (JSON or YAML): decisions carry risk, routing and the quality sample, which cases may expect (risk, routing, sampled)")
    .option("--coverage", "print rule coverage as a table")
    .option("--coverage-json <file>", "write rule coverage as JSON (- for stdout)")
    .option("--require-full-coverage", "fail (exit 1) when a rule never fired")
    .option("--json", "print results and coverage as JSON on stdout")
    .addHelpText("after", "\nExample:\n  claim-adjudicator test examples/medical/cases --policy examples/medical/policy.json --rules examples/medical/rules.json --coverage")
    .action(async (cases: string[], options: Parameters<typeof testCommand>[2]) => {
      setExitCode(await testCommand(io, cases, options));
    });

  program
    .command("diff")
    .summary("what-if: adjudicate claims under two rule sets and report what changes")
    .description(
      "Adjudicates every claim of an NDJSON file (or - for stdin) under the current rule set and the one to compare with (many claims on worker threads, both versions of a claim at once), streaming, and reports: how outcomes moved (old × new), the change in payable in total and per claim, the rules responsible, and the changed claims. Each line is a claim, or { \"claim\": …, \"asOf\": …, \"accumulators\": … }.",
    )
    .argument("[claims]", "NDJSON file of claims, or - for stdin")
    .option("--policy <file>", "the policy (required)")
    .option("--rules <file>", "the current rule set (required)")
    .option("--against <file>", "the rule set to compare with (required)")
    .option("--against-policy <file>", "a different policy for the new version")
    .option("--operations <file>", "the operations configuration (JSON or YAML), for both versions: decisions carry risk, routing and the quality sample, and changes of routing and risk level are reported")
    .option("--as-of <date>", 'decision date of bare claims: YYYY-MM-DD, or "submitted" for each claim\'s submission date')
    .option("--limit <n>", "how many changed claims to list (default 100)")
    .option("--json", "print the report as JSON on stdout")
    .option("--fail-on-change", "exit 1 when any claim changed")
    .option("--workers <n>", `worker threads for many claims (${POOL_THRESHOLD} or more), half for each version; 0 or 1 for none, the claims adjudicated in this thread (default: the number of cores)`)
    .addOption(new Option("--no-progress", "no progress bar (it only shows on a terminal anyway)"))
    .addHelpText("after", "\nExample:\n  claim-adjudicator diff --policy policy.json --rules rules.json --against rules-2026.2.json claims.ndjson --as-of submitted")
    .action(async (claims: string | undefined, options: Parameters<typeof diffCommand>[2]) => {
      setExitCode(await diffCommand(io, claims, options));
    });

  program
    .command("adjudicate")
    .summary("adjudicate claims and print the explained decisions")
    .description(
      'Adjudicates claim files (or a case file / { "claim", "asOf" } envelope), or NDJSON claims on stdin with -, and prints each explained decision; --json prints the decision itself (one claim: pretty JSON; several or stdin: one JSON per line).',
    )
    .argument("[claims...]", "claim files (JSON or YAML), or - for NDJSON on stdin")
    .option("--policy <file>", "the policy (required)")
    .option("--rules <file>", "the rule set (required)")
    .option("--as-of <date>", 'the decision date: YYYY-MM-DD, or "submitted" (a case file or envelope brings its own)')
    .option("--accumulators <file>", "the policy's ledger (its claim history, a decision's accumulatorsAfter) every claim is decided against (JSON or YAML)")
    .option("--operations <file>", "the operations configuration (JSON or YAML): decisions carry risk, routing and the quality sample")
    .option("--json", "print decisions as JSON")
    .addOption(new Option("--locale <locale>", "the language of the explanation (default both)").choices(["zh", "en"]))
    .option("--workers <n>", `worker threads for many claims (${POOL_THRESHOLD} or more), 0 or 1 for none, the claims adjudicated in this thread (default: the number of cores)`)
    .addOption(new Option("--no-progress", "no progress bar (it only shows when stderr is a terminal and the decisions go elsewhere)"))
    .addHelpText("after", "\nExamples:\n  claim-adjudicator adjudicate --policy p.json --rules r.json claim.json --as-of 2026-05-28\n  cat claims.ndjson | claim-adjudicator adjudicate --policy p.json --rules r.json - --as-of submitted --json")
    .action(async (claims: string[], options: Parameters<typeof adjudicateCommand>[2]) => {
      setExitCode(await adjudicateCommand(io, claims, options));
    });

  program
    .command("report")
    .summary("the numbers of the operation from decisions: HTML report with charts, CSV, JSON")
    .description(
      'Streams an NDJSON file of decisions (or - for stdin) and reports counts and amounts by outcome, product, coverage and month, the approval rate, rule hit rates, straight-through and referral rates, cycle times, statutory clocks, claims waiting for documents, flags, duplicates and providers. Each line is a decision, or { "decision": …, "product": …, "provider": { "id", "name" }, "events": { "determinedOn", "denialNoticeSentOn", "paidOn" } }.',
    )
    .argument("[decisions]", "NDJSON file of decisions, or - for stdin")
    .option("--html <file>", "write the report as one self-contained HTML file with charts")
    .option("--csv <dir>", "write one CSV file per table into this folder")
    .option("--json <file>", "write the report as JSON (- for stdout)")
    .addOption(new Option("--locale <locale>", "the language of the HTML and CSV (default zh)").choices(["zh", "en"]))
    .option("--as-of <date>", "the day the report describes, YYYY-MM-DD: later decisions are left out, clocks are taken on it. Without it, today's date in the machine's time zone (TZ): the CLI reads the clock, and the summary line says so; give --as-of for a report that can be made again")
    .addOption(new Option("--no-progress", "no progress bar (it only shows on a terminal anyway)"))
    .option("--store <location>", "read the decisions recorded in a claim store instead of a file: a postgres:// URL or a PGlite folder (as batch --store wrote it); every revision, the report counts each claim once as its latest")
    .option("--schema <name>", "the claim store's PostgreSQL schema (default claim_adjudicator)")
    .addHelpText("after", "\nExample:\n  claim-adjudicator report decisions.ndjson --html report.html --csv report-csv --locale en --as-of 2026-12-31")
    .action(async (decisions: string | undefined, options: Parameters<typeof reportCommand>[2]) => {
      setExitCode(await reportCommand(io, decisions, options));
    });

  program
    .command("sample")
    .summary("an auditor's reproduction of the quality sample (抽检) from decisions")
    .description(
      'Streams an NDJSON file of decisions (or - for stdin), recomputes each straight-through decision\'s draw from its claim id and the seed of the operations configuration it was made with, and prints the claims the quality sample holds, then every decision whose recorded sampling differs (changed, or dropped from a straight-through decision). Decisions made under another configuration (another meta.operationsHash) are counted apart. Each line is a decision, or { "decision": …, "product": … }.',
    )
    .argument("[decisions]", "NDJSON file of decisions, or - for stdin")
    .option("--operations <file>", "the operations configuration (JSON or YAML) the decisions were made with")
    .option("--json", "print the reproduction as JSON on stdout")
    .addHelpText("after", "\nExample:\n  claim-adjudicator sample decisions.ndjson --operations operations.json")
    .action(async (decisions: string | undefined, options: Parameters<typeof sampleCommand>[2]) => {
      setExitCode(await sampleCommand(io, decisions, options));
    });

  program
    .command("schema")
    .summary("print the JSON Schema of a policy, rule set, claim, case file or decision")
    .description("Prints a JSON Schema generated from the library's zod schemas, for editors to validate and complete files as they are typed.")
    .argument("[name]", "policy, rule-set, claim, case-file, decision or ledger")
    .option("--out-dir <dir>", "write every schema there as <name>.schema.json")
    .option("--list", "list the schema names")
    .action((name: string | undefined, options: Parameters<typeof schemaCommand>[2]) => {
      setExitCode(schemaCommand(io, name, options));
    });

  registerBatchCommand(program, io, setExitCode);

  return program;
}

/**
 * Runs the CLI on arguments (without `node` and the script) and returns the exit code. Errors never escape as stack
 * traces: usage errors and input problems go to stderr with their file and JSON path.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error (already printed).
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      writeLine(io.stderr, `error: ${error.message}`);
      writeLine(io.stderr, "(add --help for usage)");
      return EXIT.usage;
    }
    if (error instanceof InputError) return EXIT.problems;
    throw error;
  }
}
