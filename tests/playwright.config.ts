import { defineConfig, devices } from "@playwright/test"

/**
 * End-to-end tests: the real backend and storefront, started by `npm start`'s
 * orchestrator on their own ports and an empty data folder, driven in Debian's Chromium.
 * Card payments go to the local Stripe-compatible server (tests/stripe-fake), started first.
 */
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT ?? 8100)
const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT ?? 9100)
const POSTGRES_PORT = Number(process.env.E2E_POSTGRES_PORT ?? 54339)
export const STOREFRONT_URL = `http://127.0.0.1:${STOREFRONT_PORT}`
/** The local Stripe-compatible server (tests/stripe-fake): card payments and its Stripe.js at /v3/. */
const STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? 12111)
const STRIPE_URL = `http://127.0.0.1:${STRIPE_PORT}`
const STRIPE_WEBHOOK_SECRET = "whsec_ocop_e2e"

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "../.data/playwright-report" }]],
  outputDir: "../.data/test-results",
  use: {
    baseURL: STOREFRONT_URL,
    locale: "vi-VN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // The producer portal is built for a producer's phone: its e2e runs at phone size only.
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /producer-portal\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined } },
  ],
  webServer: [
    {
      // Every event of the fake is delivered, signed, to the backend as Stripe would (see
      // docs/decisions/0003-card-webhooks.md): card checkouts run with their webhooks.
      command: `node --import tsx tests/stripe-fake/main.ts --port ${STRIPE_PORT} --webhook http://127.0.0.1:${BACKEND_PORT}/hooks/payment/stripe_stripe --webhook-secret ${STRIPE_WEBHOOK_SECRET}`,
      cwd: "..",
      url: `${STRIPE_URL}/v3/`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "node --import tsx scripts/start.ts",
      cwd: "..",
      url: STOREFRONT_URL,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGINT", timeout: 20_000 },
      env: {
        OCOP_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
        OCOP_RESET_DATA: "true",
        BACKEND_PORT: String(BACKEND_PORT),
        STOREFRONT_PORT: String(STOREFRONT_PORT),
        POSTGRES_PORT: String(POSTGRES_PORT),
        MEDUSA_ADMIN: "false",
        // Cards go to the fake: the backend's Stripe provider and the storefront's Stripe.js.
        STRIPE_API_KEY: "sk_test_ocop_e2e",
        STRIPE_API_BASE: STRIPE_URL,
        STRIPE_WEBHOOK_SECRET,
        STRIPE_PUBLISHABLE_KEY: "pk_test_ocop_e2e",
        STRIPE_JS_URL: `${STRIPE_URL}/v3/`,
        // Every browser of the run signs in and looks orders up through the storefront's server,
        // so the backend sees one client address for all of them: budgets for a whole test run.
        RATE_LIMIT_LOGIN: "600/1m",
        RATE_LIMIT_REGISTER: "600/1m",
        RATE_LIMIT_ORDER_LOOKUP: "600/1m",
      },
    },
  ],
})
