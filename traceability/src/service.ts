import { MedusaService } from "@medusajs/framework/utils"
import { generateSigningKey, loadSigningKey, type PublicJwk, type SigningKey } from "./lib/signing"
import GrowingArea from "./models/growing-area"
import ProductionBatch from "./models/production-batch"
import TraceEvent from "./models/trace-event"
import TraceScan from "./models/trace-scan"
import TradeItem from "./models/trade-item"

export type TraceabilityModuleOptions = {
  /** Ed25519 private key (PKCS#8 PEM) that signs published batch records. */
  signingKeyPem?: string
  /** Public keys of earlier signing keys, still accepted when verifying old records. */
  retiredPublicKeys?: PublicJwk[]
  /** GS1 company prefix used to make GTIN-14s for variants that have none. */
  gs1CompanyPrefix?: string
  /** Where labels resolve: the storefront's public origin, e.g. https://ocop.example.vn. */
  publicBaseUrl?: string
}

/** Growing areas, production batches, EPCIS trace events, GTINs of variants and label scans. */
class TraceabilityModuleService extends MedusaService({ GrowingArea, ProductionBatch, TraceEvent, TradeItem, TraceScan }) {
  protected readonly signingKey_: SigningKey
  protected readonly retiredKeys_: PublicJwk[]
  readonly gs1CompanyPrefix: string
  readonly publicBaseUrl: string

  constructor(container: Record<string, unknown>, options: TraceabilityModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    // Without a configured key (tests, a first development run) records are signed with a key
    // that lives as long as the process; medusa-config requires a real one in production.
    this.signingKey_ = loadSigningKey(options.signingKeyPem ?? generateSigningKey().privateKeyPem)
    this.retiredKeys_ = options.retiredPublicKeys ?? []
    this.gs1CompanyPrefix = options.gs1CompanyPrefix ?? "8939999"
    this.publicBaseUrl = (options.publicBaseUrl ?? "http://127.0.0.1:8000").replace(/\/+$/, "")
  }

  /** The key that signs new records. */
  signer() {
    return this.signingKey_
  }

  /** Every public key a record may have been signed with, current first (published at a well-known URL). */
  publicKeys(): PublicJwk[] {
    return [this.signingKey_.publicJwk, ...this.retiredKeys_]
  }
}

export default TraceabilityModuleService
