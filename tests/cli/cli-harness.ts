import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";

/**
 * Runs the CLI as a user does: a separate `node` process on real files. The CLI is bundled once per test file with
 * esbuild (dependencies stay external and resolve from node_modules), which starts in a fraction of tsx's time.
 */
const root = new URL("../../", import.meta.url).pathname;
const bundleDir = join(root, "node_modules", ".cache", "claim-adjudicator-cli-tests");
let bundle: Promise<string> | undefined;

/** The bundled CLI, built on first use. */
export function cliPath(): Promise<string> {
  return buildCli();
}

function buildCli(): Promise<string> {
  bundle ??= (async () => {
    // Laid out as dist/ is: the bin, and beside it the worker of the pool that many claims go to.
    const outdir = join(bundleDir, `cli-${process.pid}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(outdir, { recursive: true });
    writeFileSync(join(outdir, "package.json"), '{ "type": "module" }\n');
    const entryPoints = { cli: join(root, "src/cli/main.ts"), "many-worker": join(root, "src/many/many-worker.ts") };
    await build({ entryPoints, bundle: true, platform: "node", format: "esm", target: "node20", outdir, packages: "external", logLevel: "error" });
    return join(outdir, "cli.js");
  })();
  return bundle;
}

/** Removes this test file's bundle; the next file to run the CLI (in the same worker, see vitest.config.ts) builds its own. */
export async function removeCli(): Promise<void> {
  if (bundle === undefined) return;
  const built = bundle;
  bundle = undefined;
  rmSync(dirname(await built), { recursive: true, force: true });
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `claim-adjudicator <args>` in `cwd`, with `stdin` (text, or bytes as they are) piped in; colours off as in a pipe. */
export async function runCli(args: readonly string[], options: { readonly cwd?: string; readonly stdin?: string | Uint8Array } = {}): Promise<CliRun> {
  const cli = await buildCli();
  return new Promise((resolvePromise, reject) => {
    // Killed after 25 s: a CLI that hangs (on a named pipe, say) fails its test instead of outliving the run.
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, env: { ...process.env, NO_COLOR: "1" }, stdio: ["pipe", "pipe", "pipe"], timeout: 25_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

/** A temporary folder with the medical examples copied in, for tests to change and run the CLI on. */
export function workspace(): { dir: string; write: (file: string, content: unknown) => string; read: (file: string) => any; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "claim-adjudicator-cli-"));
  const write = (file: string, content: unknown) => {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
    return path;
  };
  const example = (file: string) => readFileSync(join(root, "examples/medical", file), "utf8");
  for (const file of ["policy.json", "rules.json"]) write(file, example(file));
  return {
    dir,
    write,
    read: (file: string) => JSON.parse(example(file)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The 1-based line of the first line of `text` that contains `needle`, and the column where it starts. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return { line: index + 1, column: (lines[index] as string).indexOf(needle) + 1 };
}

export const EXAMPLES = join(root, "examples/medical");
