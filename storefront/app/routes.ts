import { type RouteConfig, index, route } from "@react-router/dev/routes"

export default [
  index("routes/home.tsx"),
  route("san-pham", "routes/products.tsx"),
  route("san-pham/:handle", "routes/product.tsx"),
  route("nha-san-xuat", "routes/producers.tsx"),
  route("nha-san-xuat/:handle", "routes/producer.tsx"),
  route("language", "routes/language.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig
