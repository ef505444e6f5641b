/** Vietnamese text is stored in Unicode NFC. */
export function nfc(text: string): string {
  return text.normalize("NFC")
}

/**
 * Lower-case ASCII slug: tone marks removed, đ/Đ mapped to d (NFD alone keeps đ),
 * everything else that is not a letter or digit becomes a single dash.
 * "Nước mắm Cái Rồng" → "nuoc-mam-cai-rong".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
