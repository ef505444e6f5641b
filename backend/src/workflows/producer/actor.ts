/** The Medusa auth actor type of producer members (tokens carry `actor_type: "producer"`, `actor_id`: the member id). */
export const PRODUCER_ACTOR = "producer"
