import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { parseCaseFile } from "../../src/testing/case-file-schema.js";
import { caseFileTests, CaseFileError, readCaseFiles } from "../../src/testing/read-case-files.js";

const examples = new URL("../../examples/medical/cases", import.meta.url).pathname;
const base = { name: "a case", claim: "../claims/01-approved-in-full.json", asOf: "2026-07-24", expect: { outcome: "approved", payable: "7202.80" } };

describe("parseCaseFile", () => {
  const cases = [
    { name: "a claim given by path", input: base, issues: [] },
    { name: "a claim given inline (validated when adjudicated)", input: { ...base, claim: { id: "C-1" } }, issues: [] },
    {
      name: "every expectation",
      input: {
        ...base,
        expect: { outcome: "partially_approved", payable: "1", coverages: { "inpatient-medical": "1.00" }, lines: { L1: "1.00" }, reasons: ["X"], flags: [], missingDocuments: ["invoice"], triggeredRules: ["r"] },
      },
      issues: [],
    },
    { name: "an outcome misspelt", input: { ...base, expect: { outcome: "aproved" } }, issues: [["expect.outcome", /Did you mean "approved"\?/]] },
    { name: "payable as a YAML or JSON number", input: { ...base, expect: { outcome: "approved", payable: 7202.8 } }, issues: [["expect.payable", /decimal string/]] },
    { name: "no decision date", input: { ...base, asOf: undefined }, issues: [["asOf", /"asOf" is required/]] },
    { name: "an expectation the format does not have", input: { ...base, expect: { outcome: "approved", payables: "1" } }, issues: [["expect.payables", /Did you mean "payable"\?/]] },
    { name: "an empty claim path", input: { ...base, claim: "" }, issues: [["claim", /path of the claim file/]] },
    { name: "a line expectation that is not an amount", input: { ...base, expect: { outcome: "approved", lines: { L1: "lots" } } }, issues: [["expect.lines.L1", /decimal string/]] },
  ] as const;

  test.each(cases)("$name", ({ input, issues }) => {
    const result = parseCaseFile(input);
    expect(result.issues.map((issue) => toDotPath(issue.path))).toEqual(issues.map(([path]) => path));
    result.issues.forEach((issue, i) => expect(issue.message).toMatch(issues[i]?.[1] ?? /./));
  });
});

describe("readCaseFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "claim-adjudicator-cases-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "claims"));
  writeFileSync(join(dir, "claims", "c.json"), JSON.stringify({ id: "C-1" }));
  writeFileSync(join(dir, "a-path.json"), JSON.stringify({ ...base, claim: "claims/c.json" }));
  writeFileSync(
    join(dir, "b-inline.yaml"),
    ["# yaml-language-server: $schema=../../schemas/case-file.schema.json", "name: inline in YAML", "claim:", "  id: C-2", "asOf: 2026-07-24", "expect:", "  outcome: denied", '  payable: "0.00"', ""].join("\n"),
  );
  writeFileSync(join(dir, "c-missing-claim.json"), JSON.stringify({ ...base, claim: "claims/nope.json" }));
  writeFileSync(join(dir, "d-syntax.json"), '{\n  "name": "x",\n  "asOf": 2026-07-24\n}');
  writeFileSync(join(dir, "e-invalid.yml"), "name: x\nclaim: claims/c.json\nasOf: '2026-07-24'\nexpect:\n  outcome: paid\n");
  writeFileSync(join(dir, "notes.txt"), "not a case");

  test("reads JSON and YAML cases, resolves claim paths against the case file, and lists every problem", () => {
    const { cases, problems } = readCaseFiles([dir], { relativeTo: dir });
    expect(cases.map((c) => ({ name: c.name, file: c.file, claimFile: c.claimFile, claim: c.claim, asOf: c.asOf }))).toEqual([
      { name: "a case", file: "a-path.json", claimFile: join("claims", "c.json"), claim: { id: "C-1" }, asOf: "2026-07-24" },
      { name: "inline in YAML", file: "b-inline.yaml", claimFile: undefined, claim: { id: "C-2" }, asOf: "2026-07-24" },
    ]);
    expect(problems.map((p) => ({ file: p.file, at: toDotPath(p.path), line: p.line }))).toEqual([
      { file: "c-missing-claim.json", at: "claim", line: undefined },
      { file: "d-syntax.json", at: "(root)", line: 3 },
      { file: "e-invalid.yml", at: "expect.outcome", line: undefined },
    ]);
    expect(problems[0]?.message).toMatch(/claim file "claims\/nope.json" not found .*relative to the case file/);
    expect(problems[1]?.message).toMatch(/^invalid JSON/);
  });

  test("caseFileTests throws with every problem, so a broken case cannot be skipped silently", () => {
    expect(() => caseFileTests(dir)).toThrowError(CaseFileError);
    expect(() => caseFileTests(dir)).toThrowError(/3 problems in case files:\n.*c-missing-claim\.json: claim: /);
  });

  test("a missing folder is a problem, not a crash", () => {
    expect(readCaseFiles([join(dir, "nowhere")]).problems).toEqual([{ file: join(dir, "nowhere"), path: [], message: "no such file or folder" }]);
  });

  test("the example cases all load", () => {
    const { cases, problems } = readCaseFiles([examples]);
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(cases.every((c) => typeof c.claim === "object" && c.claimFile !== undefined)).toBe(true);
  });
});
