import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { medicalDecisions } from "../../analytics/medical-decisions.js";
import { cliPath, removeCli, runCli, workspace } from "../cli-harness.js";

// Each test spawns node; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

/*
 * `report` without `--as-of` is documented behaviour (issue 9): the CLI takes today's date in the machine's time zone,
 * says so in its help and in its summary line. The library never reads the clock. Run under TZ=Pacific/Kiritimati
 * (UTC+14): the date is that zone's, which is a day ahead of UTC for ten hours of every day.
 */
const ws = workspace();
beforeAll(async () => {
  const lines = [...(await medicalDecisions()).values()].map((decision) => JSON.stringify(decision));
  ws.write("decisions.ndjson", `${lines.join("\n")}\n`);
}, 60_000);
afterAll(async () => {
  ws.remove();
  await removeCli();
});

const dayIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

describe("claim-adjudicator report: the date when --as-of is not given", () => {
  test("today in the machine's time zone, and the summary line says it came from the clock", async () => {
    const cli = await cliPath();
    const before = dayIn("Pacific/Kiritimati");
    const run = spawnSync(process.execPath, [cli, "report", "decisions.ndjson", "--json", "report.json"], { cwd: ws.dir, env: { ...process.env, NO_COLOR: "1", TZ: "Pacific/Kiritimati" }, encoding: "utf8", timeout: 30_000 });
    const after = dayIn("Pacific/Kiritimati");
    expect(run.status).toBe(0);
    const date = /^Report as of (\d{4}-\d{2}-\d{2}) \(today on this machine: no --as-of\): /.exec(run.stdout)?.[1];
    expect([before, after]).toContain(date);
  });

  test("with --as-of, the date given and nothing about the clock", async () => {
    const run = await runCli(["report", "decisions.ndjson", "--json", "report.json", "--as-of", "2027-03-31"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Report as of 2027-03-31: 20 decisions, /);
  });

  test("--help says the CLI reads the clock without --as-of", async () => {
    const run = await runCli(["report", "--help"]);
    expect(run.stdout.replace(/\s+/g, " ")).toContain("Without it, today's date in the machine's time zone (TZ): the CLI reads the clock, and the summary line says so");
  });
});
