/** Bank transfer by VietQR (chuyển khoản VietQR), registered as `pp_vietqr_vietqr`. */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProviderService] })
