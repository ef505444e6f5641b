import { Link } from "react-router"
import type { CatalogProduct } from "~/lib/catalog"
import { responsiveImage } from "~/lib/images"
import type { SearchHighlight } from "~/lib/search"
import { Highlighted } from "./highlighted"
import { OcopBadge } from "./ocop-badge"
import { FromPrice } from "./price"
import { productPath } from "~/lib/paths"

/** Card image widths: two columns on a phone, three on a tablet, four on a desktop. */
export const CARD_SIZES = "(min-width: 1024px) 270px, (min-width: 640px) 33vw, 50vw"

export { productPath }

/** A product, with the search's highlights (title and a fragment of the description) when it is a search hit. */
export type CardProduct = CatalogProduct & { highlight?: SearchHighlight | null }

export function ProductCard({ product, headingLevel = 3 }: { product: CardProduct; headingLevel?: 2 | 3 }) {
  const image = responsiveImage(product.thumbnail, 400)
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md focus-within:ring-2 focus-within:ring-brand-600">
      <div className="relative aspect-square bg-stone-100">
        {image ? (
          <img
            src={image.src}
            srcSet={image.srcSet}
            sizes={CARD_SIZES}
            width={400}
            height={400}
            loading="lazy"
            decoding="async"
            alt=""
            className="h-full w-full object-cover"
          />
        ) : (
          <div aria-hidden="true" className="flex h-full items-center justify-center text-4xl text-stone-300">
            ◇
          </div>
        )}
        {product.ocop && (
          <div className="absolute left-2 top-2">
            <OcopBadge star={product.ocop.star} />
          </div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <Heading className="text-sm font-semibold leading-snug text-stone-900 sm:text-base">
          <Link to={productPath(product.handle)} className="outline-none after:absolute after:inset-0" prefetch="intent">
            <Highlighted html={product.highlight?.title} fallback={product.title} />
          </Link>
        </Heading>
        {product.producer && <p className="line-clamp-2 text-xs text-stone-600">{product.producer.name}</p>}
        {product.highlight?.description && (
          <p className="line-clamp-3 text-xs leading-relaxed text-stone-700">
            <Highlighted html={product.highlight.description} />
          </p>
        )}
        <FromPrice price={product.price} className="mt-auto pt-2 text-sm font-semibold text-brand-700 sm:text-base" />
      </div>
    </article>
  )
}

/**
 * Products in a grid of 2, 3 or 4 columns. `compact` shows whole rows only:
 * 4 products on a phone, 6 on a tablet, 8 on a desktop.
 */
export function ProductGrid({ products, label, compact = false }: { products: CardProduct[]; label?: string; compact?: boolean }) {
  const visibility = (index: number) => (!compact || index < 4 ? undefined : index < 6 ? "hidden sm:block" : "hidden lg:block")
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className={visibility(index)}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}
