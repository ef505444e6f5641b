/**
 * QR codes drawn on the server as SVG (no script, sharp at any size, prints well):
 * the VietQR payload of a bank transfer.
 */
import QRCode from "qrcode"

/** An inline SVG of `payload` (error correction M, as banking apps read VietQR codes). */
export function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } })
}
