/**
 * "Tạo lô": opens a draft production batch of a product variant. The
 * variant is found by product title; the growing areas offered are those of
 * the product's producer. The API gives the variant a GTIN if it has none
 * and checks the lot; its 400 message is shown in the form.
 */
import { useEffect, useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { Alert, Button, Checkbox, FocusModal, Heading, Input, Label, Text, clx, toast } from "@medusajs/ui"
import { useProductProducer } from "./api"
import { toDateInput } from "./labels"
import { Field } from "./producer-form"
import { useCreateBatch, useGrowingAreas, useProductSearch, type BatchInput } from "./trace-api"
import { areaTypeLabel, splitList } from "./trace-labels"

type Choice = { productId: string; productTitle: string; variantId: string; variantTitle: string }

function useDebounced<T>(value: T, ms = 300) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

function VariantPicker({ choice, onChoose }: { choice: Choice | null; onChoose: (choice: Choice | null) => void }) {
  const [q, setQ] = useState("")
  const { data: products, isFetching } = useProductSearch(useDebounced(q.trim()))

  if (choice) {
    return (
      <div className="flex items-center justify-between gap-x-2 rounded-lg border border-ui-border-base bg-ui-bg-subtle px-4 py-3">
        <div>
          <Text size="small" weight="plus">
            {choice.productTitle}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Biến thể: {choice.variantTitle}
          </Text>
        </div>
        <Button size="small" variant="transparent" type="button" onClick={() => onChoose(null)}>
          Đổi
        </Button>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Input id="batch-product" type="search" placeholder="Tìm sản phẩm theo tên" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      <ul className={clx("max-h-64 divide-y overflow-y-auto rounded-lg border border-ui-border-base", isFetching && "opacity-60")}>
        {products?.length === 0 && (
          <li className="px-4 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              Không tìm thấy sản phẩm.
            </Text>
          </li>
        )}
        {products?.map((p) => (
          <li key={p.id} className="flex flex-col gap-y-1 px-4 py-2">
            <Text size="small" weight="plus">
              {p.title}
            </Text>
            <div className="flex flex-wrap gap-1">
              {(p.variants ?? []).map((v) => (
                <Button
                  key={v.id}
                  size="small"
                  variant="secondary"
                  type="button"
                  onClick={() => onChoose({ productId: p.id, productTitle: p.title, variantId: v.id, variantTitle: v.title })}
                >
                  {v.title}
                </Button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

function AreaChooser({ productId, selected, onChange }: { productId: string; selected: string[]; onChange: (ids: string[]) => void }) {
  const { data: producer, isLoading } = useProductProducer(productId)
  const { data: areas, isLoading: loadingAreas } = useGrowingAreas(producer?.id)
  if (isLoading || loadingAreas) return <Text size="small">Đang tải…</Text>
  if (!producer) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Sản phẩm chưa gắn nhà sản xuất nên chưa chọn được vùng trồng (gắn ở mục OCOP của trang sản phẩm).
      </Text>
    )
  }
  if (!areas?.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {producer.name} chưa đăng ký vùng trồng / vùng nuôi nào (thêm ở trang nhà sản xuất).
      </Text>
    )
  }
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id))
  return (
    <ul className="flex flex-col gap-y-2">
      {areas.map((a) => (
        <li key={a.id} className="flex items-start gap-x-3 rounded-lg border border-ui-border-base px-4 py-3">
          <Checkbox id={`batch-area-${a.id}`} checked={selected.includes(a.id)} onCheckedChange={(on) => toggle(a.id, on === true)} />
          <Label htmlFor={`batch-area-${a.id}`} className="flex flex-col">
            <Text size="small" weight="plus" className="font-mono">
              {a.code}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {areaTypeLabel(a.area_type)} · {a.name} · {a.commune}
            </Text>
          </Label>
        </li>
      ))}
    </ul>
  )
}

const initial = () => ({ lot: "", production_date: toDateInput(new Date()), harvest_date: "", expiry_date: "", quantity: "", unit: "", standards: "" })
type Values = ReturnType<typeof initial>

function BatchForm({ formId, create, onCreated }: { formId: string; create: ReturnType<typeof useCreateBatch>; onCreated: (id: string) => void }) {
  const [choice, setChoice] = useState<Choice | null>(null)
  const [areaIds, setAreaIds] = useState<string[]>([])
  const [values, setValues] = useState(initial)
  const [missingVariant, setMissingVariant] = useState(false)
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }))
  const input = (key: keyof Values, label: string, options: { required?: boolean; hint?: string; type?: string; placeholder?: string } = {}) => (
    <Field id={`batch-${key}`} label={label} required={options.required} hint={options.hint}>
      <Input id={`batch-${key}`} type={options.type ?? "text"} placeholder={options.placeholder} value={values[key]} onChange={(e) => set(key, e.target.value)} />
    </Field>
  )

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!choice) return setMissingVariant(true)
    const body: BatchInput = {
      variant_id: choice.variantId,
      lot: values.lot.trim(),
      production_date: values.production_date,
      harvest_date: values.harvest_date || null,
      expiry_date: values.expiry_date || null,
      quantity: Number(values.quantity),
      unit: values.unit.trim(),
      standards: splitList(values.standards),
      growing_area_ids: areaIds,
    }
    create.mutate(body, {
      onSuccess: ({ production_batch }) => {
        toast.success("Đã tạo lô", { description: `${production_batch.lot} · GTIN ${production_batch.gtin}` })
        onCreated(production_batch.id)
      },
    })
  }

  return (
    <form id={formId} onSubmit={submit} className="flex flex-col gap-y-6">
      {create.isError && <Alert variant="error">Không tạo được lô: {create.error.message}</Alert>}
      <section className="flex flex-col gap-y-2">
        <Heading level="h3">Sản phẩm</Heading>
        <VariantPicker
          choice={choice}
          onChoose={(next) => {
            setChoice(next)
            setAreaIds([])
            setMissingVariant(false)
          }}
        />
        {missingVariant && (
          <Text size="small" className="text-ui-fg-error">
            Chọn sản phẩm (biến thể) của lô.
          </Text>
        )}
        <Text size="xsmall" className="text-ui-fg-muted">
          Biến thể chưa có GTIN sẽ được cấp mã GTIN-14 theo mã doanh nghiệp GS1 khi tạo lô.
        </Text>
      </section>
      <section className="flex flex-col gap-y-4">
        <Heading level="h3">Lô sản xuất</Heading>
        <div className="grid grid-cols-2 gap-4">
          {input("lot", "Số lô", { required: true, placeholder: "NM2609-A", hint: "Tối đa 20 ký tự: chữ không dấu, số, dấu gạch ngang." })}
          {input("standards", "Tiêu chuẩn", { placeholder: "TCVN 5107:2018, VietGAP", hint: "Cách nhau bằng dấu phẩy." })}
          {input("production_date", "Ngày sản xuất", { required: true, type: "date" })}
          {input("harvest_date", "Ngày thu hoạch", { type: "date" })}
          {input("expiry_date", "Hạn sử dụng", { type: "date" })}
          <div className="grid grid-cols-2 gap-2">
            {input("quantity", "Số lượng", { required: true, type: "number" })}
            {input("unit", "Đơn vị", { required: true, placeholder: "chai" })}
          </div>
        </div>
      </section>
      <section className="flex flex-col gap-y-2">
        <Heading level="h3">Vùng trồng / vùng nuôi</Heading>
        {choice ? (
          <AreaChooser productId={choice.productId} selected={areaIds} onChange={setAreaIds} />
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Chọn sản phẩm để thấy các vùng của nhà sản xuất.
          </Text>
        )}
      </section>
    </form>
  )
}

export function CreateBatchModal() {
  const [open, setOpen] = useState(false)
  const create = useCreateBatch()
  const navigate = useNavigate()
  return (
    <FocusModal
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        create.reset()
      }}
    >
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Tạo lô
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-12">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-4">
            <div>
              <FocusModal.Title asChild>
                <Heading>Tạo lô sản xuất</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  Lô mới ở trạng thái nháp; ghi sự kiện rồi công bố để nhãn QR tra cứu được.
                </Text>
              </FocusModal.Description>
            </div>
            {open && (
              <BatchForm
                formId="create-batch-form"
                create={create}
                onCreated={(id) => {
                  setOpen(false)
                  navigate(`/traceability/${id}`)
                }}
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
            <Button size="small" type="submit" form="create-batch-form" isLoading={create.isPending}>
              Tạo lô
            </Button>
          </div>
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}
