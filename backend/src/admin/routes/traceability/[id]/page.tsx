import type { ReactNode } from "react"
import { Link, useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { PublishButton, QrCard, WithdrawButton } from "../../../lib/batch-actions"
import { AddEventDrawer } from "../../../lib/event-form"
import { EventTimeline } from "../../../lib/event-timeline"
import { GrowingAreaList } from "../../../lib/growing-areas"
import { formatDate } from "../../../lib/labels"
import { sdk } from "../../../lib/sdk"
import { useBatch, type Batch, type GrowingArea } from "../../../lib/trace-api"
import { formatDateTime } from "../../../lib/trace-labels"
import { BatchStatusBadge, CounterfeitBanner, VerificationBanner, WithdrawnBanner } from "../../../lib/trace-ui"

function Info({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="grid grid-cols-2 items-start px-6 py-4 text-ui-fg-subtle">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <Text size="small" leading="compact" className="break-words">
        {children || "–"}
      </Text>
    </div>
  )
}

function Summary({ batch }: { batch: Batch }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{batch.product?.title ?? `GTIN ${batch.gtin}`}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Lô <span className="font-mono">{batch.lot}</span>
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <BatchStatusBadge status={batch.status} />
          {batch.status === "draft" && <PublishButton batch={batch} />}
          {batch.status === "published" && <WithdrawButton batch={batch} />}
        </div>
      </div>
      <Info label="Sản phẩm">
        {batch.product ? (
          <Link to={`/products/${batch.product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {batch.product.title}
          </Link>
        ) : (
          "Sản phẩm chưa đăng bán"
        )}
      </Info>
      <Info label="GTIN">
        <span className="font-mono">{batch.gtin}</span>
      </Info>
      <Info label="Số lô">
        <span className="font-mono">{batch.lot}</span>
      </Info>
      <Info label="Ngày thu hoạch">{batch.harvest_date && formatDate(batch.harvest_date)}</Info>
      <Info label="Ngày sản xuất">{formatDate(batch.production_date)}</Info>
      <Info label="Hạn sử dụng">{batch.expiry_date && formatDate(batch.expiry_date)}</Info>
      <Info label="Số lượng">
        {batch.quantity.toLocaleString("vi-VN")} {batch.unit}
      </Info>
      <Info label="Tiêu chuẩn">
        {batch.standards?.length ? (
          <span className="flex flex-wrap gap-1">
            {batch.standards.map((s) => (
              <Badge key={s} size="2xsmall">
                {s}
              </Badge>
            ))}
          </span>
        ) : null}
      </Info>
      <Info label="Công bố lúc">{batch.published_at && formatDateTime(batch.published_at)}</Info>
    </Container>
  )
}

function AreasSection({ areas }: { areas: GrowingArea[] }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Vùng trồng / vùng nuôi</Heading>
      </div>
      <GrowingAreaList areas={areas} empty="Lô không gắn vùng trồng / vùng nuôi nào." />
    </Container>
  )
}

function EventsSection({ batch }: { batch: Batch }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Nhật ký sự kiện</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Theo chuẩn EPCIS 2.0; mỗi sự kiện nối với sự kiện trước bằng mã băm.
          </Text>
        </div>
        <AddEventDrawer batch={batch} />
      </div>
      <EventTimeline events={batch.events} />
    </Container>
  )
}

function ScansCard({ batch }: { batch: Batch }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lượt quét nhãn</Heading>
      </div>
      <Info label="Lượt quét">{batch.scans.scans.toLocaleString("vi-VN")}</Info>
      <Info label="Địa điểm khác nhau">{batch.scans.places.toLocaleString("vi-VN")}</Info>
    </Container>
  )
}

const BatchDetailPage = () => {
  const { id = "" } = useParams()
  const { data: batch, isLoading, isError, error } = useBatch(id)
  if (isLoading) return <Container>Đang tải…</Container>
  if (isError || !batch) return <Container className="text-ui-fg-error">Không tải được lô: {error?.message}</Container>
  const areas = batch.growing_areas.filter((a): a is GrowingArea => Boolean(a))

  return (
    <div className="flex flex-col gap-y-3">
      <WithdrawnBanner batch={batch} />
      <VerificationBanner batch={batch} />
      <CounterfeitBanner batch={batch} />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <Summary batch={batch} />
          <EventsSection batch={batch} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <QrCard batch={batch} />
          <AreasSection areas={areas} />
          <ScansCard batch={batch} />
        </div>
      </div>
    </div>
  )
}

export async function loader({ params }: LoaderFunctionArgs) {
  return sdk.client.fetch<{ production_batch: Batch }>(`/admin/production-batches/${params.id}`)
}

export const handle = {
  breadcrumb: ({ data }: UIMatch<{ production_batch: Batch }>) => (data?.production_batch ? `Lô ${data.production_batch.lot}` : "Lô sản xuất"),
}

export default BatchDetailPage
