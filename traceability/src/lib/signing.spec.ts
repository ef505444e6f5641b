// Unit tests of signing.ts.
import { createHash } from "node:crypto"
import { TraceInputError } from "./errors"
import { generateSigningKey, loadSigningKey, verifySignature } from "./signing"

describe("Ed25519 signing", () => {
  const pair = generateSigningKey()
  const key = loadSigningKey(pair.privateKeyPem)

  it("generates PEM keys and a stable key id", () => {
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/)
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/)
    expect(loadSigningKey(pair.privateKeyPem).keyId).toBe(key.keyId)
    const raw = Buffer.from(key.publicJwk.x, "base64url")
    expect(raw).toHaveLength(32)
    expect(key.keyId).toBe(createHash("sha256").update(raw).digest("hex").slice(0, 16))
    expect(key.publicJwk).toEqual({ kty: "OKP", crv: "Ed25519", x: key.publicJwk.x, kid: key.keyId })
    expect(loadSigningKey(generateSigningKey().privateKeyPem).keyId).not.toBe(key.keyId)
  })
  it("signs and verifies", () => {
    const signature = key.sign("Chả mực Hạ Long")
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/)
    expect(verifySignature(key.publicJwk, "Chả mực Hạ Long", signature)).toBe(true)
    expect(verifySignature(key.publicJwk, "Chả mực Hạ long", signature)).toBe(false)
    const other = loadSigningKey(generateSigningKey().privateKeyPem)
    expect(verifySignature(other.publicJwk, "Chả mực Hạ Long", signature)).toBe(false)
  })
  it("accepts a PEM with literal \\n as found in env files", () => {
    expect(loadSigningKey(pair.privateKeyPem.replace(/\n/g, "\\n")).keyId).toBe(key.keyId)
  })
  it("refuses keys that are not Ed25519 private keys", () => {
    expect(() => loadSigningKey("not a key")).toThrow(TraceInputError)
    expect(() => loadSigningKey(pair.publicKeyPem)).toThrow(TraceInputError)
  })
  it("never throws on garbage, it returns false", () => {
    const sig = key.sign("x")
    const garbage: unknown[][] = [
      [null, "x", sig],
      [{}, "x", sig],
      [{ ...key.publicJwk, crv: "X25519" }, "x", sig],
      [{ ...key.publicJwk, x: "short" }, "x", sig],
      [{ ...key.publicJwk, x: "!".repeat(43) }, "x", sig],
      [key.publicJwk, 42, sig],
      [key.publicJwk, "x", ""],
      [key.publicJwk, "x", "@@@"],
      [key.publicJwk, "x", sig.slice(1)],
      [key.publicJwk, "x", sig + "A"],
      [key.publicJwk, "x", null],
      [key.publicJwk, "x", "A".repeat(86)],
    ]
    for (const [jwk, data, s] of garbage) {
      expect(verifySignature(jwk as never, data as never, s as never)).toBe(false)
    }
  })
})
