import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { ListingReview, useListings } from "../../lib/producer-portal"

const STATUSES = [
  ["proposed", "Chờ duyệt"],
  ["rejected", "Đã từ chối"],
  ["published", "Đang bán"],
  ["draft", "Bản nháp"],
] as const

/** Producers' listings by review status; the operator publishes or rejects those waiting. */
const ProducerListingsPage = () => {
  const [status, setStatus] = useState<string>("proposed")
  const { data, isLoading, isError, error } = useListings(status)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Duyệt sản phẩm</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sản phẩm nhà sản xuất gửi lên từ cổng nhà sản xuất.
          </Text>
        </div>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger aria-label="Trạng thái" className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {STATUSES.map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="px-6 py-4">
        {isLoading ? (
          <Text size="small">Đang tải…</Text>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error">
            Không tải được: {error.message}
          </Text>
        ) : data?.products.length ? (
          <ul className="flex flex-col gap-y-3">
            {data.products.map((listing) => (
              <ListingReview key={listing.id} listing={listing} />
            ))}
          </ul>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Không có sản phẩm nào.
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Duyệt sản phẩm",
  icon: CheckCircle,
})

export default ProducerListingsPage
