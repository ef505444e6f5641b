/**
 * A producer's livestreams in the admin (the producer page's section): every
 * session with its status as of now, platform, link and time on Vietnam's clock,
 * and "Gỡ" to take one down (DELETE /admin/livestreams/:id, after a confirmation).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { toastError } from "./api"
import { sdk } from "./sdk"

export type AdminLivestream = {
  id: string
  platform: "facebook" | "tiktok" | "zalo" | "youtube"
  platform_name: string
  url: string
  title: string
  starts_at: string
  ends_at: string
  status: "live" | "upcoming" | "ended"
  product: { id: string; title: string; handle: string } | null
}

const key = (producerId: string) => ["ocop", "livestreams", producerId]

const STATUS: Record<AdminLivestream["status"], { label: string; color: "red" | "blue" | "grey" }> = {
  live: { label: "Đang phát", color: "red" },
  upcoming: { label: "Sắp phát", color: "blue" },
  ended: { label: "Đã kết thúc", color: "grey" },
}

const when = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
const time = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })

export function LivestreamsSection({ producerId }: { producerId: string }) {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: key(producerId),
    queryFn: () => sdk.client.fetch<{ livestreams: AdminLivestream[]; count: number }>("/admin/livestreams", { query: { producer_id: producerId, limit: 50 } }),
  })
  const remove = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/livestreams/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("Đã gỡ phiên phát trực tiếp")
      queryClient.invalidateQueries({ queryKey: key(producerId) })
    },
    onError: toastError("Không gỡ được phiên phát trực tiếp"),
  })
  const confirmRemove = async (session: AdminLivestream) => {
    const ok = await prompt({ title: "Gỡ phiên phát trực tiếp?", description: `“${session.title}” sẽ không còn hiện trên cửa hàng.`, confirmText: "Gỡ", cancelText: "Hủy" })
    if (ok) remove.mutate(session.id)
  }
  const sessions = data?.livestreams ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Phát trực tiếp</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Phiên livestream trên Facebook, TikTok, Zalo, YouTube do nhà sản xuất lên lịch; cửa hàng hiện phiên đang phát và phiên trong 14 ngày tới.
        </Text>
      </div>
      {isLoading ? (
        <Text size="small" className="px-6 py-4">
          Đang tải…
        </Text>
      ) : isError ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          Không tải được phiên phát trực tiếp: {error.message}
        </Text>
      ) : !sessions.length ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Chưa có phiên nào.
        </Text>
      ) : (
        <ul className="divide-y">
          {sessions.map((s) => (
            <li key={s.id} className="flex items-start justify-between gap-x-3 px-6 py-3">
              <div className="flex min-w-0 flex-col gap-y-1">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Badge size="2xsmall" color={STATUS[s.status].color}>
                    {STATUS[s.status].label}
                  </Badge>
                  <Badge size="2xsmall">{s.platform_name}</Badge>
                  <Text size="small" weight="plus">
                    {s.title}
                  </Text>
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  {when.format(new Date(s.starts_at))} – {time.format(new Date(s.ends_at))}
                  {s.product ? ` · ${s.product.title}` : ""}
                </Text>
                <a href={s.url} target="_blank" rel="noopener noreferrer nofollow" className="truncate text-ui-fg-interactive hover:text-ui-fg-interactive-hover text-small">
                  {s.url}
                </a>
              </div>
              <Button size="small" variant="secondary" isLoading={remove.isPending && remove.variables === s.id} onClick={() => confirmRemove(s)}>
                Gỡ
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
