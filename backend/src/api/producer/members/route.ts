import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import { shapeInvite, shapeMember } from "../helpers"
import { producerScope } from "../scope"

/** The members of the member's own producer and its open invites. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const ocop: any = req.scope.resolve(OCOP_MODULE)
  const [members, invites] = await Promise.all([
    ocop.listProducerMembers({ producer_id }, { order: { created_at: "ASC" } }),
    ocop.listProducerInvites({ producer_id, accepted_at: null, expires_at: { $gt: new Date() } }, { order: { created_at: "DESC" } }),
  ])
  res.json({ members: members.map(shapeMember), invites: invites.map((i: any) => shapeInvite(i)) })
}
