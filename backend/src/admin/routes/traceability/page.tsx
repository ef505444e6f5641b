import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, DataTable, Heading, Select, Text, createDataTableColumnHelper, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { CreateBatchModal } from "../../lib/batch-form"
import { formatDate } from "../../lib/labels"
import { useBatches, useGtinProduct, type BatchRow } from "../../lib/trace-api"
import { BATCH_STATUSES, BATCH_STATUS_LABELS, type BatchStatus } from "../../lib/trace-labels"
import { BatchStatusBadge } from "../../lib/trace-ui"

const PAGE_SIZE = 20
const ALL = "all"
const column = createDataTableColumnHelper<BatchRow>()

function ProductCell({ row }: { row: BatchRow }) {
  const { data: product, isLoading } = useGtinProduct(row.gtin, row.id)
  if (product) {
    return (
      <Text size="small" weight="plus" className="max-w-[260px] truncate">
        {product.title}
      </Text>
    )
  }
  return (
    <Text size="small" className="text-ui-fg-muted">
      {isLoading ? "…" : "Chưa đăng bán"}
    </Text>
  )
}

const columns = [
  column.display({ id: "product", header: "Sản phẩm", cell: ({ row }) => <ProductCell row={row.original} /> }),
  column.accessor("gtin", { header: "GTIN", cell: ({ getValue }) => <span className="font-mono">{getValue()}</span> }),
  column.accessor("lot", { header: "Lô", cell: ({ getValue }) => <span className="font-mono">{getValue()}</span> }),
  column.accessor("status", { header: "Trạng thái", cell: ({ getValue }) => <BatchStatusBadge status={getValue()} /> }),
  column.accessor("production_date", { header: "Ngày sản xuất", cell: ({ getValue }) => formatDate(getValue()) }),
  column.accessor("expiry_date", { header: "Hạn sử dụng", cell: ({ getValue }) => formatDate(getValue()) }),
  column.accessor("quantity", { header: "Số lượng", cell: ({ row }) => `${row.original.quantity.toLocaleString("vi-VN")} ${row.original.unit}` }),
  column.display({
    id: "link",
    header: "",
    cell: ({ row }) => (
      <Link to={`/traceability/${row.original.id}`} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover" onClick={(e) => e.stopPropagation()}>
        Chi tiết →
      </Link>
    ),
  }),
]

function StatusFilter({ value, onChange }: { value: BatchStatus | undefined; onChange: (status: BatchStatus | undefined) => void }) {
  return (
    <Select size="small" value={value ?? ALL} onValueChange={(v) => onChange(v === ALL ? undefined : (v as BatchStatus))}>
      <Select.Trigger aria-label="Lọc theo trạng thái" className="w-[160px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>Mọi trạng thái</Select.Item>
        {BATCH_STATUSES.map((s) => (
          <Select.Item key={s} value={s}>
            {BATCH_STATUS_LABELS[s]}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

const TraceabilityPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState<BatchStatus | undefined>()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const params = useMemo(() => ({ status, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }), [status, pagination])
  const { data, isLoading, isError, error } = useBatches(params)
  const table = useDataTable({
    columns,
    data: data?.production_batches ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/traceability/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Truy xuất nguồn gốc</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Lô sản xuất, nhật ký sự kiện và nhãn QR GS1 Digital Link
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <StatusFilter
              value={status}
              onChange={(next) => {
                setStatus(next)
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            />
            <CreateBatchModal />
          </div>
        </DataTable.Toolbar>
        {isError && (
          <Text size="small" className="px-6 py-4 text-ui-fg-error">
            Không tải được danh sách lô: {error.message}
          </Text>
        )}
        <DataTable.Table
          emptyState={{
            empty: { heading: status ? "Không có lô nào" : "Chưa có lô sản xuất", description: status ? "Không có lô nào ở trạng thái này." : "Bấm “Tạo lô” để mở lô đầu tiên." },
            filtered: { heading: "Không có lô nào", description: "Không có lô nào ở trạng thái này." },
          }}
        />
        <DataTable.Pagination translations={{ of: "trên", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }} />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Truy xuất nguồn gốc",
  icon: ShieldCheck,
})

export const handle = {
  breadcrumb: () => "Truy xuất nguồn gốc",
}

export default TraceabilityPage
