/**
 * The drawer that appends one supply-chain event to a batch. Events are
 * never edited (a correction is a new event), so the form only adds. The
 * API validates the EPCIS shape; its 400 message is shown in the drawer.
 */
import { useState, type FormEvent } from "react"
import { Plus, Trash } from "@medusajs/icons"
import { Alert, Button, Drawer, Heading, IconButton, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { Field } from "./producer-form"
import { useAppendEvents, type Batch, type TraceEventInput, type TraceItem } from "./trace-api"
import {
  ACTIONS,
  ACTION_LABELS,
  BIZ_STEP_LABELS,
  DISPOSITION_LABELS,
  EVENT_TYPE_LABELS,
  FORM_BIZ_STEPS,
  FORM_DISPOSITIONS,
  FORM_EVENT_TYPES,
  UOMS,
  UOM_OPTION_LABELS,
  UTC_OFFSETS,
  nowInVietnam,
  type FormEventType,
  type TraceAction,
} from "./trace-labels"

type ItemRow = { description: string; gtin: string; lot: string; quantity: string; uom: string }
const emptyRow = (): ItemRow => ({ description: "", gtin: "", lot: "", quantity: "", uom: "KGM" })

const NONE = "none"

function initialValues(batch: Batch) {
  return {
    event_type: "ObjectEvent" as FormEventType,
    action: "ADD" as TraceAction,
    time: nowInVietnam(),
    offset: "+07:00",
    biz_step: batch.events.length ? "packing" : "commissioning",
    disposition: "active",
    read_point: batch.growing_areas.find(Boolean)?.code ?? "",
    note: "",
    inputs: [] as ItemRow[],
    outputs: [] as ItemRow[],
  }
}
type Values = ReturnType<typeof initialValues>

function toItems(rows: ItemRow[]): TraceItem[] | null {
  const items = rows
    .filter((r) => r.description.trim() || r.gtin.trim() || r.quantity.trim())
    .map((r) => ({
      description: r.description.trim() || null,
      gtin: r.gtin.trim() || null,
      lot: r.lot.trim() || null,
      quantity: Number(r.quantity.replace(",", ".")),
      uom: r.uom,
    }))
  return items.length ? items : null
}

function toInput(v: Values): TraceEventInput {
  return {
    event_type: v.event_type,
    event_time: `${v.time.length === 16 ? `${v.time}:00` : v.time}${v.offset}`,
    event_timezone: v.offset,
    action: v.event_type === "TransformationEvent" ? null : v.action,
    biz_step: v.biz_step,
    disposition: v.disposition === NONE ? null : v.disposition,
    read_point: v.read_point.trim() || null,
    note: v.note.trim() || null,
    inputs: toItems(v.inputs),
    outputs: toItems(v.outputs),
  }
}

function ItemRows({ title, hint, rows, onChange }: { title: string; hint: string; rows: ItemRow[]; onChange: (rows: ItemRow[]) => void }) {
  const update = (i: number, key: keyof ItemRow, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)))
  return (
    <section className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between">
        <div>
          <Heading level="h3">{title}</Heading>
          <Text size="xsmall" className="text-ui-fg-muted">
            {hint}
          </Text>
        </div>
        <Button size="small" variant="transparent" type="button" onClick={() => onChange([...rows, emptyRow()])}>
          <Plus />
          Thêm dòng
        </Button>
      </div>
      {rows.map((row, i) => (
        <div key={i} className="flex flex-col gap-y-2 rounded-lg border border-ui-border-base bg-ui-bg-subtle p-3">
          <div className="grid grid-cols-[1fr_6rem_7.5rem_auto] items-center gap-2">
            <Input size="small" aria-label="Mô tả" placeholder="Mô tả, vd. Cá cơm tươi" value={row.description} onChange={(e) => update(i, "description", e.target.value)} />
            <Input size="small" aria-label="Số lượng" type="number" min={0} step="any" placeholder="Số lượng" value={row.quantity} onChange={(e) => update(i, "quantity", e.target.value)} />
            <Select size="small" value={row.uom} onValueChange={(v) => update(i, "uom", v)}>
              <Select.Trigger aria-label="Đơn vị">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {UOMS.map((u) => (
                  <Select.Item key={u} value={u}>
                    {UOM_OPTION_LABELS[u]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <IconButton size="small" variant="transparent" type="button" aria-label="Xóa dòng" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              <Trash />
            </IconButton>
          </div>
          <div className="grid grid-cols-2 gap-2">
            <Input size="small" aria-label="GTIN" placeholder="GTIN (nếu có)" value={row.gtin} onChange={(e) => update(i, "gtin", e.target.value)} />
            <Input size="small" aria-label="Lô" placeholder="Số lô (nếu có)" value={row.lot} onChange={(e) => update(i, "lot", e.target.value)} />
          </div>
        </div>
      ))}
    </section>
  )
}

export function AddEventDrawer({ batch }: { batch: Batch }) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(() => initialValues(batch))
  const append = useAppendEvents(batch.id)
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }))
  const transformation = values.event_type === "TransformationEvent"

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (next) setValues(initialValues(batch))
    else append.reset()
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    append.mutate([toInput(values)], {
      onSuccess: () => {
        toast.success("Đã ghi sự kiện", { description: BIZ_STEP_LABELS[values.biz_step as keyof typeof BIZ_STEP_LABELS] })
        setOpen(false)
      },
    })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={batch.status === "withdrawn"}>
          Thêm sự kiện
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Thêm sự kiện</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form id="trace-event-form" onSubmit={submit} className="flex flex-col gap-y-4">
            {append.isError && <Alert variant="error">Không ghi được sự kiện: {append.error.message}</Alert>}
            {batch.status === "published" && (
              <Text size="small" className="text-ui-fg-subtle">
                Lô đã công bố: sự kiện mới được nối vào chuỗi và bản ghi lô được ký lại. Sự kiện đã ghi không sửa được.
              </Text>
            )}
            <div className="grid grid-cols-2 gap-4">
              <Field id="event-type" label="Loại sự kiện" required>
                <Select value={values.event_type} onValueChange={(v) => set("event_type", v as FormEventType)}>
                  <Select.Trigger id="event-type">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {FORM_EVENT_TYPES.map((t) => (
                      <Select.Item key={t} value={t}>
                        {EVENT_TYPE_LABELS[t]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              {!transformation && (
                <Field id="event-action" label="Hành động" required>
                  <Select value={values.action} onValueChange={(v) => set("action", v as TraceAction)}>
                    <Select.Trigger id="event-action">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {ACTIONS.map((a) => (
                        <Select.Item key={a} value={a}>
                          {ACTION_LABELS[a]}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              )}
            </div>
            <div className="grid grid-cols-[1fr_8rem] gap-4">
              <Field id="event-time" label="Thời điểm" required hint="Giờ tại nơi diễn ra sự kiện.">
                <Input id="event-time" type="datetime-local" value={values.time} onChange={(e) => set("time", e.target.value)} required />
              </Field>
              <Field id="event-offset" label="Múi giờ" required>
                <Select value={values.offset} onValueChange={(v) => set("offset", v)}>
                  <Select.Trigger id="event-offset">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {UTC_OFFSETS.map((o) => (
                      <Select.Item key={o} value={o}>
                        UTC{o}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
            </div>
            <div className="grid grid-cols-2 gap-4">
              <Field id="event-step" label="Công đoạn" required>
                <Select value={values.biz_step} onValueChange={(v) => set("biz_step", v)}>
                  <Select.Trigger id="event-step">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {FORM_BIZ_STEPS.map((s) => (
                      <Select.Item key={s} value={s}>
                        {BIZ_STEP_LABELS[s]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              <Field id="event-disposition" label="Tình trạng">
                <Select value={values.disposition} onValueChange={(v) => set("disposition", v)}>
                  <Select.Trigger id="event-disposition">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NONE}>Không ghi</Select.Item>
                    {FORM_DISPOSITIONS.map((d) => (
                      <Select.Item key={d} value={d}>
                        {DISPOSITION_LABELS[d]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
            </div>
            <Field id="event-read-point" label="Nơi ghi nhận" hint="Mã vùng trồng, mã cơ sở, GLN 13 số hoặc URI; không có khoảng trắng.">
              <Input id="event-read-point" list="event-read-points" placeholder="VN-QNVD-0007" value={values.read_point} onChange={(e) => set("read_point", e.target.value)} />
              <datalist id="event-read-points">
                {batch.growing_areas.filter(Boolean).map((a) => (
                  <option key={a!.id} value={a!.code}>
                    {a!.name}
                  </option>
                ))}
              </datalist>
            </Field>
            <Field id="event-note" label="Ghi chú">
              <Textarea id="event-note" rows={2} value={values.note} onChange={(e) => set("note", e.target.value)} />
            </Field>
            <ItemRows
              title="Đầu vào"
              hint={transformation ? "Nguyên liệu đưa vào chế biến (bắt buộc)." : "Thường để trống."}
              rows={values.inputs}
              onChange={(rows) => set("inputs", rows)}
            />
            <ItemRows
              title="Đầu ra"
              hint={transformation ? "Sản phẩm tạo ra (bắt buộc). Bỏ trống mô tả và GTIN = chính lô này." : "Sản phẩm, số lượng tạo ra hoặc ghi nhận."}
              rows={values.outputs}
              onChange={(rows) => set("outputs", rows)}
            />
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Hủy
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="trace-event-form" isLoading={append.isPending}>
            Ghi sự kiện
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
