// QR codes of Digital Link URIs (qrcode@1.5.4): SVG text and PNG bytes, error correction M, 4-module quiet zone.
import QRCode from "qrcode"

export interface QrSvgOptions {
  /** quiet zone in modules (default 4, the QR standard's minimum) */
  margin?: number
  /** dark and light colours (default black on white) */
  dark?: string
  light?: string
}

/** An SVG (no XML declaration, sized by its viewBox) of a QR code holding exactly `uri`. */
export function qrSvg(uri: string, opts: QrSvgOptions = {}): Promise<string> {
  return QRCode.toString(uri, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: opts.margin ?? 4,
    color: { dark: opts.dark ?? "#000000", light: opts.light ?? "#ffffff" },
  }).then((svg) => svg.trim())
}

/** A PNG of about `sizePx` pixels square of a QR code holding exactly `uri`. */
export function qrPng(uri: string, sizePx = 300): Promise<Buffer> {
  return QRCode.toBuffer(uri, { type: "png", errorCorrectionLevel: "M", margin: 4, width: sizePx })
}
