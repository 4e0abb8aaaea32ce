import { afterAll, describe, expect, test, vi } from "vitest";
import { removeCli, runCli, workspace } from "./cli-harness.js";

// Spawns node, and the pool's worker threads; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 120_000 });

const ws = workspace();
afterAll(async () => {
  ws.remove();
  await removeCli();
});

const local = ["--policy", "policy.json", "--rules", "rules.json"];
const claims = ["02-deductible-partly-reached", "05-denied-waiting-period", "09-partial-items-excluded", "07-pending-several-documents"].map((name) => ws.read(`claims/${name}.json`));
const rejected = { ...claims[0], policyId: "P-OTHER" };
// 150 entries (more than the 64 that start the pool), a line that is not JSON and a claim the adjudicator rejects among them.
const lines = Array.from({ length: 150 }, (_, i) => (i === 70 ? "not json" : i === 100 ? JSON.stringify(rejected) : JSON.stringify(claims[i % claims.length])));
const stdin = `${lines.join("\n")}\n`;

describe("claim-adjudicator adjudicate --workers", () => {
  test.each([{ mode: "--json" }, { mode: "--locale" }])("many claims on worker threads: the same output, in the same order, as in one thread ($mode)", async ({ mode }) => {
    const args = ["adjudicate", ...local, "-", "--as-of", "2026-12-01", ...(mode === "--json" ? ["--json"] : ["--locale", "en"])];
    const [pooled, single] = await Promise.all([runCli([...args, "--workers", "2"], { cwd: ws.dir, stdin }), runCli([...args, "--workers", "0"], { cwd: ws.dir, stdin })]);
    expect(single.code).toBe(1);
    expect(pooled).toEqual(single);
    if (mode === "--json") {
      const ids = pooled.stdout.trimEnd().split("\n").map((line) => (JSON.parse(line) as { claimId: string }).claimId);
      expect(ids).toHaveLength(148);
      expect(ids.slice(0, 4)).toEqual(claims.map((claim) => claim.id));
    }
    expect(pooled.stderr).toMatch(/^stdin:71:\d+: error: invalid JSON/m);
    expect(pooled.stderr).toMatch(/^stdin:101: claim rejected: Invalid claim or options: 1 problem$/m);
    expect(pooled.stderr.trimEnd().split("\n").at(-1)).toMatch(/^Adjudicated 148 of 150 claims: .*; 2 rejected; payable CNY [0-9.]+$/);
  });

  test("on worker threads, what is wrong with each line is reported in the order of the lines, a rejected claim before a later line that is not JSON", async () => {
    // The lines reach the workers as text: a line that is not JSON is found where it is parsed, and reported when its
    // turn comes, not when it is read (up to 64 claims ahead of the decisions written).
    const near = Array.from({ length: 150 }, (_, i) => (i === 69 ? JSON.stringify(rejected) : i === 74 ? '{"id": "A", "id": "B"}' : i === 79 ? "ÿ" : JSON.stringify(claims[i % claims.length])));
    const args = ["adjudicate", ...local, "-", "--as-of", "2026-12-01", "--json"];
    const [pooled, single] = await Promise.all([runCli([...args, "--workers", "2"], { cwd: ws.dir, stdin: `${near.join("\n")}\n` }), runCli([...args, "--workers", "0"], { cwd: ws.dir, stdin: `${near.join("\n")}\n` })]);
    expect(pooled).toEqual(single);
    const places = pooled.stderr.split("\n").map((line) => /^stdin:(\d+)/.exec(line)?.[1]).filter((place) => place !== undefined).map(Number);
    expect([...new Set(places)]).toEqual([70, 75, 80]);
    expect(pooled.stderr).toMatch(/^stdin:70: claim rejected: Invalid claim or options: 1 problem$/m);
    expect(pooled.stderr).toMatch(/^stdin:75:13: error: id: duplicate key "id" \(first at column 2\)/m);
    expect(pooled.stderr).toMatch(/^stdin:80:1: error: invalid JSON: unexpected "ÿ"$/m);
    expect(pooled.stderr.trimEnd().split("\n").at(-1)).toMatch(/^Adjudicated 147 of 150 claims: .*; 3 rejected; payable CNY [0-9.]+$/);
  });

  test("--workers must be a whole number", async () => {
    const run = await runCli(["adjudicate", ...local, "claims/02-deductible-partly-reached.json", "--workers", "two"], { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--workers must be a whole number of threads (0: none), not "two"');
  });
});
