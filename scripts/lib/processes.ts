/**
 * Child processes of `npm start`: one-off steps and long-running services, with
 * output prefixed by name and every child in its own process group so that a
 * stop reaches its grandchildren too.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import readline from "node:readline"

const COLORS = [36, 35, 33, 32, 34, 31]
const useColor = process.stdout.isTTY && !process.env.NO_COLOR
let nextColor = 0
const width = 11

/** Medusa logs JSON lines outside development; show them as "level message". */
function readable(line: string): string {
  if (!line.startsWith("{\"level\"")) return line
  try {
    const entry = JSON.parse(line) as { level: string; message?: unknown; stack?: unknown }
    if (entry.message === undefined) return line
    const level = entry.level === "info" || entry.level === "http" ? "" : `${entry.level.toUpperCase()} `
    return `${level}${String(entry.message)}${entry.stack ? `\n${JSON.stringify(entry.stack)}` : ""}`
  } catch {
    return line
  }
}

export function prefixer(name: string) {
  const color = COLORS[nextColor++ % COLORS.length]
  const label = `[${name}]`.padEnd(width)
  const prefix = useColor ? `\x1b[${color}m${label}\x1b[0m` : label
  return (text: string) => {
    for (const line of readable(text).split("\n")) process.stdout.write(`${prefix} ${line}\n`)
  }
}

type SpawnOptions = { cwd: string; env?: NodeJS.ProcessEnv }

function spawnPrefixed(name: string, command: string, args: string[], options: SpawnOptions) {
  const print = prefixer(name)
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const tail: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream! }).on("line", (line) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
      print(line)
    })
  }
  return { child, tail, print }
}

/** Runs a step to completion; rejects with its last output lines when it fails. */
export function runStep(name: string, command: string, args: string[], options: SpawnOptions): Promise<void> {
  const { child, tail } = spawnPrefixed(name, command, args, options)
  track(child)
  return new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      untrack(child)
      if (code === 0) resolve()
      else reject(new Error(`${name} failed (${signal ?? `exit code ${code}`})\n${tail.slice(-15).join("\n")}`))
    })
  })
}

export type Service = {
  name: string
  child: ChildProcess
  exited: Promise<number>
}

/**
 * Starts a long-running service. With `logFile` its output is appended to that file by the
 * operating system instead of passing through this process line by line (what a benchmark
 * wants: no CPU of the machine under test spent relaying a log line per request).
 */
export function startService(name: string, command: string, args: string[], options: SpawnOptions & { logFile?: string }): Service {
  const child = options.logFile ? spawnLogged(name, command, args, { ...options, logFile: options.logFile }) : spawnPrefixed(name, command, args, options).child
  track(child)
  const exited = new Promise<number>((resolve) => {
    child.on("exit", (code) => {
      untrack(child)
      resolve(code ?? 1)
    })
  })
  return { name, child, exited }
}

function spawnLogged(name: string, command: string, args: string[], options: SpawnOptions & { logFile: string }): ChildProcess {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true })
  const fd = fs.openSync(options.logFile, "a")
  prefixer(name)(`output in ${options.logFile}`)
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", fd, fd], detached: true })
  fs.closeSync(fd)
  return child
}

const running = new Set<ChildProcess>()
function track(child: ChildProcess) {
  running.add(child)
}
function untrack(child: ChildProcess) {
  running.delete(child)
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Stops every child still running: SIGTERM to its group, SIGKILL after a grace period. */
export async function stopAll(graceMs = 8000): Promise<void> {
  const children = [...running]
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs)
          child.once("exit", () => {
            clearTimeout(timer)
            // grandchildren left in the group go too
            signalGroup(child, "SIGKILL")
            resolve()
          })
          signalGroup(child, "SIGTERM")
        })
    )
  )
}

/** Polls `url` until it answers below 500, or fails after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, stillRunning: () => boolean = () => true) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!stillRunning()) throw new Error(`${url}: the process serving it exited`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}
