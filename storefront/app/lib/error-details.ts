/**
 * What an error page may show of an unexpected error. In development, its message and stack
 * for the developer; in production nothing: the page says in words that something went wrong,
 * and the details stay in the server's log (React Router also replaces a server error sent to
 * the browser with "Unexpected Server Error" in production). Pure.
 */
export function errorDetails(error: unknown, development: boolean): { message: string; stack?: string } | null {
  if (!development || !(error instanceof Error)) return null
  return { message: error.message, stack: error.stack }
}
