import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundleForBrowser } from "../../scripts/browser-bundle.js";

// Debian's chromium (apt-get install -y chromium), driven by playwright-core: no browser download.
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const SKIP_REASON = `skipped: ${CHROMIUM} is not installed (apt-get install -y chromium; CI installs it)`;
const examples = new URL("../../examples/medical/", import.meta.url).pathname;
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(examples, path), "utf8"));

// A claimant's page: the pre-check bundle (esbuild, browser platform, as a web page's bundler would build it) and a
// script that checks the draft and shows the answer, in both languages, as the claimant reads it.
const pageScript = `
const data = (id) => JSON.parse(document.getElementById(id).textContent);
const { createPrecheck, isValidationError } = ClaimAdjudicatorPrecheck;
const check = createPrecheck({ policy: data("policy"), rules: data("rules") });
const answer = check.precheck(data("draft"), { asOf: "2026-10-22" });
for (const locale of ["zh", "en"]) {
  const list = document.getElementById("missing-" + locale);
  for (const document_ of answer.missingDocuments) {
    const item = document.createElement("li");
    item.textContent = document_.description[locale] + (document_.documentId === undefined ? "" : " " + document_.documentId);
    list.append(item);
  }
  document.getElementById("message-" + locale).textContent = answer.message[locale];
}
document.getElementById("status").textContent = answer.complete ? "complete" : "missing " + answer.missingDocuments.length;
window.checkDraft = (draft, asOf) => {
  try {
    return { answer: check.precheck(draft, { asOf }) };
  } catch (error) {
    return { validation: isValidationError(error), name: error.name, issues: error.issues };
  }
};
`;

const embed = (id: string, value: unknown) => `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, "\\u003c")}</script>`;

let context: BrowserContext | undefined;
let profile: string | undefined;
let dir: string | undefined;
let page: Page | undefined;
const errors: string[] = [];
const requests: string[] = [];
let bundleBytes = 0;

beforeAll(async () => {
  if (!hasChromium) return;
  const bundle = await bundleForBrowser(new URL("../../src/precheck/index.ts", import.meta.url).pathname, { globalName: "ClaimAdjudicatorPrecheck" });
  bundleBytes = bundle.gzipBytes;
  dir = mkdtempSync(join(tmpdir(), "claim-adjudicator-precheck-"));
  const html = [
    '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>理赔资料自查</title></head><body>',
    '<p id="status"></p><ol id="missing-zh"></ol><ol id="missing-en"></ol><pre id="message-zh"></pre><pre id="message-en"></pre>',
    embed("policy", readJson("policy.json")),
    embed("rules", readJson("rules.json")),
    embed("draft", readJson("claims/07-pending-several-documents.json")),
    `<script>${bundle.code.replace(/<\/script/gi, "<\\/script")}</script>`,
    `<script>${pageScript}</script>`,
    "</body></html>",
  ].join("\n");
  writeFileSync(join(dir, "precheck.html"), html);
  profile = mkdtempSync(join(tmpdir(), "claim-adjudicator-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith("file:")) requests.push(request.url());
  });
  await page.goto(pathToFileURL(join(dir, "precheck.html")).href, { waitUntil: "load" });
}, 180_000);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe(`the pre-check in headless Chromium (${hasChromium ? "Chromium found" : SKIP_REASON})`, () => {
  // examples/medical, claims/07: a spouse claims for an e-bike accident, 11 days in hospital (5–16 October 2026),
  // social insurance could not be used, three lines on two invoices (0101602: 32,000.00 + 1,100.00, of which only a
  // copy came; 0101977: 5,400.00, not sent), other insurers paid nothing. From the wording (clause 5.2 and the rules):
  // - claim form, insured's ID: received;
  // - original invoices, one per invoice, as 38,500.00 billed > 2,000.00 and nothing paid by other insurers:
  //   0101602 is a copy (copy_only), 0101977 is missing;
  // - invoice copies and the other insurer's statement: not asked for, other insurers paid 0.00;
  // - discharge summary: missing (a hospital stay); itemised expense list: received;
  // - social insurance settlement: not asked for (it could not be used);
  // - accident report: missing (an accident); relationship proof: missing (the claimant is the spouse);
  // - rule third-party-proof-2.3 (clause 2.3): proof that social insurance could not settle it, missing.
  // Six documents, in the decision's order.
  test.skipIf(!hasChromium)("the claimant sees the six missing documents, in Chinese and English, and the one request for them", async () => {
    const shown = page as Page;
    expect(await shown.textContent("#status")).toBe("missing 6");
    expect(await shown.$$eval("#missing-zh li", (items) => items.map((item) => item.textContent))).toEqual([
      "医疗费用发票原件，用于核实实际发生的费用 11010026-0101602",
      "医疗费用发票原件，用于核实实际发生的费用 11010026-0101977",
      "出院小结，用于核实诊断与住院治疗经过",
      "意外事故证明（如交警事故认定书、单位或派出所证明），用于核实意外经过",
      "申请人与被保险人的关系证明（如户口簿、结婚证），用于核实申请资格",
      "不能通过基本医疗保险结算的证明（如交警责任认定书、医保中心不予结算说明），用于适用 100% 赔付比例",
    ]);
    expect(await shown.$$eval("#missing-en li", (items) => items.map((item) => item.textContent))).toEqual([
      "Original medical invoice, to verify the expenses actually incurred 11010026-0101602",
      "Original medical invoice, to verify the expenses actually incurred 11010026-0101977",
      "Discharge summary, to confirm the diagnosis and the inpatient treatment",
      "Accident report (police or traffic accident report, or employer's statement), to establish how the accident happened",
      "Proof of the claimant's relationship to the insured (household register, marriage certificate), to confirm they may claim",
      "Proof that social insurance could not settle the expenses (traffic liability determination, the fund's refusal), for the 100% ratio to apply",
    ]);
    const zh = (await shown.textContent("#message-zh")) ?? "";
    expect(zh.split("\n")).toEqual([
      "提交理赔申请前，请一并准备以下全部资料：",
      "1. 医疗费用发票原件，用于核实实际发生的费用（编号 11010026-0101602；需原件，目前仅有复印件）。依据第 5.2 条「保险金申请」。",
      "2. 医疗费用发票原件，用于核实实际发生的费用（编号 11010026-0101977）。依据第 5.2 条「保险金申请」。",
      "3. 出院小结，用于核实诊断与住院治疗经过。依据第 5.2 条「保险金申请」。",
      "4. 意外事故证明（如交警事故认定书、单位或派出所证明），用于核实意外经过。依据第 5.2 条「保险金申请」。",
      "5. 申请人与被保险人的关系证明（如户口簿、结婚证），用于核实申请资格。依据第 5.2 条「保险金申请」。",
      "6. 不能通过基本医疗保险结算的证明（如交警责任认定书、医保中心不予结算说明），用于适用 100% 赔付比例。依据第 2.3 条「赔付比例」。",
    ]);
    const en = (await shown.textContent("#message-en")) ?? "";
    expect(en.split("\n")[0]).toBe("Before you submit your claim, please gather all of the following documents. This is the complete list:");
    expect(en.split("\n")[1]).toBe('1. Original medical invoice, to verify the expenses actually incurred (no. 11010026-0101602; the original: a copy is not enough). Under clause 5.2 "Claiming the benefit".');
    expect(en).not.toMatch(/\{[a-zA-Z]+/);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(bundleBytes).toBeLessThan(60 * 1024);
  });

  test.skipIf(!hasChromium)("a malformed draft gives a ValidationError with every problem and its path, in the page", async () => {
    const result = await (page as Page).evaluate(() =>
      (globalThis as unknown as { checkDraft: (draft: unknown, asOf: string) => unknown }).checkDraft(
        { incident: { date: "2026-02-30", type: "illness" }, claimant: { relationship: "cousin" }, documents: [{ type: "invoice", id: "1", issuedOn: "2026-03-01", original: "yes" }], lines: [{ invoiceNumber: "1", amount: "12,000.00" }] },
        "2026-13-01",
      ),
    );
    expect(result).toMatchObject({ validation: true, name: "ValidationError" });
    const issues = (result as { issues: { path: (string | number)[]; message: string }[] }).issues;
    expect(issues.map((issue) => issue.path.join("."))).toEqual([
      "options.asOf",
      "claim.incident.date",
      "claim.claimant.relationship",
      "claim.documents.0.original",
      "claim.lines.0.amount",
    ]);
    expect(issues[4]?.message).toBe('"12,000.00" must be a non-negative decimal string such as "1234.50", without exponent or sign');
  });
});
