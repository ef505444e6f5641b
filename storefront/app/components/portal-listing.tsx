/**
 * The fields of the producer's listing form (create and edit): words, then one row per
 * variant with its VND price and stock. Prices may be typed "125.000" or "125000".
 */
import type { ListingErrors, ListingValues } from "~/lib/producer-listing"
import { UPLOAD_LIMITS } from "~/lib/producer-listing"
import { useT } from "~/lib/use-lang"
import { Field, cardClass, inputClass } from "./portal"

export function ListingFields({ values, errors }: { values: ListingValues; errors: ListingErrors }) {
  const t = useT()
  const err = (name: string) => (errors[name] ? t(errors[name]) : undefined)
  // On an existing listing, the empty rows add variants.
  const stored = values.variants.some((v) => v.id)
  return (
    <>
      <fieldset className={`${cardClass} space-y-4`}>
        <legend className="px-1 font-semibold">{t("portal.listing.about")}</legend>
        <Field name="title" label={t("portal.listing.title")} required maxLength={200} defaultValue={values.title} error={err("title")} />
        <Field name="subtitle" label={t("portal.listing.subtitle")} maxLength={200} defaultValue={values.subtitle} error={err("subtitle")} hint={t("portal.listing.subtitle.hint")} />
        <div>
          <label htmlFor="description" className="block text-sm font-medium">
            {t("portal.listing.description")}
          </label>
          <textarea
            id="description"
            name="description"
            rows={5}
            maxLength={5000}
            defaultValue={values.description}
            aria-invalid={errors.description ? true : undefined}
            className={inputClass}
          />
          {errors.description && <p className="mt-1 text-sm text-red-700">{t(errors.description)}</p>}
        </div>
      </fieldset>
      <fieldset className={`${cardClass} space-y-4`}>
        <legend className="px-1 font-semibold">{t("portal.listing.variants")}</legend>
        <p className="text-sm text-stone-600">{t("portal.listing.variants.lead")}</p>
        <Field
          name="option_title"
          label={t("portal.listing.optionTitle")}
          maxLength={50}
          defaultValue={values.option_title}
          readOnly={stored}
          hint={stored ? undefined : t("portal.listing.optionTitle.hint")}
          error={err("option_title")}
          className={stored ? "[&_input]:bg-stone-100" : undefined}
        />
        <input type="hidden" name="variant-rows" value={values.variants.length} />
        <ol className="space-y-4">
          {values.variants.map((v, row) => (
            <li key={row} className="rounded-xl border border-stone-200 p-3">
              <p className="mb-2 text-sm font-medium text-stone-700">{v.id || !stored ? t("portal.listing.variant", { n: row + 1 }) : t("portal.listing.variantNew", { n: row + 1 })}</p>
              {v.id && <input type="hidden" name={`variant-${row}-id`} value={v.id} />}
              <div className="grid grid-cols-2 gap-3">
                <Field className="col-span-2" id={`variant-${row}-title`} name={`variant-${row}-title`} label={t("portal.listing.variantTitle")} defaultValue={v.title} error={err(`variant-${row}-title`)} placeholder={t("portal.listing.variantTitle.placeholder")} />
                <Field
                  id={`variant-${row}-price`}
                  name={`variant-${row}-price`}
                  label={t("portal.listing.price")}
                  inputMode="numeric"
                  defaultValue={v.price}
                  placeholder="125.000"
                  error={err(`variant-${row}-price`)}
                />
                <Field id={`variant-${row}-stock`} name={`variant-${row}-stock`} label={t("portal.listing.stock")} inputMode="numeric" defaultValue={v.stock} placeholder="0" error={err(`variant-${row}-stock`)} />
              </div>
            </li>
          ))}
        </ol>
        <p className="text-xs text-stone-600">{t("portal.listing.price.hint")}</p>
      </fieldset>
    </>
  )
}

/** A file input for product pictures, with the limits said before choosing. */
export function ImageInput({ error, label }: { error?: string | null; label?: string }) {
  const t = useT()
  return (
    <div>
      <label htmlFor="files" className="block text-sm font-medium">
        {label ?? t("portal.listing.images")}
      </label>
      <input
        id="files"
        name="files"
        type="file"
        multiple
        accept={UPLOAD_LIMITS.types.join(",")}
        aria-describedby="files-hint"
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full text-sm file:mr-3 file:min-h-10 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:font-medium file:text-brand-700"
      />
      <p id="files-hint" className="mt-1 text-xs text-stone-600">
        {t("portal.listing.images.limits", { files: UPLOAD_LIMITS.maxFiles, mb: UPLOAD_LIMITS.maxMegabytes })}
      </p>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
