/** The kinds of personal data the maskers know, each masked by its own rule. */
export const PERSONAL_DATA_KINDS = ["id_number", "bank_account", "phone", "email"] as const;
/** A kind of personal data the masking knows: `id_number`, `bank_account`, `phone` or `email`. */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/**
 * Keys whose values are personal data, by kind. Keys are compared without case, `_`, `-` or spaces, so `idNumber`,
 * `id_number` and `ID-Number` are one key.
 */
export const PERSONAL_DATA_KEYS: Readonly<Record<string, PersonalDataKind>> = {
  idNumber: "id_number",
  identityNumber: "id_number",
  idCard: "id_number",
  idCardNumber: "id_number",
  idNo: "id_number",
  residentId: "id_number",
  residentIdNumber: "id_number",
  nationalId: "id_number",
  nationalIdNumber: "id_number",
  passportNumber: "id_number",
  certificateNumber: "id_number",
  bankAccount: "bank_account",
  bankAccountNumber: "bank_account",
  accountNumber: "bank_account",
  bankCard: "bank_account",
  bankCardNumber: "bank_account",
  cardNumber: "bank_account",
  payeeAccount: "bank_account",
  iban: "bank_account",
  phone: "phone",
  phoneNumber: "phone",
  mobile: "phone",
  mobileNumber: "phone",
  mobilePhone: "phone",
  telephone: "phone",
  tel: "phone",
  contactPhone: "phone",
  email: "email",
  emailAddress: "email",
};

/** `idNumber`, `id_number`, `ID-Number` → `idnumber`. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, "");
}
