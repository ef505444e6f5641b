/**
 * `/producer/products/:id`: one of the producer's listings — its status (with the
 * operator's reason when rejected), pictures (add, remove), words, variants with prices
 * and stock, and "submit for review". Another producer's listing answers 404 from the
 * backend, and so here.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/product-edit"
import { Notice, PageTitle, StatusBadge, cardClass, primaryButton, secondaryButton } from "~/components/portal"
import { ImageInput, ListingFields } from "~/components/portal-listing"
import { requestLang, translator } from "~/lib/i18n"
import { listingValues, productValues, readListingForm, updateBody, type ListingErrors } from "~/lib/producer-listing"
import type { PortalProduct } from "~/lib/producer-portal"
import { chosenFiles, portalCall, portalGet, refusalMessage, uploadImages } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"

const SAVED = ["created", "saved", "uploaded", "removed", "submitted"] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const { product } = await portalGet<{ product: PortalProduct }>(request, `/producer/products/${encodeURIComponent(params.id)}`)
  const saved = new URL(request.url).searchParams.get("saved")
  return { product, saved: SAVED.find((s) => s === saved) ?? null }
}

export async function action({ request, params }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const path = `/producer/products/${encodeURIComponent(params.id)}`
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "save")
  const done = (saved: (typeof SAVED)[number]) => redirect(`${path}?saved=${saved}`, { status: 303 })
  const refused = (answer: { body: { message?: string } }) => t("portal.error.refused", { message: refusalMessage(answer, t("portal.error.backend")) })
  const { product } = await portalGet<{ product: PortalProduct }>(request, path)

  if (intent === "submit") {
    const answer = await portalCall(request, "POST", `${path}/submit`, { json: {} })
    if (!answer.ok) return data({ intent, message: refused(answer), errors: {} as ListingErrors, values: null }, { status: 400 })
    throw done("submitted")
  }
  if (intent === "upload") {
    const files = chosenFiles(form)
    if (!files.length) return data({ intent, message: t("portal.listing.noFile"), errors: {}, values: null }, { status: 400 })
    const uploaded = await uploadImages(request, files)
    if (!uploaded.ok) {
      return data({ intent, message: t("portal.listing.uploadRefused", { message: refusalMessage(uploaded, t("portal.error.backend")) }), errors: {}, values: null }, { status: 400 })
    }
    const images = [...product.images.map((i) => i.url), ...uploaded.body.images.map((i) => i.url)].slice(0, 10)
    const answer = await portalCall(request, "POST", path, { json: { images } })
    if (!answer.ok) return data({ intent, message: refused(answer), errors: {}, values: null }, { status: 400 })
    throw done("uploaded")
  }
  if (intent === "remove-image") {
    const url = String(form.get("url") ?? "")
    const answer = await portalCall(request, "POST", path, { json: { images: product.images.map((i) => i.url).filter((u) => u !== url) } })
    if (!answer.ok) return data({ intent, message: refused(answer), errors: {}, values: null }, { status: 400 })
    throw done("removed")
  }
  const read = readListingForm(form)
  const values = listingValues(form, Number(form.get("variant-rows")) || 1)
  if (Object.keys(read.errors).length) return data({ intent, message: t("portal.form.fix"), errors: read.errors, values }, { status: 400 })
  const body = updateBody(read, product)
  if (Object.keys(body).length) {
    const answer = await portalCall(request, "POST", path, { json: body })
    if (!answer.ok) return data({ intent, message: refused(answer), errors: {}, values }, { status: 400 })
  }
  throw done("saved")
}

export default function EditProduct({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { product, saved } = loaderData
  const canSubmit = product.status === "draft" || product.status === "rejected"
  return (
    <div className="space-y-4">
      <PageTitle>{product.title}</PageTitle>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={product.status} label={t(`portal.listing.status.${product.status}`)} />
        <span className="text-stone-600">{t(`portal.listing.status.${product.status}.help`)}</span>
      </p>
      {product.status === "rejected" && product.rejection_reason && <Notice tone="error">{t("portal.listing.rejectedBecause", { reason: product.rejection_reason })}</Notice>}
      {saved && !actionData && <Notice tone="success">{t(`portal.listing.saved.${saved}`)}</Notice>}
      {actionData?.message && actionData.intent !== "save" && <Notice tone="error">{actionData.message}</Notice>}
      {product.status === "published" && (
        <p>
          <Link to={`/san-pham/${product.handle}`} className="text-sm font-medium text-brand-700 underline">
            {t("portal.listing.viewInShop")}
          </Link>
        </p>
      )}

      {canSubmit && (
        <Form method="post" className={`${cardClass} space-y-2`}>
          <p className="text-sm text-stone-700">{t("portal.listing.submit.lead")}</p>
          <button type="submit" name="intent" value="submit" className={`${primaryButton} w-full`}>
            {t("portal.listing.submit")}
          </button>
        </Form>
      )}

      <section aria-labelledby="images-heading" className={`${cardClass} space-y-3`}>
        <h2 id="images-heading" className="font-semibold">
          {t("portal.listing.images")}
        </h2>
        {product.images.length === 0 ? (
          <p className="text-sm text-stone-600">{t("portal.listing.noImages")}</p>
        ) : (
          <ul className="grid grid-cols-3 gap-2">
            {product.images.map((image, i) => (
              <li key={image.id} className="space-y-1">
                <img src={image.url.replace(/-1200\.webp$/, "-400.webp")} alt={t("portal.listing.imageAlt", { n: i + 1, title: product.title })} className="aspect-square w-full rounded-lg bg-stone-100 object-cover" loading="lazy" />
                <Form method="post">
                  <input type="hidden" name="url" value={image.url} />
                  <button type="submit" name="intent" value="remove-image" className="min-h-9 w-full rounded-lg text-xs font-medium text-red-700 hover:bg-red-50">
                    {t("portal.listing.removeImage")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        <Form method="post" encType="multipart/form-data" className="space-y-3">
          <ImageInput label={t("portal.listing.addImages")} />
          <button type="submit" name="intent" value="upload" className={secondaryButton}>
            {t("portal.listing.upload")}
          </button>
        </Form>
      </section>

      <Form method="post" noValidate className="space-y-4">
        {actionData?.message && actionData.intent === "save" && <Notice tone="error">{actionData.message}</Notice>}
        <ListingFields values={actionData?.values ?? productValues(product)} errors={actionData?.errors ?? {}} />
        {product.status === "published" && <p className="text-sm text-amber-800">{t("portal.listing.editPublished")}</p>}
        <button type="submit" name="intent" value="save" className={`${primaryButton} w-full`}>
          {t("portal.listing.save")}
        </button>
      </Form>
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${data?.product.title ?? t("portal.nav.products")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
