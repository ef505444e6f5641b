import { MedusaService } from "@medusajs/framework/utils"
import Livestream from "./models/livestream"
import OcopCertificate from "./models/ocop-certificate"
import Producer from "./models/producer"
import ProducerInvite from "./models/producer-invite"
import ProducerMember from "./models/producer-member"

/** Producers, their OCOP certificates, the members who manage their shops, and their livestreams. */
class OcopModuleService extends MedusaService({ Producer, OcopCertificate, ProducerMember, ProducerInvite, Livestream }) {}

export default OcopModuleService
