/**
 * Producer members for HTTP tests, made the way a person does it: Medusa's own
 * `/auth/producer/emailpass` routes, then `/producer/register` or an invite.
 */
type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

export const PRODUCER_PASSWORD = "mat-khau-nha-san-xuat"

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

export async function producerLogin(api: Api, email: string, password = PRODUCER_PASSWORD) {
  const { data } = await api.post("/auth/producer/emailpass", { email, password })
  return bearer(data.token)
}

/** Registers a producer (pending) with its owner; returns the owner's headers and ids. */
export async function registerProducer(api: Api, email: string, producerName: string, memberName = "Nguyễn Thị Lan") {
  const { data: registered } = await api.post("/auth/producer/emailpass/register", { email, password: PRODUCER_PASSWORD })
  const { data } = await api.post(
    "/producer/register",
    { member: { name: memberName }, producer: { name: producerName, legal_form: "household", commune: "Xã Ba Chẽ", phone: "0912 345 678" } },
    bearer(registered.token)
  )
  return { headers: (await producerLogin(api, email)).headers, producerId: data.producer.id as string, memberId: data.member.id as string }
}

/** Registers a producer and has the operator approve it. */
export async function approvedProducer(api: Api, admin: { headers: Record<string, string> }, email: string, producerName: string) {
  const producer = await registerProducer(api, email, producerName)
  await api.post(`/admin/producers/${producer.producerId}/status`, { status: "approved" }, admin)
  return producer
}

/** Accepts an invite token as a new login; returns the new member's headers. */
export async function acceptInvite(api: Api, email: string, token: string, name = "Trần Văn Minh") {
  const { data: registered } = await api.post("/auth/producer/emailpass/register", { email, password: PRODUCER_PASSWORD })
  const { data } = await api.post("/producer/invites/accept", { token, name }, bearer(registered.token))
  return { headers: (await producerLogin(api, email)).headers, memberId: data.member.id as string, producerId: data.producer.id as string }
}

type FullApi = Api & { get: (url: string, config?: unknown) => Promise<{ data: any }>; defaults: { baseURL?: string } }

/** A small real picture (a gradient) in the given format, made with sharp. */
export async function testPicture(format: "jpeg" | "png" | "webp", width = 1600, height = 1000): Promise<Buffer> {
  const sharp = require("sharp")
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < width * height; i++) {
    pixels[i * 3] = (i % width) % 256
    pixels[i * 3 + 1] = Math.floor(i / width) % 256
    pixels[i * 3 + 2] = 120
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })[format]().toBuffer()
}

/** POST /producer/uploads as a browser form does it (multipart, field `files`). */
export async function uploadPictures(api: FullApi, headers: Record<string, string>, files: { name: string; type: string; content: Buffer }[]) {
  const form = new FormData()
  for (const file of files) form.append("files", new Blob([new Uint8Array(file.content)], { type: file.type }), file.name)
  const response = await fetch(`${api.defaults.baseURL}/producer/uploads`, { method: "POST", headers, body: form })
  return { status: response.status, data: (await response.json()) as any }
}

/** A listing as the portal creates it: one picture, two variants. */
export async function createListing(api: FullApi, producer: { headers: Record<string, string> }, title: string, imageUrl?: string) {
  const { data } = await api.post(
    "/producer/products",
    {
      title,
      description: "Trà hoa vàng hái tay ở Ba Chẽ, sấy lạnh.",
      images: imageUrl ? [imageUrl] : [],
      options: [{ title: "Khối lượng", values: ["100 g", "200 g"] }],
      variants: [
        { title: "Hộp 100 g", price: 150000, stock: 40, options: { "Khối lượng": "100 g" } },
        { title: "Hộp 200 g", price: 280000, stock: 15, options: { "Khối lượng": "200 g" } },
      ],
    },
    producer
  )
  return data.product
}

export const SHOPPER_ADDRESS = { first_name: "Phạm Thu", last_name: "Hà", phone: "0987 654 321", address_1: "Số 8 đường Trần Hưng Đạo", city: "Phường Hạ Long", province: "Quảng Ninh", country_code: "vn" }

/** A shopper's cash-on-delivery order through the Store API and the checkout route; returns the completed answer. */
export async function placeCodOrder(
  api: FullApi,
  shop: { publishableKey: string; regionId: string; shippingOptionId: string },
  items: { variant_id: string; quantity: number }[]
) {
  const store = { headers: { "x-publishable-api-key": shop.publishableKey } }
  const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "ha@example.vn", items }, store)
  const cartId = created.cart.id
  await api.post(`/store/carts/${cartId}`, { shipping_address: SHOPPER_ADDRESS }, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.shippingOptionId }, store)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" }, store)
  const { data } = await api.post(`/store/checkout/${cartId}/complete`, {}, store)
  return data
}
