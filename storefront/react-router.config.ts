import type { Config } from "@react-router/dev/config"

export default {
  ssr: true,
  future: {
    // Route middleware: the Digital Link resolver answers machines (Accept: application/linkset+json)
    // before any page loader runs.
    v8_middleware: true,
  },
} satisfies Config
