/**
 * `/producer/products/new`: a new listing with its pictures, saved as a draft
 * (`POST /producer/uploads`, then `POST /producer/products`). One multipart form that
 * works without JavaScript.
 */
import { Form, Link, data, redirect } from "react-router"
import type { Route } from "./+types/product-new"
import { Notice, PageTitle, cardClass, primaryButton } from "~/components/portal"
import { ImageInput, ListingFields } from "~/components/portal-listing"
import { requestLang, translator } from "~/lib/i18n"
import { createBody, listingValues, productValues, readListingForm, type ListingErrors } from "~/lib/producer-listing"
import type { PortalProduct } from "~/lib/producer-portal"
import { chosenFiles, portalCall, portalToken, refusalMessage, uploadImages } from "~/lib/producer-portal.server"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  portalToken(request)
  return null
}

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const form = await request.formData()
  const read = readListingForm(form)
  const values = listingValues(form, Number(form.get("variant-rows")) || 1)
  const refuse = (errors: ListingErrors, message: string | null, upload: string | null = null) => data({ errors, message, upload, values }, { status: 400 })
  if (Object.keys(read.errors).length) return refuse(read.errors, t("portal.form.fix"))

  let images: string[] = []
  const files = chosenFiles(form)
  if (files.length) {
    const uploaded = await uploadImages(request, files)
    if (!uploaded.ok) return refuse({}, null, t("portal.listing.uploadRefused", { message: refusalMessage(uploaded, t("portal.error.backend")) }))
    images = uploaded.body.images.map((i) => i.url)
  }
  const created = await portalCall<{ product: PortalProduct }>(request, "POST", "/producer/products", { json: createBody(read, images) })
  if (!created.ok) return refuse({}, t("portal.error.refused", { message: refusalMessage(created, t("portal.error.backend")) }))
  throw redirect(`/producer/products/${created.body.product.id}?saved=created`, { status: 303 })
}

export default function NewProduct({ actionData }: Route.ComponentProps) {
  const t = useT()
  const values = actionData?.values ?? productValues(null)
  return (
    <div className="space-y-4">
      <PageTitle>{t("portal.listing.new")}</PageTitle>
      <Form method="post" encType="multipart/form-data" noValidate className="space-y-4">
        {actionData?.message && <Notice tone="error">{actionData.message}</Notice>}
        <ListingFields values={values} errors={actionData?.errors ?? {}} />
        <div className={cardClass}>
          <ImageInput error={actionData?.upload} />
        </div>
        <p className="text-sm text-stone-600">{t("portal.listing.draftNote")}</p>
        <div className="flex gap-3">
          <button type="submit" className={`${primaryButton} flex-1`}>
            {t("portal.listing.create")}
          </button>
          <Link to="/producer/products" className="inline-flex min-h-11 items-center px-3 text-stone-700 underline">
            {t("portal.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: `${t("portal.listing.new")} – ${t("portal.name")}` }, { name: "robots", content: "noindex" }]
}
