/**
 * An operator account for HTTP tests: registered through Medusa's own auth
 * routes and user workflow, then logged in. Returns request headers.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

export async function adminHeaders(api: Api, container: MedusaContainer, email = "operator@ocop.test") {
  const password = "mat-khau-thu-nghiem"
  const { data: registered } = await api.post("/auth/user/emailpass/register", { email, password })
  const [, payload] = registered.token.split(".")
  const { auth_identity_id } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: auth_identity_id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
