/**
 * Words that mean the same thing to a shopper: Vietnamese product names and
 * the English a tourist in Hạ Long types ("nước mắm" ~ "fish sauce").
 *
 * Used three ways, the same for every provider:
 * - documents carry the other members of every group their title or subtitle
 *   mentions (`search_aliases`), so "fish sauce" finds "Nước mắm Cái Rồng";
 * - the Meilisearch provider also gets them as index `synonyms`;
 * - re-ranking and highlighting read an English query through its Vietnamese
 *   equivalents, so "honey" ranks and marks "Mật ong rừng …" like "mat ong".
 *
 * Phrases are specific on purpose: "trà" alone is also the place "Trà Cổ" and
 * "nấm" the place "Nam Sơn" once folded, so tea is "trà hoa vàng", "chè búp"…
 * and mushrooms "nấm lim xanh", never a bare "trà" or "nấm".
 */
import { containsPhrase, searchTokens } from "./text"

export type SynonymGroup = readonly string[]

export const SYNONYMS: readonly SynonymGroup[] = [
  ["nước mắm", "fish sauce"],
  ["mắm tôm", "shrimp paste"],
  ["chả mực", "squid cake", "squid paste"],
  ["mực", "squid", "cuttlefish"],
  ["mực một nắng", "sun-dried squid"],
  ["chả cá", "fish cake"],
  ["cá thu", "mackerel", "fish"],
  ["sá sùng", "peanut worm", "sea worm", "sipunculid"],
  ["hải sâm", "sea cucumber"],
  ["ngán", "clam"],
  ["hàu", "oyster", "oysters"],
  ["tôm he", "tôm khô", "dried shrimp", "shrimp", "prawn"],
  ["miến dong", "glass noodles", "arrowroot noodles", "vermicelli", "noodles"],
  ["dầu sở", "camellia oil", "tea seed oil"],
  ["gà", "chicken"],
  ["khoai sọ", "taro"],
  ["mật ong", "honey"],
  ["măng khô", "măng", "bamboo shoots", "bamboo shoot"],
  ["gạo nếp", "sticky rice", "glutinous rice", "rice"],
  ["bánh chưng", "rice cake", "chung cake"],
  ["bánh gật gù", "rice paper", "rice crackers"],
  ["vải chín", "lychee", "litchi"],
  ["trà hoa vàng", "golden camellia tea", "golden camellia", "tea"],
  ["trà giảo cổ lam", "giảo cổ lam", "jiaogulan", "tea"],
  ["chè búp", "chè xanh", "green tea", "tea"],
  ["rượu", "wine", "liquor", "spirit"],
  ["rượu mơ", "apricot wine", "plum wine"],
  ["rượu sim", "rose myrtle wine"],
  ["rượu nếp", "rice wine", "sticky rice wine"],
  ["ba kích", "morinda", "morinda root"],
  ["nấm lim xanh", "nấm lim", "lingzhi", "ganoderma", "reishi", "mushroom", "mushrooms"],
  ["thuốc tắm", "herbal bath"],
  ["dầu xoa bóp", "massage oil", "liniment"],
  ["thảo dược", "dược liệu", "herbal", "herbs", "medicinal herbs"],
  ["gốm", "pottery", "ceramic", "ceramics"],
  ["ấm chén", "tea set", "teapot"],
  ["than đá", "coal"],
  ["tranh than đá", "coal painting"],
  ["tượng", "statue", "sculpture"],
  ["ngọc trai", "pearl", "pearls"],
  ["trang sức", "jewelry", "jewellery"],
  ["thổ cẩm", "brocade"],
  ["thêu", "embroidery", "embroidered"],
  ["túi", "bag"],
  ["mây tre đan", "mây tre", "rattan", "wicker", "bamboo basket"],
  ["giỏ", "basket"],
  ["mai vàng", "apricot blossom", "ochna"],
  ["lan kim điệp", "lan rừng", "hoa lan", "orchid", "orchids"],
  ["bonsai", "cây cảnh", "ornamental plant"],
  ["homestay", "nghỉ nhà dân", "home stay"],
  ["du lịch", "tour", "travel", "tourism"],
  ["du lịch cộng đồng", "community tourism"],
  ["du lịch sinh thái", "sinh thái", "ecotourism", "eco tourism"],
  ["chèo kayak", "kayak", "kayaking"],
  ["làng chài", "fishing village"],
  ["trải nghiệm", "experience"],
  ["khô", "dried"],
]

type FoldedGroup = string[][]

const FOLDED: FoldedGroup[] = SYNONYMS.map((group) => group.map((phrase) => searchTokens(phrase)))

/** Folded phrases that mean the same as something the text mentions, the text's own words excluded. */
export function aliasesFor(text: string): string[] {
  const tokens = searchTokens(text)
  const out = new Set<string>()
  for (const group of FOLDED) {
    if (!group.some((phrase) => containsPhrase(tokens, phrase) >= 0)) continue
    for (const phrase of group) if (containsPhrase(tokens, phrase) < 0) out.add(phrase.join(" "))
  }
  return [...out]
}

/**
 * Other ways to say the query: each synonym phrase the query contains replaced
 * by the other members of its group, one replacement at a time.
 */
export function queryVariants(tokens: readonly string[], limit = 12): string[][] {
  const variants: string[][] = []
  const seen = new Set([tokens.join(" ")])
  for (const group of FOLDED) {
    for (const phrase of group) {
      const at = containsPhrase(tokens, phrase)
      if (at < 0) continue
      for (const other of group) {
        if (other === phrase) continue
        const variant = [...tokens.slice(0, at), ...other, ...tokens.slice(at + phrase.length)]
        const key = variant.join(" ")
        if (seen.has(key)) continue
        seen.add(key)
        variants.push(variant)
        if (variants.length >= limit) return variants
      }
    }
  }
  return variants
}

/** The groups as Meilisearch `synonyms` settings: every member maps to every other member. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, Set<string>> = {}
  for (const group of FOLDED) {
    const phrases = group.map((phrase) => phrase.join(" "))
    for (const phrase of phrases) {
      out[phrase] ??= new Set()
      for (const other of phrases) if (other !== phrase) out[phrase].add(other)
    }
  }
  return Object.fromEntries(Object.entries(out).map(([key, values]) => [key, [...values].sort()]))
}
