import type { Route } from "./+types/home"
import { formatMoney } from "~/lib/money"
import { medusa, vndRegionId } from "~/lib/medusa.server"

type ProductCard = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  fromPrice: number | null
}

export async function loader() {
  const regionId = await vndRegionId()
  const { products } = await medusa().store.product.list({
    region_id: regionId,
    fields: "id,handle,title,subtitle,*variants.calculated_price",
    limit: 24,
    order: "title",
  })
  const cards: ProductCard[] = products.map((product) => {
    const amounts = (product.variants ?? [])
      .map((variant) => variant.calculated_price?.calculated_amount)
      .filter((amount): amount is number => typeof amount === "number")
    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle ?? null,
      fromPrice: amounts.length ? Math.min(...amounts) : null,
    }
  })
  return { products: cards }
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { products } = loaderData
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <header className="mb-8">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-600">Chợ OCOP Quảng Ninh</p>
        <h1 className="mt-1 text-3xl font-bold">Đặc sản OCOP từ tận nơi sản xuất</h1>
        <p className="mt-2 max-w-2xl text-stone-600">
          Sản phẩm được xếp hạng 3–5 sao, mua trực tiếp từ doanh nghiệp, hợp tác xã và hộ sản xuất, có nguồn gốc rõ ràng.
        </p>
      </header>
      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="mb-4 text-xl font-semibold">
          Sản phẩm
        </h2>
        {products.length === 0 ? (
          <p className="text-stone-600">Chưa có sản phẩm nào.</p>
        ) : (
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {products.map((product) => (
              <li key={product.id}>
                <article className="flex h-full flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                  <h3 className="font-semibold">{product.title}</h3>
                  {product.subtitle && <p className="mt-1 text-sm text-stone-600">{product.subtitle}</p>}
                  <p className="mt-auto pt-3 text-lg font-semibold text-brand-700">
                    {product.fromPrice === null ? "Liên hệ" : `từ ${formatMoney(product.fromPrice)}`}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}

export function meta() {
  return [
    { title: "Chợ OCOP Quảng Ninh – Đặc sản 3 đến 5 sao" },
    { name: "description", content: "Mua đặc sản OCOP Quảng Ninh trực tiếp từ người sản xuất, có truy xuất nguồn gốc." },
  ]
}
