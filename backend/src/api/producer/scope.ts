/**
 * Who is asking, for every /producer/* route: the member (the `producer` auth actor)
 * and the producer it belongs to. Other /producer routes import from here.
 *
 * - no login, a token of another actor type, or a member that no longer exists → 401
 * - the member's producer is `pending` or `suspended` → 403 (code `producer_not_approved`),
 *   except on the routes that let a member see its own standing (`GET /producer/me`)
 * - a resource of another producer → 404, exactly as if it did not exist (no leak of ids)
 */
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MemberRole, ProducerStatus } from "../../modules/ocop/lib/domain"
import { OCOP_MODULE } from "../../modules/ocop"
import { PRODUCER_ACTOR } from "../../workflows/producer/actor"

export { PRODUCER_ACTOR }

export type ProducerScope = {
  member_id: string
  producer_id: string
  role: MemberRole
  producer_status: ProducerStatus
}

type ScopedRequest = MedusaRequest & { producer_scope?: ProducerScope }

/** Loads the member behind the token into `req.producer_scope`; 401 when there is none. */
export async function loadProducerScope(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (!actorId || (req as AuthenticatedMedusaRequest).auth_context?.actor_type !== PRODUCER_ACTOR) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Please log in as a producer member."))
  }
  const ocop: any = req.scope.resolve(OCOP_MODULE)
  const [member] = await ocop.listProducerMembers({ id: actorId }, { relations: ["producer"], take: 1 })
  if (!member?.producer || member.producer.deleted_at) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This producer account no longer exists. Please log in again."))
  }
  ;(req as ScopedRequest).producer_scope = {
    member_id: member.id,
    producer_id: member.producer.id,
    role: member.role,
    producer_status: member.producer.status,
  }
  next()
}

/** 403 unless the member's producer is approved by the operator. Runs after `loadProducerScope`. */
export function requireApprovedProducer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const scope = producerScope(req)
  if (scope.producer_status !== "approved") {
    const error = new MedusaError(
      MedusaError.Types.FORBIDDEN,
      scope.producer_status === "pending"
        ? "Your producer account is waiting for the operator's approval."
        : "Your producer account is suspended. Please contact the operator.",
      "producer_not_approved"
    )
    return next(error)
  }
  next()
}

/** The scope `loadProducerScope` put on the request; a route without that middleware is a bug (401, never open). */
export function producerScope(req: MedusaRequest): ProducerScope {
  const scope = (req as ScopedRequest).producer_scope
  if (!scope) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Please log in as a producer member.")
  return scope
}

/** 403 unless the member is the producer's owner (for inviting colleagues). */
export function requireOwner(scope: ProducerScope) {
  if (scope.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the owner of the producer account can do this.", "producer_owner_only")
  }
}

/**
 * The scope rule for one resource: answers 404 (as if it did not exist) when the
 * resource is missing or belongs to another producer. `what` names it in the message.
 */
export function assertOwnedBy<T>(scope: ProducerScope, resource: T | null | undefined, ownerProducerId: string | null | undefined, what: string, id: string): T {
  if (!resource || !ownerProducerId || ownerProducerId !== scope.producer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found`)
  }
  return resource
}
