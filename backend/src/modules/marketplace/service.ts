import { MedusaService } from "@medusajs/framework/utils"
import ProducerOrder from "./models/producer-order"

/** Producer orders: each producer's part of a shopper's order. */
class MarketplaceModuleService extends MedusaService({ ProducerOrder }) {}

export default MarketplaceModuleService
