/**
 * The medical rule set (examples/medical/rules.json) as a GoRules zen-engine decision table (JDM, hit policy
 * `collect`): one table for the claim rules, one for the item rules, evaluated on the same precomputed facts as the
 * bare json-rules-engine run. zen-engine is a dev dependency of the bench only (`npm run bench:setup`); without it
 * the bench says so and skips this comparison.
 *
 * Equivalent, not translated: each rule is written as zen cells by hand; a list of ICD-10 prefixes is one `some`
 * of `startsWith`. The pre-existing conditions are read from the library's facts (`principalDiagnosisPreExisting`,
 * the line's `treatsPreExistingCondition`), as the rule set reads them.
 */

/** The part of zen-engine's API the bench uses. */
interface ZenDecision {
  evaluate(context: unknown): Promise<{ result: unknown }>;
}
interface ZenEngine {
  createDecision(content: object): ZenDecision;
  dispose(): void;
}

interface Column {
  readonly id: string;
  readonly field: string;
}

function table(columns: readonly Column[], rows: readonly (Readonly<Record<string, string>> & { readonly rule: string })[]): object {
  const rules = rows.map(({ rule, ...cells }, i) => ({
    _id: `r${i}`,
    ...Object.fromEntries(columns.map((column) => [column.id, cells[column.id] ?? ""])),
    out: JSON.stringify(rule),
  }));
  return {
    nodes: [
      { id: "request", type: "inputNode", name: "Request", position: { x: 0, y: 0 }, content: {} },
      {
        id: "rules",
        type: "decisionTableNode",
        name: "Rules",
        position: { x: 200, y: 0 },
        content: { hitPolicy: "collect", inputs: columns.map((column) => ({ ...column, name: column.field })), outputs: [{ id: "out", name: "rule", field: "rule" }], rules },
      },
      { id: "response", type: "outputNode", name: "Response", position: { x: 400, y: 0 }, content: {} },
    ],
    edges: [
      { id: "e1", sourceId: "request", targetId: "rules", type: "edge" },
      { id: "e2", sourceId: "rules", targetId: "response", type: "edge" },
    ],
  };
}

const CLAIM_COLUMNS: readonly Column[] = [
  { id: "inForce", field: "policyInForce" },
  { id: "type", field: "incidentType" },
  { id: "waiting", field: "waitingPeriodPassed" },
  { id: "codes", field: "diagnosisCodes" },
  { id: "preExisting", field: "principalDiagnosisPreExisting" },
  { id: "symptoms", field: "symptomsBeforeCover" },
  { id: "social", field: "socialInsurance" },
  { id: "billed", field: "totalBilled" },
  { id: "relationship", field: "claimantRelationship" },
  { id: "report", field: "reportDelayDays" },
  { id: "inception", field: "daysSinceInception" },
];
const prefixes = (list: readonly string[]) => `some($, ${list.map((prefix) => `startsWith(#, "${prefix}")`).join(" or ")})`;
const CLAIM_ROWS = [
  { rule: "not-in-force-1.4", inForce: "false" },
  { rule: "waiting-period-3.1", type: '"illness"', waiting: "false" },
  { rule: "pre-existing-declared-4.1", preExisting: "true" },
  { rule: "pre-existing-symptoms-4.1", symptoms: "true" },
  { rule: "cosmetic-4.2", codes: prefixes(["Z41", "Z42"]), type: '"illness"' },
  { rule: "self-harm-4.3", codes: prefixes(["X6", "X7", "X80", "X81", "X82", "X83", "X84"]) },
  { rule: "third-party-proof-2.3", social: '"could_not_be_used"' },
  { rule: "large-claim-5.4", billed: "number($) > 200000" },
  { rule: "claimant-other-5.3", relationship: '"other"' },
  { rule: "late-report-5.1", report: "> 10" },
  { rule: "early-claim-5.4", inception: "< 15" },
];
const ITEM_COLUMNS: readonly Column[] = [
  { id: "category", field: "line.category" },
  { id: "preExisting", field: "line.treatsPreExistingCondition" },
  { id: "days", field: "line.daysFromIncident" },
  { id: "item", field: "line.itemCode" },
];
const ITEM_ROWS = [
  { rule: "pre-existing-lines-4.1", preExisting: "true" },
  { rule: "non-medical-items-4.4", category: '"nutrition", "cosmetic_product", "private_attendant"' },
  { rule: "before-incident-4.4", days: "< 0" },
  { rule: "reasonable-fee-2.7", item: '"MRI-3T", "PETCT-WB", "IMPLANT-LCP"' },
];

export interface ZenMedical {
  /** The ids of the claim rules that hold, then per line the item rules (`ruleId@lineId`). */
  hits(claimFacts: object, lines: readonly { readonly lineId: string; readonly facts: object }[]): Promise<string[]>;
  dispose(): void;
}

/** The zen-engine decision tables of the medical rules, or `undefined` when zen-engine is not installed. */
export async function loadZenMedical(): Promise<ZenMedical | undefined> {
  let zen: { ZenEngine: new () => ZenEngine };
  try {
    const specifier = "@gorules/zen-engine";
    zen = (await import(specifier)) as typeof zen;
  } catch {
    return undefined;
  }
  const engine = new zen.ZenEngine();
  const claimTable = engine.createDecision(table(CLAIM_COLUMNS, CLAIM_ROWS));
  const itemTable = engine.createDecision(table(ITEM_COLUMNS, ITEM_ROWS));
  const ids = (response: { result: unknown }) => (response.result as { rule: string }[]).map((row) => row.rule);
  return {
    async hits(claimFacts, lines) {
      const out = ids(await claimTable.evaluate(claimFacts));
      for (const line of lines) for (const id of ids(await itemTable.evaluate(line.facts))) out.push(`${id}@${line.lineId}`);
      return out;
    },
    dispose: () => engine.dispose(),
  };
}
