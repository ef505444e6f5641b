// Ed25519 signing keys (node:crypto): generate, load from PEM, sign to base64url, verify with a public JWK.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto"
import { TraceInputError } from "./errors"

export interface PublicJwk {
  kty: "OKP"
  crv: "Ed25519"
  /** base64url of the 32-byte raw public key */
  x: string
  /** key id: first 16 hex digits of SHA-256 of the raw public key */
  kid: string
}

export interface SigningKey {
  keyId: string
  /** Ed25519 signature of the UTF-8 bytes of `data`, base64url without padding. */
  sign(data: string): string
  publicJwk: PublicJwk
}

/** A new Ed25519 key pair as PEM (PKCS#8 private key, SPKI public key). */
export function generateSigningKey(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519")
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  }
}

/** The key id of a raw Ed25519 public key: first 16 hex digits of its SHA-256. */
export function keyIdOf(rawPublicKey: Buffer): string {
  return createHash("sha256").update(rawPublicKey).digest("hex").slice(0, 16)
}

/** Loads an Ed25519 private key from PEM (a PEM with literal "\n" from an env file is accepted too). */
export function loadSigningKey(privateKeyPem: string): SigningKey {
  let privateKey: KeyObject
  try {
    const pem = !privateKeyPem.includes("\n") ? privateKeyPem.replace(/\\n/g, "\n") : privateKeyPem
    privateKey = createPrivateKey(pem)
  } catch {
    throw new TraceInputError("privateKeyPem", "The signing key is not a readable PEM private key")
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new TraceInputError("privateKeyPem", `The signing key must be Ed25519, not ${privateKey.asymmetricKeyType ?? "unknown"}`)
  }
  const x = createPublicKey(privateKey).export({ format: "jwk" }).x as string
  const keyId = keyIdOf(Buffer.from(x, "base64url"))
  return {
    keyId,
    sign: (data: string) => sign(null, Buffer.from(data, "utf8"), privateKey).toString("base64url"),
    publicJwk: { kty: "OKP", crv: "Ed25519", x, kid: keyId },
  }
}

/** True when `signatureB64url` is a valid Ed25519 signature of `data` by `publicJwk`; false for any bad input. */
export function verifySignature(publicJwk: PublicJwk, data: string, signatureB64url: string): boolean {
  try {
    if (!publicJwk || publicJwk.kty !== "OKP" || publicJwk.crv !== "Ed25519") return false
    if (typeof publicJwk.x !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(publicJwk.x)) return false
    if (typeof data !== "string" || typeof signatureB64url !== "string") return false
    if (!/^[A-Za-z0-9_-]{86}$/.test(signatureB64url)) return false
    const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: publicJwk.x }, format: "jwk" })
    return verify(null, Buffer.from(data, "utf8"), key, Buffer.from(signatureB64url, "base64url"))
  } catch {
    return false
  }
}
