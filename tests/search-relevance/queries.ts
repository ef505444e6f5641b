/**
 * The search relevance set: real queries a shopper types, with and without
 * tone marks, with typos, half-typed, in English, and the products of the seed
 * (seed/data/products.ts) that must come first. `top` lists every handle that
 * is a right first answer (several producers make the same kind of product).
 */
import { PRODUCTS } from "../../seed/data/products"

export type RelevanceCase = {
  q: string
  /** Any of these handles is a right first hit. */
  top: string[]
}

export type RelevanceGroup = { name: string; cases: RelevanceCase[] }

/** Handles of the seed whose handle starts with one of the prefixes (e.g. every "mat-ong-rung-…"). */
function kind(...prefixes: string[]): string[] {
  const found = PRODUCTS.map((p) => p.handle).filter((h) => prefixes.some((prefix) => h.startsWith(prefix)))
  if (!found.length) throw new Error(`No seeded product starts with ${prefixes.join(", ")}`)
  return found
}

/** Exactly these handles, checked against the seed. */
function only(...handles: string[]): string[] {
  for (const handle of handles) if (!PRODUCTS.some((p) => p.handle === handle)) throw new Error(`No seeded product ${handle}`)
  return handles
}

const FISH_SAUCE = kind("nuoc-mam-")
const SQUID_CAKE = kind("cha-muc-")
const SQUID = [...kind("cha-muc-"), ...kind("muc-mot-nang-")]
const HONEY = kind("mat-ong-rung-")
const MORINDA = kind("ba-kich-")
const GOLDEN_TEA = kind("tra-hoa-vang-")
const TEA = [...kind("tra-hoa-vang-"), ...kind("che-bup-"), ...kind("tra-giao-co-lam-"), ...kind("cao-tra-hoa-vang-")]
const NOODLES = kind("mien-dong-")
const POTTERY = kind("lo-hoa-gom-", "bo-am-chen-gom-", "binh-ngam-ruou-gom-")
const CHICKEN = kind("ga-")

export const RELEVANCE: RelevanceGroup[] = [
  {
    name: "Vietnamese with tone marks",
    cases: [
      { q: "Nước mắm Cái Rồng", top: only("nuoc-mam-cai-rong") },
      { q: "Trà hoa vàng", top: only("tra-hoa-vang-ba-che") },
      { q: "chả mực Hạ Long", top: only("cha-muc-ha-long") },
      { q: "ba kích tím", top: kind("ba-kich-tim-kho-") },
      { q: "mật ong rừng", top: HONEY },
      { q: "miến dong Bình Liêu", top: only("mien-dong-binh-lieu") },
      { q: "gà Tiên Yên", top: only("ga-tien-yen") },
      { q: "hải sâm Cô Tô", top: only("hai-sam-co-to") },
      { q: "rượu mơ Yên Tử", top: only("ruou-mo-yen-tu") },
      { q: "mắm tôm", top: kind("mam-tom-") },
      { q: "sá sùng Quan Lạn", top: only("sa-sung-quan-lan") },
      { q: "ngán Quảng Yên", top: only("ngan-quang-yen") },
    ],
  },
  {
    name: "without tone marks",
    cases: [
      { q: "nuoc mam cai rong", top: only("nuoc-mam-cai-rong") },
      { q: "tra hoa vang", top: only("tra-hoa-vang-ba-che") },
      { q: "cha muc ha long", top: only("cha-muc-ha-long") },
      { q: "ba kich", top: MORINDA },
      { q: "nuoc mam", top: FISH_SAUCE },
      { q: "tra hoa vang ba che", top: only("tra-hoa-vang-ba-che") },
      { q: "mien dong", top: NOODLES },
      { q: "muc mot nang", top: kind("muc-mot-nang-") },
      { q: "khoai so", top: kind("khoai-so-") },
      { q: "dau so", top: kind("dau-so-") },
      { q: "banh chung den", top: kind("banh-chung-den-") },
      { q: "thuoc tam nguoi dao", top: kind("thuoc-tam-nguoi-dao-") },
      { q: "nam lim xanh", top: kind("nam-lim-xanh-") },
      { q: "gom dong trieu", top: POTTERY },
      { q: "ga u muoi", top: kind("ga-u-muoi-") },
    ],
  },
  {
    name: "typos",
    cases: [
      { q: "nuoc mamm", top: FISH_SAUCE },
      { q: "cha mucc", top: SQUID_CAKE },
      { q: "tra hoa vangg", top: only("tra-hoa-vang-ba-che") },
      { q: "ba kichh", top: MORINDA },
      { q: "mat onng", top: HONEY },
      { q: "hai samm co to", top: only("hai-sam-co-to") },
      { q: "mien dongg", top: NOODLES },
      { q: "nouc mam", top: FISH_SAUCE },
      { q: "nuocmam", top: FISH_SAUCE },
    ],
  },
  {
    name: "the word being typed",
    cases: [
      { q: "tra hoa v", top: only("tra-hoa-vang-ba-che") },
      { q: "cha mu", top: SQUID_CAKE },
      { q: "nuoc m", top: FISH_SAUCE },
      { q: "sa su", top: kind("sa-sung-") },
      { q: "mien d", top: NOODLES },
    ],
  },
  {
    name: "English",
    cases: [
      { q: "fish sauce", top: FISH_SAUCE },
      { q: "squid", top: SQUID },
      { q: "squid cake", top: SQUID_CAKE },
      { q: "tea", top: TEA },
      { q: "golden camellia tea", top: GOLDEN_TEA },
      { q: "honey", top: HONEY },
      { q: "sea cucumber", top: only("hai-sam-co-to") },
      { q: "glass noodles", top: NOODLES },
      { q: "oyster", top: kind("hau-sua-") },
      // The pottery-making tour of Hồng Phong is pottery too; which of the equally matching titles
      // comes first then depends on the engine's order for ties (by id), so it is accepted.
      { q: "pottery", top: [...POTTERY, ...kind("tour-trai-nghiem-lam-gom-")] },
      { q: "pearl", top: only("trang-suc-ngoc-trai-bai-tu-long") },
      { q: "kayak", top: kind("cheo-kayak-") },
      { q: "chicken", top: CHICKEN },
      { q: "shrimp paste", top: kind("mam-tom-") },
      { q: "morinda", top: [...MORINDA, ...kind("ruou-ba-kich-")] },
    ],
  },
]

export const RELEVANCE_CASES = RELEVANCE.flatMap((group) => group.cases)
