/** The fields of the producer's livestream form: platform, link, title, product, start and end on Vietnam's clock. */
import { LIVESTREAM_PLATFORMS, type LivestreamValues } from "~/lib/producer-livestream"
import type { MessageKey } from "~/lib/i18n"
import { useT } from "~/lib/use-lang"
import { Field, inputClass } from "./portal"

export function LivestreamFields({ values, errors, products }: { values: LivestreamValues; errors: Record<string, MessageKey>; products: { id: string; title: string }[] }) {
  const t = useT()
  const err = (name: string) => (errors[name] ? t(errors[name]) : undefined)
  return (
    <>
      <div>
        <label htmlFor="platform" className="block text-sm font-medium">
          {t("portal.live.platform")}
        </label>
        <select id="platform" name="platform" defaultValue={values.platform} aria-invalid={errors.platform ? true : undefined} className={inputClass}>
          {LIVESTREAM_PLATFORMS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.name}
            </option>
          ))}
        </select>
        {errors.platform && <p className="mt-1 text-sm text-red-700">{t(errors.platform)}</p>}
      </div>
      <Field name="url" type="url" inputMode="url" label={t("portal.live.url")} defaultValue={values.url} hint={t("portal.live.url.hint")} error={err("url")} placeholder="https://" />
      <Field name="title" label={t("portal.live.titleField")} maxLength={200} defaultValue={values.title} error={err("title")} />
      <div>
        <label htmlFor="product_id" className="block text-sm font-medium">
          {t("portal.live.product")}
        </label>
        <select id="product_id" name="product_id" defaultValue={values.product_id} className={inputClass}>
          <option value="">{t("portal.live.noProduct")}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="starts_at" type="datetime-local" label={t("portal.live.start")} defaultValue={values.starts_at} error={err("starts_at")} />
        <Field name="ends_at" type="datetime-local" label={t("portal.live.end")} defaultValue={values.ends_at} error={err("ends_at")} />
      </div>
    </>
  )
}
