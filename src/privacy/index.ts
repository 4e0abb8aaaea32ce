export { maskPersonalData } from "./mask-personal-data.js";
export type { MaskPersonalDataOptions } from "./mask-personal-data.js";
export { maskPersonalDataInText } from "./mask-personal-data-in-text.js";
export { maskIdNumber } from "./mask-id-number.js";
export { maskBankAccount } from "./mask-bank-account.js";
export { maskPhoneNumber } from "./mask-phone-number.js";
export { maskEmail } from "./mask-email.js";
export { PERSONAL_DATA_KEYS, PERSONAL_DATA_KINDS } from "./personal-data-keys.js";
export type { PersonalDataKind } from "./personal-data-keys.js";
