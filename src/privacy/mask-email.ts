/**
 * Masks an e-mail address: the first character of the name stays, the rest of the name becomes `***`, the domain
 * stays (it says which provider to look for, not who). Something without an `@` is masked as a whole.
 *
 * @param email - the address
 * @returns the masked address
 * @example
 * maskEmail("zhang.wei@example.com")
 * //=> "z***@example.com"
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
