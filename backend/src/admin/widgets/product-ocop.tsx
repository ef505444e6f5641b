import { Link } from "react-router-dom"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { toastError, useAttachProduct, useCertificates, useProducers, useProductProducer } from "../lib/api"
import { AddCertificateDrawer, CertificateList } from "../lib/certificates"

function ProducerSection({ productId }: { productId: string }) {
  const { data: producer, isLoading } = useProductProducer(productId)
  const { data: list } = useProducers({ limit: 200, offset: 0 })
  const attach = useAttachProduct(productId)

  const onChange = (producerId: string) =>
    attach.mutate(producerId, {
      onSuccess: ({ producer }) => toast.success("Đã gắn nhà sản xuất", { description: producer.name }),
      onError: toastError("Không gắn được nhà sản xuất"),
    })

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          Nhà sản xuất
        </Text>
        {producer && (
          <Link to={`/producers/${producer.id}`} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            Xem →
          </Link>
        )}
      </div>
      <Select value={producer?.id ?? ""} onValueChange={onChange} disabled={isLoading || attach.isPending}>
        <Select.Trigger aria-label="Nhà sản xuất">
          <Select.Value placeholder={isLoading ? "Đang tải…" : "Chọn nhà sản xuất"} />
        </Select.Trigger>
        <Select.Content>
          {/* The current producer stays selectable even when it is beyond the first page of the list. */}
          {producer && !list?.producers.some((p) => p.id === producer.id) && <Select.Item value={producer.id}>{producer.name}</Select.Item>}
          {list?.producers.map((p) => (
            <Select.Item key={p.id} value={p.id}>
              {p.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {!isLoading && !producer && (
        <Text size="small" className="text-ui-fg-subtle">
          Sản phẩm chưa gắn với nhà sản xuất nào.
        </Text>
      )}
    </div>
  )
}

function CertificatesSection({ productId }: { productId: string }) {
  const { data: producer } = useProductProducer(productId)
  const { data, isLoading } = useCertificates({ product_id: productId })
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          Chứng nhận OCOP
        </Text>
        <AddCertificateDrawer productId={productId} disabled={!producer} />
      </div>
      {!producer && (
        <Text size="small" className="text-ui-fg-subtle">
          Gắn nhà sản xuất trước khi thêm chứng nhận.
        </Text>
      )}
      {isLoading ? <Text size="small">Đang tải…</Text> : <CertificateList certificates={data?.ocop_certificates ?? []} />}
    </div>
  )
}

const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">OCOP</Heading>
    </div>
    <ProducerSection productId={product.id} />
    <CertificatesSection productId={product.id} />
  </Container>
)

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOcopWidget
