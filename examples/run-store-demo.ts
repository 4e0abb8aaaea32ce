/**
 * The example medical claims recorded in an embedded claim store (PGlite, in examples/store/out/claims-db) by the
 * `claim-adjudicator batch` command, one after the other as in the file (one worker), twice: the second run finds every claim recorded and pays nothing again.
 * Part of `npm run demo`.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/run-cli.js";
import { loadExamples } from "./load-examples.js";

const examplesDir = dirname(fileURLToPath(import.meta.url));

export async function printStoreDemo(): Promise<void> {
  const out = join(examplesDir, "store", "out");
  const store = join(out, "claims-db");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const medical = loadExamples().find((example) => example.product === "medical");
  if (medical === undefined) throw new Error("examples/medical is missing");
  const claims = join(out, "medical-claims.ndjson");
  writeFileSync(claims, medical.cases.map((entry) => JSON.stringify({ claim: entry.claim, asOf: entry.asOf })).join("\n") + "\n");
  const args = ["batch", "--store", relative(process.cwd(), store), "--policy", relative(process.cwd(), join(examplesDir, "medical", "policy.json")), "--rules", relative(process.cwd(), join(examplesDir, "medical", "rules.json")), relative(process.cwd(), claims), "--workers", "1", "--no-progress"];
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: { ...process.env, NO_COLOR: "1" } };
  for (const run of ["first run", "the same file again"]) {
    console.log(`\n=== claim store (embedded PGlite), ${run}: claim-adjudicator ${args.join(" ")}`);
    const code = await runCli(args, io);
    if (code !== 0) throw new Error(`claim-adjudicator batch exited ${code}`);
  }
}
