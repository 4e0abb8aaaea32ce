import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { removeCli, runCli, workspace } from "../cli/cli-harness.js";
import { medicalDecisions } from "./medical-decisions.js";

// Each test spawns node; on a busy 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const ws = workspace();
let lines: string[];
beforeAll(async () => {
  lines = [...(await medicalDecisions()).values()].map((decision) => JSON.stringify(decision));
  ws.write("decisions.ndjson", `${lines.join("\n")}\n`);
  const broken = [...lines];
  broken[2] = JSON.stringify({ ...JSON.parse(lines[2] as string), outcome: "paid" });
  ws.write("with-bad-line.ndjson", `${broken.join("\n")}\n`);
}, 60_000);
afterAll(async () => {
  ws.remove();
  await removeCli();
});

describe("claim-adjudicator report", () => {
  test("HTML, CSV and JSON from an NDJSON file, with the summary line; exit 0", async () => {
    const run = await runCli(["report", "decisions.ndjson", "--html", "out/report.html", "--csv", "out/csv", "--json", "out/report.json", "--locale", "en", "--as-of", "2027-03-31"], { cwd: ws.dir });
    expect(run.stderr).toBe(""); // not a terminal: no progress bar
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("Report as of 2027-03-31: 20 decisions, 9 paid for CNY 76,768.91, 80% straight through; wrote out/report.json, 19 CSV files in out/csv, out/report.html\n");
    const report = JSON.parse(readFileSync(join(ws.dir, "out/report.json"), "utf8"));
    expect(report.totals).toMatchObject({ decisions: 20, approvalRate: "0.5625", paid: { count: 9, amount: "76768.91" } });
    expect(readdirSync(join(ws.dir, "out/csv"))).toContain("months.csv");
    expect(readFileSync(join(ws.dir, "out/csv/outcomes.csv"), "utf8")).toBe(
      [
        "\uFEFFOutcome,Decisions,Billed,Payable,Claims paid,Amount paid",
        "Approved,6,118132.26,23793.44,5,23793.44",
        "Partially approved,4,146621.88,52975.47,4,52975.47",
        "Denied,6,83400.00,0.00,0,0.00",
        "Pending documents,2,44820.30,0.00,0,0.00",
        "Referred for review,2,239900.00,147560.00,0,0.00",
        "",
      ].join("\r\n"),
    );
    const html = readFileSync(join(ws.dir, "out/report.html"), "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Which rule refuses most?");
    expect(html).toContain("cosmetic-4.2 (4.2 Exclusion: cosmetic treatment): 1 denial");
    expect(html).toContain("The decisions name no provider: not available");
  });

  test("Chinese by default", async () => {
    const run = await runCli(["report", "decisions.ndjson", "--csv", "zh-csv", "--as-of", "2027-03-31"], { cwd: ws.dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(ws.dir, "zh-csv/outcomes.csv"), "utf8").split("\r\n")[1]).toBe("同意赔付,6,118132.26,23793.44,5,23793.44");
  });

  test("a bad line is reported with file, line and JSON path; the report is written without it; exit 1", async () => {
    const run = await runCli(["report", "with-bad-line.ndjson", "--json", "bad.json", "--as-of", "2027-03-31"], { cwd: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^with-bad-line\.ndjson:3:1: error: outcome: Invalid option: expected one of .+ \[unreadable\]\n$/);
    expect(run.stdout).toMatch(/^Report as of 2027-03-31: 19 decisions \(1 unreadable left out\), /);
    expect(JSON.parse(readFileSync(join(ws.dir, "bad.json"), "utf8")).input).toMatchObject({ analysed: 19, unreadable: 1 });
  });

  test("stdin with the JSON on stdout: the summary goes to stderr", async () => {
    const run = await runCli(["report", "-", "--json", "-", "--as-of", "2026-12-31"], { cwd: ws.dir, stdin: `${lines.join("\n")}\n` });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).headline.paidThisMonth).toEqual({ count: 1, amount: "31150.00" });
    const stderr = run.stderr.split("\n");
    expect(stderr.slice(0, 2)).toEqual([
      "stdin: warning: CLM-2027-0315-0003: decision.meta.asOf: decided on 2027-03-18, after the report's date 2026-12-31: left out [after_as_of]",
      "stdin: warning: CLM-2027-0125-0019: decision.meta.asOf: decided on 2027-02-01, after the report's date 2026-12-31: left out [after_as_of]",
    ]);
    expect(stderr[2]).toBe("Report as of 2026-12-31: 18 decisions (2 after 2026-12-31 left out), 8 paid for CNY 71,723.74, 77.78% straight through; wrote the JSON to stdout");
  });

  test.each([
    { name: "no output named", args: ["report", "decisions.ndjson"], message: "name at least one output" },
    { name: "a date that does not exist", args: ["report", "decisions.ndjson", "--json", "x.json", "--as-of", "2027-02-30"], message: '--as-of must be a real calendar date, not "2027-02-30"' },
    { name: "a missing file", args: ["report", "missing.ndjson", "--json", "x.json"], message: "decisions file not found: missing.ndjson" },
  ])("usage errors exit 2: $name", async ({ args, message }) => {
    const run = await runCli(args, { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(ws.dir, "x.json"))).toBe(false);
  });
});
