import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createAdjudicator, explainDecision, isValidationError, renderNotice, renderPayeeNotices, type Decision } from "../../src/index.js";

/**
 * Notices and explanations are public functions: what they are given (a decision read back from a store or a file,
 * options from a caller's configuration) is checked, and a problem is a ValidationError with its path. Before, a
 * decision with an adjustment kind the library does not know, or an empty object, ended in a TypeError ("Cannot read
 * properties of undefined (reading 'label')"), and an unknown locale printed English silently.
 */
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/medical/${path}`, import.meta.url), "utf8")) as Record<string, unknown>;
const adjudicator = createAdjudicator({ policy: read("policy.json"), rules: read("rules.json") });
const decided = await adjudicator.adjudicate(read("claims/09-partial-items-excluded.json"), { asOf: (read("cases/09-partial-items-excluded.json") as { asOf: string }).asOf });
/** The decision as a store gives it back: its JSON, parsed. */
const stored = (): Record<string, unknown> & Decision => JSON.parse(JSON.stringify(decided)) as Record<string, unknown> & Decision;

const problems = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  }
  return [];
};

describe("what a notice or an explanation is given", () => {
  test("a decision read back from its JSON renders exactly as the decision itself", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      for (const audience of ["claimant", "adjuster"] as const) expect(renderNotice(stored(), { locale, audience })).toBe(renderNotice(decided, { locale, audience }));
    }
    expect(explainDecision(stored(), adjudicator.policy)).toEqual(explainDecision(decided, adjudicator.policy));
  });

  test.each([
    {
      name: "an adjustment kind the library does not know",
      change: (decision: Record<string, unknown> & Decision) => ((decision.lines[0] as { adjustments: { kind: string }[] }).adjustments[0]!.kind = "bogus"),
      problem: /^decision\.lines\.0\.adjustments\.0\.kind: /,
    },
    { name: "an outcome the library does not know", change: (decision: Record<string, unknown>) => (decision["outcome"] = "paid"), problem: /^decision\.outcome: / },
    { name: "no reasons", change: (decision: Record<string, unknown>) => delete decision["reasons"], problem: /^decision\.reasons: / },
    { name: "a payable that is a number", change: (decision: Record<string, unknown>) => (decision["payable"] = 13280.3), problem: /^decision\.payable: / },
  ])("$name is a ValidationError at its path, for the claimant's notice, the adjuster's view, the payees' notices and the explanation", ({ change, problem }) => {
    const decision = stored();
    change(decision);
    for (const run of [
      () => renderNotice(decision, { locale: "zh-CN", audience: "claimant" }),
      () => renderNotice(decision, { locale: "en", audience: "adjuster", format: "markdown" }),
      () => renderPayeeNotices(decision, { locale: "zh-CN" }),
      () => explainDecision(decision, adjudicator.policy),
    ]) {
      expect(problems(run)).toEqual([expect.stringMatching(problem)]);
    }
  });

  test("not a decision at all: every missing field is listed at once", () => {
    const listed = problems(() => renderNotice({} as Decision, { locale: "zh-CN", audience: "claimant" }));
    expect(listed.length).toBeGreaterThan(10);
    expect(listed).toEqual(expect.arrayContaining([expect.stringMatching(/^decision\.claimId: /), expect.stringMatching(/^decision\.outcome: /)]));
  });

  test.each([
    { options: { locale: "fr", audience: "claimant" }, problem: /^options\.locale: / },
    { options: { locale: "zh", audience: "claimant" }, problem: /^options\.locale: / },
    { options: { locale: "en", audience: "insurer" }, problem: /^options\.audience: / },
    { options: { locale: "en", audience: "claimant", format: "html" }, problem: /^options\.format: / },
    { options: { locale: "en", audience: "claimant", claimant: { name: "王芳", account: "6222021001112220128" } }, problem: /^options\.claimant: / },
  ])("options $options are refused at their path", ({ options, problem }) => {
    expect(problems(() => renderNotice(decided, options as never))).toEqual([expect.stringMatching(problem)]);
  });

  test("the explanation checks the policy's clauses it quotes", () => {
    expect(problems(() => explainDecision(decided, { ...adjudicator.policy, clauses: [{ id: "3.1" }] } as never))).toEqual([expect.stringMatching(/^policy\.clauses\.0\.title: /), expect.stringMatching(/^policy\.clauses\.0\.text: /)]);
  });
});
