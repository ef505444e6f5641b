/**
 * The one producer form, used by the create modal and the edit drawer. It only
 * renders fields inside `<form id={formId}>`; the caller puts the submit button
 * (`form={formId}`) in its own footer. The API validates: its 400 message is
 * shown by the caller's toast.
 */
import { useState, type FormEvent, type ReactNode } from "react"
import { Heading, Hint, Input, Label, Select, Switch, Text, Textarea, clx } from "@medusajs/ui"
import type { Producer, ProducerInput } from "./api"
import { DEFAULT_PROVINCE, LEGAL_FORMS, LEGAL_FORM_LABELS, SOCIAL_LABELS, SOCIAL_NETWORKS, slugify, type LegalForm, type SocialNetwork } from "./labels"

const TEXT_FIELDS = [
  "handle",
  "name",
  "tax_code",
  "province",
  "commune",
  "street",
  "former_locality",
  "phone",
  "email",
  "description",
  "story",
  "logo_url",
  "cover_url",
  "website",
] as const
type TextField = (typeof TEXT_FIELDS)[number]

export type ProducerFormValues = Record<TextField | SocialNetwork, string> & { legal_form: LegalForm; verified: boolean }

export function producerToValues(producer?: Producer): ProducerFormValues {
  const values = {} as ProducerFormValues
  for (const field of TEXT_FIELDS) values[field] = (producer?.[field] as string | null | undefined) ?? ""
  for (const network of SOCIAL_NETWORKS) values[network] = producer?.social_links?.[network] ?? ""
  values.province ||= DEFAULT_PROVINCE
  values.legal_form = producer?.legal_form ?? "cooperative"
  values.verified = producer?.verified ?? false
  return values
}

/** Form values → request body: trimmed, empty optional fields sent as null (cleared). */
export function valuesToInput(values: ProducerFormValues): ProducerInput {
  const input: Record<string, unknown> = { legal_form: values.legal_form, verified: values.verified }
  for (const field of TEXT_FIELDS) {
    const value = values[field].trim()
    if (field === "province") input.province = value || DEFAULT_PROVINCE
    else if (field === "handle" || field === "name" || field === "commune") input[field] = value
    else input[field] = value || null
  }
  const social = Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n, values[n].trim()]).filter(([, v]) => v))
  input.social_links = Object.keys(social).length ? social : null
  return input as ProducerInput
}

type Props = {
  formId: string
  producer?: Producer
  /** Two columns in a wide focus modal, one in a drawer. */
  columns?: 1 | 2
  onSubmit: (input: ProducerInput) => void
}

export function ProducerForm({ formId, producer, columns = 2, onSubmit }: Props) {
  const [values, setValues] = useState(() => producerToValues(producer))
  const [handleTouched, setHandleTouched] = useState(Boolean(producer))
  const set = <K extends keyof ProducerFormValues>(key: K, value: ProducerFormValues[K]) => setValues((v) => ({ ...v, [key]: value }))

  const text = (field: TextField | SocialNetwork, label: string, options: { required?: boolean; hint?: string; type?: string; placeholder?: string } = {}) => (
    <Field id={`${formId}-${field}`} label={label} required={options.required} hint={options.hint}>
      <Input
        id={`${formId}-${field}`}
        type={options.type ?? "text"}
        placeholder={options.placeholder}
        value={values[field]}
        onChange={(e) => {
          const value = e.target.value
          if (field === "handle") setHandleTouched(true)
          setValues((v) => ({ ...v, [field]: value, ...(field === "name" && !handleTouched ? { handle: slugify(value) } : {}) }))
        }}
      />
    </Field>
  )

  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(valuesToInput(values))
  }

  const grid = clx("grid gap-4", columns === 2 ? "grid-cols-2" : "grid-cols-1")
  return (
    <form id={formId} onSubmit={submit} className="flex flex-col gap-y-8">
      <Section title="Thông tin chung">
        <div className={grid}>
          {text("name", "Tên nhà sản xuất", { required: true, placeholder: "HTX Trà hoa vàng Ba Chẽ" })}
          {text("handle", "Mã định danh (handle)", { required: true, hint: "Chữ thường không dấu, số và dấu gạch ngang; dùng trong đường dẫn." })}
          <Field id={`${formId}-legal_form`} label="Loại hình" required>
            <Select value={values.legal_form} onValueChange={(v) => set("legal_form", v as LegalForm)}>
              <Select.Trigger id={`${formId}-legal_form`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {LEGAL_FORMS.map((form) => (
                  <Select.Item key={form} value={form}>
                    {LEGAL_FORM_LABELS[form]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          {text("tax_code", "Mã số thuế", { hint: "10 chữ số, hoặc 10 chữ số, gạch ngang và 3 chữ số (chi nhánh)." })}
        </div>
        <div className="flex items-start gap-x-3 rounded-lg border border-ui-border-base p-4">
          <Switch id={`${formId}-verified`} checked={values.verified} onCheckedChange={(checked) => set("verified", checked)} />
          <div className="flex flex-col">
            <Label htmlFor={`${formId}-verified`} size="small" weight="plus">
              Đã xác minh
            </Label>
            <Hint>Nhà sản xuất đã được đối chiếu giấy tờ; cửa hàng hiển thị dấu xác minh.</Hint>
          </div>
        </div>
      </Section>

      <Section title="Địa chỉ">
        <div className={grid}>
          {text("province", "Tỉnh/thành phố")}
          {text("commune", "Xã/phường/đặc khu", { required: true, placeholder: "Xã Ba Chẽ" })}
          {text("street", "Số nhà, đường, thôn")}
          {text("former_locality", "Địa danh cũ", { hint: "Huyện/xã trước sắp xếp 7/2025, nếu có." })}
        </div>
      </Section>

      <Section title="Liên hệ">
        <div className={grid}>
          {text("phone", "Điện thoại", { type: "tel", placeholder: "0912 345 678" })}
          {text("email", "Email", { type: "email" })}
          {text("website", "Website", { type: "url", placeholder: "https://" })}
        </div>
      </Section>

      <Section title="Giới thiệu">
        <Field id={`${formId}-description`} label="Mô tả ngắn">
          <Textarea id={`${formId}-description`} rows={3} value={values.description} onChange={(e) => set("description", e.target.value)} />
        </Field>
        <Field id={`${formId}-story`} label="Câu chuyện">
          <Textarea id={`${formId}-story`} rows={6} value={values.story} onChange={(e) => set("story", e.target.value)} />
        </Field>
      </Section>

      <Section title="Hình ảnh">
        <div className={grid}>
          {text("logo_url", "Logo (URL)", { type: "url", placeholder: "https://" })}
          {text("cover_url", "Ảnh bìa (URL)", { type: "url", placeholder: "https://" })}
        </div>
      </Section>

      <Section title="Mạng xã hội">
        <div className={grid}>{SOCIAL_NETWORKS.map((network) => <div key={network}>{text(network, SOCIAL_LABELS[network], { type: "url", placeholder: "https://" })}</div>)}</div>
      </Section>
    </form>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-y-4">
      <Heading level="h3">{title}</Heading>
      {children}
    </section>
  )
}

export function Field({ id, label, required, hint, children }: { id: string; label: string; required?: boolean; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {required ? <span className="text-ui-fg-error"> *</span> : <Text as="span" size="small" className="text-ui-fg-muted"> (không bắt buộc)</Text>}
      </Label>
      {children}
      {hint && <Hint>{hint}</Hint>}
    </div>
  )
}
