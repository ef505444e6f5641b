import { MedusaService } from "@medusajs/framework/utils"
import OcopCertificate from "./models/ocop-certificate"
import Producer from "./models/producer"
import ProducerInvite from "./models/producer-invite"
import ProducerMember from "./models/producer-member"

/** Producers, their OCOP certificates, and the members who manage their shops. */
class OcopModuleService extends MedusaService({ Producer, OcopCertificate, ProducerMember, ProducerInvite }) {}

export default OcopModuleService
