/**
 * The one Medusa configuration of the marketplace.
 *
 * Medusa reads `medusa-config.ts` from the directory it runs in (`backend/`), so
 * `backend/medusa-config.ts` re-exports this file. Everything that differs between
 * a laptop and production comes from the environment; see README.md.
 */
import path from "node:path"
import { randomBytes } from "node:crypto"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

const BACKEND_DIR = path.join(__dirname, "backend")
loadEnv(process.env.NODE_ENV || "development", BACKEND_DIR)

const isProduction = process.env.NODE_ENV === "production"

/** Secrets are required in production; elsewhere a random per-process value is used. */
function secret(name: string): string {
  const value = process.env[name]
  if (value) return value
  if (isProduction) {
    throw new Error(`${name} must be set when NODE_ENV=production`)
  }
  return randomBytes(32).toString("hex")
}

/**
 * The Ed25519 key that signs published batch records (PKCS#8 PEM, or that PEM in base64).
 * Required in production; `npm start` generates one into the data folder.
 */
function traceSigningKey(): string | undefined {
  const value = process.env.TRACE_SIGNING_KEY
  if (value) return value.includes("BEGIN") ? value : Buffer.from(value, "base64").toString("utf8")
  if (isProduction) throw new Error("TRACE_SIGNING_KEY must be set when NODE_ENV=production")
  return undefined
}

const storefrontUrl = process.env.STOREFRONT_URL ?? "http://127.0.0.1:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://127.0.0.1:9000"

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    // Session cookies are Secure exactly when the backend is served over https (a laptop's
    // http://127.0.0.1 would otherwise never get its admin session cookie back).
    cookieOptions: { secure: backendUrl.startsWith("https://") },
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN === "false",
    backendUrl,
  },
  modules: [
    { resolve: path.join(BACKEND_DIR, "src", "modules", "ocop") },
    {
      resolve: path.join(__dirname, "traceability", "src"),
      options: {
        signingKeyPem: traceSigningKey(),
        gs1CompanyPrefix: process.env.GS1_COMPANY_PREFIX,
        publicBaseUrl: process.env.TRACE_PUBLIC_BASE_URL ?? storefrontUrl,
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            // Uploaded and seeded images live in backend/static, which Medusa serves at /static.
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: path.join(BACKEND_DIR, "static"), backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
  ],
})
