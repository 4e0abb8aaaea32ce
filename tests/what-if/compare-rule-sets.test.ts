import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/create-adjudicator.js";
import { readCaseFiles } from "../../src/testing/read-case-files.js";
import type { Decision } from "../../src/decision/decision-schema.js";
import { compareRuleSets, decideVersion, tallyWhatIf, whatIfOptions, whatIfViewOf, type VersionResult, type WhatIfDecided, type WhatIfInput } from "../../src/what-if/compare-rule-sets.js";
import { formatWhatIfReport } from "../../src/what-if/format-what-if-report.js";
import { parseClaimLines } from "../../src/what-if/parse-claim-lines.js";

const dir = new URL("../../examples/medical/", import.meta.url).pathname;
const readJson = (file: string): any => JSON.parse(readFileSync(`${dir}${file}`, "utf8"));
const policy = readJson("policy.json");
const v1 = readJson("rules.json");

/**
 * v2: large claims are referred above 20,000.00 instead of 200,000.00; the late-report flag is dropped; accidents in
 * the first 15 days are denied.
 */
function version2() {
  const v2 = structuredClone(v1);
  v2.version = "2026.2.0";
  const large = v2.rules.find((rule: { id: string }) => rule.id === "large-claim-5.4");
  large.conditions.all[0].value = "20000.00";
  v2.rules = v2.rules.filter((rule: { id: string }) => rule.id !== "late-report-5.1");
  v2.rules.push({
    id: "early-accident-5.4",
    clauseId: "5.4",
    priority: 20,
    conditions: { all: [{ fact: "daysSinceInception", operator: "lessThan", value: 15 }, { fact: "incidentType", operator: "equal", value: "accident" }] },
    event: { type: "deny", reasonCode: "EARLY_ACCIDENT", message: { zh: "保单生效 15 日内的意外不予赔付。", en: "Accidents within 15 days of inception are not covered." } },
  });
  return v2;
}

// The first fifteen example cases: the figures below are worked for them.
const corpus: WhatIfInput[] = readCaseFiles([`${dir}cases`], { relativeTo: dir }).cases.filter((c) => /^cases\/(0\d|1[0-5])-/.test(c.file ?? "")).map((c) => ({
  claim: c.claim,
  asOf: c.asOf,
  ...(c.accumulators !== undefined ? { accumulators: c.accumulators } : {}),
  label: c.file ?? c.name,
}));

describe("compareRuleSets on the example claims", () => {
  test("outcome matrix, payable, rules responsible, changed claims", async () => {
    const report = await compareRuleSets({ policy, rules: v1 }, { policy, rules: version2() }, corpus);
    expect(report.ruleChanges).toEqual({ added: ["early-accident-5.4"], removed: ["late-report-5.1"], modified: ["large-claim-5.4"] });
    expect({ claims: report.claims, compared: report.compared, changed: report.changed, failed: report.failed }).toEqual({ claims: 15, compared: 15, changed: 4, failed: 0 });
    // Billed above 20,000.00 and not denied or pending: 02 (28,000.00), 04 (48,000.00), 09 (37,050.60) are referred with the
    // same payable; 08 (236,000.00) was referred already. 10 (an accident on day 7) is denied: −4,200.00.
    expect(report.outcomes).toMatchObject({
      approved: { approved: 2, referred: 1, denied: 1 },
      partially_approved: { referred: 2, partially_approved: 0 },
      denied: { denied: 6 },
      pending_documents: { pending_documents: 1 },
      referred: { referred: 2 },
    });
    // Before: 7,202.80 + 3,000.00 + 6,390.64 + 3,500.00 + 146,000.00 + 13,280.30 + 4,200.00 + 1,560.00 = 185,133.74.
    expect(report.payable).toEqual({ before: "185133.74", after: "180933.74", change: "-4200.00" });
    expect(report.responsibleRules).toEqual([
      { ruleId: "large-claim-5.4", claims: 3, outcomeChanges: 3, payableChange: "0.00" },
      { ruleId: "early-accident-5.4", claims: 1, outcomeChanges: 1, payableChange: "-4200.00" },
      { ruleId: "late-report-5.1", claims: 1, outcomeChanges: 1, payableChange: "0.00" },
    ]);
    expect(report.changedClaims.map((claim) => [claim.label, claim.before.outcome, claim.after.outcome, claim.payableChange, claim.changes.join(","), claim.rules])).toEqual([
      ["cases/02-deductible-partly-reached.json", "approved", "referred", "0.00", "outcome,reasons", { fired: ["large-claim-5.4"], stopped: [], modified: [] }],
      ["cases/04-annual-limit-reached.json", "partially_approved", "referred", "0.00", "outcome,reasons", { fired: ["large-claim-5.4"], stopped: [], modified: [] }],
      ["cases/09-partial-items-excluded.json", "partially_approved", "referred", "0.00", "outcome,reasons,flags", { fired: ["large-claim-5.4"], stopped: ["late-report-5.1"], modified: [] }],
      ["cases/10-accident-third-party-early-flag.json", "approved", "denied", "-4200.00", "outcome,payable,reasons", { fired: ["early-accident-5.4"], stopped: [], modified: [] }],
    ]);
  });

  test("the text report", async () => {
    const text = formatWhatIfReport(await compareRuleSets({ policy, rules: v1 }, { policy, rules: version2() }, corpus));
    expect(text.split("\n").slice(0, 12)).toEqual([
      "What-if: RS-MED-ANKANG 2026.1.0 → RS-MED-ANKANG 2026.2.0 over 15 claims",
      "4 of 15 compared claims changed",
      "Rules added: early-accident-5.4; removed: late-report-5.1; modified: large-claim-5.4",
      "",
      "Outcomes (rows: before, columns: after)",
      "                      approved  partially_approved  denied  pending_documents  referred",
      "  approved                   2                   0       1                  0         1",
      "  partially_approved         0                   0       0                  0         2",
      "  denied                     0                   0       6                  0         0",
      "  pending_documents          0                   0       0                  1         0",
      "  referred                   0                   0       0                  0         2",
      "",
    ]);
    expect(text).toContain("Payable: before 185133.74, after 180933.74, change -4200.00");
    expect(text).toMatch(/^ {2}CLM-\S+ +approved 4200\.00 +denied 0\.00 +-4200\.00 +\+early-accident-5\.4$/m);
    expect(text).toMatch(/^ {2}CLM-\S+ +partially_approved 13280\.30 +referred 13280\.30 +0\.00 +\+large-claim-5\.4 -late-report-5\.1$/m);
  });

  test("the same rule set changes nothing", async () => {
    const report = await compareRuleSets({ policy, rules: v1 }, { policy, rules: structuredClone(v1) }, corpus);
    expect({ changed: report.changed, change: report.payable.change, responsible: report.responsibleRules }).toEqual({ changed: 0, change: "0.00", responsible: [] });
  });

  test("a claim either version rejects, or an entry that could not be read, is reported and the run goes on", async () => {
    const invalid = { ...corpus[0], claim: { id: "not-a-claim" }, label: "claims.ndjson:2" } as WhatIfInput;
    const report = await compareRuleSets(createAdjudicator({ policy, rules: v1 }), createAdjudicator({ policy, rules: v1 }), [
      corpus[0] as WhatIfInput,
      invalid,
      { unreadable: "not valid JSON", label: "claims.ndjson:3" },
      corpus[1] as WhatIfInput,
    ]);
    expect({ claims: report.claims, compared: report.compared, failed: report.failed }).toEqual({ claims: 4, compared: 2, failed: 2 });
    expect(report.failures.map((failure) => [failure.label, failure.side, failure.claimId])).toEqual([
      ["claims.ndjson:2", "before", "not-a-claim"],
      ["claims.ndjson:3", "input", undefined],
    ]);
    expect(report.failures[0]?.issues.map((issue) => issue.path.join("."))).toContain("claim.policyId");
  });

  test("streams: pulls one claim at a time and keeps only aggregates, however long the corpus", async () => {
    const rounds = 40;
    let pulled = 0;
    let finished = 0;
    let mostAhead = 0;
    async function* endless() {
      for (let round = 0; round < rounds; round++) {
        for (const entry of corpus) {
          pulled++;
          mostAhead = Math.max(mostAhead, pulled - finished);
          yield entry;
        }
      }
    }
    const report = await compareRuleSets({ policy, rules: v1 }, { policy, rules: version2() }, endless(), {
      listLimit: 5,
      onEntry: () => {
        finished++;
      },
    });
    expect(mostAhead).toBe(1);
    expect({ claims: report.claims, changed: report.changed, listed: report.changedClaims.length, notListed: report.changedClaimsNotListed }).toEqual({
      claims: 15 * rounds,
      changed: 4 * rounds,
      listed: 5,
      notListed: 4 * rounds - 5,
    });
    expect(report.payable.change).toBe(`-${4200 * rounds}.00`);
    // 1,200 adjudications: about 5 s on the shared 2-core machine, past vitest's default limit when it is busy.
  }, 30_000);
});

describe("compareRuleSets: an exception that is not a typed error (a bug)", () => {
  test("is that claim's failure, as an internal error; the rest of the corpus is compared", async () => {
    const base = createAdjudicator({ policy, rules: v1 });
    const broken = ((corpus[1] as { claim: unknown }).claim as { id: string }).id;
    const breaks = { ...base, adjudicate: (claim: unknown, options: Parameters<typeof base.adjudicate>[1]) => ((claim as { id?: string }).id === broken ? Promise.reject(new RangeError("Maximum call stack size exceeded")) : base.adjudicate(claim, options)) };
    const report = await compareRuleSets(base, breaks, corpus.slice(0, 3));
    expect({ claims: report.claims, compared: report.compared, failed: report.failed }).toEqual({ claims: 3, compared: 2, failed: 1 });
    expect(report.failures).toEqual([{ label: corpus[1]?.label, claimId: broken, side: "after", message: "internal error, please report it: RangeError: Maximum call stack size exceeded", issues: [], internal: true }]);
  });
});

describe("parseClaimLines", () => {
  const claim = { id: "C-1", submittedOn: "2026-05-25" };
  const cases = [
    { name: "a bare claim with --as-of", lines: [JSON.stringify(claim)], asOf: "2026-06-01", expected: [{ claim, asOf: "2026-06-01", label: "f:1" }] },
    { name: "a bare claim as of its submission", lines: [JSON.stringify(claim)], asOf: "submitted", expected: [{ claim, asOf: "2026-05-25", label: "f:1" }] },
    {
      name: "an envelope brings its own date and ledger",
      lines: [JSON.stringify({ claim, asOf: "2026-07-01", accumulators: { coverages: {} } })],
      asOf: "2026-06-01",
      expected: [{ claim, asOf: "2026-07-01", accumulators: { coverages: {} }, label: "f:1" }],
    },
    { name: "blank lines are skipped, numbering is kept", lines: ["", "  ", JSON.stringify(claim)], asOf: "2026-06-01", expected: [{ claim, asOf: "2026-06-01", label: "f:3" }] },
    { name: "a line that is not JSON", lines: ["{ nope"], asOf: "2026-06-01", expected: [{ unreadable: expect.stringMatching(/^not valid JSON/), label: "f:1" }] },
    {
      name: "a key repeated in a line",
      lines: ['{ "id": "C-1", "id": "C-2" }'],
      asOf: "2026-06-01",
      expected: [{ unreadable: 'at column 16: duplicate key "id" (first at column 3): JSON keeps only the last one, remove one of them', label: "f:1" }],
    },
    { name: "a line that is not an object", lines: ["[1]"], asOf: "2026-06-01", expected: [{ unreadable: expect.stringMatching(/must hold a claim object/), label: "f:1" }] },
    { name: "no decision date", lines: [JSON.stringify(claim)], asOf: undefined, expected: [{ unreadable: expect.stringMatching(/no decision date: give --as-of/), label: "f:1" }] },
    ...[
      ["5", "a number (5)"],
      ["null", "null"],
      ["[1, 2]", "an array"],
      ['"CLM-1"', 'a string ("CLM-1")'],
    ].map(([given, named]) => ({
      name: `an envelope whose claim is ${named}, with or without --as-of`,
      lines: [`{ "claim": ${given}, "asOf": "2026-07-01" }`],
      asOf: "2026-06-01",
      expected: [{ unreadable: `"claim" holds ${named}, not a claim object: a line is a claim, or { "claim": {…}, "asOf": "YYYY-MM-DD" }`, label: "f:1" }],
    })),
  ];

  test.each(cases)("$name", async ({ lines, asOf, expected }) => {
    const entries = [];
    for await (const entry of parseClaimLines(lines, { ...(asOf !== undefined ? { asOf } : {}), source: "f" })) entries.push(entry);
    expect(entries).toEqual(expected);
  });
});

// The CLI's pools send back only what a what-if reads of each decision (`whatIfViewOf`): the report from those views
// must be the report from the whole decisions, with operations (risk, routing) and failures included.
describe("tallyWhatIf over what-if views", () => {
  test("the same report as compareRuleSets, from each decision's view only", async () => {
    const operations = readJson("operations.json");
    const before = createAdjudicator({ policy, rules: v1, operations });
    const after = createAdjudicator({ policy, rules: version2(), operations });
    const rejected: WhatIfInput = { claim: { ...(corpus[0] as { claim: object }).claim, policyId: "P-OTHER" }, asOf: "2026-12-01", label: "rejected" };
    const entries: WhatIfInput[] = [...corpus, { unreadable: "not valid JSON at column 1", label: "bad" }, rejected];
    const views = async function* (): AsyncGenerator<WhatIfDecided> {
      for (const entry of entries) {
        if ("unreadable" in entry) {
          yield { entry };
          continue;
        }
        const view = (result: VersionResult): VersionResult => (result.ok ? { ok: true, decision: whatIfViewOf(result.decision as Decision) } : result);
        const options = whatIfOptions(entry);
        yield { entry, before: view(await decideVersion(before, entry.claim, options)), after: view(await decideVersion(after, entry.claim, options)) };
      }
    };
    const whole = await compareRuleSets(before, after, entries);
    const fromViews = await tallyWhatIf(before.ruleSet, after.ruleSet, views());
    expect(fromViews).toEqual(whole);
    expect(whole).toMatchObject({ claims: 17, compared: 15, failed: 2 });
    expect(whole.changed).toBeGreaterThan(0);
    expect(whole.straightThrough).toBeDefined();
  });
});
