import { Link, data } from "react-router"
import type { Route } from "./+types/producer"
import { LivestreamSection } from "~/components/livestreams"
import { ProductGrid } from "~/components/product-card"
import { ProducerLogo, VerifiedMark, producerPath } from "~/components/producer-card"
import type { SocialLinks } from "~/lib/catalog"
import { getProducer } from "~/lib/catalog.server"
import { legalFormLabel, translator } from "~/lib/i18n"
import { largestImage, responsiveImage } from "~/lib/images"
import { plainText } from "~/lib/seo"
import { langFromMatches, useLang, useT } from "~/lib/use-lang"

export async function loader({ params, request }: Route.LoaderArgs) {
  const producer = await getProducer(params.handle)
  if (!producer) throw data(null, { status: 404 })
  const url = new URL(request.url)
  return { producer, canonical: `${url.origin}${producerPath(producer.handle)}`, now: new Date().toISOString() }
}

const SOCIAL_NAMES: Record<keyof SocialLinks, string> = {
  facebook: "Facebook",
  zalo: "Zalo",
  tiktok: "TikTok",
  youtube: "YouTube",
}

/** Only http(s) links reach an href; anything else is shown as text. */
function safeHref(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value.includes("://") ? value : `https://${value}`)
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null
  } catch {
    return null
  }
}

function displayUrl(href: string): string {
  return href.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")
}

export default function Producer({ loaderData }: Route.ComponentProps) {
  const { producer, now } = loaderData
  const t = useT()
  const lang = useLang()
  const cover = responsiveImage(producer.cover_url, 1200)
  const website = safeHref(producer.website)
  const socials = Object.entries(producer.social_links ?? {})
    .map(([network, value]) => ({ network: network as keyof SocialLinks, href: safeHref(value) }))
    .filter((s): s is { network: keyof SocialLinks; href: string } => Boolean(s.href && SOCIAL_NAMES[s.network]))
  const address = [producer.street, producer.commune, producer.province].filter(Boolean).join(", ")
  const hasContact = producer.phone || producer.email || website || socials.length > 0
  return (
    <div>
      <div className="relative h-40 bg-gradient-to-r from-brand-700 to-brand-600 sm:h-64">
        {cover && (
          <img
            src={cover.src}
            srcSet={cover.srcSet}
            sizes="100vw"
            width={1200}
            height={400}
            alt=""
            fetchPriority="high"
            className="h-full w-full object-cover"
          />
        )}
      </div>
      <div className="mx-auto max-w-6xl px-4">
        <div className="relative z-10 -mt-10 flex flex-col gap-3 sm:flex-row sm:items-end sm:gap-5">
          <div className="w-fit rounded-full bg-white p-1 shadow">
            <ProducerLogo url={producer.logo_url} name={producer.name} size={96} />
          </div>
          <div className="pb-1">
            <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{producer.name}</h1>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
              <span>{legalFormLabel(lang, producer.legal_form)}</span>
              {producer.verified && <VerifiedMark />}
            </p>
          </div>
        </div>

        <div className="mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-6">
            <LivestreamSection livestreams={producer.livestreams} now={now} showProduct />
            {producer.description && <p className="text-lg text-stone-800">{producer.description}</p>}
            {producer.story && (
              <section aria-labelledby="story-heading">
                <h2 id="story-heading" className="text-lg font-semibold">
                  {t("producer.story")}
                </h2>
                <div className="mt-2 space-y-3 text-stone-800">
                  {producer.story
                    .split(/\n\s*\n/)
                    .filter((p) => p.trim())
                    .map((p, i) => (
                      <p key={i} className="whitespace-pre-line">
                        {p.trim()}
                      </p>
                    ))}
                </div>
              </section>
            )}
          </div>
          <aside className="space-y-5 rounded-2xl border border-stone-200 bg-white p-4 text-sm sm:p-6">
            <section aria-labelledby="address-heading">
              <h2 id="address-heading" className="font-semibold">
                {t("producer.address")}
              </h2>
              <address className="mt-1 not-italic text-stone-800">{address}</address>
              {producer.former_locality && (
                <p className="mt-1 text-xs text-stone-500">{t("producer.former", { place: producer.former_locality })}</p>
              )}
            </section>
            {hasContact && (
              <section aria-labelledby="contact-heading">
                <h2 id="contact-heading" className="font-semibold">
                  {t("producer.contact")}
                </h2>
                <dl className="mt-1 space-y-1 text-stone-800">
                  {producer.phone && (
                    <div className="flex gap-2">
                      <dt className="text-stone-600">{t("producer.phone")}:</dt>
                      <dd>
                        <a href={`tel:${producer.phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 hover:underline">
                          {producer.phone}
                        </a>
                      </dd>
                    </div>
                  )}
                  {producer.email && (
                    <div className="flex gap-2">
                      <dt className="text-stone-600">{t("producer.email")}:</dt>
                      <dd className="min-w-0 break-all">
                        <a href={`mailto:${producer.email}`} className="text-brand-700 hover:underline">
                          {producer.email}
                        </a>
                      </dd>
                    </div>
                  )}
                  {website && (
                    <div className="flex gap-2">
                      <dt className="text-stone-600">{t("producer.website")}:</dt>
                      <dd className="min-w-0 break-all">
                        <a href={website} rel="noopener" target="_blank" className="text-brand-700 hover:underline">
                          {displayUrl(website)}
                        </a>
                      </dd>
                    </div>
                  )}
                </dl>
                {socials.length > 0 && (
                  <ul aria-label={t("producer.social")} className="mt-3 flex flex-wrap gap-2">
                    {socials.map((s) => (
                      <li key={s.network}>
                        <a
                          href={s.href}
                          rel="noopener"
                          target="_blank"
                          className="inline-flex rounded-full border border-stone-300 px-3 py-1 text-xs font-medium hover:border-brand-600 hover:text-brand-700"
                        >
                          {SOCIAL_NAMES[s.network]}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
          </aside>
        </div>

        <section aria-labelledby="products-heading" className="mt-10">
          <h2 id="products-heading" className="mb-4 text-xl font-semibold sm:text-2xl">
            {t("producer.products", { name: producer.name })}
          </h2>
          {producer.products.length === 0 ? (
            <p className="text-stone-600">{t("producer.noProducts")}</p>
          ) : (
            <ProductGrid products={producer.products} />
          )}
        </section>
        <p className="mt-8">
          <Link to="/nha-san-xuat" className="text-sm font-medium text-brand-700 hover:underline">
            <span aria-hidden="true">← </span>
            {t("nav.producers")}
          </Link>
        </p>
      </div>
    </div>
  )
}

export function meta({ data, matches }: Route.MetaArgs) {
  const lang = langFromMatches(matches)
  const t = translator(lang)
  if (!data) return [{ title: t("error.notFound.title") }]
  const { producer, canonical } = data
  const title = `${producer.name} – ${t("site.name")}`
  const description = plainText(producer.description ?? producer.story, 160) || producer.name
  const image = largestImage(producer.cover_url ?? producer.logo_url)
  const tags: Route.MetaDescriptors = [
    { title },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: canonical },
    { property: "og:type", content: "profile" },
    { property: "og:title", content: producer.name },
    { property: "og:description", content: description },
    { property: "og:url", content: canonical },
    { property: "og:locale", content: lang === "en" ? "en_US" : "vi_VN" },
  ]
  if (image) tags.push({ property: "og:image", content: image })
  return tags
}
