/** Whether "YYYY-MM-DD" names a day on the calendar: "2026-02-30" does not (JavaScript would move it to 2 March). */
export function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}
