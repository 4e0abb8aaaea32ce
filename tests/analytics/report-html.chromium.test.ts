import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { YEAR_END, generateYearOfDecisions } from "../../examples/analytics/generate-decisions.js";
import { analyzeDecisions, buildReportCharts, parseDecisionLines, renderReportHtml, type DecisionAnalytics } from "../../src/analytics/index.js";
import { readChartLibrary } from "../../src/cli/commands/report-chart-library.js";
import { formatAmount } from "../../src/text/format-amount.js";

// Debian's chromium (apt-get install -y chromium), driven by playwright-core: no browser download.
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const SKIP_REASON = `skipped: ${CHROMIUM} is not installed (apt-get install -y chromium; CI installs it)`;
// The reviewed screenshots are committed; a run rewrites them only when asked (UPDATE_SCREENSHOTS=1), so that `npm test`
// leaves the working tree clean. Otherwise they go to the system's temporary folder.
const screenshots = process.env["UPDATE_SCREENSHOTS"] === "1" ? new URL("./__screenshots__/", import.meta.url).pathname : join(tmpdir(), "claim-adjudicator-report-screenshots");

let report: DecisionAnalytics;
let context: BrowserContext | undefined;
let profile: string | undefined;
const pages = new Map<string, string>();

beforeAll(async () => {
  if (!hasChromium) return;
  // The demo's year of decisions, through the NDJSON reader as the CLI reads it.
  report = await analyzeDecisions(parseDecisionLines(generateYearOfDecisions()), { asOf: YEAR_END });
  const dir = mkdtempSync(join(tmpdir(), "claim-adjudicator-report-"));
  for (const locale of ["zh", "en"] as const) {
    const file = join(dir, `report.${locale}.html`);
    writeFileSync(file, renderReportHtml(report, { locale, chartLibrary: readChartLibrary() }));
    pages.set(locale, file);
  }
  profile = mkdtempSync(join(tmpdir(), "claim-adjudicator-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 1000 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  for (const file of pages.values()) rmSync(file, { force: true });
});

describe("the HTML report in headless Chromium", () => {
  test.skipIf(!hasChromium).each(["zh", "en"] as const)(`%s: every chart draws an SVG, the console stays clean, nothing is fetched (${hasChromium ? "Chromium found" : SKIP_REASON})`, async (locale) => {
    const page = await (context as BrowserContext).newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    page.on("request", (request) => {
      if (!request.url().startsWith("file:")) requests.push(request.url());
    });
    await page.goto(pathToFileURL(pages.get(locale) as string).href, { waitUntil: "load" });

    const expected = buildReportCharts(report, locale).map((chart) => chart.id);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const drawn = await page.$$eval("[data-chart]", (elements) =>
      elements.map((element) => {
        const svg = element.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        // Readable labels: no two texts of a chart cover each other (axis ticks, bar labels, legends), none runs off the chart.
        const labels = [...(svg?.querySelectorAll("text") ?? [])].map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() })).filter((label) => label.box.width > 0 && label.text.trim() !== "");
        const overlapping: string[] = [];
        labels.forEach((a, i) =>
          labels.slice(i + 1).forEach((b) => {
            const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (width > 1 && height > 1) overlapping.push(`${a.text} / ${b.text}`);
          }),
        );
        const outside = box === undefined ? [] : labels.filter((label) => label.box.left < box.left - 0.5 || label.box.right > box.right + 0.5).map((label) => label.text);
        return { id: element.getAttribute("data-chart"), shapes: svg === null || svg === undefined ? 0 : svg.querySelectorAll("path, rect, circle, polyline").length, texts: svg?.querySelectorAll("text").length ?? 0, width: box?.width ?? 0, height: box?.height ?? 0, overlapping, outside };
      }),
    );
    expect(drawn.map((chart) => chart.id)).toEqual(expected);
    for (const chart of drawn) {
      expect(chart.shapes, `${chart.id} has shapes`).toBeGreaterThan(5);
      expect(chart.texts, `${chart.id} has labels`).toBeGreaterThan(2);
      expect(chart.width * chart.height, `${chart.id} has a size`).toBeGreaterThan(100_000);
      expect(chart.overlapping, `${chart.id}: labels covering each other`).toEqual([]);
      expect(chart.outside, `${chart.id}: labels outside the chart`).toEqual([]);
    }
    // Amounts paid per product are labelled as money, as the tables write them (the decimal string, not a float).
    const productLabels = await page.$$eval('[data-chart="products-paid"] svg text', (elements) => elements.map((element) => element.textContent ?? ""));
    for (const row of report.byProduct) expect(productLabels).toContain(formatAmount(row.paid.amount, report.currency ?? "CNY", locale));
    // The answers a claims manager asks first are on the page, in the page's language.
    const answers = await page.$$eval(".answer .a", (elements) => elements.map((element) => element.textContent ?? ""));
    expect(answers).toHaveLength(5);
    expect(answers[0]).toContain(String(report.headline.paidThisMonth.count));
    expect(answers[2]).toContain(report.headline.topRefusingRule?.ruleId ?? "");
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, `report-${locale}.png`) });
    await page.close();
  }, 60_000);
});
