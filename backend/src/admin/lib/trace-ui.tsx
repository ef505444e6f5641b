/**
 * Small display pieces of the traceability screens: the batch status badge
 * and the banners of a batch (signature check, copied-label warning, recall).
 */
import type { ReactNode } from "react"
import { Alert, StatusBadge, Text, clx } from "@medusajs/ui"
import type { Batch } from "./trace-api"
import { BATCH_STATUS_COLORS, BATCH_STATUS_LABELS, COUNTERFEIT_REASON_LABELS, formatDateTime, verificationReason, type BatchStatus } from "./trace-labels"

export const BatchStatusBadge = ({ status }: { status: BatchStatus }) => (
  <StatusBadge color={BATCH_STATUS_COLORS[status] ?? "grey"}>{BATCH_STATUS_LABELS[status] ?? status}</StatusBadge>
)

/** Red and green banners are tinted so a glance tells a verified batch from a tampered one. */
const TINT = { error: "border-ui-tag-red-border bg-ui-tag-red-bg", success: "border-ui-tag-green-border bg-ui-tag-green-bg", warning: "border-ui-tag-orange-border bg-ui-tag-orange-bg", info: "" }

function Banner({ variant, title, children }: { variant: "error" | "success" | "warning" | "info"; title: string; children?: ReactNode }) {
  return (
    <Alert variant={variant} className={clx(TINT[variant])}>
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus">
          {title}
        </Text>
        {children}
      </div>
    </Alert>
  )
}

/** Whether the stored batch still matches its signed record. */
export function VerificationBanner({ batch }: { batch: Batch }) {
  const { status, reason } = batch.verification
  if (batch.status === "draft") {
    return (
      <Banner variant="info" title="Chưa công bố">
        <Text size="small">Lô đang là bản nháp: nhãn chưa tra cứu được. Công bố để ký số bản ghi lô.</Text>
      </Banner>
    )
  }
  if (status === "verified") {
    return (
      <Banner variant="success" title="Đã xác thực chữ ký">
        <Text size="small">
          Thông tin lô và chuỗi {batch.events.length} sự kiện khớp với chữ ký số Ed25519{batch.key_id ? ` (khóa ${batch.key_id})` : ""}.
        </Text>
      </Banner>
    )
  }
  if (status === "tampered") {
    return (
      <Banner variant="error" title="Dữ liệu bị thay đổi">
        <Text size="small">{verificationReason(reason)}</Text>
        <Text size="small">Người tiêu dùng quét nhãn sẽ thấy cảnh báo này.</Text>
      </Banner>
    )
  }
  return (
    <Banner variant="warning" title="Chưa xác thực được chữ ký">
      <Text size="small">{verificationReason(reason)}</Text>
    </Banner>
  )
}

/** Shown when the label is scanned far more, or in far more places, than the batch can explain. */
export function CounterfeitBanner({ batch }: { batch: Batch }) {
  if (!batch.scans?.suspicious) return null
  return (
    <Banner variant="error" title="Cảnh báo: mã có thể bị sao chép">
      <ul className="list-disc pl-4">
        {batch.scans.reasons.map((r) => (
          <li key={r}>
            <Text size="small">{COUNTERFEIT_REASON_LABELS[r] ?? r}</Text>
          </li>
        ))}
      </ul>
      <Text size="small">
        {batch.scans.scans.toLocaleString("vi-VN")} lượt quét từ {batch.scans.places.toLocaleString("vi-VN")} địa điểm, cho lô{" "}
        {batch.quantity.toLocaleString("vi-VN")} {batch.unit}.
      </Text>
    </Banner>
  )
}

export function WithdrawnBanner({ batch }: { batch: Batch }) {
  if (batch.status !== "withdrawn") return null
  return (
    <Banner variant="error" title={`Lô đã thu hồi lúc ${formatDateTime(batch.withdrawn_at)}`}>
      <Text size="small">Lý do: {batch.withdrawal_reason?.replace(/[.\s]+$/, "") || "–"}.</Text>
      <Text size="small">Quét nhãn của lô sẽ thấy thông báo thu hồi và lý do này.</Text>
    </Banner>
  )
}
