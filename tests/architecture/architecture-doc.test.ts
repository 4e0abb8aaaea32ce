import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

/**
 * Issue 8, "ARCHITECTURE.md matches the tree": every path, file, subpath and name it cites exists (the folders are
 * checked by import-graph.test.ts), and its first line lists every option of `createAdjudicator`.
 */
const repo = resolve(new URL("../..", import.meta.url).pathname);
const src = join(repo, "src");
const architecture = readFileSync(join(repo, "ARCHITECTURE.md"), "utf8");
const cited = [...new Set([...architecture.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string))];

const allFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allFiles(join(folder, entry.name)) : [join(folder, entry.name)]));
const srcFiles = allFiles(src);
const kindFolders = readdirSync(join(src, "coverage-kinds"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const exportsMap = Object.keys((JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports);

test("every file and folder path it cites exists (under src/, the repository, or src/coverage-kinds/)", () => {
  const paths = cited.filter((token) => /^[\w.-]+(\/[\w.-]+)*\/?$/.test(token) && (token.includes("/") || /\.(ts|json)$/.test(token)) && !token.startsWith("claim-adjudicator"));
  expect(paths.length).toBeGreaterThan(30);
  const missing = paths.filter((path) => {
    if (path.includes("/")) return ![src, repo, join(src, "coverage-kinds")].some((base) => existsSync(join(base, path)));
    return !srcFiles.some((file) => file.endsWith(`/${path}`)) && !existsSync(join(repo, path));
  });
  expect(missing).toEqual([]);
});

test("a file pattern it cites (the kinds' `*-texts.ts`) matches a file in every kind folder it speaks for", () => {
  const patterns = cited.filter((token) => token.includes("*") && token.endsWith(".ts"));
  expect(patterns).toEqual(["*-texts.ts"]);
  const regex = /^.+-texts\.ts$/;
  // Reimbursement keeps its reasons and steps in two files, which the document names.
  const without = kindFolders.filter((kind) => !readdirSync(join(src, "coverage-kinds", kind)).some((file) => regex.test(file)));
  expect(without).toEqual(["reimbursement"]);
  expect(cited).toEqual(expect.arrayContaining(["reimbursement/reimbursement-reasons.ts", "reimbursement/reimbursement-steps.ts"]));
});

test("every subpath it cites is one of package.json's exports", () => {
  const subpaths = cited.filter((token) => /^(claim-adjudicator)?\/[a-z-]+$/.test(token)).map((token) => `.${token.replace(/^claim-adjudicator/, "")}`);
  expect(subpaths.length).toBeGreaterThan(8);
  expect(subpaths.filter((subpath) => !exportsMap.includes(subpath))).toEqual([]);
});

test("every name of the code it cites is defined in src/", () => {
  const names = cited.filter((token) => /^([a-z]+[A-Z]\w*|[A-Z][A-Z0-9_]{3,}|[A-Z]\w*Schema)$/.test(token));
  expect(names.length).toBeGreaterThan(5);
  const source = srcFiles.filter((file) => file.endsWith(".ts")).map((file) => readFileSync(file, "utf8")).join("\n");
  expect(names.filter((name) => !new RegExp(`(function|const|class|type|interface)\\s+${name}\\b`).test(source))).toEqual([]);
});

test("its first line names every option of createAdjudicator", () => {
  const path = join(src, "create-adjudicator.ts");
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
  const config = file.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === "AdjudicatorConfig");
  const options = (config?.members ?? []).map((member) => member.name?.getText(file) ?? "");
  expect(options.length).toBeGreaterThan(4);
  const signature = cited.find((token) => token.startsWith("createAdjudicator({ policy")) ?? "";
  const named = [...signature.matchAll(/(\w+)\??[,}\s]/g)].map((match) => match[1]);
  expect(named).toEqual(options);
});
