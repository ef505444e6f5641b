import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUANG_NINH_COMMUNES } from "../../../../modules/marketplace/data/communes-quang-ninh"
import { PROVINCES } from "../../../../modules/marketplace/data/provinces"

/**
 * What the address form offers: the 34 provinces and cities (with the former provinces
 * merged into each), and the communes of the provinces whose list is known (Quảng Ninh).
 * In a cart's address: `province` the province, `city` the commune/ward, `address_1` the street.
 */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.set("Cache-Control", "public, max-age=3600")
  res.json({ provinces: PROVINCES, communes: { "Quảng Ninh": QUANG_NINH_COMMUNES } })
}
