/**
 * Data access for the OCOP admin screens: types of what the admin API returns,
 * and react-query hooks over `sdk.client.fetch`. Query keys start with "ocop" so
 * they never collide with the dashboard's own.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { toast } from "@medusajs/ui"
import type { LegalForm, ProductGroup, SocialNetwork } from "./labels"
import { sdk } from "./sdk"

export type Producer = {
  id: string
  handle: string
  name: string
  legal_form: LegalForm
  tax_code: string | null
  province: string
  commune: string
  street: string | null
  former_locality: string | null
  phone: string | null
  email: string | null
  description: string | null
  story: string | null
  logo_url: string | null
  cover_url: string | null
  website: string | null
  social_links: Partial<Record<SocialNetwork, string | null>> | null
  verified: boolean
  /** Standing in the producer portal (docs/producer-api.md). */
  status?: "pending" | "approved" | "suspended"
  status_reason?: string | null
  created_at: string
  updated_at: string
  products?: { id: string; title: string; handle: string; thumbnail: string | null; status: string }[]
  certificates?: { id: string; star: number; decision_number: string; decision_date: string; expires_at: string }[]
}

/** The body of POST /admin/producers (and, partially, of POST /admin/producers/:id). */
export type ProducerInput = Partial<Omit<Producer, "id" | "created_at" | "updated_at" | "products" | "certificates" | "status" | "status_reason">>

export type OcopCertificate = {
  id: string
  star: number
  score: number | null
  decision_number: string
  issuing_authority: string
  decision_date: string
  expires_at: string
  product_group: ProductGroup
  valid: boolean
  verified_at?: string | null
  producer: { id: string; name: string } | null
  product: { id: string; title: string } | null
}

export type CertificateInput = {
  product_id: string
  star: number
  score?: number | null
  decision_number: string
  issuing_authority: string
  decision_date: string
  expires_at?: string | null
  product_group: ProductGroup
}

const keys = {
  producers: ["ocop", "producers"] as const,
  producer: (id: string) => ["ocop", "producer", id] as const,
  certificates: ["ocop", "certificates"] as const,
  productProducer: (productId: string) => ["ocop", "product-producer", productId] as const,
}

/** Shows the API's refusal (its 400/404 message) in a toast. */
export function toastError(title: string) {
  return (error: Error) => toast.error(title, { description: error.message })
}

export function useProducers(params: { q?: string; status?: "pending" | "approved" | "suspended"; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...keys.producers, params],
    queryFn: () =>
      sdk.client.fetch<{ producers: Producer[]; count: number }>("/admin/producers", {
        query: { ...params, q: params.q || undefined },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useProducer(id: string) {
  return useQuery({
    queryKey: keys.producer(id),
    queryFn: () => sdk.client.fetch<{ producer: Producer }>(`/admin/producers/${id}`),
  })
}

export function useCreateProducer() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ProducerInput) => sdk.client.fetch<{ producer: Producer }>("/admin/producers", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.producers }),
  })
}

export function useUpdateProducer(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ProducerInput) => sdk.client.fetch<{ producer: Producer }>(`/admin/producers/${id}`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}

export function useDeleteProducer(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/producers/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      client.removeQueries({ queryKey: keys.producer(id) })
      return client.invalidateQueries({ queryKey: keys.producers })
    },
  })
}

/** Attaches a product to a producer (moving it away from its previous producer). */
export function useAttachProduct(productId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (producerId: string) =>
      sdk.client.fetch<{ producer: Producer }>(`/admin/producers/${producerId}/products`, { method: "POST", body: { add: [productId] } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}

/** The product's producer, through the product↔producer link. */
export function useProductProducer(productId: string) {
  return useQuery({
    queryKey: keys.productProducer(productId),
    queryFn: () =>
      sdk.client.fetch<{ product: { id: string; producer?: { id: string; name: string } | null } }>(`/admin/products/${productId}`, {
        query: { fields: "id,producer.id,producer.name" },
      }),
    select: (data) => data.product.producer ?? null,
  })
}

export function useCertificates(filter: { product_id: string } | { producer_id: string }) {
  return useQuery({
    queryKey: [...keys.certificates, filter],
    queryFn: () =>
      sdk.client.fetch<{ ocop_certificates: OcopCertificate[]; count: number }>("/admin/ocop-certificates", {
        query: { ...filter, limit: 200 },
      }),
  })
}

export function useCreateCertificate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CertificateInput) =>
      sdk.client.fetch<{ ocop_certificate: OcopCertificate }>("/admin/ocop-certificates", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}

export function useDeleteCertificate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/ocop-certificates/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}
