/** The delivery provider as registered in the fulfillment module (`${identifier}_${id}`). */
export const OCOP_DELIVERY_IDENTIFIER = "ocop-delivery"
export const OCOP_DELIVERY_PROVIDER_ID = "ocop-delivery_ocop-delivery"
/** The fulfillment option our shipping option is made of. */
export const PARCEL_OPTION_ID = "ocop-parcel-per-producer"
/** Key of the pricing context where the checkout hook puts each cart product's producer. */
export const PARCEL_CONTEXT_KEY = "ocop_producers"
/** Code of the shipping option type, to find the option again. */
export const PARCEL_OPTION_TYPE_CODE = "ocop-parcel"
