/** `/producer/logout` (POST): drops the portal's cookie and goes back to the login page. */
import { redirect } from "react-router"
import type { Route } from "./+types/logout"
import { logoutHeaders } from "~/lib/producer-portal.server"

export async function action({ request }: Route.ActionArgs) {
  throw redirect("/producer/login", { status: 303, headers: logoutHeaders(request) })
}

export async function loader() {
  throw redirect("/producer")
}
