/**
 * The Medusa JS SDK, server-side only: the publishable key never reaches the browser.
 */
import Medusa from "@medusajs/js-sdk"
import { serverEnv } from "./env.server"

let sdk: Medusa | undefined

export function medusa(): Medusa {
  if (!sdk) {
    const env = serverEnv()
    sdk = new Medusa({ baseUrl: env.MEDUSA_BACKEND_URL, publishableKey: env.MEDUSA_PUBLISHABLE_KEY })
  }
  return sdk
}

let regionId: Promise<string> | undefined

/** The id of the region that sells in VND (Việt Nam); prices are computed for it. */
export function vndRegionId(): Promise<string> {
  regionId ??= medusa()
    .store.region.list({ fields: "id,currency_code" })
    .then(({ regions }) => {
      const region = regions.find((r) => r.currency_code === "vnd")
      if (!region) throw new Error("No region sells in VND: run the seed (npm start does it on first run)")
      return region.id
    })
    .catch((error) => {
      regionId = undefined
      throw error
    })
  return regionId
}
