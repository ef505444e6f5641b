/**
 * Money display. VND has no minor unit: Medusa's 125000 is 125.000 ₫.
 */
const formatters = new Map<string, Intl.NumberFormat>()

export function formatMoney(amount: number, currencyCode = "vnd", locale = "vi-VN"): string {
  const key = `${locale}:${currencyCode}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() })
    formatters.set(key, formatter)
  }
  return formatter.format(amount)
}
