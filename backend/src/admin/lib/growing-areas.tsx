/**
 * Growing areas (vùng trồng, vùng nuôi, cơ sở đóng gói) in the admin: the
 * list shown on a producer and on a batch, and the drawer that registers a
 * new area for a producer. The API checks codes and coordinates; its 400
 * message is shown in the drawer.
 */
import { useState, type FormEvent } from "react"
import { Alert, Badge, Button, Drawer, Input, Select, Text, toast } from "@medusajs/ui"
import { formatDate } from "./labels"
import { Field } from "./producer-form"
import { useCreateGrowingArea, type GrowingArea, type GrowingAreaInput } from "./trace-api"
import { AREA_TYPES, AREA_TYPE_LABELS, areaTypeLabel, splitList, toNumber, type AreaType } from "./trace-labels"

const mapUrl = (lat: number, lon: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=15/${lat}/${lon}`

export function Coordinates({ area }: { area: Pick<GrowingArea, "latitude" | "longitude"> }) {
  if (area.latitude == null || area.longitude == null) return <>–</>
  return (
    <a href={mapUrl(area.latitude, area.longitude)} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
      {area.latitude.toFixed(5)}, {area.longitude.toFixed(5)}
    </a>
  )
}

function validity(area: GrowingArea) {
  if (!area.valid_from && !area.valid_to) return null
  return `${area.valid_from ? formatDate(area.valid_from) : "…"} – ${area.valid_to ? formatDate(area.valid_to) : "…"}`
}

export function GrowingAreaList({ areas, empty }: { areas: GrowingArea[]; empty: string }) {
  if (!areas.length) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        {empty}
      </Text>
    )
  }
  return (
    <ul className="divide-y">
      {areas.map((a) => (
        <li key={a.id} className="flex flex-col gap-y-1 px-6 py-3">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Text size="small" weight="plus" className="font-mono">
              {a.code}
            </Text>
            <Badge size="2xsmall" color={a.area_type === "aquaculture_area" ? "blue" : a.area_type === "crop_area" ? "green" : "purple"}>
              {areaTypeLabel(a.area_type)}
            </Badge>
            {(a.certifications ?? []).map((c) => (
              <Badge key={c} size="2xsmall">
                {c}
              </Badge>
            ))}
          </div>
          <Text size="small">
            {a.name}
            {a.crop ? ` · ${a.crop}` : ""}
            {a.area_ha != null ? ` · ${a.area_ha.toLocaleString("vi-VN")} ha` : ""}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {[a.commune, a.province].filter(Boolean).join(", ")} · <Coordinates area={a} />
          </Text>
          {(a.issuer || validity(a)) && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {[a.issuer && `Cấp bởi ${a.issuer}`, validity(a) && `Hiệu lực ${validity(a)}`].filter(Boolean).join(" · ")}
            </Text>
          )}
        </li>
      ))}
    </ul>
  )
}

const EMPTY = {
  code: "",
  area_type: "crop_area" as AreaType,
  name: "",
  crop: "",
  area_ha: "",
  commune: "",
  latitude: "",
  longitude: "",
  issuer: "",
  valid_from: "",
  valid_to: "",
  certifications: "",
}
type Values = typeof EMPTY

function toInput(v: Values): GrowingAreaInput {
  const text = (s: string) => s.trim() || null
  return {
    code: v.code.trim().toUpperCase(),
    area_type: v.area_type,
    name: v.name.trim(),
    crop: text(v.crop),
    area_ha: toNumber(v.area_ha),
    commune: v.commune.trim(),
    latitude: toNumber(v.latitude),
    longitude: toNumber(v.longitude),
    issuer: text(v.issuer),
    valid_from: v.valid_from || null,
    valid_to: v.valid_to || null,
    certifications: splitList(v.certifications),
  }
}

/** Registers a growing area, aquaculture area or packing house for the producer. */
export function AddGrowingAreaDrawer({ producerId }: { producerId: string }) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(EMPTY)
  const create = useCreateGrowingArea(producerId)
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }))
  const input = (key: keyof Values, label: string, options: { required?: boolean; hint?: string; type?: string; placeholder?: string; step?: string } = {}) => (
    <Field id={`area-${key}`} label={label} required={options.required} hint={options.hint}>
      <Input
        id={`area-${key}`}
        type={options.type ?? "text"}
        step={options.step}
        placeholder={options.placeholder}
        value={values[key]}
        onChange={(e) => set(key, key === "code" ? e.target.value.toUpperCase() : e.target.value)}
      />
    </Field>
  )

  const submit = (e: FormEvent) => {
    e.preventDefault()
    create.mutate(toInput(values), {
      onSuccess: ({ growing_areas }) => {
        toast.success("Đã thêm vùng", { description: growing_areas[0]?.code })
        setValues(EMPTY)
        setOpen(false)
      },
    })
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) create.reset()
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Thêm vùng
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Thêm vùng trồng / vùng nuôi</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form id="growing-area-form" onSubmit={submit} className="flex flex-col gap-y-4">
            {create.isError && (
              <Alert variant="error">
                Không thêm được vùng: {create.error.message}
              </Alert>
            )}
            <div className="grid grid-cols-2 gap-4">
              {input("code", "Mã số vùng", { required: true, placeholder: "VN-QNBC-0012", hint: "Chữ in hoa, số, nối bằng dấu gạch ngang." })}
              <Field id="area-type" label="Loại" required>
                <Select value={values.area_type} onValueChange={(v) => set("area_type", v)}>
                  <Select.Trigger id="area-type">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {AREA_TYPES.map((t) => (
                      <Select.Item key={t} value={t}>
                        {AREA_TYPE_LABELS[t]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
            </div>
            {input("name", "Tên vùng", { required: true, placeholder: "Đồi chè hoa vàng thôn Khe Lạc" })}
            <div className="grid grid-cols-2 gap-4">
              {input("crop", values.area_type === "aquaculture_area" ? "Loài nuôi" : "Cây trồng / sản phẩm", { placeholder: values.area_type === "aquaculture_area" ? "Hàu Thái Bình Dương" : "Trà hoa vàng" })}
              {input("area_ha", "Diện tích (ha)", { type: "number", step: "any" })}
            </div>
            {input("commune", "Xã/phường/đặc khu", { required: true, placeholder: "Xã Ba Chẽ" })}
            <div className="grid grid-cols-2 gap-4">
              {input("latitude", "Vĩ độ", { type: "number", step: "any", placeholder: "21.2735" })}
              {input("longitude", "Kinh độ", { type: "number", step: "any", placeholder: "107.2841" })}
            </div>
            {input("issuer", "Cơ quan cấp mã", { placeholder: "Chi cục Trồng trọt và BVTV Quảng Ninh" })}
            <div className="grid grid-cols-2 gap-4">
              {input("valid_from", "Hiệu lực từ", { type: "date" })}
              {input("valid_to", "Hiệu lực đến", { type: "date" })}
            </div>
            {input("certifications", "Chứng nhận", { placeholder: "VietGAP, Hữu cơ TCVN 11041", hint: "Cách nhau bằng dấu phẩy." })}
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Hủy
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="growing-area-form" isLoading={create.isPending}>
            Lưu
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
