import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createAdjudicator, renderNotice, type Decision } from "../../src/index.js";
import { loadExampleProduct } from "../support/example-product.js";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/medical/${path}`, import.meta.url), "utf8")) as Record<string, unknown>;
const adjudicator = createAdjudicator({ policy: read("policy.json"), rules: read("rules.json") });
async function decide(name: string): Promise<Decision> {
  const entry = read(`cases/${name}.json`) as { asOf: string; accumulators?: never };
  return adjudicator.adjudicate(read(`claims/${name}.json`), { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators } : {}) });
}
const claimant = { name: "王芳", bankAccount: "6222021001112220128" };

// One notice of every outcome in both languages, kept as files reviewed by eye (tests/explanation/__notices__/).
const outcomes = [
  { name: "01-approved-in-full", outcome: "approved" },
  { name: "09-partial-items-excluded", outcome: "partially_approved" },
  { name: "05-denied-waiting-period", outcome: "denied" },
  { name: "07-pending-several-documents", outcome: "pending_documents" },
  { name: "08-referred-large-claim", outcome: "referred" },
] as const;

describe("claimant notices", () => {
  test.each(outcomes.flatMap((entry) => (["zh-CN", "en"] as const).map((locale) => ({ ...entry, locale }))))("$outcome in $locale", async ({ name, outcome, locale }) => {
    const decision = await decide(name);
    expect(decision.outcome).toBe(outcome);
    const notice = renderNotice(decision, { locale, audience: "claimant", claimant });
    await expect(notice).toMatchFileSnapshot(`__notices__/${outcome}.${locale}.txt`);
  });

  test("a denial states every reason and quotes its clause", async () => {
    const decision = await decide("05-denied-waiting-period");
    const notice = renderNotice(decision, { locale: "zh-CN", audience: "claimant" });
    for (const reason of decision.reasons) expect(notice).toContain(reason.message.zh);
    expect(notice).toContain("第 3.1 条　等待期\n    自本合同生效日起 30 日为等待期");
  });

  test("missing documents are all listed in the one notice, with what each is for", async () => {
    const decision = await decide("07-pending-several-documents");
    const notice = renderNotice(decision, { locale: "en", audience: "claimant", format: "markdown" });
    expect(decision.missingDocuments).toHaveLength(6);
    for (const document of decision.missingDocuments) expect(notice).toContain(document.description.en);
    expect(notice.match(/^\d\. /gm)).toHaveLength(6);
  });

  test("a partial payment says which items were reduced, by how much and why; money in the reader's format", async () => {
    const notice = renderNotice(await decide("09-partial-items-excluded"), { locale: "zh-CN", audience: "claimant", claimant });
    expect(notice).toContain("我们将向您赔付 ¥13,280.30");
    expect(notice).toContain("费用明细 L4（蛋白粉 / Protein supplement，金额 ¥680.00）：¥680.00 不予赔付。");
    expect(notice).toContain("2026年11月30日 前支付至您尾号 0128 的账户");
  });

  test("identity and account numbers never appear in full, in the decision or any notice", async () => {
    const decision = await decide("01-approved-in-full");
    const texts = [JSON.stringify(decision), ...(["zh-CN", "en"] as const).flatMap((locale) => (["claimant", "adjuster"] as const).map((audience) => renderNotice(decision, { locale, audience, claimant })))];
    for (const text of texts) {
      expect(text).not.toContain("110105198803154527");
      expect(text).not.toContain("6222021001112220128");
    }
  });
});

const termLife = loadExampleProduct("term-life");
async function termLife02(): Promise<Decision> {
  const entry = termLife.cases.find((candidate) => candidate.key === "02-approved-accidental-death-in-grace-period");
  if (entry === undefined) throw new Error("examples/term-life: no case 02");
  return termLife.run(entry);
}

describe("a claim paying two benefits to the beneficiaries (examples/term-life case 02)", () => {
  // The death benefit (996,140.00 after the premium due) and the accidental death benefit (500,000.00), each split
  // 60% / 40% between 王芳 and 李小明: each list of payees is headed by its benefit, not twice by "Paid to".
  // Measured: "We will pay you CNY 1,496,140.00" to a claimant who is paid nothing (the beneficiaries are), and
  // "− premium due and unpaid CNY 3,860.00" with neither the due date, nor the law, nor the clause.
  test.each([
    {
      locale: "en" as const,
      opening: "Your claim is approved. We will pay CNY 1,496,140.00 to the payees set out below, each their share.",
      premium: 'The premium of CNY 3,860.00 due on 1 March 2027, unpaid in the grace period, is deducted (PRC Insurance Law art. 36). Under clause 3.2 "Grace period and suspension".',
      quoted: "Clause 3.2 Grace period and suspension\n",
    },
    {
      locale: "zh-CN" as const,
      opening: "经审核，您的理赔申请符合保险合同约定，我们将赔付 ¥1,496,140.00，由下列领取人按受益份额分别领取。",
      premium: "宽限期内发生保险事故，扣减 2027年3月1日 应交未交的保险费 ¥3,860.00（《保险法》第三十六条）。依据第 3.2 条「宽限期与效力中止」。",
      quoted: "第 3.2 条　宽限期与效力中止\n",
    },
  ])("$locale: paid to the payees, not to the claimant; the premium deducted said in full, its clause quoted", async ({ locale, opening, premium, quoted }) => {
    const notice = renderNotice(await termLife02(), { locale, audience: "claimant" });
    const paragraphs = notice.split("\n\n");
    expect(paragraphs).toContain(opening);
    expect(paragraphs).toContain(premium);
    expect(notice).toContain(quoted);
    expect(notice).not.toMatch(/pay you|向您赔付/);
  });

  test.each([
    { locale: "en" as const, opening: "Your claim is approved. We will pay CNY 1,496,140.00 in all; the benefits set out below go to their payees, each their share." },
    { locale: "zh-CN" as const, opening: "经审核，您的理赔申请符合保险合同约定，我们将赔付 ¥1,496,140.00，其中下列保险金由领取人按受益份额分别领取。" },
  ])("$locale: when only some benefits go to payees, the opening says those do", async ({ locale, opening }) => {
    const decision = await termLife02();
    // The accidental death benefit paid without payees (to the claimant), the death benefit to its beneficiaries.
    const mixed = { ...decision, benefits: decision.benefits.map((benefit, index) => (index === 1 ? (({ payees: _payees, ...rest }) => rest)(benefit) : benefit)) } as Decision;
    expect(renderNotice(mixed, { locale, audience: "claimant" }).split("\n\n")).toContain(opening);
  });

  test.each([
    {
      locale: "en" as const,
      lists: [
        "Death benefit, one amount per share:\n\n- 王芳 (spouse, 60%): CNY 597,684.00\n- 李小明 (child, 40%): CNY 398,456.00",
        "Accidental death benefit, one amount per share:\n\n- 王芳 (spouse, 60%): CNY 300,000.00\n- 李小明 (child, 40%): CNY 200,000.00",
      ],
    },
    {
      locale: "zh-CN" as const,
      lists: [
        "身故保险金按受益份额分别领取：\n\n- 王芳（配偶，60%）：¥597,684.00\n- 李小明（子女，40%）：¥398,456.00",
        "意外身故保险金按受益份额分别领取：\n\n- 王芳（配偶，60%）：¥300,000.00\n- 李小明（子女，40%）：¥200,000.00",
      ],
    },
  ])("$locale", async ({ locale, lists }) => {
    const notice = renderNotice(await termLife02(), { locale, audience: "claimant" });
    expect(notice).toContain(lists.join("\n\n"));
    expect(notice).not.toMatch(/Paid to, one amount per share|^按受益份额分别领取/m);
  });
});

describe("adjuster view", () => {
  test.each(["zh-CN", "en"] as const)("the full trace, every rule with its evidence, flags and the ledger (%s)", async (locale) => {
    const decision = await decide("09-partial-items-excluded");
    const view = renderNotice(decision, { locale, audience: "adjuster", format: "markdown" });
    await expect(view).toMatchFileSnapshot(`__notices__/adjuster.partially_approved.${locale}.md`);
    for (const rule of decision.triggeredRules) expect(view).toContain(rule.ruleId);
    for (const step of decision.calculation) expect(view).toContain(`| ${step.step} |`);
    // The ledger's money as the view's language writes it: deductible used, then paid, before → after.
    expect(view).toContain(locale === "zh-CN" ? "| ¥10,000.00 → ¥10,000.00 | ¥23,400.00 → ¥36,680.30 |" : "| CNY 10,000.00 → CNY 10,000.00 | CNY 23,400.00 → CNY 36,680.30 |");
  });
});
