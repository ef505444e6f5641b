/**
 * A batch's supply-chain events, oldest first: when (in the local time where
 * it happened), what step, where, and what went in and came out.
 */
import { Badge, Text } from "@medusajs/ui"
import type { TraceEvent, TraceItem } from "./trace-api"
import { bizStepLabel, dispositionLabel, eventTypeLabel, formatEventTime, uomLabel } from "./trace-labels"

function itemText(item: TraceItem) {
  const what = item.description || (item.gtin ? `GTIN ${item.gtin}` : "Lô này")
  const lot = item.lot ? ` (lô ${item.lot})` : ""
  return `${what}${lot}: ${item.quantity.toLocaleString("vi-VN")} ${uomLabel(item.uom)}`
}

function Items({ label, items }: { label: string; items?: TraceItem[] | null }) {
  if (!items?.length) return null
  return (
    <div className="flex gap-x-2">
      <Text size="small" className="w-16 shrink-0 text-ui-fg-subtle">
        {label}
      </Text>
      <ul className="flex flex-col">
        {items.map((item, i) => (
          <li key={i}>
            <Text size="small">{itemText(item)}</Text>
          </li>
        ))}
      </ul>
    </div>
  )
}

function Detail({ label, value, mono }: { label: string; value?: string | null; mono?: boolean }) {
  if (!value) return null
  return (
    <div className="flex gap-x-2">
      <Text size="small" className="w-16 shrink-0 text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" className={mono ? "break-all font-mono" : "break-words"}>
        {value}
      </Text>
    </div>
  )
}

export function EventTimeline({ events }: { events: TraceEvent[] }) {
  if (!events.length) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        Chưa có sự kiện. Ghi ít nhất một sự kiện (ví dụ Khởi tạo hoặc Thu hoạch) trước khi công bố lô.
      </Text>
    )
  }
  const sequenceOf = new Map(events.map((e) => [e.id, e.sequence]))
  return (
    <ol className="flex flex-col px-6 py-4">
      {events.map((e, i) => (
        <li key={e.id} className="relative flex gap-x-4 pb-6 last:pb-0">
          {i < events.length - 1 && <span aria-hidden className="absolute left-[11px] top-6 h-[calc(100%-1.5rem)] w-px bg-ui-border-strong" />}
          <span className="z-[1] flex h-6 w-6 shrink-0 items-center justify-center rounded-full border border-ui-border-strong bg-ui-bg-base txt-compact-xsmall-plus text-ui-fg-subtle">
            {e.sequence}
          </span>
          <div className="flex min-w-0 flex-1 flex-col gap-y-1">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Text size="small" weight="plus">
                {bizStepLabel(e.biz_step)}
              </Text>
              <Badge size="2xsmall">{eventTypeLabel(e.event_type)}</Badge>
              {e.action && (
                <Badge size="2xsmall" color="grey">
                  {e.action}
                </Badge>
              )}
              {e.disposition && (
                <Badge size="2xsmall" color="blue">
                  {dispositionLabel(e.disposition)}
                </Badge>
              )}
              {e.corrects_event_id && (
                <Badge size="2xsmall" color="orange">
                  Sửa sự kiện #{sequenceOf.get(e.corrects_event_id) ?? "?"}
                </Badge>
              )}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {formatEventTime(e.event_time, e.event_timezone)}
            </Text>
            <Detail label="Nơi ghi" value={e.read_point} mono />
            <Detail label="Địa điểm" value={e.biz_location} mono />
            <Items label="Đầu vào" items={e.inputs} />
            <Items label="Đầu ra" items={e.outputs} />
            <Detail label="Ghi chú" value={e.note} />
            <Text size="xsmall" className="font-mono text-ui-fg-muted" title={e.hash}>
              #{e.hash.slice(0, 16)}…
            </Text>
          </div>
        </li>
      ))}
    </ol>
  )
}
