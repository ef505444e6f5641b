/**
 * The operator's side of the producer portal (docs/producer-api.md, "Operator side"):
 * a producer's standing (approve, suspend with a reason), its members and invites, the
 * listings waiting for review, and checking certificates against their paper decision.
 */
import { useState, type FormEvent } from "react"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { Badge, Button, Container, Heading, Input, Select, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { toastError } from "./api"
import { formatDate } from "./labels"
import { sdk } from "./sdk"

export type ProducerStatus = "pending" | "approved" | "suspended"
type Member = { id: string; email: string; name: string; role: "owner" | "staff"; created_at: string }
type Invite = { id: string; email: string; role: "owner" | "staff"; expires_at: string; token?: string; url?: string }
export type Listing = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  description: string | null
  rejection_reason: string | null
  variants: { id: string; title: string; price: number | null; stock: number | null }[]
  producer: { id: string; name: string; handle: string; status: ProducerStatus } | null
  updated_at: string
}

export const STATUS_LABELS: Record<ProducerStatus, { label: string; color: "orange" | "green" | "red" }> = {
  pending: { label: "Chờ duyệt", color: "orange" },
  approved: { label: "Đã duyệt", color: "green" },
  suspended: { label: "Tạm ngưng", color: "red" },
}

const vnd = (n: number | null) => (n == null ? "–" : new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(n))

export function ProducerStatusBadge({ status }: { status?: ProducerStatus }) {
  const s = STATUS_LABELS[status ?? "approved"]
  return <StatusBadge color={s.color}>{s.label}</StatusBadge>
}

/** Approve or suspend, members and invites of one producer (the producer page's side column). */
export function PortalAccessSection({ producer }: { producer: { id: string; status?: ProducerStatus; status_reason?: string | null } }) {
  const client = useQueryClient()
  const [reason, setReason] = useState("")
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<"owner" | "staff">("owner")
  const [created, setCreated] = useState<Invite | null>(null)
  const members = useQuery({
    queryKey: ["ocop", "producer-members", producer.id],
    queryFn: () => sdk.client.fetch<{ members: Member[]; invites: Invite[] }>(`/admin/producers/${producer.id}/members`),
  })
  const setStatus = useMutation({
    mutationFn: (body: { status: ProducerStatus; reason?: string }) => sdk.client.fetch(`/admin/producers/${producer.id}/status`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
  const invite = useMutation({
    mutationFn: (body: { email: string; role: string }) => sdk.client.fetch<{ invite: Invite }>(`/admin/producers/${producer.id}/invites`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "producer-members", producer.id] }),
  })
  const status = producer.status ?? "approved"

  const change = (next: ProducerStatus) =>
    setStatus.mutate(next === "suspended" ? { status: next, reason } : { status: next }, {
      onSuccess: () => {
        toast.success(next === "approved" ? "Đã duyệt nhà sản xuất" : next === "suspended" ? "Đã tạm ngưng nhà sản xuất" : "Đã chuyển về chờ duyệt")
        setReason("")
      },
      onError: toastError("Không đổi được trạng thái"),
    })

  const onInvite = (e: FormEvent) => {
    e.preventDefault()
    invite.mutate(
      { email, role },
      {
        onSuccess: ({ invite }) => {
          setCreated(invite)
          setEmail("")
        },
        onError: toastError("Không tạo được lời mời"),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Cổng nhà sản xuất</Heading>
        <ProducerStatusBadge status={status} />
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {status === "suspended" && producer.status_reason && (
          <Text size="small" className="text-ui-fg-subtle">
            Lý do tạm ngưng: {producer.status_reason}
          </Text>
        )}
        {status !== "approved" && (
          <Button size="small" onClick={() => change("approved")} isLoading={setStatus.isPending}>
            Duyệt cho bán hàng
          </Button>
        )}
        {status !== "suspended" && (
          <div className="flex flex-col gap-y-2">
            <Textarea aria-label="Lý do tạm ngưng" placeholder="Lý do tạm ngưng (thành viên sẽ thấy)" value={reason} onChange={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
            <Button size="small" variant="danger" disabled={!reason.trim()} onClick={() => change("suspended")} isLoading={setStatus.isPending}>
              Tạm ngưng
            </Button>
          </div>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          Thành viên
        </Text>
        {members.isLoading ? (
          <Text size="small">Đang tải…</Text>
        ) : (
          <ul className="flex flex-col gap-y-1">
            {(members.data?.members ?? []).map((m) => (
              <li key={m.id} className="flex items-center justify-between gap-x-2">
                <Text size="small">
                  {m.name} · {m.email}
                </Text>
                <Badge size="2xsmall">{m.role === "owner" ? "Chủ" : "Nhân viên"}</Badge>
              </li>
            ))}
            {(members.data?.invites ?? []).map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-x-2">
                <Text size="small" className="text-ui-fg-subtle">
                  {i.email} (mời, hết hạn {formatDate(i.expires_at)})
                </Text>
              </li>
            ))}
            {!members.data?.members.length && !members.data?.invites.length && (
              <Text size="small" className="text-ui-fg-subtle">
                Chưa có thành viên.
              </Text>
            )}
          </ul>
        )}
      </div>
      <form onSubmit={onInvite} className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          Mời thành viên
        </Text>
        <Input type="email" required aria-label="Email người được mời" placeholder="email@vidu.vn" value={email} onChange={(e) => setEmail((e.target as HTMLInputElement).value)} />
        <Select value={role} onValueChange={(v) => setRole(v as "owner" | "staff")}>
          <Select.Trigger aria-label="Vai trò">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="owner">Chủ (được mời người khác)</Select.Item>
            <Select.Item value="staff">Nhân viên</Select.Item>
          </Select.Content>
        </Select>
        <Button size="small" variant="secondary" type="submit" isLoading={invite.isPending}>
          Tạo lời mời
        </Button>
        {created?.url && (
          <div className="flex flex-col gap-y-1 rounded-lg border border-ui-border-base bg-ui-bg-subtle p-3">
            <Text size="small">Gửi đường dẫn này cho {created.email} (chỉ hiện một lần, hết hạn sau 7 ngày):</Text>
            <Input readOnly aria-label="Đường dẫn mời" value={created.url} onFocus={(e) => (e.target as HTMLInputElement).select()} />
          </div>
        )}
      </form>
    </Container>
  )
}

export function useListings(status: string) {
  return useQuery({
    queryKey: ["ocop", "producer-listings", status],
    queryFn: () => sdk.client.fetch<{ products: Listing[]; count: number }>("/admin/producer-listings", { query: { status, limit: 100 } }),
  })
}

/** One listing waiting for review: publish, or reject with a reason the producer reads. */
export function ListingReview({ listing }: { listing: Listing }) {
  const client = useQueryClient()
  const [reason, setReason] = useState("")
  const review = useMutation({
    mutationFn: (action: { kind: "publish" } | { kind: "reject"; reason: string }) =>
      sdk.client.fetch(`/admin/producer-listings/${listing.id}/${action.kind}`, { method: "POST", body: action.kind === "reject" ? { reason: action.reason } : {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "producer-listings"] }),
  })
  return (
    <li className="flex flex-col gap-y-2 rounded-lg border border-ui-border-base px-4 py-3">
      <div className="flex items-start gap-x-3">
        {listing.thumbnail && <img src={listing.thumbnail} alt="" className="h-16 w-16 rounded-md object-cover" />}
        <div className="flex flex-col">
          <Text weight="plus">{listing.title}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {listing.producer?.name} · cập nhật {formatDate(listing.updated_at)}
          </Text>
          <Text size="small">{listing.variants.map((v) => `${v.title}: ${vnd(v.price)} (còn ${v.stock ?? "–"})`).join(" · ")}</Text>
        </div>
      </div>
      {listing.description && (
        <Text size="small" className="whitespace-pre-line text-ui-fg-subtle">
          {listing.description}
        </Text>
      )}
      {listing.status === "proposed" && (
        <div className="flex flex-col gap-y-2">
          <Textarea aria-label={`Lý do từ chối ${listing.title}`} placeholder="Lý do từ chối (nhà sản xuất sẽ thấy)" value={reason} onChange={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
          <div className="flex gap-x-2">
            <Button size="small" isLoading={review.isPending} onClick={() => review.mutate({ kind: "publish" }, { onSuccess: () => toast.success("Đã đăng bán"), onError: toastError("Không đăng được") })}>
              Đăng bán
            </Button>
            <Button size="small" variant="danger" disabled={!reason.trim()} isLoading={review.isPending} onClick={() => review.mutate({ kind: "reject", reason }, { onSuccess: () => toast.success("Đã từ chối"), onError: toastError("Không từ chối được") })}>
              Từ chối
            </Button>
          </div>
        </div>
      )}
      {listing.rejection_reason && (
        <Text size="small" className="text-ui-fg-error">
          Lý do từ chối: {listing.rejection_reason}
        </Text>
      )}
    </li>
  )
}

/** The operator checked a certificate against its paper decision, or takes the check back. */
export function VerifyCertificateButton({ certificate }: { certificate: { id: string; verified_at?: string | null } }) {
  const client = useQueryClient()
  const verify = useMutation({
    mutationFn: (verified: boolean) => sdk.client.fetch(`/admin/ocop-certificates/${certificate.id}/verify`, { method: "POST", body: { verified } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
  return certificate.verified_at ? (
    <Button size="small" variant="transparent" isLoading={verify.isPending} onClick={() => verify.mutate(false, { onError: toastError("Không bỏ xác minh được") })}>
      Đã đối chiếu {formatDate(certificate.verified_at)} · bỏ
    </Button>
  ) : (
    <Button size="small" variant="secondary" isLoading={verify.isPending} onClick={() => verify.mutate(true, { onSuccess: () => toast.success("Đã đối chiếu chứng nhận"), onError: toastError("Không xác minh được") })}>
      Đối chiếu bản giấy
    </Button>
  )
}
