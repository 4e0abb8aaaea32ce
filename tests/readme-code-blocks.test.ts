import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import { printedLines } from "../scripts/readme-printed-lines.mjs";

/**
 * Issue 9: every README code block is checked. TypeScript blocks are type-checked against the sources (the package's
 * `claim-adjudicator/…` imports mapped onto `src/`); a block that stands on its own (its imports and its own inputs,
 * like the Quick start) is also run. A fragment that continues the text before it (`decision`, `claim`, `policy`
 * …) is type-checked with those names declared. Shell blocks: every `npm run` script and every CLI command they
 * name must exist (here), and they are run in tests/readme-shell-blocks.test.ts.
 */
const root = new URL("../", import.meta.url).pathname;
const readme = readFileSync(join(root, "README.md"), "utf8");

interface Block {
  readonly language: string;
  readonly line: number;
  readonly code: string;
}

function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] as string);
    blocks.push({ language: open[1] as string, line: start + 1, code: body.join("\n") });
  }
  return blocks;
}

const blocks = codeBlocks(readme);
const tsBlocks = blocks.filter((block) => block.language === "ts");
const shBlocks = blocks.filter((block) => block.language === "sh");

/** What the README's fragments take from the text around them, as declarations. */
const CONTEXT = `
import type { Adjudicator, ClaimInput, Decision, Ledger, PolicyInput, RuleSetInput } from "${root}src/index.js";
import { applyProductDeadlineTerms, computeClaimDeadlines, deadlineStatus, isLimitationPeriodExpired, PRC_INSURANCE_LAW_PROFILE } from "${root}src/deadlines/index.js";
import { applyClaimEvent, computeClaimDeadlinesFromHistory, replayClaimEvents } from "${root}src/index.js";
declare const adjudicator: Adjudicator;
declare const decision: Decision;
declare const claim: ClaimInput & { id: string; policyId: string };
declare const policy: PolicyInput;
declare const rules: RuleSetInput;
declare const operations: unknown;
declare const ledger: Ledger;
declare const decisions: readonly Decision[];
declare const claims: AsyncIterable<{ claim: unknown; options: { asOf: string } }>;
declare const lines: AsyncIterable<string>;
declare const chartLibrary: string;
declare const requestId: string;
declare const out: NodeJS.WritableStream;
declare function save(decision: Decision): void;
void [applyProductDeadlineTerms, computeClaimDeadlines, deadlineStatus, isLimitationPeriodExpired, PRC_INSURANCE_LAW_PROFILE, applyClaimEvent, computeClaimDeadlinesFromHistory, replayClaimEvents];
`;
const CONTEXT_NAMES = ["adjudicator", "decision", "claim", "policy", "rules", "operations", "ledger", "decisions", "claims", "lines", "chartLibrary", "requestId", "out", "save", "applyProductDeadlineTerms", "computeClaimDeadlines", "deadlineStatus", "replayClaimEvents"];

/** `claim-adjudicator` and its subpaths as the sources. */
const toSources = (code: string): string =>
  code.replace(/from "claim-adjudicator(?:\/([a-z-]+))?"/g, (_whole, subpath: string | undefined) => `from "${root}src/${subpath === undefined ? "index" : `${subpath}/index`}.js"`);

/**
 * A block defines all it uses: it starts with its imports, and declares or imports every context name it uses (a
 * name as a property key, `rules: …`, or after a dot is not a use).
 */
function standsAlone(block: string): boolean {
  // Strings and comments name no variable.
  const code = block.replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""').replace(/\/\/.*$/gm, "");
  const uses = (name: string) => new RegExp(`(?<![.\\w])${name}\\b(?!\\s*:)`).test(code);
  const defines = (name: string) => new RegExp(`(const|let)\\s+${name}\\b|import[^;]*\\b${name}\\b`).test(code);
  return code.startsWith("import ") && CONTEXT_NAMES.every((name) => !uses(name) || defines(name));
}

const dir = join(root, "node_modules", ".cache", `readme-blocks-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README TypeScript blocks", () => {
  test("every block type-checks against the sources", () => {
    mkdirSync(dir, { recursive: true });
    const files = tsBlocks.map((block) => {
      const file = join(dir, `block-line-${block.line}.ts`);
      const alone = standsAlone(block.code);
      writeFileSync(file, `${alone ? "" : CONTEXT}${toSources(block.code)}\nexport {};\n`);
      return { file, block };
    });
    const program = ts.createProgram(
      files.map((entry) => entry.file),
      {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ["lib.es2022.d.ts"],
        types: ["node"],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        resolveJsonModule: true,
        esModuleInterop: true,
        skipLibCheck: true,
        noEmit: true,
        typeRoots: [join(root, "node_modules", "@types")],
      },
    );
    const problems = files.flatMap(({ file, block }) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((diagnostic) => `README line ${block.line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`),
    );
    expect(problems).toEqual([]);
  }, 120_000);

  const runnable = tsBlocks.filter((block) => standsAlone(block.code) && !/openClaimStore|openPostgresDatabase/.test(block.code));
  // The pre-check's block stands alone too: it creates a pre-check (`createPrecheck({`) instead of an adjudicator.
  test("the Quick start and the claim-history walk-through stand alone", () => {
    expect(runnable.map((block) => block.code.split("\n").find((line) => line.includes("createAdjudicator({") || line.includes("createPrecheck({")) !== undefined)).toEqual(runnable.map(() => true));
    expect(runnable.length).toBeGreaterThanOrEqual(2);
  });
  test("the Quick start shows the outcome, the payable and the first lines of the zh explanation as they print", () => {
    const quickStart = tsBlocks.find((block) => block.line > readme.split("\n").indexOf("## Quick start"));
    expect(printedLines(quickStart?.code ?? "")).toEqual(["partially_approved 9900.00", "理赔申请 CLM-2026-0001：部分赔付。", "应赔金额 ¥9,900.00（申请金额 ¥12,600.00）。"]);
  });
  test.each(runnable.map((block) => ({ line: block.line, block })))("the block at README line $line runs", ({ block }) => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `run-line-${block.line}.mts`);
    writeFileSync(file, `${toSources(block.code)}\n`);
    const run = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // What a block shows as printed (`console.log(…); // text`, and comment lines aligned under it) is printed, in order.
    const printed = printedLines(block.code);
    const out = run.stdout.split("\n");
    expect(out.filter((line) => printed.includes(line))).toEqual(printed);
  }, 60_000);
});

describe("README shell blocks", () => {
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const commands = shBlocks.flatMap((block) => block.code.split("\n").map((line) => line.replace(/#.*$/, "").trim()).filter((line) => line !== ""));
  test.each(commands.flatMap((line) => [...line.matchAll(/npm (?:run )?(\w[\w:-]*)/g)].map((match) => ({ line, script: match[1] as string }))))("$line: npm $script exists", ({ script }) => {
    const builtin = ["ci", "install", "test", "pack"];
    expect(builtin.includes(script) || Object.hasOwn(scripts, script)).toBe(true);
  });
  test.each(commands.filter((line) => line.startsWith("claim-adjudicator ")).map((line) => ({ line })))("$line: the CLI knows the command and its options", ({ line }) => {
    const [command, ...rest] = line.replace(/^claim-adjudicator /, "").split(/\s+/);
    const help = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), command as string, "--help"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(help.status).toBe(0);
    for (const option of rest.filter((word) => word.startsWith("--"))) expect(help.stdout).toContain(option);
  }, 60_000);
});
