import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAdjudicator } from "../src/index.js";
import { readCaseFiles } from "../src/testing/read-case-files.js";
import { cliPath, removeCli } from "./cli/cli-harness.js";
import { medical, medicalClaim } from "./support/medical-claims.js";

/**
 * Issue 9: the README's shell blocks are run, not only read. Two kinds:
 * - ```sh blocks: commands to type, each line run with bash (exit 0 expected; an npm script in the repository);
 * - ```console blocks: sessions, `$ command` lines followed by what it prints. Each command is run in turn (stdout and
 *   stderr together, as a terminal shows them) and must print every line the README shows, in order; a `…` line
 *   stands for lines left out, and a session without one must print exactly what is shown.
 * Each block runs in a fresh temporary folder laid out as a product's folder: the medical example's `policy.json`,
 * `rules.json`, `operations.json`, `claims/` and `cases/`, and `examples/` (the repository's, linked), plus the files
 * its `SETUP` entry writes. `claim-adjudicator` on PATH is the CLI built from the sources (the bundle the CLI tests
 * use). A block that cannot run in a test has an HTML comment just before it, `<!-- not run: why -->`; the list of
 * those is asserted below, so that the set stays visible.
 */
const root = new URL("../", import.meta.url).pathname;
const readme = readFileSync(join(root, "README.md"), "utf8");

interface ShellBlock {
  readonly language: "sh" | "console";
  readonly line: number;
  readonly lines: readonly string[];
  /** The reason of a `<!-- not run: … -->` comment just before the block. */
  readonly notRun?: string;
}

function shellBlocks(markdown: string): ShellBlock[] {
  const blocks: ShellBlock[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] as string);
    const language = open[1] as string;
    if (language !== "sh" && language !== "console") continue;
    let before = start - 1;
    while (before >= 0 && (lines[before] as string).trim() === "") before--;
    const notRun = /^<!-- not run: (.+) -->$/.exec(lines[before] ?? "")?.[1];
    blocks.push({ language, line: start + 1, lines: body, ...(notRun === undefined ? {} : { notRun }) });
  }
  return blocks;
}

const blocks = shellBlocks(readme);

/** A command of a block, and the lines the README shows it printing. */
interface Command {
  readonly command: string;
  readonly shown: readonly string[];
}

function commandsOf(block: ShellBlock): Command[] {
  if (block.language === "sh") {
    return block.lines.filter((line) => line.replace(/#.*$/, "").trim() !== "").map((command) => ({ command, shown: [] }));
  }
  const commands: { command: string; shown: string[] }[] = [];
  for (const line of block.lines) {
    if (line.startsWith("$ ")) commands.push({ command: line.slice(2), shown: [] });
    else if (commands.length === 0) throw new Error(`README line ${block.line}: a console block starts with a "$ " command`);
    else commands.at(-1)?.shown.push(line);
  }
  return commands;
}

const caseEnvelopes = () =>
  readCaseFiles([join(root, "examples/medical/cases")]).cases.map((c) => JSON.stringify({ claim: c.claim, asOf: c.asOf, ...(c.accumulators !== undefined ? { accumulators: c.accumulators } : {}) }));

/**
 * What a runnable block needs besides the product folder, by its first command; and the exit code of each command
 * (0 when not given). A runnable block without an entry fails: give it one.
 */
const SETUP: Record<string, { readonly files?: (dir: string) => void; readonly exits?: readonly number[]; readonly inRepository?: true }> = {
  // A command of the repository's own (an npm script): run there. It writes nothing.
  "FUZZ_RUNS=200 npm run fuzz": { inRepository: true },
  "claim-adjudicator adjudicate --policy policy.json --rules rules.json cases/05-denied-waiting-period.json --locale en": {},
  // The draft of tests/cli/validate.test.ts (a misspelt fact, a contradiction, an untranslated message), and a
  // referral that the not-in-force denial shadows.
  "claim-adjudicator validate rules-draft.json --policy policy.json": {
    exits: [1],
    files: (dir) => {
      const draft = JSON.parse(readFileSync(join(dir, "rules.json"), "utf8"));
      const rule = (id: string) => draft.rules.find((entry: { id: string }) => entry.id === id);
      rule("waiting-period-3.1").conditions.all[0].fact = "incidentTyp";
      rule("late-report-5.1").conditions.all.push({ fact: "reportDelayDays", operator: "lessThan", value: 5 });
      rule("early-claim-5.4").event.message.zh = "Early claim.";
      draft.rules.push({
        id: "refer-early-illness",
        clauseId: "5.4",
        conditions: { all: [{ fact: "policyInForce", operator: "equal", value: false }, { fact: "incidentType", operator: "equal", value: "illness" }] },
        event: { type: "refer", reasonCode: "EARLY_ILLNESS", message: { zh: "保险期间外的疾病，转人工审核。", en: "An illness outside the period of insurance: referred." } },
      });
      writeFileSync(join(dir, "rules-draft.json"), `${JSON.stringify(draft, null, 2)}\n`);
    },
  },
  "claim-adjudicator test examples/medical/cases --policy examples/medical/policy.json --rules examples/medical/rules.json --coverage": {},
  // The candidate rule set of tests/cli/diff.test.ts (large claims referred from 20,000.00, no late-report flag,
  // accidents in the first 15 days denied) over the 20 example cases.
  "claim-adjudicator diff --policy policy.json --rules rules.json --against rules-2026.2.json claims.ndjson": {
    files: (dir) => {
      const v2 = JSON.parse(readFileSync(join(dir, "rules.json"), "utf8"));
      v2.version = "2026.2.0";
      v2.rules.find((rule: { id: string }) => rule.id === "large-claim-5.4").conditions.all[0].value = "20000.00";
      v2.rules = v2.rules.filter((rule: { id: string }) => rule.id !== "late-report-5.1");
      v2.rules.push({
        id: "early-accident-5.4",
        clauseId: "5.4",
        conditions: { all: [{ fact: "daysSinceInception", operator: "lessThan", value: 15 }, { fact: "incidentType", operator: "equal", value: "accident" }] },
        event: { type: "deny", reasonCode: "EARLY_ACCIDENT", message: { zh: "保单生效 15 日内的意外不予赔付。", en: "Accidents within 15 days of inception are not covered." } },
      });
      writeFileSync(join(dir, "rules-2026.2.json"), JSON.stringify(v2, null, 2));
      writeFileSync(join(dir, "claims.ndjson"), `${caseEnvelopes().join("\n")}\n`);
    },
  },
  // The four claims of tests/cli/commands/sample-command.test.ts: three straight through, one (claimant not close
  // family) referred.
  "claim-adjudicator adjudicate --policy policy.json --rules rules.json --operations operations.json --as-of 2026-08-01 --json - < claims.ndjson > decisions.ndjson": {
    files: (dir) => {
      const claims = [{ id: "CLM-A" }, { id: "CLM-2026-0716-0002" }, { id: "CLM-B" }, { id: "CLM-Y", relationship: "other" as const }].map((spec) => JSON.stringify(medicalClaim(spec)));
      writeFileSync(join(dir, "claims.ndjson"), `${claims.join("\n")}\n`);
    },
  },
};

/** Lines as compared: without trailing blanks. */
const tidy = (text: string) => text.split("\n").map((line) => line.trimEnd());

/** The shown lines that the output lacks, in order (`…` skips any number of lines); exact when nothing is left out. */
function missingLines(shown: readonly string[], output: string): string[] {
  const printed = tidy(output.replace(/\n$/, ""));
  const wanted = shown.map((line) => line.trimEnd());
  if (!wanted.includes("…")) return JSON.stringify(printed) === JSON.stringify(wanted) ? [] : wanted;
  const missing: string[] = [];
  let at = 0;
  for (const line of wanted) {
    if (line === "…") continue;
    const found = printed.indexOf(line, at);
    if (found < 0) missing.push(line);
    else at = found + 1;
  }
  return missing;
}

const work = mkdtempSync(join(tmpdir(), "claim-adjudicator-readme-"));
let bin: string;
beforeAll(async () => {
  bin = join(work, "bin");
  mkdirSync(bin);
  const shim = join(bin, "claim-adjudicator");
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(await cliPath())} "$@"\n`);
  chmodSync(shim, 0o755);
}, 60_000);
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await removeCli();
});

/** A fresh product folder for one block. */
function productFolder(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const entry of ["policy.json", "rules.json", "operations.json", "claims", "cases"]) cpSync(join(root, "examples/medical", entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, "examples"), join(dir, "examples"));
  return dir;
}

describe("README shell blocks", () => {
  test("the blocks that are not run, and why", () => {
    expect(blocks.filter((block) => block.notRun !== undefined).map((block) => `${commandsOf(block)[0]?.command ?? ""}: ${block.notRun}`)).toEqual([
      "npm ci && npm run demo   # adjudicates the example claims and prints each explained decision, then writes the operations report: needs npm ci (CI runs both)",
      "npm install claim-adjudicator zod: installs from the registry (scripts/check-quick-start.sh installs the packed package)",
      "npm install pg @electric-sql/pglite pg-boss   # optional peer dependencies: install the ones you use: installs from the registry",
      "claim-adjudicator batch --store ./claims-db --policy policy.json --rules rules.json claims.ndjson --as-of submitted --workers 2: needs PostgreSQL (the embedded store is tested in tests/store/batch-command.test.ts)",
      "claim-adjudicator report decisions.ndjson --html report.html --csv report-csv --json report.json --locale zh --as-of 2027-02-28: a long run: the example year's decisions are written by npm run demo",
    ]);
  });

  const runnable = blocks.filter((block) => block.notRun === undefined);
  test("every runnable block has its set-up, and some run", () => {
    expect(runnable.map((block) => commandsOf(block)[0]?.command).filter((command) => command === undefined || SETUP[command] === undefined)).toEqual([]);
    expect(runnable.length).toBeGreaterThanOrEqual(4);
  });

  test.each(runnable.map((block) => ({ line: block.line, block })))("the block at README line $line runs and prints what it shows", ({ block }) => {
    const commands = commandsOf(block);
    const setup = SETUP[commands[0]?.command ?? ""] ?? {};
    const dir = setup.inRepository === true ? root : productFolder(`line-${block.line}`);
    setup.files?.(dir);
    const env = { ...process.env, PATH: `${bin}:${process.env["PATH"] ?? ""}`, NO_COLOR: "1" };
    commands.forEach(({ command, shown }, index) => {
      const run = spawnSync("bash", ["-c", `{ ${command}\n} 2>&1`], { cwd: dir, env, encoding: "utf8", timeout: 80_000 });
      expect({ command, exit: run.status }).toEqual({ command, exit: setup.exits?.[index] ?? 0 });
      if (block.language === "console") expect({ command, missing: missingLines(shown, run.stdout) }).toEqual({ command, missing: [] });
    });
  }, 90_000);
});

// The sample block's claims, decided in process: the one the README says is sampled is (a check of the set-up).
test("the sample block's set-up gives the sample the README shows", async () => {
  const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: medical.operations });
  const decision = await adjudicator.adjudicate(medicalClaim({ id: "CLM-2026-0716-0002" }), { asOf: "2026-08-01" });
  expect(decision.sampling).toMatchObject({ sampled: true, segment: "5k-to-20k", rate: "0.1", draw: "0.067401" });
});
