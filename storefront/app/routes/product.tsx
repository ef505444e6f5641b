import { Form, Link, data, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/product"
import { LivestreamSection } from "~/components/livestreams"
import { OcopBadge } from "~/components/ocop-badge"
import { ProducerLogo, VerifiedMark, producerPath } from "~/components/producer-card"
import { productPath } from "~/components/product-card"
import { isExpired, pastCertificates, selectVariant, type ProductDetail } from "~/lib/catalog"
import { getCatalogProduct } from "~/lib/catalog.server"
import { formatDate, isoDate } from "~/lib/dates"
import { parseQuantity } from "~/lib/cart"
import { addToCart } from "~/lib/cart.server"
import { groupLabel, legalFormLabel, requestLang, translator } from "~/lib/i18n"
import { largestImage, responsiveImage } from "~/lib/images"
import { formatMoney } from "~/lib/money"
import { plainText, productJsonLd } from "~/lib/seo"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

export async function loader({ params, request }: Route.LoaderArgs) {
  const product = await getCatalogProduct(params.handle)
  if (!product) throw data(null, { status: 404 })
  const url = new URL(request.url)
  const selected = selectVariant(product.variants, url.searchParams.get("variant"))
  return {
    product,
    selectedVariantId: selected?.id ?? null,
    canonical: `${url.origin}${productPath(product.handle)}`,
    producerUrl: product.producer ? `${url.origin}${producerPath(product.producer.handle)}` : undefined,
    now: new Date().toISOString(),
  }
}

/** "Thêm vào giỏ": adds the chosen variant, then shows the cart (a plain form, no JavaScript needed). */
export async function action({ params, request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const product = await getCatalogProduct(params.handle)
  if (!product) throw data(null, { status: 404 })
  const variant = product.variants.find((v) => v.id === form.get("variant_id"))
  if (!variant) return data({ cartError: t("product.addError", { message: t("product.options") }) }, { status: 400 })
  const quantity = parseQuantity(form.get("quantity"))
  if (quantity === null) return data({ cartError: t("product.addError.quantity") }, { status: 400 })
  const added = await addToCart(request, variant.id, quantity)
  if (!added.ok) {
    const stock = /inventory|stock/i.test(added.message)
    return data({ cartError: stock ? t("product.addError.stock") : t("product.addError", { message: added.message }) }, { status: added.status >= 500 ? 502 : 400 })
  }
  const headers = new Headers()
  if (added.setCookie) headers.append("Set-Cookie", added.setCookie)
  throw redirect(`/gio-hang?added=1${added.stale ? `&notice=${added.stale}` : ""}`, { status: 303, headers })
}

function AddToCart({ variantId, error }: { variantId: string; error: string | null }) {
  const t = useT()
  const navigation = useNavigation()
  const busy = navigation.state !== "idle" && navigation.formData?.get("variant_id") === variantId
  return (
    <Form method="post" className="mt-6">
      <input type="hidden" name="variant_id" value={variantId} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="quantity" className="block text-sm font-medium text-stone-800">
            {t("product.quantity")}
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            defaultValue={1}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "add-error" : undefined}
            className="mt-1 h-11 w-20 rounded-lg border border-stone-300 bg-white px-2 text-center"
          />
        </div>
        <button type="submit" disabled={busy} className="h-11 flex-1 rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:flex-none">
          {t("product.addToCart")}
        </button>
      </div>
      {error && (
        <p id="add-error" role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </Form>
  )
}

function Gallery({ product }: { product: ProductDetail }) {
  const t = useT()
  const widths = product.metadata?.image_sizes
  const urls = product.images.length ? product.images.map((i) => i.url) : product.thumbnail ? [product.thumbnail] : []
  if (urls.length === 0) {
    return (
      <div aria-hidden="true" className="flex aspect-square items-center justify-center rounded-2xl bg-stone-100 text-6xl text-stone-300">
        ◇
      </div>
    )
  }
  return (
    <section aria-label={t("product.gallery")}>
      <ul className="flex snap-x snap-mandatory overflow-x-auto rounded-2xl bg-stone-100 [scrollbar-width:none]">
        {urls.map((url, index) => {
          const image = responsiveImage(url, 800, widths)
          return (
            <li key={url} id={`photo-${index + 1}`} className="w-full shrink-0 snap-center">
              <img
                src={image?.src}
                srcSet={image?.srcSet}
                sizes="(min-width: 1152px) 552px, (min-width: 1024px) 48vw, 100vw"
                width={1200}
                height={1200}
                loading={index === 0 ? "eager" : "lazy"}
                fetchPriority={index === 0 ? "high" : undefined}
                decoding="async"
                alt={t("product.image", { title: product.title, index: index + 1 })}
                className="aspect-square w-full object-cover"
              />
            </li>
          )
        })}
      </ul>
      {urls.length > 1 && (
        <ul className="mt-3 grid grid-cols-5 gap-2">
          {urls.map((url, index) => {
            const thumb = responsiveImage(url, 400, widths)
            return (
              <li key={url}>
                <a href={`#photo-${index + 1}`} className="block overflow-hidden rounded-lg ring-1 ring-stone-200 hover:ring-brand-600">
                  <img
                    src={thumb?.src}
                    width={400}
                    height={400}
                    loading="lazy"
                    decoding="async"
                    alt={t("product.image", { title: product.title, index: index + 1 })}
                    className="aspect-square w-full object-cover"
                  />
                </a>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function VariantChoice({ product, selectedId }: { product: ProductDetail; selectedId: string | null }) {
  const t = useT()
  if (product.variants.length < 2) return null
  const label = product.options.length === 1 ? product.options[0].title : t("product.options")
  return (
    <div className="mt-5">
      <p id="variant-label" className="text-sm font-medium text-stone-800">
        {label}
      </p>
      <ul aria-labelledby="variant-label" className="mt-2 flex flex-wrap gap-2">
        {product.variants.map((variant) => {
          const selected = variant.id === selectedId
          return (
            <li key={variant.id}>
              <Link
                to={`?variant=${encodeURIComponent(variant.id)}`}
                replace
                preventScrollReset
                aria-current={selected ? "true" : undefined}
                className={`inline-flex min-h-10 items-center rounded-lg border px-4 text-sm font-medium ${
                  selected
                    ? "border-brand-600 bg-brand-50 text-brand-700 ring-1 ring-brand-600"
                    : "border-stone-300 bg-white text-stone-800 hover:border-brand-600"
                }`}
              >
                {variant.title}
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

function Certificate({ product }: { product: ProductDetail }) {
  const t = useT()
  const lang = useLang()
  const ocop = product.ocop
  const past = pastCertificates(product)
  const row = "grid grid-cols-[9rem_1fr] gap-3 py-2 sm:grid-cols-[11rem_1fr]"
  return (
    <section id="ocop" aria-labelledby="ocop-heading" className="scroll-mt-4 rounded-2xl border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="ocop-heading" className="text-lg font-semibold">
        {t("product.ocop")}
      </h2>
      {ocop ? (
        <>
          <dl className="mt-3 divide-y divide-stone-100 text-sm">
            <div className={row}>
              <dt className="text-stone-600">{t("product.ocop.level")}</dt>
              <dd className="font-medium">{t("ocop.badge", { star: ocop.star })}</dd>
            </div>
            <div className={row}>
              <dt className="text-stone-600">{t("product.ocop.decision")}</dt>
              <dd className="font-medium">{ocop.decision_number}</dd>
            </div>
            <div className={row}>
              <dt className="text-stone-600">{t("product.ocop.authority")}</dt>
              <dd>{ocop.issuing_authority}</dd>
            </div>
            <div className={row}>
              <dt className="text-stone-600">{t("product.ocop.decisionDate")}</dt>
              <dd>
                <time dateTime={isoDate(ocop.decision_date)}>{formatDate(ocop.decision_date)}</time>
              </dd>
            </div>
            <div className={row}>
              <dt className="text-stone-600">{t("product.ocop.validUntil")}</dt>
              <dd>
                <time dateTime={isoDate(ocop.expires_at)}>{formatDate(ocop.expires_at)}</time>
              </dd>
            </div>
            <div className={row}>
              <dt className="text-stone-600">{t("product.ocop.group")}</dt>
              <dd>{groupLabel(lang, ocop.product_group)}</dd>
            </div>
            {ocop.score !== null && (
              <div className={row}>
                <dt className="text-stone-600">{t("product.ocop.score")}</dt>
                <dd>{ocop.score}/100</dd>
              </div>
            )}
          </dl>
        </>
      ) : (
        <p className="mt-2 text-sm text-stone-600">{t("product.ocop.none")}</p>
      )}
      {past.length > 0 && (
        <>
          <h3 className="mt-5 text-sm font-semibold text-stone-800">{t("product.ocop.history")}</h3>
          <ul className="mt-2 space-y-2 text-sm text-stone-600">
            {past.map((c) => (
              <li key={`${c.decision_number}-${c.decision_date}`} className="rounded-lg bg-stone-50 px-3 py-2">
                {t("product.ocop.past", {
                  star: c.star,
                  number: c.decision_number,
                  authority: c.issuing_authority,
                  from: formatDate(c.decision_date),
                  until: formatDate(c.expires_at),
                })}
                {isExpired(c) && <span className="font-medium text-stone-700"> · {t("product.ocop.expired")}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function ProducerBox({ product }: { product: ProductDetail }) {
  const t = useT()
  const lang = useLang()
  const producer = product.producer
  if (!producer) return null
  return (
    <section aria-labelledby="producer-heading" className="rounded-2xl border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="producer-heading" className="text-lg font-semibold">
        {t("product.producer")}
      </h2>
      <div className="mt-3 flex gap-3">
        <ProducerLogo url={producer.logo_url} name={producer.name} size={56} />
        <div className="min-w-0">
          <p className="font-semibold leading-snug">
            <Link to={producerPath(producer.handle)} className="hover:text-brand-700 hover:underline">
              {producer.name}
            </Link>
          </p>
          <p className="text-sm text-stone-600">
            {legalFormLabel(lang, producer.legal_form)} · {producer.commune}, {producer.province}
          </p>
          {producer.verified && <VerifiedMark className="mt-1" />}
        </div>
      </div>
      {producer.description && <p className="mt-3 line-clamp-4 text-sm text-stone-700">{producer.description}</p>}
      <p className="mt-4">
        <Link to={producerPath(producer.handle)} className="text-sm font-semibold text-brand-700 hover:underline">
          {t("product.viewProducer")}
          <span aria-hidden="true"> →</span>
        </Link>
      </p>
    </section>
  )
}

export default function Product({ loaderData, actionData }: Route.ComponentProps) {
  const { product, selectedVariantId, now } = loaderData
  const t = useT()
  const selected = product.variants.find((v) => v.id === selectedVariantId) ?? null
  const price = selected?.price ?? product.price?.min ?? null
  const origin = typeof product.metadata?.origin === "string" ? product.metadata.origin : null
  const paragraphs = (product.description ?? "").split(/\n\s*\n/).filter((p) => p.trim())
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-stone-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link to="/" className="hover:text-brand-700 hover:underline">
              {t("nav.home")}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li>
            <Link to="/san-pham" className="hover:text-brand-700 hover:underline">
              {t("nav.products")}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li aria-current="page" className="truncate text-stone-900">
            {product.title}
          </li>
        </ol>
      </nav>

      <div className="grid gap-6 lg:grid-cols-2 lg:gap-10">
        <Gallery product={product} />
        <div>
          {product.ocop && <OcopBadge star={product.ocop.star} size="lg" />}
          <h1 className="mt-3 text-2xl font-bold leading-tight sm:text-3xl">{product.title}</h1>
          {product.subtitle && <p className="mt-2 text-stone-700">{product.subtitle}</p>}
          {product.producer && (
            <p className="mt-3 text-sm text-stone-700">
              {t("product.producer")}:{" "}
              <Link to={producerPath(product.producer.handle)} className="font-medium text-brand-700 hover:underline">
                {product.producer.name}
              </Link>
            </p>
          )}
          <p className="mt-5 text-3xl font-bold text-brand-700">
            <span className="sr-only">{t("product.price")}: </span>
            {price === null ? t("price.onRequest") : formatMoney(price, product.price?.currency_code ?? "vnd")}
          </p>
          {selected?.sku && <p className="mt-1 text-xs text-stone-500">{t("product.sku", { sku: selected.sku })}</p>}
          <VariantChoice product={product} selectedId={selectedVariantId} />
          {selected && price !== null ? (
            <AddToCart variantId={selected.id} error={actionData?.cartError ?? null} />
          ) : (
            <p className="mt-6 rounded-lg bg-brand-50 px-4 py-3 text-sm text-brand-700">{t("product.orderSoon")}</p>
          )}
          <div className="mt-6">
            <LivestreamSection livestreams={product.livestreams} now={now} />
          </div>
          <div className="mt-6">
            <Certificate product={product} />
          </div>
        </div>
      </div>

      <div className="mt-10 grid gap-6 lg:grid-cols-[3fr_2fr] lg:gap-10">
        <div className="space-y-8">
          {paragraphs.length > 0 && (
            <section aria-labelledby="description-heading">
              <h2 id="description-heading" className="text-lg font-semibold">
                {t("product.description")}
              </h2>
              <div className="mt-2 space-y-3 text-stone-800">
                {paragraphs.map((p, i) => (
                  <p key={i} className="whitespace-pre-line">
                    {p.trim()}
                  </p>
                ))}
              </div>
            </section>
          )}
          {(origin || product.producer) && (
            <section aria-labelledby="origin-heading">
              <h2 id="origin-heading" className="text-lg font-semibold">
                {t("product.origin")}
              </h2>
              {origin && <p className="mt-2 text-stone-800">{origin}</p>}
              {product.producer && (
                <p className="mt-1 text-sm text-stone-600">
                  {product.producer.commune}, {product.producer.province}
                </p>
              )}
            </section>
          )}
        </div>
        <div>
          <ProducerBox product={product} />
        </div>
      </div>
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const lang = langFromMatches(matches)
  const t = translator(lang)
  if (!data) return [{ title: t("error.notFound.title") }]
  const { product, canonical, producerUrl } = data
  const title = `${product.title} – ${t("site.name")}`
  const description = plainText(product.description ?? product.subtitle, 160) || product.title
  const image = largestImage(product.images[0]?.url ?? product.thumbnail, product.metadata?.image_sizes)
  const tags: Route.MetaDescriptors = [
    { title },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: canonical },
    { property: "og:type", content: "product" },
    { property: "og:title", content: product.title },
    { property: "og:description", content: description },
    { property: "og:url", content: canonical },
    { property: "og:site_name", content: t("site.name") },
    { property: "og:locale", content: lang === "en" ? "en_US" : "vi_VN" },
  ]
  if (image) tags.push({ property: "og:image", content: image })
  if (product.price) {
    tags.push({ property: "product:price:amount", content: String(Math.round(product.price.min)) })
    tags.push({ property: "product:price:currency", content: "VND" })
  }
  tags.push({ "script:ld+json": productJsonLd(product, { url: canonical, producerUrl }) })
  return tags
}
