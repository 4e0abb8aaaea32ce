import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadExamples } from "../../examples/load-examples.js";
import { createAdjudicator, renderNotice, type ClaimInput } from "../../src/index.js";

// Issue 14 audit: the library's own flags (an invoice billed before on another claim) have no `flag` rule, and the
// adjuster's view printed "(undefined, L1)" for them. Worked by hand from the medical example: the approved claim
// CLM-2026-0525-0007 bills invoice 11010026-0051802 on lines L1–L4; the same bills sent again as
// CLM-2026-0525-0007-R are denied (each line a duplicate invoice under clause 2.1 General medical benefit), and each
// line carries a high flag DUPLICATE_INVOICE raised by the library, not by a rule: the view names clause 2.1.
const medical = loadExamples().find((example) => example.product === "medical");
const operations: unknown = JSON.parse(readFileSync(new URL("../../examples/medical/operations.json", import.meta.url), "utf8"));

describe("adjuster view: flags the library raises itself", () => {
  test("say they are the claim history check and name their clause, never 'undefined', in zh and en", async () => {
    if (medical === undefined) throw new Error("the medical example is missing");
    const entry = medical.cases.find((item) => item.expect.outcome === "approved" && item.accumulators === undefined);
    if (entry === undefined) throw new Error("no approved medical example");
    const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations });
    const claim = entry.claim as ClaimInput & { readonly id: string };
    const first = await adjudicator.adjudicate(claim, { asOf: entry.asOf });
    const again = await adjudicator.adjudicate({ ...claim, id: `${claim.id}-R` }, { asOf: entry.asOf, accumulators: first.accumulatorsAfter });
    const libraryFlags = again.flags.filter((flag) => flag.ruleId === undefined);
    expect(libraryFlags.length).toBeGreaterThan(0);
    expect(libraryFlags[0]).toMatchObject({ reasonCode: "DUPLICATE_INVOICE", severity: "high", clauseId: "2.1", lineId: "L1" });

    const en = renderNotice(again, { locale: "en", audience: "adjuster" });
    const zh = renderNotice(again, { locale: "zh-CN", audience: "adjuster" });
    expect(en).toContain("- [high] DUPLICATE_INVOICE (claim history check, clause 2.1, L1): Invoice 11010026-0051802 was already claimed on claim CLM-2026-0525-0007.");
    expect(zh).toContain("- [高] DUPLICATE_INVOICE (理赔历史核查, 条款 2.1, L1)");
    for (const view of [en, zh]) expect(view).not.toContain("undefined");
  });

  // Issue 14 audit: a decision made with an operations configuration listed "operationsId: OPS-HEALTH-CLAIMS",
  // "operationsVersion" and "operationsHash" in the provenance, internal names in both languages.
  test("the provenance names the operations configuration in words", async () => {
    if (medical === undefined) throw new Error("the medical example is missing");
    const entry = medical.cases[0];
    if (entry === undefined) throw new Error("no medical example");
    const decision = await createAdjudicator({ policy: medical.policy, rules: medical.rules, operations }).adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
    const en = renderNotice(decision, { locale: "en", audience: "adjuster" });
    const zh = renderNotice(decision, { locale: "zh-CN", audience: "adjuster" });
    expect(en).toContain("- operations configuration: OPS-HEALTH-CLAIMS\n- operations configuration version: 2026.1\n- operations configuration hash: sha256:");
    expect(zh).toContain("- 运营配置: OPS-HEALTH-CLAIMS\n- 运营配置版本: 2026.1\n- 运营配置哈希: sha256:");
    // Every provenance entry is named in words: no field name of the decision's meta reaches the reader.
    for (const key of Object.keys(decision.meta)) for (const view of [en, zh]) expect(view).not.toContain(`- ${key}:`);
  });
});
