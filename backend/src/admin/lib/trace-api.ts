/**
 * Data access for the traceability screens: what the admin traceability API
 * returns and takes (see backend/src/api/admin/{growing-areas,production-batches}),
 * and react-query hooks over `sdk.client.fetch`. Keys start with "ocop" like
 * the other OCOP screens, so `invalidateQueries(["ocop"])` refreshes them too.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { AreaType, BatchStatus, FormEventType, TraceAction } from "./trace-labels"

export type GrowingArea = {
  id: string
  code: string
  area_type: AreaType
  name: string
  crop: string | null
  area_ha: number | null
  province: string
  commune: string
  latitude: number | null
  longitude: number | null
  issuer: string | null
  valid_from: string | null
  valid_to: string | null
  certifications: string[] | null
}

export type GrowingAreaInput = Omit<GrowingArea, "id" | "province"> & { province?: string }

export type TraceItem = { gtin?: string | null; lot?: string | null; description?: string | null; quantity: number; uom: string }

export type TraceEvent = {
  id: string
  sequence: number
  event_type: string
  event_time: string
  event_timezone: string
  action: string | null
  biz_step: string
  disposition: string | null
  read_point: string | null
  biz_location: string | null
  inputs: TraceItem[] | null
  outputs: TraceItem[] | null
  note: string | null
  corrects_event_id: string | null
  previous_hash: string | null
  hash: string
  created_at?: string
}

export type TraceEventInput = {
  event_type: FormEventType
  event_time: string
  event_timezone: string
  action?: TraceAction | null
  biz_step: string
  disposition?: string | null
  read_point?: string | null
  biz_location?: string | null
  inputs?: TraceItem[] | null
  outputs?: TraceItem[] | null
  note?: string | null
}

/** A row of GET /admin/production-batches. */
export type BatchRow = {
  id: string
  gtin: string
  lot: string
  status: BatchStatus
  production_date: string
  expiry_date: string | null
  quantity: number
  unit: string
  published_at: string | null
}

export type Verification = { status: "verified" | "tampered" | "unsigned"; reason?: string }
export type ScanSignal = { scans: number; places: number; suspicious: boolean; reasons: string[] }

/** GET /admin/production-batches/:id */
export type Batch = BatchRow & {
  harvest_date: string | null
  standards: string[] | null
  withdrawn_at: string | null
  withdrawal_reason: string | null
  record_hash: string | null
  signature: string | null
  key_id: string | null
  growing_areas: (GrowingArea | null)[]
  events: TraceEvent[]
  digital_link: string
  /** null while the product is not published */
  product: { id: string; handle: string; title: string; subtitle: string | null; thumbnail: string | null } | null
  verification: Verification
  scans: ScanSignal
}

export type BatchInput = {
  variant_id: string
  lot: string
  production_date: string
  harvest_date?: string | null
  expiry_date?: string | null
  quantity: number
  unit: string
  standards?: string[] | null
  growing_area_ids?: string[]
}

export type ProductHit = { id: string; title: string; variants: { id: string; title: string }[] | null }

const keys = {
  batches: ["ocop", "trace", "batches"] as const,
  batch: (id: string) => ["ocop", "trace", "batch", id] as const,
  areas: (producerId: string) => ["ocop", "trace", "areas", producerId] as const,
  productByGtin: (gtin: string) => ["ocop", "trace", "gtin-product", gtin] as const,
}

/** An admin API URL for plain browser requests (an <img>, a new tab): they carry the session cookie on the same origin. */
export function adminUrl(path: string): string {
  const base = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/+$/, "")
  return `${base}${path}`
}

export function useBatches(params: { status?: BatchStatus; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...keys.batches, params],
    queryFn: () => sdk.client.fetch<{ production_batches: BatchRow[]; count: number }>("/admin/production-batches", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/**
 * The product of a batch's GTIN. The list API returns batches without their product, so a batch
 * of that GTIN is read in full once (rows of the same GTIN share the query). null while unpublished.
 */
export function useGtinProduct(gtin: string, batchId: string) {
  return useQuery({
    queryKey: keys.productByGtin(gtin),
    queryFn: () => sdk.client.fetch<{ production_batch: Batch }>(`/admin/production-batches/${batchId}`).then((r) => r.production_batch.product),
    staleTime: 5 * 60_000,
  })
}

export function useBatch(id: string) {
  return useQuery({
    queryKey: keys.batch(id),
    queryFn: () => sdk.client.fetch<{ production_batch: Batch }>(`/admin/production-batches/${id}`),
    select: (data) => data.production_batch,
  })
}

/** Every batch write answers with the whole batch: the detail is refreshed from it, the lists refetched. */
function useBatchMutation<V>(request: (variables: V) => Promise<{ production_batch: Batch }>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: ({ production_batch }) => {
      client.setQueryData(keys.batch(production_batch.id), { production_batch })
      return client.invalidateQueries({ queryKey: keys.batches })
    },
  })
}

export const useCreateBatch = () =>
  useBatchMutation((body: BatchInput) => sdk.client.fetch<{ production_batch: Batch }>("/admin/production-batches", { method: "POST", body }))

export const useAppendEvents = (id: string) =>
  useBatchMutation((events: TraceEventInput[]) =>
    sdk.client.fetch<{ production_batch: Batch }>(`/admin/production-batches/${id}/events`, { method: "POST", body: { events } })
  )

export const usePublishBatch = (id: string) =>
  useBatchMutation(() => sdk.client.fetch<{ production_batch: Batch }>(`/admin/production-batches/${id}/publish`, { method: "POST", body: {} }))

export const useWithdrawBatch = (id: string) =>
  useBatchMutation((reason: string) =>
    sdk.client.fetch<{ production_batch: Batch }>(`/admin/production-batches/${id}/withdraw`, { method: "POST", body: { reason } })
  )

export function useGrowingAreas(producerId?: string | null) {
  return useQuery({
    queryKey: keys.areas(producerId ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ growing_areas: GrowingArea[]; count: number }>("/admin/growing-areas", { query: { producer_id: producerId, limit: 200 } }),
    select: (data) => data.growing_areas,
    enabled: Boolean(producerId),
  })
}

export function useCreateGrowingArea(producerId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (area: GrowingAreaInput) =>
      sdk.client.fetch<{ growing_areas: GrowingArea[] }>("/admin/growing-areas", { method: "POST", body: { producer_id: producerId, areas: [area] } }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.areas(producerId) }),
  })
}

/** Products whose title matches, with their variants, for choosing what a batch is of. */
export function useProductSearch(q: string) {
  return useQuery({
    queryKey: ["ocop", "trace", "product-search", q],
    queryFn: () =>
      sdk.client.fetch<{ products: ProductHit[]; count: number }>("/admin/products", {
        query: { q: q || undefined, fields: "id,title,variants.id,variants.title", limit: 10 },
      }),
    select: (data) => data.products,
    placeholderData: keepPreviousData,
  })
}
