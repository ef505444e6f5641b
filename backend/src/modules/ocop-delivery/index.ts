/** Delivery by producers, one parcel each: the `ocop-delivery_ocop-delivery` fulfillment provider. */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OcopDeliveryProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [OcopDeliveryProviderService] })
