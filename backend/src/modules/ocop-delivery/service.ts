/**
 * Delivery by the producers themselves: each producer ships its own parcel, so
 * the calculated price is one parcel fee per producer in the cart (free over a
 * threshold per producer). The rates live on the shipping option's `data`
 * (`parcel_fee`, `free_over`), so the operator can change them; the producer of
 * each product comes from the pricing context, filled by the hook in
 * backend/src/workflows/checkout/hooks. Without it (a flow that has no cart) the
 * whole cart is priced as one parcel.
 */
import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService } from "@medusajs/framework/utils"
import { OCOP_DELIVERY_IDENTIFIER, PARCEL_CONTEXT_KEY, PARCEL_OPTION_ID } from "./constants"
import { parcelRates, parcelsTotal, priceParcels, type ParcelItem } from "./lib/parcels"

class OcopDeliveryProviderService extends AbstractFulfillmentProviderService {
  static identifier = OCOP_DELIVERY_IDENTIFIER

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: PARCEL_OPTION_ID, name: "Giao hàng: mỗi nhà sản xuất một kiện" }]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return data?.id === PARCEL_OPTION_ID
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<Record<string, unknown>> {
    return data ?? {}
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const producers = ((context as Record<string, unknown>)[PARCEL_CONTEXT_KEY] ?? null) as Record<string, string | null> | null
    const items = ((context as { items?: ParcelItem[] }).items ?? []) as ParcelItem[]
    // Without the producers every product falls in one group: one parcel.
    const parcels = priceParcels(items, producers ?? {}, parcelRates(optionData))
    return { calculated_amount: parcelsTotal(parcels), is_calculated_price_tax_inclusive: true }
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    // The producer hands the parcel to a courier of its choice; nothing is booked here.
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default OcopDeliveryProviderService
