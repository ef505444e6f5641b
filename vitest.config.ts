import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "storefront",
          root: "./storefront",
          include: ["app/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        test: {
          name: "backend",
          include: ["backend/src/**/*.spec.ts", "backend/integration-tests/**/*.spec.ts", "traceability/src/**/*.spec.ts", "seed/src/**/*.spec.ts", "tests/stripe-fake/**/*.spec.ts", "tests/search-relevance/**/*.spec.ts", "tests/faults/**/*.spec.ts"],
          globals: true,
          environment: "node",
          pool: "forks",
          globalSetup: ["./tests/setup/postgres.ts"],
          setupFiles: ["./tests/setup/medusa.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
