/** Who is logged in to the producer portal, for the pages inside its layout (`routes/producer-portal/layout.tsx`). */
import { useRouteLoaderData } from "react-router"
import type { Me } from "./producer-portal.server"

export const PORTAL_LAYOUT_ID = "routes/producer-portal/layout"

export function usePortalMe(): Me {
  return useRouteLoaderData(PORTAL_LAYOUT_ID) as Me
}
