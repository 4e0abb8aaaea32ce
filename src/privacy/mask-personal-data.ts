import { maskBankAccount } from "./mask-bank-account.js";
import { maskEmail } from "./mask-email.js";
import { maskIdNumber } from "./mask-id-number.js";
import { maskPersonalDataInText } from "./mask-personal-data-in-text.js";
import { maskPhoneNumber } from "./mask-phone-number.js";
import { normalizeKey, PERSONAL_DATA_KEYS, type PersonalDataKind } from "./personal-data-keys.js";

const MASKERS: Readonly<Record<PersonalDataKind, (value: string) => string>> = {
  id_number: maskIdNumber,
  bank_account: maskBankAccount,
  phone: maskPhoneNumber,
  email: maskEmail,
};

/** Options of `maskPersonalData`: more keys that hold personal data, and whether other strings are scanned for numbers too. */
export interface MaskPersonalDataOptions {
  /** More keys holding personal data, added to `PERSONAL_DATA_KEYS` (e.g. `{ payeeTaxId: "id_number" }`). */
  readonly keys?: Readonly<Record<string, PersonalDataKind>>;
  /** Also mask numbers found by their shape in every other string (`maskPersonalDataInText`). Default `true`. */
  readonly scanText?: boolean;
}

/**
 * A copy of a decision-like JSON value with personal data masked, for anything shown or sent (decision, notice,
 * explanation bundle, log line): values under a personal-data key (`idNumber`, `bankAccount`, `phone`, `email`, …,
 * see `PERSONAL_DATA_KEYS`) by their kind's rule, whatever their shape; and, defensively, numbers that look like
 * resident IDs, mobile numbers, card or account numbers, or e-mail addresses anywhere in other strings.
 * A number under a personal-data key becomes a masked string. Arrays and plain objects are copied; other objects
 * (class instances) are returned as they are. The input is never changed.
 *
 * @param value - a JSON-like value (objects, arrays, strings, numbers, booleans, null)
 * @param options - more keys; whether to scan free text
 * @returns the masked copy
 * @example
 * maskPersonalData({ claimant: { name: "张伟", idNumber: "11010519491231002X", phone: "13812345678" } })
 * //=> { claimant: { name: "张伟", idNumber: "110***********002X", phone: "138****5678" } }
 */
export function maskPersonalData<T>(value: T, options: MaskPersonalDataOptions = {}): T {
  const keys = new Map<string, PersonalDataKind>();
  for (const [key, kind] of Object.entries({ ...PERSONAL_DATA_KEYS, ...options.keys })) keys.set(normalizeKey(key), kind);
  const scanText = options.scanText ?? true;

  const visit = (node: unknown, kind: PersonalDataKind | undefined): unknown => {
    if (typeof node === "string") return kind !== undefined ? MASKERS[kind](node) : scanText ? maskPersonalDataInText(node) : node;
    if ((typeof node === "number" || typeof node === "bigint") && kind !== undefined) return MASKERS[kind](String(node));
    if (Array.isArray(node)) return node.map((item) => visit(item, kind));
    if (isPlainObject(node)) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child, keys.get(normalizeKey(key)))]));
    }
    return node;
  };
  return visit(value, undefined) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
