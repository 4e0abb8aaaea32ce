import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** The relative imports of every .ts file under a folder (every `import`, `export … from` and `import()`, type-only ones included). */
export interface ImportGraph {
  readonly root: string;
  readonly files: readonly string[];
  readonly imports: ReadonlyMap<string, readonly string[]>;
  /** The top folder of a file under the root, or "(root)" for a file directly in it. */
  folderOf(file: string): string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

export function readImportGraph(root: string): ImportGraph {
  const files = sourceFiles(root);
  const imports = new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      const targets = importedFiles.map((entry) => entry.fileName).filter((name) => name.startsWith(".")).map((name) => resolve(dirname(file), name).replace(/\.js$/, ".ts"));
      return [file, targets];
    }),
  );
  const folderOf = (file: string) => {
    const parts = relative(root, file).split("/");
    return parts.length > 1 ? (parts[0] as string) : "(root)";
  };
  return { root, files, imports, folderOf };
}

/** Which folders import which (a file importing a file of another folder is an edge between the two). */
export function folderEdges(graph: ImportGraph): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph.imports) {
    for (const target of targets) {
      const [from, to] = [graph.folderOf(file), graph.folderOf(target)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/**
 * Every cycle of folders: a path from a folder back to itself, each reported once, from its smallest folder
 * (`"a → b → a"`).
 */
export function folderCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cycles: string[] = [];
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of [...(edges.get(at) ?? [])].sort()) {
      if (next === start) cycles.push([...path, next].join(" → "));
      else if (!path.includes(next) && next > start) walk(start, next, [...path, next]);
    }
  };
  for (const folder of [...edges.keys()].sort()) walk(folder, folder, [folder]);
  return cycles;
}
