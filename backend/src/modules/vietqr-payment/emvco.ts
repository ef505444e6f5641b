/**
 * The NAPAS VietQR payload: an EMVCo merchant-presented QR (ID, two-digit
 * length, value), read by every Vietnamese banking app.
 *
 *   00 payload format "01"          01 point of initiation "12" (dynamic: carries the amount)
 *   38 merchant account information
 *        00 GUID "A000000727" (NAPAS)
 *        01 beneficiary organization: 00 bank BIN (6 digits), 01 account number
 *        02 service code "QRIBFTTA" (transfer to an account)
 *   53 currency "704" (VND)         54 amount (whole đồng)        58 country "VN"
 *   62 additional data: 08 purpose of transaction (our payment reference)
 *   63 CRC: CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) over everything before
 *      it including "6304", four upper-case hex digits
 *
 * Pure functions, no I/O.
 */

export class VietQrInputError extends Error {}

export const NAPAS_GUID = "A000000727"
export const SERVICE_TRANSFER_TO_ACCOUNT = "QRIBFTTA"
export const CURRENCY_VND = "704"

/** Longest payment reference: EMVCo limits sub-fields of 62 to 25 characters. */
export const MAX_REFERENCE_LENGTH = 25
/** Longest account number NAPAS accepts in 38/01/01. */
export const MAX_ACCOUNT_LENGTH = 19
/** EMVCo amounts are at most 13 characters. */
export const MAX_AMOUNT_DIGITS = 13

/** Letters, digits and single inner spaces: what survives every bank's transfer memo unchanged. */
const REFERENCE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/
const ACCOUNT = /^[A-Za-z0-9]+$/
const BIN = /^\d{6}$/

/** One data object: ID, two-digit length, value. Values longer than 99 characters cannot be encoded. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new VietQrInputError(`EMVCo IDs are two digits, got "${id}"`)
  if (value.length === 0) throw new VietQrInputError(`Field ${id} must not be empty`)
  if (value.length > 99) throw new VietQrInputError(`Field ${id} is ${value.length} characters long; EMVCo allows 99`)
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

/** CRC-16/CCITT-FALSE of the UTF-8 bytes, as four upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

export type VietQrInput = {
  /** The beneficiary bank's 6-digit NAPAS BIN, e.g. "970436" (Vietcombank). */
  bankBin: string
  accountNo: string
  /** Whole đồng, more than zero. */
  amount: number
  /** What the payer's transfer memo will say: how the operator matches the money to the order. */
  reference: string
}

/** Checks the input against NAPAS/EMVCo limits; throws VietQrInputError naming the first problem. */
export function validateVietQrInput(input: VietQrInput): void {
  if (!BIN.test(input.bankBin)) throw new VietQrInputError(`The bank BIN must be 6 digits, got "${input.bankBin}"`)
  if (!ACCOUNT.test(input.accountNo) || input.accountNo.length > MAX_ACCOUNT_LENGTH) {
    throw new VietQrInputError(`The account number must be 1 to ${MAX_ACCOUNT_LENGTH} letters or digits, got "${input.accountNo}"`)
  }
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    throw new VietQrInputError(`The amount must be a positive whole number of đồng, got ${input.amount}`)
  }
  if (String(input.amount).length > MAX_AMOUNT_DIGITS) throw new VietQrInputError(`The amount ${input.amount} has more than ${MAX_AMOUNT_DIGITS} digits`)
  if (input.reference.length > MAX_REFERENCE_LENGTH || !REFERENCE.test(input.reference)) {
    throw new VietQrInputError(
      `The reference must be 1 to ${MAX_REFERENCE_LENGTH} letters or digits (single spaces between words, no diacritics), got "${input.reference}"`
    )
  }
}

/** The full VietQR payload string for a bank transfer of an exact amount with a reference. */
export function buildVietQrPayload(input: VietQrInput): string {
  validateVietQrInput(input)
  const beneficiary = tlv("00", input.bankBin) + tlv("01", input.accountNo)
  const merchantAccount = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", SERVICE_TRANSFER_TO_ACCOUNT)
  const body =
    tlv("00", "01") +
    tlv("01", "12") +
    tlv("38", merchantAccount) +
    tlv("53", CURRENCY_VND) +
    tlv("54", String(input.amount)) +
    tlv("58", "VN") +
    tlv("62", tlv("08", input.reference)) +
    "6304"
  return body + crc16(body)
}

export type TlvField = { id: string; value: string }

/** Splits a payload (or a template's value) into its data objects; throws on a truncated one. */
export function parseTlv(payload: string): TlvField[] {
  const fields: TlvField[] = []
  let at = 0
  while (at < payload.length) {
    const id = payload.slice(at, at + 2)
    const length = Number(payload.slice(at + 2, at + 4))
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(payload.slice(at + 2, at + 4)) || at + 4 + length > payload.length) {
      throw new VietQrInputError(`Malformed data object at position ${at}`)
    }
    fields.push({ id, value: payload.slice(at + 4, at + 4 + length) })
    at += 4 + length
  }
  return fields
}

/** True when the payload ends in "6304" + the CRC of everything before the CRC value. */
export function hasValidCrc(payload: string): boolean {
  return payload.length > 8 && payload.slice(-8, -4) === "6304" && crc16(payload.slice(0, -4)) === payload.slice(-4)
}
