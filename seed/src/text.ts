/** Vietnamese text is stored in Unicode NFC. */
export function nfc(text: string): string {
  return text.normalize("NFC")
}
