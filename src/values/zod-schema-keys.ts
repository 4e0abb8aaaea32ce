import type { z } from "zod";

/**
 * Reads the structure of a zod schema (v4 `_zod.def`) so the linter can name the keys an object accepts and
 * the values an enum allows at a given path, without a copy of the schemas that could drift from them. The linter
 * and createAdjudicator both word schema problems with it (`schema-issues-in-words.ts`).
 */
type Path = readonly (string | number)[];

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
}

/** A zod schema's definition (`_zod.def`). */
export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional", "success"]);

/** The schema under optional/default/lazy/pipe wrappers: what the input must look like. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 64; depth++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType !== undefined) current = def.innerType;
    else if (def.type === "lazy" && def.getter !== undefined) current = def.getter();
    else if (def.type === "pipe" && def.in !== undefined) current = def.in;
    else return current;
  }
  return current;
}

function valueAt(input: unknown, path: Path): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function literalValues(schema: z.ZodType): readonly unknown[] {
  const def = defOf(unwrap(schema));
  if (def.type === "literal") return def.values ?? [];
  if (def.type === "enum") return Object.values(def.entries ?? {});
  return [];
}

/** The options of a union that fit `input` (by discriminator when there is one), all of them otherwise. */
function unionOptions(def: Def, input: unknown): readonly z.ZodType[] {
  const options = def.options ?? [];
  const discriminator = def.discriminator;
  if (discriminator === undefined || input === null || typeof input !== "object") return options;
  const value = (input as Record<string, unknown>)[discriminator];
  const chosen = options.filter((option) => {
    const shape = defOf(unwrap(option)).shape;
    const field = shape?.[discriminator];
    return field !== undefined && literalValues(field).includes(value);
  });
  return chosen.length > 0 ? chosen : options;
}

/** Every schema that could apply at `path` of `input`; several under a union whose branch is undecided. */
function schemasAt(schema: z.ZodType, path: Path, input: unknown): z.ZodType[] {
  let current: z.ZodType[] = [schema];
  for (let i = 0; i <= path.length; i++) {
    const here = valueAt(input, path.slice(0, i));
    // Expand unions and intersections at this level before stepping into a key.
    const expanded: z.ZodType[] = [];
    const expand = (candidate: z.ZodType, depth: number) => {
      const inner = unwrap(candidate);
      const def = defOf(inner);
      if (depth < 8 && def.type === "union") for (const option of unionOptions(def, here)) expand(option, depth + 1);
      else if (depth < 8 && def.type === "intersection" && def.left !== undefined && def.right !== undefined) {
        expand(def.left, depth + 1);
        expand(def.right, depth + 1);
      } else expanded.push(inner);
    };
    for (const candidate of current) expand(candidate, 0);
    if (i === path.length) return expanded;
    const segment = path[i] as string | number;
    current = expanded.flatMap((candidate) => {
      const def = defOf(candidate);
      if (def.type === "object") {
        const field = typeof segment === "string" ? def.shape?.[segment] : undefined;
        return field === undefined ? [] : [field];
      }
      if (def.type === "array" && def.element !== undefined) return [def.element];
      if (def.type === "record" && def.valueType !== undefined) return [def.valueType];
      if (def.type === "tuple") return [];
      return [];
    });
  }
  return current;
}

/**
 * The keys an object accepts at `path` of `input`.
 * @param schema - the root schema, e.g. `RuleSetSchema`
 * @param path - JSON path of the object, e.g. `["rules", 0, "event"]`
 * @param input - the document being checked, to choose union branches by their discriminator
 * @returns the accepted keys, or `[]` when the path does not lead to an object
 * @example
 * objectKeysAt(RuleSetSchema, ["rules", 0, "event"], ruleSet); //=> ["type", "reasonCode", "message", …]
 */
export function objectKeysAt(schema: z.ZodType, path: Path, input: unknown): string[] {
  const keys = new Set<string>();
  for (const candidate of schemasAt(schema, path, input)) {
    const shape = defOf(candidate).shape;
    if (shape !== undefined) for (const key of Object.keys(shape)) keys.add(key);
  }
  return [...keys];
}

/**
 * The values an enum or literal allows at `path`, or `undefined` when the schema there is not an enum.
 * @example
 * enumValuesAt(ClaimSchema, ["incident", "type"]); //=> ["illness", "accident"]
 */
export function enumValuesAt(schema: z.ZodType, path: Path, input?: unknown): readonly unknown[] | undefined {
  const values = schemasAt(schema, path, input).flatMap((candidate) => literalValues(candidate));
  return values.length === 0 ? undefined : [...new Set(values)];
}
