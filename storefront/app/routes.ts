import { type RouteConfig, index, route } from "@react-router/dev/routes"

export default [
  index("routes/home.tsx"),
  route("san-pham", "routes/products.tsx"),
  route("san-pham/:handle", "routes/product.tsx"),
  route("nha-san-xuat", "routes/producers.tsx"),
  route("nha-san-xuat/:handle", "routes/producer.tsx"),
  route("tim-kiem", "routes/search.tsx"),
  route("tim-kiem/goi-y", "routes/search-suggest.ts"),
  route("language", "routes/language.ts"),
  // Cart, checkout and orders (docs/checkout-api.md, "Storefront").
  route("gio-hang", "routes/cart.tsx"),
  route("thanh-toan", "routes/checkout.tsx"),
  route("thanh-toan/the", "routes/checkout-card.ts"),
  route("don-hang/:id", "routes/order.tsx"),
  route("tra-cuu-don-hang", "routes/order-lookup.tsx"),
  // The GS1 Digital Link resolver: what a label's QR code opens (docs/traceability.md).
  route("01/:gtin", "routes/trace-item.tsx"),
  route("01/:gtin/21/:serial", "routes/trace-item.tsx", { id: "trace-item-serial" }),
  route("01/:gtin/10/:lot", "routes/trace-batch.tsx"),
  route("01/:gtin/10/:lot/21/:serial", "routes/trace-batch.tsx", { id: "trace-batch-serial" }),
  route("01/:gtin/10/:lot/epcis", "routes/trace-epcis.ts"),
  route(".well-known/ocop-trace-keys.json", "routes/trace-keys.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig
