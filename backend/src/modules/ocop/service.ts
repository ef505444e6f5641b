import { MedusaService } from "@medusajs/framework/utils"
import OcopCertificate from "./models/ocop-certificate"
import Producer from "./models/producer"

/** Producers and their OCOP certificates. */
class OcopModuleService extends MedusaService({ Producer, OcopCertificate }) {}

export default OcopModuleService
