/**
 * Reading and writing cookies by hand (the storefront's few cookies need no library).
 * Pure.
 */

/** The value of cookie `name` in a `Cookie` header (URI-decoded), or null. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=")
    if (eq < 0) continue
    if (part.slice(0, eq).trim() !== name) continue
    const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1")
    try {
      return decodeURIComponent(raw)
    } catch {
      return null
    }
  }
  return null
}

export type CookieOptions = { maxAge: number; httpOnly?: boolean; secure?: boolean; path?: string }

/** A `Set-Cookie` value; SameSite=Lax always (a link from elsewhere keeps the cookie, a cross-site POST does not). */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${options.path ?? "/"}`, `Max-Age=${Math.max(0, Math.floor(options.maxAge))}`, "SameSite=Lax"]
  if (options.httpOnly) parts.push("HttpOnly")
  if (options.secure) parts.push("Secure")
  return parts.join("; ")
}

/** True when the request came over https (directly or, behind a proxy, as the proxy says). */
export function isSecureRequest(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true
  return request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
}
