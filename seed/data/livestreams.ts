/**
 * Livestreams of the seed: producers showing their products on Facebook, TikTok,
 * Zalo and YouTube. A session cannot be stored with a fixed date (it would be over
 * by the time anyone looks), so each is planned *relative to the seed run*: one
 * starts when the seed runs and lasts 4 hours (the home page's "live now" strip has
 * something to show), the others start on a later day at a Vietnamese clock time.
 * The links have each platform's real shape but are placeholders: no such live exists.
 */
import type { LivestreamPlatform } from "../../backend/src/lib/livestreams/url"

export type SeedLivestream = {
  producer: string
  /** A product of that producer, or none for a shop-wide session. */
  product?: string
  platform: LivestreamPlatform
  url: string
  title: string
  when: { live: true; hours: number } | { daysAhead: number; at: string; minutes: number }
}

export const SEED_LIVESTREAMS: SeedLivestream[] = [
  {
    producer: "cty-thuc-pham-ha-long-xanh",
    product: "cha-muc-ha-long",
    platform: "tiktok",
    url: "https://www.tiktok.com/@ctythucphamhalongxanh/live",
    title: "Quết chả mực Hạ Long bằng tay, trực tiếp từ xưởng",
    when: { live: true, hours: 4 },
  },
  {
    producer: "cty-cp-nuoc-mam-cai-rong",
    product: "nuoc-mam-cai-rong",
    platform: "facebook",
    url: "https://www.facebook.com/ctycpnuocmamcairong/videos/1029384756102938",
    title: "Mở thùng chượp nước mắm Cái Rồng sau 12 tháng ủ",
    when: { daysAhead: 1, at: "19:30", minutes: 90 },
  },
  {
    producer: "htx-tra-hoa-vang-ba-che",
    product: "tra-hoa-vang-ba-che",
    platform: "youtube",
    url: "https://www.youtube.com/live/Qn7tHv2BaCh",
    title: "Hái và sấy trà hoa vàng Ba Chẽ cùng hợp tác xã",
    when: { daysAhead: 2, at: "08:00", minutes: 120 },
  },
  {
    producer: "htx-mien-dong-binh-lieu",
    platform: "zalo",
    url: "https://zalo.me/0944472106",
    title: "Hỏi đáp về miến dong Bình Liêu và cách nấu",
    when: { daysAhead: 4, at: "20:00", minutes: 60 },
  },
  {
    producer: "cty-gom-hong-phong",
    product: "bo-am-chen-gom-hong-phong",
    platform: "tiktok",
    url: "https://www.tiktok.com/@ctygomhongphong/live",
    title: "Vuốt gốm Đông Triều: bộ ấm chén men rạn",
    when: { daysAhead: 6, at: "15:00", minutes: 90 },
  },
  {
    producer: "htx-ga-tien-yen",
    product: "ga-tien-yen",
    platform: "facebook",
    url: "https://fb.watch/gaTienYen1/",
    title: "Phiên chợ gà Tiên Yên cuối tuần",
    when: { daysAhead: 9, at: "09:00", minutes: 120 },
  },
  {
    producer: "cty-thuc-pham-ha-long-xanh",
    platform: "youtube",
    url: "https://www.youtube.com/@ctythucphamhalongxanh/live",
    title: "Giới thiệu đặc sản biển Hạ Long Xanh",
    when: { daysAhead: 13, at: "20:00", minutes: 60 },
  },
  {
    // Beyond the 14 days the store shows: kept in the admin list, not on the product page yet.
    producer: "htx-hai-sam-co-to",
    product: "hai-sam-co-to",
    platform: "facebook",
    url: "https://www.facebook.com/watch/live/?v=5566778899001122",
    title: "Hải sâm Cô Tô: từ biển đến bàn ăn",
    when: { daysAhead: 20, at: "19:00", minutes: 90 },
  },
]

const VIETNAM_OFFSET_MS = 7 * 3_600_000

/** When a planned session starts and ends for a seed run at `now`. */
export function sessionTimes(session: SeedLivestream, now: Date): { starts_at: Date; ends_at: Date } {
  if ("live" in session.when) {
    return { starts_at: now, ends_at: new Date(now.getTime() + session.when.hours * 3_600_000) }
  }
  // Today's date on Vietnam's calendar, then `daysAhead` days later at the clock time `at` (UTC+7).
  const vietnamToday = new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
  const day = new Date(Date.parse(`${vietnamToday}T00:00:00Z`) + session.when.daysAhead * 86_400_000).toISOString().slice(0, 10)
  const starts_at = new Date(`${day}T${session.when.at}:00+07:00`)
  return { starts_at, ends_at: new Date(starts_at.getTime() + session.when.minutes * 60_000) }
}
