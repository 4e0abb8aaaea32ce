import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

// Issue 9: hovering a decision showed a 1,100-character anonymous type. What a user holds is shown by its name (the
// members of a decision, such as its lines, still show their object types; each has a named export, e.g. DecisionLine).
test("what the library hands out (an adjudicator, a decision, its policy and rule set, a pre-check answer) is shown by name, as an editor shows them on hover", () => {
  const src = new URL("../../src/", import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), "claim-adjudicator-hover-"));
  const file = join(dir, "hover.ts");
  writeFileSync(
    file,
    [
      `import { createAdjudicator } from ${JSON.stringify(`${src}index.js`)};`,
      `import { createPrecheck } from ${JSON.stringify(`${src}precheck/index.js`)};`,
      `const adjudicator = createAdjudicator({ policy: {}, rules: {} });`,
      `export const decision = await adjudicator.adjudicate({}, { asOf: "2026-01-01" });`,
      `export const policy = adjudicator.policy;`,
      `export const ruleSet = adjudicator.ruleSet;`,
      `export const answer = createPrecheck({ policy: {} }).precheck({}, { asOf: "2026-01-01" });`,
    ].join("\n"),
  );
  try {
    const program = ts.createProgram([file], { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: true, noEmit: true });
    const checker = program.getTypeChecker();
    const shown: Record<string, string> = {};
    ts.forEachChild(program.getSourceFile(file) as ts.SourceFile, (node) => {
      if (!ts.isVariableStatement(node)) return;
      for (const declaration of node.declarationList.declarations) shown[declaration.name.getText()] = checker.typeToString(checker.getTypeAtLocation(declaration.name));
    });
    expect(shown).toEqual({ adjudicator: "Adjudicator", decision: "Decision", policy: "Policy", ruleSet: "RuleSet", answer: "PrecheckResult" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
