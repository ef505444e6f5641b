import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  FocusModal,
  Heading,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { toastError, useCreateProducer, useProducers, type Producer } from "../../lib/api"
import { legalFormLabel } from "../../lib/labels"
import { ProducerForm } from "../../lib/producer-form"
import { ProducerStatusBadge } from "../../lib/producer-portal"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<Producer>()

const columns = [
  column.accessor("name", {
    header: "Tên",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {row.original.name}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {row.original.handle}
        </Text>
      </div>
    ),
  }),
  column.accessor("legal_form", { header: "Loại hình", cell: ({ getValue }) => legalFormLabel(getValue()) }),
  column.accessor("commune", { header: "Xã/phường" }),
  column.accessor("status", { header: "Cổng bán hàng", cell: ({ getValue }) => <ProducerStatusBadge status={getValue()} /> }),
  column.accessor("verified", {
    header: "Xác minh",
    cell: ({ getValue }) =>
      getValue() ? <StatusBadge color="green">Đã xác minh</StatusBadge> : <StatusBadge color="grey">Chưa xác minh</StatusBadge>,
  }),
  column.display({
    id: "link",
    header: "",
    cell: ({ row }) => (
      <Link to={`/producers/${row.original.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small" onClick={(e) => e.stopPropagation()}>
        Chi tiết →
      </Link>
    ),
  }),
]

function CreateProducerModal() {
  const [open, setOpen] = useState(false)
  const create = useCreateProducer()
  const navigate = useNavigate()
  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Tạo mới
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-12">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-4">
            <div>
              <FocusModal.Title asChild>
                <Heading>Tạo nhà sản xuất</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  Thông tin hiển thị trên trang nhà sản xuất của chợ OCOP.
                </Text>
              </FocusModal.Description>
            </div>
            {open && (
              <ProducerForm
                formId="create-producer-form"
                onSubmit={(input) =>
                  create.mutate(input, {
                    onSuccess: ({ producer }) => {
                      toast.success("Đã tạo nhà sản xuất", { description: producer.name })
                      setOpen(false)
                      navigate(`/producers/${producer.id}`)
                    },
                    onError: toastError("Không tạo được nhà sản xuất"),
                  })
                }
              />
            )}
          </div>
        </FocusModal.Body>
        <FocusModal.Footer>
          <div className="flex items-center justify-end gap-x-2">
            <FocusModal.Close asChild>
              <Button size="small" variant="secondary">
                Hủy
              </Button>
            </FocusModal.Close>
            <Button size="small" type="submit" form="create-producer-form" isLoading={create.isPending}>
              Tạo
            </Button>
          </div>
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}

const ProducersPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pendingOnly, setPendingOnly] = useState(false)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const params = useMemo(
    () => ({ q: search, status: pendingOnly ? ("pending" as const) : undefined, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }),
    [search, pendingOnly, pagination]
  )
  const { data, isLoading, isError, error } = useProducers(params)

  const table = useDataTable({
    columns,
    data: data?.producers ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/producers/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Nhà sản xuất</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Doanh nghiệp, hợp tác xã và hộ kinh doanh có sản phẩm OCOP
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Button
              size="small"
              variant={pendingOnly ? "primary" : "secondary"}
              aria-pressed={pendingOnly}
              onClick={() => {
                setPendingOnly((v) => !v)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              Chờ duyệt
            </Button>
            <DataTable.Search placeholder="Tìm theo tên" />
            <CreateProducerModal />
          </div>
        </DataTable.Toolbar>
        {isError && (
          <Text size="small" className="px-6 py-4 text-ui-fg-error">
            Không tải được danh sách: {error.message}
          </Text>
        )}
        <DataTable.Table
          emptyState={{
            empty: { heading: "Chưa có nhà sản xuất", description: "Bấm “Tạo mới” để thêm nhà sản xuất đầu tiên." },
            filtered: { heading: "Không tìm thấy", description: "Không có nhà sản xuất nào khớp với từ khóa." },
          }}
        />
        <DataTable.Pagination translations={{ of: "trên", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }} />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Nhà sản xuất",
  icon: BuildingStorefront,
})

export const handle = {
  breadcrumb: () => "Nhà sản xuất",
}

export default ProducersPage
