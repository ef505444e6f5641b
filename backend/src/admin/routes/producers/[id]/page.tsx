import { useState, type ReactNode } from "react"
import { Link, useNavigate, useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { PencilSquare, Photo, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { toastError, useCertificates, useDeleteProducer, useProducer, useUpdateProducer, type Producer } from "../../../lib/api"
import { CertificateList } from "../../../lib/certificates"
import { AddGrowingAreaDrawer, GrowingAreaList } from "../../../lib/growing-areas"
import { LivestreamsSection } from "../../../lib/livestreams"
import { PRODUCT_STATUS_LABELS, SOCIAL_LABELS, SOCIAL_NETWORKS, legalFormLabel } from "../../../lib/labels"
import { ProducerForm } from "../../../lib/producer-form"
import { PortalAccessSection } from "../../../lib/producer-portal"
import { sdk } from "../../../lib/sdk"
import { useGrowingAreas } from "../../../lib/trace-api"

function Info({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="grid grid-cols-2 items-start px-6 py-4 text-ui-fg-subtle">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <Text size="small" leading="compact" className="whitespace-pre-line break-words">
        {children || "–"}
      </Text>
    </div>
  )
}

const ExternalLink = ({ href }: { href?: string | null }) =>
  href ? (
    <a href={href} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
      {href}
    </a>
  ) : (
    "–"
  )

function EditProducerDrawer({ producer }: { producer: Producer }) {
  const [open, setOpen] = useState(false)
  const update = useUpdateProducer(producer.id)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <PencilSquare />
          Sửa
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Sửa nhà sản xuất</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          {open && (
            <ProducerForm
              formId="edit-producer-form"
              producer={producer}
              columns={1}
              onSubmit={(input) =>
                update.mutate(input, {
                  onSuccess: () => {
                    toast.success("Đã lưu thay đổi")
                    setOpen(false)
                  },
                  onError: toastError("Không lưu được"),
                })
              }
            />
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Hủy
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="edit-producer-form" isLoading={update.isPending}>
            Lưu
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

function DeleteProducerButton({ producer }: { producer: Producer }) {
  const prompt = usePrompt()
  const remove = useDeleteProducer(producer.id)
  const navigate = useNavigate()
  const onClick = async () => {
    const confirmed = await prompt({
      title: "Xóa nhà sản xuất?",
      description: `“${producer.name}” sẽ bị xóa. Chỉ xóa được khi không còn sản phẩm và chứng nhận nào.`,
      confirmText: "Xóa",
      cancelText: "Hủy",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success("Đã xóa nhà sản xuất", { description: producer.name })
        navigate("/producers")
      },
      onError: toastError("Không xóa được nhà sản xuất"),
    })
  }
  return (
    <Button size="small" variant="secondary" onClick={onClick} isLoading={remove.isPending}>
      <Trash />
      Xóa
    </Button>
  )
}

function ProductsSection({ products }: { products: NonNullable<Producer["products"]> }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Sản phẩm</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {products.length} sản phẩm
        </Text>
      </div>
      {products.length ? (
        <ul className="divide-y">
          {products.map((p) => (
            <li key={p.id}>
              <Link to={`/products/${p.id}`} className="flex items-center gap-x-3 px-6 py-3 hover:bg-ui-bg-base-hover">
                <div className="flex h-10 w-8 shrink-0 items-center justify-center overflow-hidden rounded bg-ui-bg-component text-ui-fg-muted">
                  {p.thumbnail ? <img src={p.thumbnail} alt="" className="h-full w-full object-cover" /> : <Photo />}
                </div>
                <Text size="small" weight="plus" className="flex-1">
                  {p.title}
                </Text>
                <Badge size="2xsmall">{PRODUCT_STATUS_LABELS[p.status] ?? p.status}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Chưa có sản phẩm. Gắn sản phẩm từ trang chi tiết sản phẩm (mục OCOP).
        </Text>
      )}
    </Container>
  )
}

function CertificatesSection({ producerId }: { producerId: string }) {
  const { data, isLoading } = useCertificates({ producer_id: producerId })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Chứng nhận OCOP</Heading>
      </div>
      <div className="px-6 py-4">{isLoading ? <Text size="small">Đang tải…</Text> : <CertificateList certificates={data?.ocop_certificates ?? []} showProduct />}</div>
    </Container>
  )
}

function GrowingAreasSection({ producerId }: { producerId: string }) {
  const { data: areas, isLoading, isError, error } = useGrowingAreas(producerId)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Vùng trồng / vùng nuôi</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Vùng trồng, vùng nuôi và cơ sở đóng gói có mã số; lô sản xuất ghi nguyên liệu từ vùng nào.
          </Text>
        </div>
        <AddGrowingAreaDrawer producerId={producerId} />
      </div>
      {isLoading ? (
        <Text size="small" className="px-6 py-4">
          Đang tải…
        </Text>
      ) : isError ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          Không tải được vùng: {error.message}
        </Text>
      ) : (
        <GrowingAreaList areas={areas ?? []} empty="Chưa đăng ký vùng nào." />
      )}
    </Container>
  )
}

const ProducerDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useProducer(id)
  if (isLoading) return <Container>Đang tải…</Container>
  if (isError || !data) return <Container className="text-ui-fg-error">Không tải được nhà sản xuất: {error?.message}</Container>
  const p = data.producer
  const address = [p.street, p.commune, p.province].filter(Boolean).join(", ")
  const socials = SOCIAL_NETWORKS.filter((n) => p.social_links?.[n])

  return (
    <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full flex-col gap-y-3">
        <Container className="divide-y p-0">
          <div className="flex items-start justify-between gap-x-4 px-6 py-4">
            <div className="flex items-center gap-x-3">
              {p.logo_url && <img src={p.logo_url} alt="" className="h-12 w-12 rounded-lg border border-ui-border-base object-cover" />}
              <div>
                <Heading>{p.name}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {legalFormLabel(p.legal_form)} · {p.handle}
                </Text>
              </div>
            </div>
            <div className="flex items-center gap-x-2">
              {p.verified ? <StatusBadge color="green">Đã xác minh</StatusBadge> : <StatusBadge color="grey">Chưa xác minh</StatusBadge>}
              <EditProducerDrawer producer={p} />
              <DeleteProducerButton producer={p} />
            </div>
          </div>
          <Info label="Mã số thuế">{p.tax_code}</Info>
          <Info label="Địa chỉ">{address}</Info>
          <Info label="Địa danh cũ">{p.former_locality}</Info>
          <Info label="Mô tả ngắn">{p.description}</Info>
          <Info label="Câu chuyện">{p.story}</Info>
        </Container>
        <ProductsSection products={(p.products ?? []).filter(Boolean)} />
        <CertificatesSection producerId={p.id} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <PortalAccessSection producer={p} />
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Liên hệ</Heading>
          </div>
          <Info label="Điện thoại">{p.phone}</Info>
          <Info label="Email">{p.email}</Info>
          <Info label="Website">
            <ExternalLink href={p.website} />
          </Info>
          {socials.map((n) => (
            <Info key={n} label={SOCIAL_LABELS[n]}>
              <ExternalLink href={p.social_links?.[n]} />
            </Info>
          ))}
        </Container>
        <GrowingAreasSection producerId={p.id} />
        <LivestreamsSection producerId={p.id} />
        {p.cover_url && (
          <Container className="p-0 overflow-hidden">
            <img src={p.cover_url} alt="Ảnh bìa" className="w-full object-cover" />
          </Container>
        )}
      </div>
    </div>
  )
}

export async function loader({ params }: LoaderFunctionArgs) {
  return sdk.client.fetch<{ producer: Producer }>(`/admin/producers/${params.id}`)
}

export const handle = {
  breadcrumb: ({ data }: UIMatch<{ producer: Producer }>) => data?.producer?.name ?? "Nhà sản xuất",
}

export default ProducerDetailPage
