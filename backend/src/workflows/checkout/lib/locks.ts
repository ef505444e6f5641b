/** One lock per order for everything that changes its producer orders (split, ship, deliver, cancel, refund). */
export const producerOrdersLockKey = (orderId: string) => `producer-orders:${orderId}`
