import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { cliPath, positionOf, removeCli, runCli, workspace } from "./cli-harness.js";

// Each test spawns node once or twice; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const ws = workspace();
afterAll(async () => {
  ws.remove();
  await removeCli();
});

const claim = ws.read("claims/02-deductible-partly-reached.json");
ws.write("claim.json", claim);
ws.write("case.json", { name: "deductible", claim: "claim.json", asOf: "2026-05-28", expect: { outcome: "approved" } });
ws.write("claims.ndjson", `${JSON.stringify({ claim, asOf: "2026-05-28" })}\n`);
mkdirSync(join(ws.dir, "folder"));
execFileSync("mkfifo", [join(ws.dir, "pipe.json")]);
const local = ["--policy", "policy.json", "--rules", "rules.json"];
const versions = [...local, "--against", "rules.json"];

describe("a path that is not a file is a usage error (exit 2) in every command, for every input", () => {
  // A named pipe with no writer, or /dev/zero, used to hang the command: they must be refused at once.
  const inputs = [
    { command: "validate", what: "rule set", args: (path: string) => ["validate", path] },
    { command: "validate", what: "policy", args: (path: string) => ["validate", "rules.json", "--policy", path] },
    { command: "test", what: "policy", args: (path: string) => ["test", "case.json", "--policy", path, "--rules", "rules.json"] },
    { command: "test", what: "rule set", args: (path: string) => ["test", "case.json", "--policy", "policy.json", "--rules", path] },
    { command: "diff", what: "policy", args: (path: string) => ["diff", "--policy", path, "--rules", "rules.json", "--against", "rules.json", "claims.ndjson"] },
    { command: "diff", what: "rule set", args: (path: string) => ["diff", "--policy", "policy.json", "--rules", "rules.json", "--against", path, "claims.ndjson"] },
    { command: "diff", what: "claims", args: (path: string) => ["diff", ...versions, path] },
    { command: "adjudicate", what: "policy", args: (path: string) => ["adjudicate", "--policy", path, "--rules", "rules.json", "claim.json", "--as-of", "2026-05-28"] },
    { command: "adjudicate", what: "claim", args: (path: string) => ["adjudicate", ...local, "claim.json", path, "--as-of", "2026-05-28"] },
    { command: "adjudicate", what: "accumulators", args: (path: string) => ["adjudicate", ...local, "--accumulators", path, "claim.json", "--as-of", "2026-05-28"] },
  ];
  const kinds = [
    { kind: "a folder", path: "folder", says: "is a folder, not a file" },
    { kind: "a named pipe", path: "pipe.json", says: "is not a regular file (a named pipe, a device or a socket)" },
    { kind: "a device", path: "/dev/zero", says: "is not a regular file (a named pipe, a device or a socket)" },
  ];
  const cases = inputs.flatMap((input) => kinds.map((kind) => ({ ...input, ...kind })));

  test.each(cases)("$command: $what file is $kind", async ({ args, what, path, says }) => {
    const run = await runCli(args(path), { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(new RegExp(`^error: ${what} file ${path.replace(/[./]/g, "\\$&")}: ${says.replace(/[().]/g, "\\$&")}`));
    expect(run.stdout).toBe("");
  });

  test("test: a case file that is a named pipe (a folder of cases is what test reads)", async () => {
    const run = await runCli(["test", "pipe.json", ...local], { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("error: case file pipe.json: is not a regular file (a named pipe, a device or a socket): give a file or a folder of case files");
  });
});

describe("what a file's text says wrong is reported at its line and column (exit 1)", () => {
  const rules = readFileSync(join(ws.dir, "rules.json"), "utf8");
  // A key given twice: JSON.parse keeps the last one silently.
  const repeated = rules.replace('"version": "2026.1.0",', '"version": "2026.1.0",\n  "id": "RS-OTHER",');
  ws.write("repeated.json", repeated);
  ws.write("repeated.yaml", "id: RS-X\nversion: '1'\nrules: []\nversion: '2'\n");
  // Latin-1 é where UTF-8 is expected: replaced by U+FFFD without a word.
  const latin1 = Buffer.from(rules.replace("Adjudication rules", "Adjudication rules (caf\u00e9)"), "latin1");
  writeFileSync(join(ws.dir, "latin1.json"), latin1);
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g", "h", "i"].map((name, i) => `${name}: &${name} [${Array.from({ length: 9 }, () => `*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");
  ws.write("bomb.yaml", bomb);

  test("a key repeated in JSON, and in YAML", async () => {
    const run = await runCli(["validate", "repeated.json", "repeated.yaml"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const second = positionOf(repeated, '"id": "RS-OTHER"');
    const first = positionOf(repeated, '"id": "RS-MED-ANKANG"');
    expect(run.stderr.split("\n")).toEqual([
      `repeated.json:${second.line}:${second.column}: error: id: duplicate key "id" (first at line ${first.line}, column ${first.column}): JSON keeps only the last one, remove one of them [invalid_input]`,
      'repeated.yaml:4:1: error: invalid YAML: the key "version" is repeated in one mapping: remove one of them (only one value can count) [invalid_input]',
      "2 errors, 0 warnings in 2 files (fix the errors)",
      "",
    ]);
  });

  test("bytes that are not UTF-8", async () => {
    const run = await runCli(["validate", "latin1.json"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    const at = positionOf(rules, "Adjudication rules");
    expect(run.stderr.split("\n")[0]).toBe(
      `latin1.json:${at.line}:${at.column + "Adjudication rules (caf".length}: error: not valid UTF-8: byte 0xE9 cannot start or continue a character here (save the file as UTF-8) [invalid_input]`,
    );
  });

  test("a YAML alias bomb is refused, as an input error, and the next claim is still adjudicated", async () => {
    const validate = await runCli(["validate", "bomb.yaml"], { cwd: ws.dir });
    expect(validate.code).toBe(1);
    expect(validate.stderr.split("\n")[0]).toBe("bomb.yaml: error: invalid YAML: its aliases expand too far (more than 100 uses of an anchor, or anchors nested in one another): write the values out [invalid_input]");
    const adjudicate = await runCli(["adjudicate", ...local, "bomb.yaml", "claim.json", "--as-of", "2026-05-28", "--json"], { cwd: ws.dir });
    expect(adjudicate.code).toBe(1);
    expect(JSON.parse(adjudicate.stdout).claimId).toBe(claim.id);
    expect(adjudicate.stderr.split("\n")).toEqual([
      "bomb.yaml: error: invalid YAML: its aliases expand too far (more than 100 uses of an anchor, or anchors nested in one another): write the values out",
      "Adjudicated 1 of 2 claims: 1 approved; 1 rejected; payable CNY 3000.00",
      "",
    ]);
  });

  test("the same in NDJSON lines: each at its line and column, and the run goes on", async () => {
    const good = JSON.stringify({ claim, asOf: "2026-05-28" });
    const twice = `{ "asOf": "2026-05-28", "asOf": "2026-05-29", "claim": ${JSON.stringify(claim)} }`;
    const notUtf8 = Buffer.concat([Buffer.from('{ "claim": { "id": "caf'), Buffer.from([0xe9]), Buffer.from('" }, "asOf": "2026-05-28" }')]);
    const stdin = Buffer.concat([Buffer.from(`${good}\n${twice}\n`), notUtf8, Buffer.from(`\n${good}\n`)]);
    const run = await runCli(["adjudicate", ...local, "-", "--json"], { cwd: ws.dir, stdin });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(run.stderr.split("\n")).toEqual([
      'stdin:2:25: error: asOf: duplicate key "asOf" (first at column 3): JSON keeps only the last one, remove one of them',
      "stdin:3:24: error: not valid UTF-8: byte 0xE9 cannot start or continue a character here (save the file as UTF-8)",
      "Adjudicated 2 of 4 claims: 2 approved; 2 rejected; payable CNY 6000.00",
      "",
    ]);
  });
});

describe("a reader that stops early", () => {
  test("`… | head`: the CLI stops quietly with 141 (as a tool killed by SIGPIPE), not with an EPIPE stack trace", async () => {
    const many = Array.from({ length: 300 }, () => JSON.stringify({ claim, asOf: "2026-05-28" })).join("\n");
    ws.write("many.ndjson", `${many}\n`);
    const cli = await cliPath();
    const script = `set -o pipefail; "${process.execPath}" "${cli}" adjudicate ${local.join(" ")} - --json < many.ndjson | head -c 100 > /dev/null`;
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn("bash", ["-c", script], { cwd: ws.dir, stdio: ["ignore", "ignore", "pipe"] });
      let errors = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
      child.on("close", (exit) => resolve({ code: exit, stderr: errors }));
    });
    expect({ code, stderr }).toEqual({ code: 141, stderr: "" });
  });
});
