/**
 * What the operator does with a batch besides recording events: publish it
 * (sign its record), withdraw it (recall, with a reason), see its QR code and
 * print its labels. Admin routes need the session cookie: the <img> and the
 * label tab are same-origin requests, so the browser sends it.
 */
import { useState } from "react"
import { ArrowUpRightOnBox, SquareTwoStack } from "@medusajs/icons"
import { Alert, Button, Container, Heading, IconButton, Prompt, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { toastError } from "./api"
import { Field } from "./producer-form"
import { adminUrl, usePublishBatch, useWithdrawBatch, type Batch } from "./trace-api"

export function PublishButton({ batch }: { batch: Batch }) {
  const prompt = usePrompt()
  const publish = usePublishBatch(batch.id)
  const onClick = async () => {
    const confirmed = await prompt({
      title: "Công bố lô?",
      description: `Lô ${batch.lot} sẽ được ký số và nhãn QR tra cứu được. Sau khi công bố, sự kiện chỉ có thể thêm, không sửa hay xóa.`,
      confirmText: "Công bố",
      cancelText: "Hủy",
      variant: "confirmation",
    })
    if (!confirmed) return
    publish.mutate(undefined, {
      onSuccess: () => toast.success("Đã công bố lô", { description: batch.lot }),
      onError: toastError("Không công bố được lô"),
    })
  }
  return (
    <Button size="small" onClick={onClick} isLoading={publish.isPending}>
      Công bố
    </Button>
  )
}

export function WithdrawButton({ batch }: { batch: Batch }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const withdraw = useWithdrawBatch(batch.id)
  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) withdraw.reset()
  }
  const submit = () =>
    withdraw.mutate(reason.trim(), {
      onSuccess: () => {
        toast.success("Đã thu hồi lô", { description: batch.lot })
        setReason("")
        setOpen(false)
      },
    })
  return (
    <Prompt open={open} onOpenChange={onOpenChange}>
      <Prompt.Trigger asChild>
        <Button size="small" variant="danger">
          Thu hồi
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Thu hồi lô {batch.lot}?</Prompt.Title>
          <Prompt.Description>Người quét nhãn của lô sẽ thấy lô đã bị thu hồi và lý do. Không thể hoàn tác.</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-3 px-6 pt-4">
          <Field id="withdraw-reason" label="Lý do thu hồi" required>
            <Textarea id="withdraw-reason" rows={3} placeholder="Thu hồi do nhãn in sai hạn sử dụng" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          {withdraw.isError && <Alert variant="error">{withdraw.error.message}</Alert>}
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>Hủy</Prompt.Cancel>
          <Button size="small" variant="danger" onClick={submit} isLoading={withdraw.isPending} disabled={reason.trim().length < 3}>
            Thu hồi
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

export const labelSheetUrl = (batchId: string, copies = 24) => adminUrl(`/admin/production-batches/labels?ids=${encodeURIComponent(batchId)}&copies=${copies}`)

export function PrintLabelsButton({ batch }: { batch: Batch }) {
  return (
    <Button size="small" variant="secondary" asChild>
      <a href={labelSheetUrl(batch.id)} target="_blank" rel="noreferrer">
        In nhãn
        <ArrowUpRightOnBox />
      </a>
    </Button>
  )
}

function CopyButton({ text }: { text: string }) {
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => toast.success("Đã sao chép liên kết"),
      () => toast.error("Trình duyệt không cho sao chép")
    )
  return (
    <IconButton size="small" variant="transparent" aria-label="Sao chép liên kết" title="Sao chép" className="shrink-0" onClick={copy}>
      <SquareTwoStack />
    </IconButton>
  )
}

/** The label's QR code and the GS1 Digital Link URI it holds. */
export function QrCard({ batch }: { batch: Batch }) {
  const [broken, setBroken] = useState(false)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Mã QR</Heading>
        <PrintLabelsButton batch={batch} />
      </div>
      <div className="flex flex-col items-center gap-y-3 px-6 py-4">
        {broken ? (
          <Text size="small" className="text-ui-fg-error">
            Không tải được mã QR.
          </Text>
        ) : (
          <img
            src={adminUrl(`/admin/production-batches/${batch.id}/qr?format=svg`)}
            alt={`Mã QR của lô ${batch.lot}`}
            className="h-48 w-48 rounded border border-ui-border-base bg-white p-2"
            onError={() => setBroken(true)}
          />
        )}
        {batch.status !== "published" && (
          <Text size="xsmall" className="text-center text-ui-fg-muted">
            {batch.status === "draft" ? "Nhãn chỉ tra cứu được sau khi công bố lô." : "Lô đã thu hồi: quét nhãn sẽ thấy thông báo thu hồi."}
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small" weight="plus">
          GS1 Digital Link
        </Text>
        <div className="flex items-start gap-x-2">
          <a href={batch.digital_link} target="_blank" rel="noreferrer" className="break-all font-mono txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {batch.digital_link}
          </a>
          <CopyButton text={batch.digital_link} />
        </div>
      </div>
    </Container>
  )
}
