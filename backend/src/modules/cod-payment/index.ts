/** Cash on delivery (thanh toán khi nhận hàng), registered as `pp_cod_cod`. */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CodPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [CodPaymentProviderService] })
