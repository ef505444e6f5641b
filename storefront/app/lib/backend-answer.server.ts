/**
 * A backend answer read the one way both the shop and the producer portal need it:
 * `{ ok, status, body }`, the body parsed as JSON, or the start of a non-JSON answer kept
 * as its `message` so the page can still say something.
 */
export type Answer<T, E> = { ok: true; status: number; body: T } | { ok: false; status: number; body: E }

export async function readAnswer<T, E extends object>(response: Response): Promise<Answer<T, E>> {
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    parsed = { message: text.slice(0, 300) }
  }
  if (response.ok) return { ok: true, status: response.status, body: parsed as T }
  return { ok: false, status: response.status, body: (parsed ?? {}) as E }
}
