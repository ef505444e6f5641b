/**
 * OCOP certificates in the admin: a list (product widget and producer page) with
 * delete, and the form that records a new certificate for a product.
 */
import { useState, type FormEvent, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { Trash } from "@medusajs/icons"
import { Badge, Button, Drawer, IconButton, Input, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { starsForScore } from "../../modules/ocop/lib/domain"
import { toastError, useCreateCertificate, useDeleteCertificate, type CertificateInput, type OcopCertificate } from "./api"
import { Field } from "./producer-form"
import { VerifyCertificateButton } from "./producer-portal"
import { DEFAULT_ISSUING_AUTHORITY, PRODUCT_GROUPS, PRODUCT_GROUP_LABELS, STAR_LEVELS, formatDate, productGroupLabel, stars, type ProductGroup } from "./labels"

function ValidityBadge({ certificate }: { certificate: OcopCertificate }) {
  if (certificate.valid) return <Badge size="2xsmall" color="green">Còn hiệu lực</Badge>
  if (new Date(certificate.decision_date) > new Date()) return <Badge size="2xsmall" color="orange">Chưa hiệu lực</Badge>
  return <Badge size="2xsmall" color="red">Hết hiệu lực</Badge>
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-x-2">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small">{children}</Text>
    </div>
  )
}

export function CertificateList({ certificates, showProduct = false }: { certificates: OcopCertificate[]; showProduct?: boolean }) {
  const prompt = usePrompt()
  const remove = useDeleteCertificate()

  const onDelete = async (certificate: OcopCertificate) => {
    const confirmed = await prompt({
      title: "Xóa chứng nhận?",
      description: `Chứng nhận số ${certificate.decision_number} sẽ bị xóa khỏi sản phẩm. Không thể hoàn tác.`,
      confirmText: "Xóa",
      cancelText: "Hủy",
    })
    if (!confirmed) return
    remove.mutate(certificate.id, {
      onSuccess: () => toast.success("Đã xóa chứng nhận"),
      onError: toastError("Không xóa được chứng nhận"),
    })
  }

  if (!certificates.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Chưa có chứng nhận OCOP.
      </Text>
    )
  }
  return (
    <ul className="flex flex-col gap-y-3">
      {certificates.map((c) => (
        <li key={c.id} className="flex flex-col gap-y-2 rounded-lg border border-ui-border-base bg-ui-bg-subtle px-4 py-3">
          <div className="flex items-center justify-between gap-x-2">
            <div className="flex items-center gap-x-2">
              <span className="text-ui-tag-orange-icon text-base leading-none" aria-label={`${c.star} sao`}>
                {stars(c.star)}
              </span>
              <Text size="small" weight="plus">
                {c.star} sao{c.score != null ? ` · ${c.score} điểm` : ""}
              </Text>
              <ValidityBadge certificate={c} />
            </div>
            <IconButton size="small" variant="transparent" aria-label="Xóa chứng nhận" onClick={() => onDelete(c)} disabled={remove.isPending}>
              <Trash />
            </IconButton>
          </div>
          <div className="flex flex-col gap-y-1">
            <Row label="Số quyết định">{c.decision_number}</Row>
            <Row label="Cơ quan cấp">{c.issuing_authority}</Row>
            <Row label="Ngày quyết định">{formatDate(c.decision_date)}</Row>
            <Row label="Hết hạn">{formatDate(c.expires_at)}</Row>
            <Row label="Nhóm sản phẩm">{productGroupLabel(c.product_group)}</Row>
            <div>
              <VerifyCertificateButton certificate={c} />
            </div>
            {showProduct && c.product && (
              <Row label="Sản phẩm">
                <Link to={`/products/${c.product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  {c.product.title}
                </Link>
              </Row>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}

const EMPTY = { star: "4", score: "", decision_number: "", issuing_authority: DEFAULT_ISSUING_AUTHORITY, decision_date: "", expires_at: "", product_group: "food" }

/** A drawer with the form that records a certificate for the product. */
export function AddCertificateDrawer({ productId, disabled }: { productId: string; disabled?: boolean }) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(EMPTY)
  const create = useCreateCertificate()
  const set = (key: keyof typeof EMPTY, value: string) => setValues((v) => ({ ...v, [key]: value }))

  const onScore = (score: string) => {
    const star = score.trim() === "" ? null : starsForScore(Number(score))
    setValues((v) => ({ ...v, score, ...(star ? { star: String(star) } : {}) }))
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const body: CertificateInput = {
      product_id: productId,
      star: Number(values.star),
      score: values.score.trim() === "" ? null : Number(values.score),
      decision_number: values.decision_number.trim(),
      issuing_authority: values.issuing_authority.trim(),
      decision_date: values.decision_date,
      expires_at: values.expires_at || null,
      product_group: values.product_group as ProductGroup,
    }
    create.mutate(body, {
      onSuccess: () => {
        toast.success("Đã thêm chứng nhận OCOP")
        setValues(EMPTY)
        setOpen(false)
      },
      onError: toastError("Không thêm được chứng nhận"),
    })
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={disabled}>
          Thêm chứng nhận
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Thêm chứng nhận OCOP</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form id="ocop-certificate-form" onSubmit={submit} className="flex flex-col gap-y-4">
            <div className="grid grid-cols-2 gap-4">
              <Field id="cert-star" label="Số sao" required>
                <Select value={values.star} onValueChange={(v) => set("star", v)}>
                  <Select.Trigger id="cert-star">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {STAR_LEVELS.map((s) => (
                      <Select.Item key={s} value={String(s)}>
                        {stars(s)} {s} sao
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              <Field id="cert-score" label="Điểm (0–100)" hint="3★ 50–69, 4★ 70–89, 5★ 90–100">
                <Input id="cert-score" type="number" min={0} max={100} step={1} value={values.score} onChange={(e) => onScore(e.target.value)} />
              </Field>
            </div>
            <Field id="cert-decision-number" label="Số quyết định" required>
              <Input id="cert-decision-number" placeholder="1234/QĐ-UBND" value={values.decision_number} onChange={(e) => set("decision_number", e.target.value)} />
            </Field>
            <Field id="cert-authority" label="Cơ quan cấp" required>
              <Input id="cert-authority" value={values.issuing_authority} onChange={(e) => set("issuing_authority", e.target.value)} />
            </Field>
            <div className="grid grid-cols-2 gap-4">
              <Field id="cert-decision-date" label="Ngày quyết định" required>
                <Input id="cert-decision-date" type="date" value={values.decision_date} onChange={(e) => set("decision_date", e.target.value)} />
              </Field>
              <Field id="cert-expires" label="Ngày hết hạn" hint="Để trống: 36 tháng sau ngày quyết định.">
                <Input id="cert-expires" type="date" value={values.expires_at} onChange={(e) => set("expires_at", e.target.value)} />
              </Field>
            </div>
            <Field id="cert-group" label="Nhóm sản phẩm" required>
              <Select value={values.product_group} onValueChange={(v) => set("product_group", v)}>
                <Select.Trigger id="cert-group">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {PRODUCT_GROUPS.map((g) => (
                    <Select.Item key={g} value={g}>
                      {PRODUCT_GROUP_LABELS[g]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Hủy
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="ocop-certificate-form" isLoading={create.isPending}>
            Lưu
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
