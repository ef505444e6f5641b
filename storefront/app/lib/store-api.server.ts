/**
 * Calls to the Store API that must keep the error's body: checkout answers
 * `{ code, message, errors: [{ field, code, message }] }`, which the pages show next
 * to the fields (the JS SDK keeps only the message). Server-side only: the
 * publishable key never reaches the browser.
 */
import { serverEnv } from "./env.server"
import { readAnswer, type Answer } from "./backend-answer.server"

export type StoreAnswer<T> = Answer<T, StoreErrorBody>

export type StoreErrorBody = {
  type?: string
  code?: string
  message?: string
  errors?: { field?: string; code?: string; message?: string }[]
  [key: string]: unknown
}

/** `headers` adds to the key and content type, e.g. the visitor's address (visitor.server.ts). */
export async function storeCall<T>(
  method: "GET" | "POST" | "DELETE",
  path: string,
  body?: unknown,
  query?: Record<string, string | string[]>,
  headers: Record<string, string> = {},
): Promise<StoreAnswer<T>> {
  const env = serverEnv()
  const url = new URL(path, env.MEDUSA_BACKEND_URL)
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v)
  }
  const response = await fetch(url, {
    method,
    headers: {
      ...headers,
      accept: "application/json",
      "x-publishable-api-key": env.MEDUSA_PUBLISHABLE_KEY,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return readAnswer<T, StoreErrorBody>(response)
}

/** The body of a call that must succeed; anything else is an error for the error boundary. */
export async function storeMust<T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown, query?: Record<string, string | string[]>): Promise<T> {
  const answer = await storeCall<T>(method, path, body, query)
  if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${answer.body.message ?? ""}`)
  return answer.body
}
