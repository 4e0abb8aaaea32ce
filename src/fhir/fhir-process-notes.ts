import type { Reason } from "../trace/reason-schema.js";
import type { FhirExportContext } from "./fhir-export-context.js";
import type { FhirProcessNote } from "./fhir-r4-types.js";
import { HL7_SYSTEMS } from "./fhir-systems.js";

/** The process notes of a decision, and which notes belong to which line and which coverage. */
export interface FhirProcessNotes {
  readonly notes: FhirProcessNote[];
  /** Note numbers of the reasons given for a line. */
  readonly byLine: ReadonlyMap<string, number[]>;
  /** Note numbers of the reasons given for a coverage as a whole (no line). */
  readonly byCoverage: ReadonlyMap<string, number[]>;
}

/**
 * One process note per distinct reason of the decision (same code, clause and words: one note, however many
 * lines it concerns), in the export's language, citing its clause. Items point at their notes with `noteNumber`.
 *
 * @param context - the export's context
 * @returns the notes and the note numbers per line and per coverage
 * @example
 * fhirProcessNotes(context).notes[0]
 * //=> { number: 1, type: "display", text: "The annual limit was reached. (clause 2.4)", language: … }
 */
export function fhirProcessNotes(context: FhirExportContext): FhirProcessNotes {
  const { language } = context;
  const notes: FhirProcessNote[] = [];
  const numberOf = new Map<string, number>();
  const byLine = new Map<string, number[]>();
  const byCoverage = new Map<string, number[]>();
  const noteLanguage = { coding: [{ system: HL7_SYSTEMS.language, code: language === "zh" ? "zh-CN" : "en" }] };
  const add = (map: Map<string, number[]>, key: string, number: number): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(number)) map.set(key, [...list, number]);
  };
  for (const reason of context.decision.reasons) {
    const text = noteText(reason, context);
    const key = `${reason.code}\u0000${reason.clauseId}\u0000${text}`;
    let number = numberOf.get(key);
    if (number === undefined) {
      number = notes.length + 1;
      numberOf.set(key, number);
      notes.push({ number, type: "display", text, language: noteLanguage });
    }
    if (reason.lineId !== undefined) add(byLine, reason.lineId, number);
    else if (reason.coverageId !== undefined) add(byCoverage, reason.coverageId, number);
  }
  return { notes, byLine, byCoverage };
}

function noteText(reason: Reason, context: FhirExportContext): string {
  const message = context.text(reason.message);
  return context.language === "zh" ? `${message}（条款 ${reason.clauseId}）` : `${message} (clause ${reason.clauseId})`;
}
