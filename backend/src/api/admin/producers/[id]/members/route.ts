import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import { shapeInvite, shapeMember } from "../../../../producer/helpers"
import { refetchProducer } from "../../helpers"

/** The producer's members and its open invites, for the operator. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await refetchProducer(req, req.params.id)
  const ocop: any = req.scope.resolve(OCOP_MODULE)
  const [members, invites] = await Promise.all([
    ocop.listProducerMembers({ producer_id: req.params.id }, { order: { created_at: "ASC" } }),
    ocop.listProducerInvites({ producer_id: req.params.id, accepted_at: null, expires_at: { $gt: new Date() } }, { order: { created_at: "DESC" } }),
  ])
  res.json({ members: members.map(shapeMember), invites: invites.map((i: any) => shapeInvite(i)) })
}
