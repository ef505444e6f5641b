/**
 * Illustrations of the seed, drawn as SVG: no text (fonts may be missing on a
 * fresh machine), no downloads. A picture is a background scene (sea, hills,
 * a table, a dark velvet, a pattern) and a subject drawn for the product's
 * motif (a squid, a bottle, a vase…), with colours picked by a PRNG seeded with
 * the product, so the same product always gets the same pictures.
 *
 * Subjects are drawn around (0, 0) in a box of about ±200 units; scenes use a
 * 1200 × 900 view box (4:3), logos 1000 × 1000. The first picture of a product
 * shows its subject in its scene, the second the subject aside, the third a
 * flat lay of three.
 */
import type { ArtMotif } from "../data/kinds"
import { createRng, type Rng } from "../data/prng"

// ── colours ──────────────────────────────────────────────────────────────────

export function hsl(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360
  const sat = Math.max(0, Math.min(100, s)) / 100
  const light = Math.max(0, Math.min(100, l)) / 100
  const k = (n: number) => (n + hue / 30) % 12
  const a = sat * Math.min(light, 1 - light)
  const f = (n: number) => light - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, "0")
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`
}

type Palette = {
  /** Main hue of the scene. */
  hue: number
  /** Hue of the subject's accent. */
  accent: number
  rng: Rng
}

/** Liquid colours by product kind (bottles and jars). */
const LIQUID: Record<string, [number, number, number]> = {
  "nuoc-mam": [28, 70, 38],
  "dau-so": [48, 80, 58],
  "ruou-mo": [38, 85, 55],
  "ruou-nep": [45, 45, 82],
  "ruou-ba-kich": [340, 55, 32],
  "ruou-sim": [300, 45, 25],
  "dau-xoa-bop": [22, 70, 40],
  "mat-ong": [40, 90, 50],
  "mam-tom": [330, 30, 55],
  "ba-kich-mat-ong": [30, 75, 42],
  "cao-tra-hoa-vang": [30, 55, 25],
}

// ── small shapes ─────────────────────────────────────────────────────────────

const f1 = (n: number) => Math.round(n * 10) / 10
const g = (content: string, transform = "") => `<g${transform ? ` transform="${transform}"` : ""}>${content}</g>`

function leaf(x: number, y: number, length: number, angle: number, fill: string, vein = "none"): string {
  const w = length * 0.38
  return g(
    `<path d="M0 0 C ${f1(w)} ${f1(-length * 0.25)} ${f1(w)} ${f1(-length * 0.75)} 0 ${f1(-length)} C ${f1(-w)} ${f1(-length * 0.75)} ${f1(-w)} ${f1(-length * 0.25)} 0 0Z" fill="${fill}"/>` +
      (vein === "none" ? "" : `<path d="M0 0 L0 ${f1(-length * 0.92)}" stroke="${vein}" stroke-width="${f1(length / 40)}" fill="none"/>`),
    `translate(${f1(x)} ${f1(y)}) rotate(${f1(angle)})`
  )
}

function flower(x: number, y: number, r: number, petals: number, fill: string, centre: string, turn = 0): string {
  let out = ""
  for (let i = 0; i < petals; i++) {
    const a = turn + (360 / petals) * i
    out += `<ellipse cx="0" cy="${f1(-r * 0.55)}" rx="${f1(r * 0.42)}" ry="${f1(r * 0.58)}" fill="${fill}" transform="rotate(${f1(a)})"/>`
  }
  out += `<circle r="${f1(r * 0.28)}" fill="${centre}"/>`
  for (let i = 0; i < 8; i++) {
    const a = (Math.PI * 2 * i) / 8
    out += `<circle cx="${f1(Math.cos(a) * r * 0.2)}" cy="${f1(Math.sin(a) * r * 0.2)}" r="${f1(r * 0.05)}" fill="${hsl(30, 80, 35)}"/>`
  }
  return g(out, `translate(${f1(x)} ${f1(y)})`)
}

function wave(y: number, amplitude: number, length: number, fill: string, phase: number, width = 1200, bottom = 900): string {
  let d = `M0 ${f1(y)}`
  for (let x = 0; x < width; x += length) {
    const a = (x / length + phase) % 2 === 0 ? -amplitude : amplitude
    d += ` Q ${f1(x + length / 2)} ${f1(y + a)} ${f1(x + length)} ${f1(y)}`
  }
  return `<path d="${d} L${width} ${bottom} L0 ${bottom}Z" fill="${fill}"/>`
}

function hills(baseY: number, height: number, count: number, fill: string, rng: Rng, width = 1200, bottom = 900): string {
  let d = `M0 ${f1(baseY)}`
  const step = width / count
  for (let i = 0; i < count; i++) {
    const peak = baseY - height * (0.5 + rng.next() * 0.5)
    d += ` Q ${f1(step * i + step / 2)} ${f1(peak)} ${f1(step * (i + 1))} ${f1(baseY + rng.int(-20, 20))}`
  }
  return `<path d="${d} L${width} ${bottom} L0 ${bottom}Z" fill="${fill}"/>`
}

/** Tall rounded karst islands of Hạ Long bay. */
function karst(x: number, baseY: number, width: number, height: number, fill: string): string {
  const w = width / 2
  return `<path d="M${f1(x - w)} ${f1(baseY)} C ${f1(x - w * 1.05)} ${f1(baseY - height * 0.7)} ${f1(x - w * 0.55)} ${f1(baseY - height * 1.05)} ${f1(x)} ${f1(baseY - height)} C ${f1(x + w * 0.6)} ${f1(baseY - height * 0.95)} ${f1(x + w * 1.1)} ${f1(baseY - height * 0.6)} ${f1(x + w)} ${f1(baseY)}Z" fill="${fill}"/>`
}

// ── subjects ─────────────────────────────────────────────────────────────────

type Subject = (p: Palette, kind: string) => string

const squid: Subject = ({ accent, rng }) => {
  const body = hsl(accent + 5, 60, 78)
  const shade = hsl(accent, 55, 62)
  let tentacles = ""
  for (let i = 0; i < 8; i++) {
    const x = -54 + i * 15.5
    const sway = rng.int(-30, 30)
    tentacles += `<path d="M${f1(x)} 60 C ${f1(x + sway)} 110 ${f1(x - sway)} 150 ${f1(x + sway / 2)} ${190 + rng.int(-15, 15)}" stroke="${shade}" stroke-width="11" stroke-linecap="round" fill="none"/>`
  }
  return (
    `<path d="M-118 -120 L0 -215 L118 -120Z" fill="${shade}"/>` +
    tentacles +
    `<path d="M0 -200 C 75 -150 78 20 52 70 L -52 70 C -78 20 -75 -150 0 -200Z" fill="${body}"/>` +
    `<path d="M-20 -150 C -30 -90 -30 -20 -22 40" stroke="${hsl(accent, 60, 86)}" stroke-width="10" fill="none" stroke-linecap="round"/>` +
    `<circle cx="-26" cy="52" r="13" fill="#fff"/><circle cx="26" cy="52" r="13" fill="#fff"/>` +
    `<circle cx="-24" cy="54" r="7" fill="#223"/><circle cx="28" cy="54" r="7" fill="#223"/>`
  )
}

const fish: Subject = ({ hue, rng }) => {
  const body = hsl(hue + 10, 35, 70)
  const back = hsl(hue + 15, 45, 38)
  let stripes = ""
  for (let i = 0; i < 6; i++) {
    const x = -110 + i * 38
    stripes += `<path d="M${x} -62 q 10 ${rng.int(18, 28)} 0 ${rng.int(40, 52)}" stroke="${back}" stroke-width="7" fill="none" stroke-linecap="round"/>`
  }
  return (
    `<path d="M150 0 L230 -70 L215 0 L230 70Z" fill="${back}"/>` +
    `<path d="M-200 0 C -150 -95 90 -105 160 0 C 90 105 -150 95 -200 0Z" fill="${body}"/>` +
    `<path d="M-190 -8 C -120 -90 90 -100 158 -4 C 60 -45 -90 -40 -190 -8Z" fill="${back}"/>` +
    stripes +
    `<path d="M-40 -70 L10 -120 L40 -66Z" fill="${back}"/>` +
    `<circle cx="-145" cy="-12" r="13" fill="#fff"/><circle cx="-143" cy="-11" r="7" fill="#1b1b2a"/>` +
    `<path d="M-110 -40 q 18 40 0 80" stroke="${hsl(hue, 30, 55)}" stroke-width="5" fill="none"/>`
  )
}

const shrimp: Subject = ({ accent }) => {
  const shell = hsl(accent + 8, 78, 60)
  const edge = hsl(accent, 75, 45)
  let segments = ""
  for (let i = 0; i < 6; i++) {
    const a = -150 + i * 38
    const r = 120 - i * 9
    const x = Math.cos((a * Math.PI) / 180) * 95
    const y = Math.sin((a * Math.PI) / 180) * 95
    segments += `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(r * 0.5)}" fill="${i % 2 ? shell : hsl(accent + 12, 80, 66)}" stroke="${edge}" stroke-width="4"/>`
  }
  return (
    `<path d="M60 100 L140 150 L120 80Z" fill="${edge}"/><path d="M60 100 L150 95 L110 60Z" fill="${shell}"/>` +
    segments +
    `<path d="M-120 -40 C -200 -120 -160 -190 -40 -200" stroke="${edge}" stroke-width="5" fill="none"/>` +
    `<path d="M-110 -30 C -230 -60 -230 -160 -150 -210" stroke="${edge}" stroke-width="4" fill="none"/>` +
    `<circle cx="-82" cy="-40" r="9" fill="#1b1b2a"/>`
  )
}

const shell: Subject = ({ accent, rng }) => {
  let out = ""
  const count = 3
  for (let k = 0; k < count; k++) {
    const x = (k - 1) * 130
    const y = k === 1 ? -40 : 40
    const l = rng.int(50, 70)
    const fill = hsl(accent + k * 12, 30, l)
    let ridges = ""
    for (let i = -4; i <= 4; i++) {
      ridges += `<path d="M0 70 L${i * 24} -60" stroke="${hsl(accent, 35, l - 18)}" stroke-width="4"/>`
    }
    out += g(
      `<path d="M-110 -30 C -100 -110 100 -110 110 -30 C 100 30 40 70 0 72 C -40 70 -100 30 -110 -30Z" fill="${fill}"/>${ridges}` +
        `<path d="M-110 -30 C -100 -110 100 -110 110 -30" stroke="${hsl(accent, 40, l + 20)}" stroke-width="8" fill="none"/>`,
      `translate(${x} ${y}) rotate(${rng.int(-20, 20)}) scale(0.85)`
    )
  }
  return out
}

const seaworm: Subject = ({ accent, rng }, kind) => {
  const dark = kind === "hai-sam"
  const fill = dark ? hsl(accent - 10, 25, 24) : hsl(accent + 20, 50, 62)
  const dots = dark ? hsl(accent, 25, 38) : hsl(accent + 10, 60, 48)
  let out = ""
  for (let k = 0; k < 3; k++) {
    const y = -90 + k * 90
    const bend = rng.int(-40, 40)
    let bumps = ""
    for (let i = 0; i < 9; i++) bumps += `<circle cx="${-150 + i * 36}" cy="${f1(Math.sin(i) * 6)}" r="${dark ? 9 : 5}" fill="${dots}"/>`
    out += g(
      `<path d="M-190 0 C -120 ${bend - 40} 120 ${-bend - 40} 190 0 C 120 ${-bend + 40} -120 ${bend + 40} -190 0Z" fill="${fill}"/>${bumps}`,
      `translate(0 ${y}) rotate(${rng.int(-12, 12)})`
    )
  }
  return out
}

function bottleShape(liquid: string, glass: string, cap: string, band: string, tall = 1): string {
  const h = 300 * tall
  return (
    `<rect x="-28" y="${f1(-h / 2 - 95)}" width="56" height="36" rx="6" fill="${cap}"/>` +
    `<path d="M-24 ${f1(-h / 2 - 62)} L24 ${f1(-h / 2 - 62)} L26 ${f1(-h / 2 - 10)} C 80 ${f1(-h / 2 + 20)} 82 ${f1(-h / 2 + 40)} 82 ${f1(-h / 2 + 70)} L82 ${f1(h / 2)} C 82 ${f1(h / 2 + 18)} 70 ${f1(h / 2 + 25)} 55 ${f1(h / 2 + 25)} L-55 ${f1(h / 2 + 25)} C -70 ${f1(h / 2 + 25)} -82 ${f1(h / 2 + 18)} -82 ${f1(h / 2)} L-82 ${f1(-h / 2 + 70)} C -82 ${f1(-h / 2 + 40)} -80 ${f1(-h / 2 + 20)} -26 ${f1(-h / 2 - 10)}Z" fill="${glass}"/>` +
    `<path d="M-76 ${f1(-h / 2 + 80)} L76 ${f1(-h / 2 + 80)} L76 ${f1(h / 2)} C 76 ${f1(h / 2 + 14)} 66 ${f1(h / 2 + 19)} 52 ${f1(h / 2 + 19)} L-52 ${f1(h / 2 + 19)} C -66 ${f1(h / 2 + 19)} -76 ${f1(h / 2 + 14)} -76 ${f1(h / 2)}Z" fill="${liquid}"/>` +
    `<rect x="-82" y="${f1(-h / 2 + 130)}" width="164" height="${f1(h * 0.36)}" fill="${band}"/>` +
    `<rect x="-82" y="${f1(-h / 2 + 136)}" width="164" height="6" fill="${cap}"/>` +
    `<rect x="-82" y="${f1(-h / 2 + 124 + h * 0.36)}" width="164" height="6" fill="${cap}"/>` +
    `<circle cx="0" cy="${f1(-h / 2 + 130 + h * 0.18)}" r="${f1(h * 0.1)}" fill="${cap}" opacity="0.85"/>` +
    `<path d="M-60 ${f1(-h / 2 + 60)} L-60 ${f1(h / 2 - 10)}" stroke="#fff" stroke-opacity="0.35" stroke-width="12" stroke-linecap="round"/>`
  )
}

const bottle: Subject = ({ accent, rng }, kind) => {
  const [h, s, l] = LIQUID[kind] ?? [accent, 60, 45]
  const liquid = hsl(h, s, l)
  const glass = hsl(h, 20, 88)
  const cap = hsl(accent + 180, 45, 30)
  const band = hsl(accent + rng.int(-20, 20), 55, 90)
  return (
    g(bottleShape(liquid, glass, cap, band, 1), "translate(-70 0)") +
    g(bottleShape(liquid, glass, cap, band, 0.72), "translate(95 50) scale(0.8)")
  )
}

const jar: Subject = ({ accent, rng }, kind) => {
  const [h, s, l] = LIQUID[kind] ?? [40, 85, 50]
  const fill = hsl(h, s, l)
  const lid = hsl(accent + 200, 40, 32)
  const cloth = hsl(accent + rng.int(-30, 30), 60, 60)
  let comb = ""
  if (kind === "mat-ong" || kind === "ba-kich-mat-ong") {
    for (let i = 0; i < 5; i++) {
      const x = 120 + (i % 2) * 26
      const y = 20 + i * 30
      comb += `<polygon points="${[0, 1, 2, 3, 4, 5].map((k) => `${f1(x + 17 * Math.cos((Math.PI / 3) * k))},${f1(y + 17 * Math.sin((Math.PI / 3) * k))}`).join(" ")}" fill="${hsl(h, s, l + 12)}" stroke="${hsl(h, s, l - 15)}" stroke-width="3"/>`
    }
  }
  return (
    `<path d="M-120 -40 C -130 -40 -135 -20 -135 0 L -130 150 C -128 175 -110 190 -85 190 L85 190 C 110 190 128 175 130 150 L135 0 C 135 -20 130 -40 120 -40Z" fill="${hsl(h, 25, 90)}"/>` +
    `<path d="M-125 10 L125 10 L121 150 C 120 170 105 180 85 180 L-85 180 C -105 180 -120 170 -121 150Z" fill="${fill}"/>` +
    `<rect x="-110" y="-95" width="220" height="60" rx="12" fill="${lid}"/>` +
    `<path d="M-140 -70 L140 -70 L120 -20 L-120 -20Z" fill="${cloth}"/>` +
    `<path d="M-90 -20 L-90 160" stroke="#fff" stroke-opacity="0.3" stroke-width="16" stroke-linecap="round"/>` +
    comb
  )
}

const teaCup = (accent: number, tea: string) =>
  `<ellipse cx="0" cy="110" rx="150" ry="30" fill="${hsl(accent + 160, 25, 82)}"/>` +
  `<path d="M-110 0 L110 0 C 108 70 70 110 0 110 C -70 110 -108 70 -110 0Z" fill="${hsl(accent + 170, 30, 92)}"/>` +
  `<path d="M105 25 C 150 20 150 80 95 70" stroke="${hsl(accent + 170, 30, 85)}" stroke-width="14" fill="none"/>` +
  `<ellipse cx="0" cy="2" rx="106" ry="18" fill="${tea}"/>` +
  `<path d="M-40 -30 C -60 -60 -20 -80 -40 -120 M10 -30 C -10 -60 30 -80 10 -120 M60 -30 C 40 -60 80 -80 60 -120" stroke="#fff" stroke-opacity="0.6" stroke-width="7" fill="none" stroke-linecap="round"/>`

const tea: Subject = ({ hue, rng }) => {
  let leaves = ""
  for (let i = 0; i < 7; i++) leaves += leaf(-150 + i * 50, -90 + rng.int(-25, 25), rng.int(60, 95), rng.int(-60, 60), hsl(hue + rng.int(-10, 15), 55, 32 + rng.int(0, 16)), hsl(hue, 40, 60))
  return leaves + g(teaCup(hue, hsl(70, 60, 55)), "translate(0 70)")
}

const camellia: Subject = ({ hue, rng }) => {
  let out = ""
  for (let i = 0; i < 6; i++) out += leaf(rng.int(-170, 170), rng.int(-40, 140), rng.int(80, 120), rng.int(-150, 150), hsl(hue + rng.int(-10, 10), 55, 28 + rng.int(0, 12)), hsl(hue, 45, 55))
  out += flower(-60, -20, 95, 7, hsl(48, 92, 58), hsl(40, 95, 45), rng.int(0, 50))
  out += flower(90, 40, 70, 6, hsl(50, 90, 64), hsl(40, 95, 45), rng.int(0, 50))
  out += flower(40, -130, 45, 6, hsl(46, 88, 55), hsl(40, 95, 45), rng.int(0, 50))
  return out
}

const noodles: Subject = ({ accent, rng }) => {
  let strands = ""
  for (let i = 0; i < 14; i++) {
    const y = -70 + i * 7
    strands += `<path d="M-120 ${y} C -60 ${y - rng.int(20, 40)} 0 ${y + rng.int(20, 40)} 60 ${y - 10} S 120 ${y + 20} 130 ${y}" stroke="${hsl(38, 35, 82 - (i % 3) * 5)}" stroke-width="5" fill="none"/>`
  }
  return (
    `<ellipse cx="0" cy="-40" rx="190" ry="50" fill="${hsl(accent + 190, 35, 35)}"/>` +
    strands +
    `<path d="M-190 -40 C -180 100 180 100 190 -40 C 150 -10 -150 -10 -190 -40Z" fill="${hsl(accent + 200, 40, 45)}"/>` +
    `<path d="M-150 20 C -80 60 80 60 150 20" stroke="${hsl(accent + 30, 70, 70)}" stroke-width="8" fill="none"/>` +
    `<rect x="-40" y="95" width="80" height="18" rx="9" fill="${hsl(accent + 200, 40, 35)}"/>` +
    `<path d="M120 -160 L40 -40 M150 -150 L70 -35" stroke="${hsl(30, 40, 40)}" stroke-width="9" stroke-linecap="round"/>`
  )
}

const grain: Subject = ({ hue, rng }) => {
  let out = ""
  for (let s = 0; s < 5; s++) {
    const x = -120 + s * 60
    const bend = rng.int(30, 80)
    out += `<path d="M${x} 200 C ${x} 60 ${x + bend} -60 ${x + bend * 1.6} -150" stroke="${hsl(hue + 40, 50, 40)}" stroke-width="6" fill="none"/>`
    for (let i = 0; i < 9; i++) {
      const t = i / 9
      const gx = x + bend * 1.6 * (0.35 + t * 0.65) - 4
      const gy = -150 + (1 - t) * 170
      out += `<ellipse cx="${f1(gx + (i % 2 ? 12 : -12))}" cy="${f1(gy)}" rx="9" ry="16" fill="${hsl(45, 70, 62 + (i % 3) * 5)}" transform="rotate(${i % 2 ? 30 : -30} ${f1(gx)} ${f1(gy)})"/>`
    }
  }
  out += `<ellipse cx="0" cy="170" rx="170" ry="28" fill="${hsl(42, 40, 88)}"/>`
  for (let i = 0; i < 24; i++) out += `<ellipse cx="${rng.int(-140, 140)}" cy="${rng.int(155, 180)}" rx="6" ry="3" fill="#fff" opacity="0.9"/>`
  return out
}

const chicken: Subject = ({ accent, rng }) => {
  const body = hsl(accent + 20, 65, 52 + rng.int(0, 10))
  const wing = hsl(accent + 10, 70, 38)
  const tail = hsl(accent + 150, 45, 25)
  return (
    `<path d="M90 -40 C 150 -170 230 -120 200 -30 C 190 0 150 10 120 10Z" fill="${tail}"/>` +
    `<path d="M100 -50 C 190 -150 240 -60 170 0Z" fill="${hsl(accent + 160, 50, 35)}"/>` +
    `<ellipse cx="0" cy="20" rx="150" ry="110" fill="${body}"/>` +
    `<path d="M-40 0 C 20 -30 110 10 90 70 C 50 100 -20 80 -40 0Z" fill="${wing}"/>` +
    `<circle cx="-120" cy="-90" r="62" fill="${body}"/>` +
    `<path d="M-150 -150 q 10 -30 25 -5 q 12 -30 25 -2 q 14 -25 22 5 Z" fill="${hsl(2, 80, 48)}"/>` +
    `<path d="M-178 -92 L-215 -78 L-178 -68Z" fill="${hsl(42, 90, 55)}"/>` +
    `<path d="M-165 -60 q 5 28 18 8" fill="${hsl(2, 80, 48)}"/>` +
    `<circle cx="-138" cy="-98" r="8" fill="#1b1b2a"/>` +
    `<path d="M-30 125 L-40 190 M-40 190 L-65 195 M-40 190 L-20 200 M30 125 L35 190 M35 190 L10 196 M35 190 L58 200" stroke="${hsl(44, 90, 50)}" stroke-width="10" stroke-linecap="round"/>`
  )
}

const root: Subject = ({ accent, rng }, kind) => {
  const purple = kind.startsWith("ba-kich")
  let out = ""
  for (let k = 0; k < 5; k++) {
    const x = -150 + k * 75
    const y = rng.int(-40, 60)
    const fill = purple ? hsl(330 + rng.int(-10, 10), 25, 40 + rng.int(0, 10)) : hsl(28 + rng.int(-6, 6), 35, 38 + rng.int(0, 12))
    if (purple) {
      let segs = ""
      for (let i = 0; i < 4; i++) segs += `<ellipse cx="0" cy="${-90 + i * 55}" rx="${26 - i * 2}" ry="30" fill="${fill}"/>`
      out += g(segs + `<path d="M0 -120 L0 110" stroke="${hsl(330, 30, 28)}" stroke-width="5"/>`, `translate(${x} ${y}) rotate(${rng.int(-35, 35)})`)
    } else {
      out += g(
        `<ellipse cx="0" cy="0" rx="58" ry="72" fill="${fill}"/>` +
          `<path d="M-45 -20 q 45 12 90 0 M-50 20 q 50 12 100 0" stroke="${hsl(28, 35, 26)}" stroke-width="4" fill="none"/>` +
          `<ellipse cx="-15" cy="-25" rx="14" ry="22" fill="#fff" opacity="0.18"/>`,
        `translate(${x} ${y}) rotate(${rng.int(-30, 30)})`
      )
    }
  }
  out += leaf(150, -80, 140, 30, hsl(accent + 100, 45, 38), hsl(accent + 100, 40, 60))
  return out
}

const mushroom: Subject = ({ rng }) => {
  let out = ""
  for (let k = 0; k < 3; k++) {
    const x = -120 + k * 120
    const y = k === 1 ? -50 : 40
    const r = rng.int(95, 125)
    const cap = hsl(rng.int(15, 30), 55, 32 + k * 6)
    let rings = ""
    for (let i = 1; i < 4; i++) rings += `<path d="M${f1(-r + i * 18)} 0 A ${f1(r - i * 18)} ${f1((r - i * 18) * 0.6)} 0 0 1 ${f1(r - i * 18)} 0" stroke="${hsl(35, 55, 55 + i * 8)}" stroke-width="4" fill="none"/>`
    out += g(
      `<path d="M${-r} 0 A ${r} ${f1(r * 0.6)} 0 0 1 ${r} 0Z" fill="${cap}"/>${rings}` +
        `<path d="M${-r} 0 L${r} 0" stroke="${hsl(40, 60, 80)}" stroke-width="8" stroke-linecap="round"/>` +
        `<rect x="-12" y="0" width="24" height="80" rx="10" fill="${hsl(30, 40, 35)}"/>`,
      `translate(${x} ${y}) rotate(${rng.int(-15, 15)})`
    )
  }
  return out
}

const herbs: Subject = ({ hue, rng }) => {
  let out = ""
  for (let i = 0; i < 9; i++) {
    const a = -40 + i * 10
    const stem = hsl(hue + 20, 35, 30)
    const x2 = Math.sin((a * Math.PI) / 180) * 230
    const y2 = 120 - Math.cos((a * Math.PI) / 180) * 300
    out += `<path d="M0 140 L${f1(x2)} ${f1(y2)}" stroke="${stem}" stroke-width="5"/>`
    for (let j = 1; j < 4; j++) {
      const t = j / 4
      out += leaf(x2 * t, 140 + (y2 - 140) * t, rng.int(45, 70), a + (j % 2 ? 45 : -45), hsl(hue + rng.int(-20, 20), 50, 28 + rng.int(0, 20)))
    }
  }
  out += `<rect x="-36" y="110" width="72" height="40" rx="8" fill="${hsl(30, 55, 45)}"/>`
  out += `<path d="M-36 130 L36 130" stroke="${hsl(30, 40, 30)}" stroke-width="5"/>`
  return out
}

function vaseShape(body: string, glaze: string, crackle: string, rng: Rng): string {
  let cracks = ""
  for (let i = 0; i < 10; i++) {
    const x = rng.int(-85, 85)
    const y = rng.int(-60, 150)
    cracks += `<path d="M${x} ${y} l ${rng.int(-25, 25)} ${rng.int(10, 30)} l ${rng.int(-20, 20)} ${rng.int(10, 25)}" stroke="${crackle}" stroke-width="2" fill="none"/>`
  }
  return (
    `<path d="M-40 -190 L40 -190 L34 -150 C 30 -120 110 -80 115 20 C 120 110 80 180 55 190 L-55 190 C -80 180 -120 110 -115 20 C -110 -80 -30 -120 -34 -150Z" fill="${body}"/>` +
    `<path d="M-40 -190 L40 -190 L34 -150 C 30 -120 110 -80 115 20 C 118 60 110 90 100 110 L-100 110 C -110 90 -118 60 -115 20 C -110 -80 -30 -120 -34 -150Z" fill="${glaze}"/>` +
    cracks +
    `<ellipse cx="0" cy="-190" rx="40" ry="9" fill="${hsl(25, 30, 25)}"/>` +
    `<path d="M-80 -30 C -95 30 -90 80 -75 110" stroke="#fff" stroke-opacity="0.35" stroke-width="14" fill="none" stroke-linecap="round"/>`
  )
}

const vase: Subject = ({ accent, rng }, kind) => {
  const brown = kind === "gom-binh-ruou"
  const glaze = brown ? hsl(25, 55, 28) : hsl(accent + rng.int(150, 210), 25, 78)
  const body = brown ? hsl(25, 45, 20) : hsl(30, 30, 60)
  const crackle = brown ? hsl(35, 45, 45) : hsl(accent + 180, 15, 55)
  return g(vaseShape(body, glaze, crackle, rng), "translate(-60 0)") + g(vaseShape(body, hsl(accent + rng.int(100, 140), 30, brown ? 30 : 70), crackle, rng), "translate(110 60) scale(0.62)")
}

const teapot: Subject = ({ accent, rng }) => {
  const porcelain = hsl(accent + 190, 25, 94)
  const blue = hsl(215 + rng.int(-10, 10), 60, 38)
  let motif = ""
  for (let i = 0; i < 5; i++) motif += `<path d="M${-80 + i * 36} 10 q 18 -26 36 0" stroke="${blue}" stroke-width="6" fill="none"/>`
  const cup = (x: number) =>
    g(`<path d="M-45 0 L45 0 C 42 40 25 55 0 55 C -25 55 -42 40 -45 0Z" fill="${porcelain}"/><path d="M-38 15 L38 15" stroke="${blue}" stroke-width="5"/>`, `translate(${x} 140)`)
  return (
    `<path d="M95 -10 C 170 -40 190 -90 215 -120 L228 -105 C 200 -60 180 20 110 50Z" fill="${porcelain}"/>` +
    `<path d="M-105 -30 C -190 -40 -190 70 -100 60" stroke="${porcelain}" stroke-width="18" fill="none"/>` +
    `<path d="M-120 -40 C -130 60 -80 110 0 110 C 80 110 130 60 120 -40 C 90 -80 -90 -80 -120 -40Z" fill="${porcelain}"/>` +
    motif +
    `<path d="M-60 -75 C -40 -110 40 -110 60 -75Z" fill="${blue}"/><circle cx="0" cy="-112" r="14" fill="${blue}"/>` +
    cup(-150) +
    cup(0) +
    cup(150)
  )
}

const coal: Subject = ({ accent, rng }) => {
  const gold = hsl(42 + rng.int(-5, 5), 70, 58)
  let peaks = ""
  for (let i = 0; i < 5; i++) {
    const x = -170 + i * 85 + rng.int(-15, 15)
    peaks += karst(x, 90, rng.int(60, 95), rng.int(110, 200), "none").replace('fill="none"', `fill="none" stroke="${gold}" stroke-width="4"`)
  }
  return (
    `<rect x="-230" y="-190" width="460" height="380" rx="10" fill="${hsl(accent + 20, 30, 30)}"/>` +
    `<rect x="-205" y="-165" width="410" height="330" fill="${hsl(220, 10, 9)}"/>` +
    peaks +
    `<path d="M-200 110 q 50 -14 100 0 t 100 0 t 100 0 t 100 0" stroke="${gold}" stroke-width="3" fill="none"/>` +
    `<path d="M40 60 L40 -40 L95 50Z M30 66 L110 66 L95 80 L42 80Z" fill="none" stroke="${gold}" stroke-width="4"/>` +
    `<circle cx="130" cy="-110" r="26" fill="none" stroke="${gold}" stroke-width="4"/>`
  )
}

const weave: Subject = ({ accent, rng }) => {
  const indigo = hsl(228, 45, 22)
  const red = hsl(355 + rng.int(-8, 8), 70, 45)
  const yellow = hsl(45, 85, 58)
  const white = hsl(40, 30, 92)
  let rows = ""
  for (let r = 0; r < 5; r++) {
    const y = -150 + r * 70
    const colour = [red, yellow, white, hsl(accent + 120, 50, 45)][r % 4]
    for (let c = 0; c < 7; c++) {
      const x = -180 + c * 60
      rows += r % 2 ? `<path d="M${x} ${y} l30 -25 l30 25 l-30 25Z" fill="none" stroke="${colour}" stroke-width="6"/>` : `<path d="M${x} ${y + 20} l15 -30 l15 30 l15 -30 l15 30" fill="none" stroke="${colour}" stroke-width="6"/>`
    }
  }
  return (
    `<path d="M-210 -190 L210 -190 L220 190 L-220 190Z" fill="${indigo}"/>` +
    rows +
    `<path d="M-130 -190 C -130 -290 130 -290 130 -190" stroke="${hsl(30, 50, 35)}" stroke-width="18" fill="none"/>`
  )
}

const pearl: Subject = ({ accent, rng }) => {
  let out = `<path d="M-200 60 C -200 -160 200 -160 200 60 C 120 110 -120 110 -200 60Z" fill="${hsl(accent + 200, 20, 80)}"/>`
  for (let i = -4; i <= 4; i++) out += `<path d="M0 90 L${i * 45} -110" stroke="${hsl(accent + 200, 20, 68)}" stroke-width="4"/>`
  for (let i = 0; i < 15; i++) {
    const a = Math.PI * (0.1 + (0.8 * i) / 14)
    const x = Math.cos(a) * 170
    const y = 60 + Math.sin(a) * 100
    out += `<circle cx="${f1(x)}" cy="${f1(y)}" r="20" fill="url(#pearl)"/>`
  }
  out += `<circle cx="0" cy="10" r="${rng.int(38, 46)}" fill="url(#pearl)"/>`
  return out
}

const orchid: Subject = ({ hue, rng }) => {
  let out = ""
  for (let i = 0; i < 5; i++) out += leaf(-60 + i * 30, 190, rng.int(120, 170), -50 + i * 25, hsl(hue + 10, 45, 30 + i * 3))
  out += `<path d="M0 170 C -20 40 60 -60 140 -150" stroke="${hsl(hue + 20, 30, 35)}" stroke-width="6" fill="none"/>`
  out += `<path d="M-10 150 C -40 30 -120 -40 -170 -120" stroke="${hsl(hue + 20, 30, 35)}" stroke-width="6" fill="none"/>`
  const yellow = hsl(50, 95, 55)
  const spots: [number, number][] = [
    [30, 0],
    [80, -70],
    [130, -140],
    [-60, -20],
    [-120, -80],
    [-165, -120],
  ]
  for (const [x, y] of spots) out += flower(x, y, rng.int(32, 44), 5, yellow, hsl(25, 90, 45), rng.int(0, 60))
  return out
}

const bonsai: Subject = ({ hue, rng }) => {
  let foliage = ""
  const clouds: [number, number, number][] = [
    [-120, -90, 70],
    [30, -160, 80],
    [140, -60, 60],
    [-10, -40, 55],
  ]
  for (const [x, y, r] of clouds) {
    foliage += `<ellipse cx="${x}" cy="${y}" rx="${r * 1.5}" ry="${r * 0.75}" fill="${hsl(hue + 10, 45, 28)}"/>`
    foliage += `<ellipse cx="${x - 10}" cy="${y - 12}" rx="${r * 1.2}" ry="${r * 0.5}" fill="${hsl(hue + rng.int(0, 20), 45, 38)}"/>`
  }
  return (
    `<path d="M-10 130 C -30 60 40 20 0 -30 C -30 -70 -60 -60 -110 -80 M0 -30 C 30 -80 60 -100 30 -150 M10 30 C 60 10 120 -20 140 -60" stroke="${hsl(25, 35, 28)}" stroke-width="26" fill="none" stroke-linecap="round"/>` +
    foliage +
    `<path d="M-170 130 L170 130 L140 200 L-140 200Z" fill="${hsl(15 + rng.int(0, 200), 35, 40)}"/>` +
    `<rect x="-180" y="118" width="360" height="18" rx="6" fill="${hsl(20, 30, 30)}"/>`
  )
}

const blossom: Subject = ({ rng }) => {
  let out = `<path d="M-220 180 C -120 80 -60 40 40 -20 C 120 -70 160 -120 220 -200 M-60 40 C -100 -40 -90 -120 -140 -190 M40 -20 C 60 40 130 60 190 40" stroke="${hsl(20, 30, 25)}" stroke-width="16" fill="none" stroke-linecap="round"/>`
  const spots: [number, number][] = [
    [-160, 120],
    [-80, 60],
    [0, 10],
    [90, -60],
    [170, -150],
    [-110, -60],
    [-130, -160],
    [100, 50],
    [180, 30],
    [-20, -90],
  ]
  for (const [x, y] of spots) out += flower(x + rng.int(-10, 10), y + rng.int(-10, 10), rng.int(26, 38), 5, hsl(48 + rng.int(-4, 4), 95, 55), hsl(30, 90, 45), rng.int(0, 70))
  for (let i = 0; i < 6; i++) out += leaf(rng.int(-180, 180), rng.int(-150, 150), 40, rng.int(0, 360), hsl(100, 45, 40))
  return out
}

const fruit: Subject = ({ rng }) => {
  let out = `<path d="M0 -200 C 10 -120 -20 -80 0 -40" stroke="${hsl(30, 35, 30)}" stroke-width="8" fill="none"/>`
  out += leaf(0, -160, 110, -60, hsl(110, 45, 32), hsl(110, 35, 55)) + leaf(0, -160, 100, 65, hsl(115, 45, 38), hsl(110, 35, 55))
  for (let i = 0; i < 11; i++) {
    const a = (i / 11) * Math.PI * 2
    const r = i < 6 ? 60 : 125
    const x = Math.cos(a) * r * 1.1
    const y = 40 + Math.sin(a) * r * 0.75
    let bumps = ""
    for (let b = 0; b < 6; b++) bumps += `<circle cx="${rng.int(-25, 25)}" cy="${rng.int(-25, 25)}" r="4" fill="${hsl(350, 70, 30)}" opacity="0.6"/>`
    out += g(`<circle r="42" fill="${hsl(352 + rng.int(-6, 6), 72, 44 + rng.int(0, 8))}"/>${bumps}<circle cx="-14" cy="-14" r="10" fill="#fff" opacity="0.25"/>`, `translate(${f1(x)} ${f1(y)})`)
  }
  return out
}

const boat = (sail: string, hull: string) =>
  `<path d="M-70 30 L70 30 L50 55 L-50 55Z" fill="${hull}"/><path d="M-5 25 L-5 -110 L-70 20Z" fill="${sail}"/><path d="M5 25 L5 -90 L60 20Z" fill="${sail}" opacity="0.85"/>`

const bay: Subject = ({ hue, accent }) =>
  g(boat(hsl(accent + 10, 75, 52), hsl(25, 40, 25)), "translate(-60 40) scale(1.6)") + g(boat(hsl(accent + 30, 70, 60), hsl(25, 40, 28)), "translate(150 90) scale(0.8)") + `<path d="M-230 150 q 60 -15 120 0 t 120 0 t 120 0 t 120 0" stroke="${hsl(hue, 40, 85)}" stroke-width="5" fill="none"/>`

const mountain: Subject = ({ accent, rng }) => {
  const wood = hsl(25, 40, 30 + rng.int(0, 8))
  const roof = hsl(accent + 20, 35, 22)
  let posts = ""
  for (let i = 0; i < 5; i++) posts += `<rect x="${-130 + i * 62}" y="40" width="12" height="110" fill="${wood}"/>`
  return (
    posts +
    `<rect x="-150" y="-30" width="300" height="80" fill="${hsl(30, 45, 45)}"/>` +
    `<rect x="-110" y="-10" width="50" height="40" fill="${hsl(40, 60, 75)}"/><rect x="40" y="-10" width="50" height="40" fill="${hsl(40, 60, 75)}"/>` +
    `<path d="M-200 -20 L0 -170 L200 -20Z" fill="${roof}"/>` +
    `<path d="M-170 150 L170 150" stroke="${hsl(100, 30, 25)}" stroke-width="10"/>` +
    `<path d="M60 40 L110 150" stroke="${wood}" stroke-width="10"/>`
  )
}

const cake: Subject = ({ hue, rng }, kind) => {
  if (kind === "banh-gat-gu") {
    let out = ""
    for (let i = 0; i < 6; i++) out += `<ellipse cx="${-60 + i * 24}" cy="${-20 + i * 18}" rx="150" ry="60" fill="${hsl(45, 30, 92 - i * 3)}" stroke="${hsl(40, 25, 75)}" stroke-width="3"/>`
    out += leaf(-170, 140, 120, 60, hsl(hue, 50, 35)) + leaf(170, 130, 110, -60, hsl(hue + 10, 50, 40))
    return out
  }
  const square = (x: number, y: number, s: number) =>
    g(
      `<rect x="${-s}" y="${-s}" width="${2 * s}" height="${2 * s}" rx="10" fill="${hsl(hue + rng.int(-5, 5), 50, 30)}"/>` +
        `<rect x="${-s + 10}" y="${-s + 10}" width="${2 * s - 20}" height="${2 * s - 20}" rx="6" fill="${hsl(hue, 45, 38)}"/>` +
        `<path d="M${-s} ${-s / 3} L${s} ${-s / 3} M${-s} ${s / 3} L${s} ${s / 3} M${-s / 3} ${-s} L${-s / 3} ${s} M${s / 3} ${-s} L${s / 3} ${s}" stroke="${hsl(40, 40, 75)}" stroke-width="6"/>`,
      `translate(${x} ${y}) rotate(${rng.int(-8, 8)})`
    )
  return square(-90, 20, 100) + square(110, 60, 75)
}

function berries(h: number, s: number, l: number, rng: Rng): string {
  let out = leaf(-10, -60, 90, -40, hsl(110, 45, 34)) + leaf(10, -60, 80, 50, hsl(115, 45, 40))
  for (let i = 0; i < 7; i++) {
    const x = rng.int(-90, 90)
    const y = rng.int(-30, 70)
    out += `<circle cx="${x}" cy="${y}" r="38" fill="${hsl(h, s, l + rng.int(-6, 6))}"/><circle cx="${x - 12}" cy="${y - 12}" r="9" fill="#fff" opacity="0.3"/>`
  }
  return out
}

/** A small companion beside bottles and jars, so that they tell what is inside. */
const GARNISH: Record<string, Subject> = {
  "nuoc-mam": (p, kind) => fish(p, kind),
  "mam-tom": (p, kind) => shrimp({ ...p, accent: 10 }, kind),
  "ruou-mo": ({ rng }) => berries(40, 85, 55, rng),
  "ruou-sim": ({ rng }) => berries(285, 40, 30, rng),
  "dau-so": ({ rng }) => berries(25, 40, 35, rng),
  "ruou-nep": (p, kind) => grain(p, kind),
  "ruou-ba-kich": (p) => root(p, "ba-kich"),
  "ba-kich-mat-ong": (p) => root(p, "ba-kich"),
  "cao-tra-hoa-vang": (p, kind) => camellia(p, kind),
  "dau-xoa-bop": (p, kind) => herbs(p, kind),
  "mat-ong": ({ rng }) => flower(0, 0, 90, 5, hsl(50, 90, 70), hsl(35, 90, 50), rng.int(0, 60)),
}

const SUBJECTS: Record<ArtMotif, Subject> = {
  squid,
  fish,
  shrimp,
  shell,
  seaworm,
  bottle,
  jar,
  tea,
  camellia,
  noodles,
  grain,
  chicken,
  root,
  mushroom,
  herbs,
  vase,
  teapot,
  coal,
  weave,
  pearl,
  orchid,
  bonsai,
  blossom,
  fruit,
  bay,
  mountain,
  cake,
}

// ── scenes ───────────────────────────────────────────────────────────────────

type Scene = "sea" | "hills" | "table" | "dark" | "bay" | "highland"

const SCENE: Record<ArtMotif, Scene> = {
  squid: "sea",
  fish: "sea",
  shrimp: "sea",
  shell: "sea",
  seaworm: "sea",
  bottle: "table",
  jar: "table",
  tea: "hills",
  camellia: "hills",
  noodles: "table",
  grain: "hills",
  chicken: "hills",
  root: "table",
  mushroom: "dark",
  herbs: "hills",
  vase: "table",
  teapot: "table",
  coal: "dark",
  weave: "table",
  pearl: "dark",
  orchid: "hills",
  bonsai: "table",
  blossom: "hills",
  fruit: "hills",
  bay: "bay",
  mountain: "highland",
  cake: "table",
}

/** Base hues of the scenes: sea blue, hill green, warm table… */
const SCENE_HUE: Record<Scene, [number, number]> = {
  sea: [185, 215],
  hills: [85, 130],
  table: [20, 45],
  dark: [200, 260],
  bay: [180, 205],
  highland: [90, 140],
}

/** Gradients shared by every picture: the pearl's sheen. */
const DEFS = `<radialGradient id="pearl" cx="0.35" cy="0.35" r="0.7"><stop offset="0" stop-color="#ffffff"/><stop offset="0.6" stop-color="#ece6f0"/><stop offset="1" stop-color="#b9afc4"/></radialGradient>`

/** A scene: its gradient definitions and its shapes. */
type Drawn = { defs: string; body: string }

function background(scene: Scene, p: Palette, w: number, h: number): Drawn {
  const { hue, rng } = p
  const top = (s: number, l: number) => hsl(hue + rng.int(-8, 8), s, l)
  const fill = `<rect width="${w}" height="${h}" fill="url(#bg)"/>`
  const grad = (a: string, b: string, body: string): Drawn => ({
    defs: `<linearGradient id="bg" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient>`,
    body: fill + body,
  })
  const sun = (x: number, y: number, r: number, colour: string) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}"/>`
  switch (scene) {
    case "sea":
      return grad(
        top(60, 86),
        top(55, 70),
        sun(rng.int(150, w - 150), rng.int(90, 200), rng.int(50, 90), hsl(45, 90, 80)) +
        wave(h * 0.62, 18, 150, hsl(hue, 55, 55), rng.int(0, 1), w, h) +
        wave(h * 0.72, 14, 120, hsl(hue + 5, 60, 45), rng.int(0, 1), w, h) +
        wave(h * 0.84, 10, 100, hsl(hue + 10, 65, 36), rng.int(0, 1), w, h)
      )
    case "bay": {
      let islands = ""
      for (let i = 0; i < 6; i++) islands += karst(rng.int(60, w - 60), h * 0.62, rng.int(90, 200), rng.int(140, 330), hsl(hue - 60 + rng.int(-10, 10), 25, 35 + rng.int(0, 15)))
      return grad(
        hsl(hue, 60, 88),
        hsl(hue + 15, 45, 74),
        sun(rng.int(150, w - 150), rng.int(80, 180), rng.int(45, 80), hsl(40, 95, 75)) +
        islands +
        wave(h * 0.62, 8, 200, hsl(hue, 45, 55), 0, w, h) +
        wave(h * 0.75, 10, 160, hsl(hue + 5, 50, 45), 1, w, h)
      )
    }
    case "hills":
      return grad(
        hsl(hue + 80, 55, 90),
        hsl(hue + 60, 45, 80),
        sun(rng.int(150, w - 150), rng.int(80, 180), rng.int(45, 80), hsl(50, 95, 82)) +
        hills(h * 0.55, 160, 3, hsl(hue, 30, 62), rng, w, h) +
        hills(h * 0.68, 120, 4, hsl(hue + 5, 40, 48), rng, w, h) +
        hills(h * 0.82, 80, 5, hsl(hue + 10, 45, 36), rng, w, h)
      )
    case "highland":
      return grad(
        hsl(hue + 90, 50, 88),
        hsl(hue + 70, 40, 78),
        hills(h * 0.45, 260, 3, hsl(hue + 100, 15, 62), rng, w, h) +
        hills(h * 0.6, 220, 4, hsl(hue, 30, 45), rng, w, h) +
        hills(h * 0.78, 120, 5, hsl(hue + 5, 45, 34), rng, w, h) +
        [0, 1, 2, 3].map((i) => `<path d="M0 ${f1(h * (0.84 + i * 0.04))} Q ${w / 2} ${f1(h * (0.8 + i * 0.04))} ${w} ${f1(h * (0.84 + i * 0.04))}" stroke="${hsl(hue + 20, 50, 50)}" stroke-width="6" fill="none"/>`).join("")
      )
    case "dark":
      return {
        defs: `<radialGradient id="bg" cx="0.5" cy="0.45" r="0.75"><stop offset="0" stop-color="${hsl(hue, 25, 30)}"/><stop offset="1" stop-color="${hsl(hue, 30, 10)}"/></radialGradient>`,
        body: fill + `<ellipse cx="${w / 2}" cy="${h * 0.86}" rx="${w * 0.38}" ry="${h * 0.06}" fill="#000" opacity="0.35"/>`,
      }
    case "table":
    default:
      return grad(
        hsl(hue + rng.int(0, 180), 35, 90),
        hsl(hue + rng.int(0, 60), 30, 80),
        `<circle cx="${rng.int(100, w - 100)}" cy="${rng.int(80, 300)}" r="${rng.int(140, 240)}" fill="#fff" opacity="0.25"/>` +
        `<rect y="${h * 0.72}" width="${w}" height="${h * 0.28}" fill="${hsl(hue, 35, 45)}"/>` +
        `<rect y="${h * 0.72}" width="${w}" height="10" fill="${hsl(hue, 30, 35)}"/>` +
        [1, 2, 3].map((i) => `<path d="M0 ${f1(h * (0.72 + i * 0.07))} L${w} ${f1(h * (0.72 + i * 0.07))}" stroke="${hsl(hue, 35, 40)}" stroke-width="3"/>`).join("") +
        `<ellipse cx="${w / 2}" cy="${h * 0.8}" rx="${w * 0.3}" ry="${h * 0.05}" fill="#000" opacity="0.18"/>`
      )
  }
}

/** Subjects whose colour is known: squid are pink, hens are russet, shells sandy… */
const ACCENT_HUE: Partial<Record<ArtMotif, [number, number]>> = {
  squid: [340, 375],
  shrimp: [0, 22],
  chicken: [14, 38],
  shell: [20, 55],
  seaworm: [12, 38],
}

function palette(seed: string, motif: ArtMotif): Palette {
  const rng = createRng(seed)
  const [from, to] = SCENE_HUE[SCENE[motif]]
  const [accentFrom, accentTo] = ACCENT_HUE[motif] ?? [0, 359]
  return { hue: rng.int(from, to), accent: rng.int(accentFrom, accentTo), rng }
}

/** A flat lay: three smaller subjects on a coloured backdrop with a dot pattern. */
function flatLay(p: Palette, subject: () => string): Drawn {
  const { rng } = p
  const base = rng.int(0, 359)
  const spots: [number, number, number][] = [
    [330, 300, 0.95],
    [860, 360, 1.05],
    [560, 680, 0.8],
  ]
  return {
    defs:
      `<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(base, 45, 86)}"/><stop offset="1" stop-color="${hsl(base + 40, 40, 74)}"/></linearGradient>` +
      `<pattern id="dots" width="80" height="80" patternUnits="userSpaceOnUse"><g fill="${hsl(base + 20, 40, 62)}"><circle cx="20" cy="20" r="7"/><circle cx="60" cy="60" r="7"/></g></pattern>`,
    body:
      `<rect width="1200" height="900" fill="url(#bg)"/><rect width="1200" height="900" fill="url(#dots)" opacity="0.5"/>` +
      spots.map(([x, y, k]) => g(subject(), `translate(${x} ${y}) scale(${k}) rotate(${rng.int(-18, 18)})`)).join(""),
  }
}

export type ArtRequest = {
  motif: ArtMotif
  /** The product kind, for liquid colours and variants of a motif. */
  kind: string
  /** What the colours are seeded with (e.g. the product handle). */
  seed: string
  /** 0 for the main picture; 1 and 2 show other compositions. */
  index: number
}

/** A 4:3 product picture (view box 1200 × 900), drawn at `width` pixels. */
export function productSvg(request: ArtRequest, width: number): string {
  const p = palette(`${request.seed}#${request.index}`, request.motif)
  const draw = () => SUBJECTS[request.motif](p, request.kind)
  if (request.index >= 2) {
    const { defs, body } = flatLay(p, draw)
    return svg(width, (width * 3) / 4, 1200, 900, defs, body)
  }
  const { defs, body } = background(SCENE[request.motif], p, 1200, 900)
  const garnish = GARNISH[request.kind]
  const left = request.index === 1 && p.rng.chance(0.5)
  const x = request.index === 0 ? 560 : left ? 440 : 760
  const placed =
    request.index === 0 ? g(draw(), `translate(${x} 480) scale(1.75)`) : g(draw(), `translate(${x} 500) scale(1.5) rotate(${p.rng.int(-8, 8)})`)
  const beside = garnish ? g(garnish(p, request.kind), `translate(${x < 600 ? x + 410 : x - 410} 620) scale(0.9)`) : ""
  return svg(width, (width * 3) / 4, 1200, 900, defs, body + placed + beside)
}

/** A square logo: a round badge with the producer's main motif (view box 1000 × 1000). */
export function logoSvg(request: Omit<ArtRequest, "index">, width: number): string {
  const p = palette(`${request.seed}#logo`, request.motif)
  const ring = hsl(p.accent, 55, 35)
  const inner = hsl(p.hue, 40, 90)
  const content =
    `<rect width="1000" height="1000" fill="${hsl(p.accent, 35, 96)}"/>` +
    `<circle cx="500" cy="500" r="470" fill="${ring}"/>` +
    `<circle cx="500" cy="500" r="420" fill="${inner}"/>` +
    `<circle cx="500" cy="500" r="420" fill="none" stroke="${hsl(p.accent, 50, 60)}" stroke-width="10" stroke-dasharray="6 22"/>` +
    g(SUBJECTS[request.motif](p, request.kind), "translate(500 520) scale(1.5)")
  return svg(width, width, 1000, 1000, "", content)
}

/** A 4:3 cover: the producer's landscape (sea and islands or highland) with its motif. */
export function coverSvg(request: Omit<ArtRequest, "index"> & { coastal: boolean }, width: number): string {
  const scene: Scene = request.coastal ? "bay" : "highland"
  const p = palette(`${request.seed}#cover`, request.motif)
  const { hue } = p
  const scenePalette = { ...p, hue: createRng(`${request.seed}#cover-hue`).int(...SCENE_HUE[scene]) }
  const subject = SUBJECTS[request.motif]({ ...p, hue }, request.kind)
  const { defs, body } = background(scene, scenePalette, 1200, 900)
  return svg(width, (width * 3) / 4, 1200, 900, defs, body + g(subject, "translate(820 560) scale(1.05)"))
}

function svg(width: number, height: number, viewWidth: number, viewHeight: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${viewWidth} ${viewHeight}"><defs>${DEFS}${defs}</defs>${body}</svg>`
}
