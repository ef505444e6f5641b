import type { PriceRange } from "~/lib/catalog"
import { formatMoney } from "~/lib/money"
import { useT } from "~/lib/use-lang"

/** "từ 220.000 ₫" for a range, the amount alone when every variant costs the same. */
export function FromPrice({ price, className }: { price: PriceRange | null; className?: string }) {
  const t = useT()
  if (!price) return <p className={className}>{t("price.onRequest")}</p>
  const amount = formatMoney(price.min, price.currency_code)
  return <p className={className}>{price.max > price.min ? t("price.from", { price: amount }) : amount}</p>
}
