/**
 * A pool of worker threads that run batch tasks. Each worker parses one file at a time with
 * the next one already posted to it. A worker that crashes, runs out of memory or exceeds
 * the per-file timeout is replaced: the file it was parsing becomes an error record, the
 * file posted after it is queued again, and the batch goes on. Node-only.
 *
 * @module
 */

import { Worker } from 'node:worker_threads'
import { failedResult, type Task, type TaskResult, type TaskSettings } from './task.js'

/** Options of {@link WorkerPool}. */
export interface PoolOptions {
  /** Number of worker threads (≥ 1). */
  size: number
  /** Per-file time limit in milliseconds (0: none). */
  timeoutMs: number
  /** Heap limit per worker in MB (a file that needs more becomes a `WORKER_CRASHED` record). */
  maxHeapMb: number
  /** The worker script (default: the CLI's own worker entry; tests pass a fake). */
  entry?: { url: URL; execArgv: string[] } | undefined
}

interface Pending {
  task: Task
  resolve: (result: TaskResult) => void
}

interface Slot {
  worker: Worker | null
  /** Tasks posted to the worker, oldest (the one being parsed) first. */
  posted: Pending[]
  /** The per-file timer of `posted[0]`. */
  timer: NodeJS.Timeout | null
}

/** Tasks posted ahead to each worker, so it never waits for the main thread between files. */
const DEPTH = 2

/**
 * Where the worker entry is: `cli-worker.js` beside the built CLI, or `worker.ts`
 * (through tsx) when the CLI runs from source.
 */
function workerEntry(): { url: URL; execArgv: string[] } {
  const here = import.meta.url
  if (here.endsWith('.ts')) return { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] }
  return { url: new URL('./cli-worker.js', here), execArgv: [] }
}

/** Runs tasks on worker threads; results resolve in completion order (the caller reorders). */
export class WorkerPool {
  readonly #settings: TaskSettings
  readonly #options: PoolOptions
  readonly #slots: Slot[]
  /** Tasks not yet posted to a worker. */
  readonly #queue: Pending[] = []
  readonly #entry: { url: URL; execArgv: string[] }
  #closed = false

  /**
   * @param settings - Batch settings, sent to every worker.
   * @param options - Pool size, timeout, heap limit.
   */
  constructor(settings: TaskSettings, options: PoolOptions) {
    this.#settings = settings
    this.#options = options
    this.#entry = options.entry ?? workerEntry()
    this.#slots = Array.from({ length: Math.max(1, options.size) }, () => ({
      worker: null,
      posted: [],
      timer: null,
    }))
  }

  /**
   * Queues a task.
   *
   * @param task - The file to process.
   * @returns Its result (never rejects: failures are error records).
   */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.#queue.push({ task, resolve })
      this.#pump()
    })
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(
      this.#slots.map((slot) => {
        const worker = slot.worker
        slot.worker = null
        if (slot.timer !== null) clearTimeout(slot.timer)
        return worker?.terminate()
      }),
    )
  }

  /** Posts queued tasks breadth-first: every worker gets one before any gets a second. */
  #pump(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.#slots) {
        if (this.#queue.length === 0 || this.#closed) return
        if (slot.posted.length < depth) this.#post(slot, this.#queue.shift()!)
      }
    }
  }

  #spawn(slot: Slot): Worker {
    const worker = new Worker(this.#entry.url, {
      workerData: this.#settings,
      execArgv: this.#entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.#options.maxHeapMb },
      stdout: false,
      stderr: false,
    })
    worker.on('message', (result: TaskResult) => {
      if (slot.worker === worker) this.#finish(slot, result)
    })
    worker.on('error', (error: Error) => this.#lost(slot, worker, `the worker failed: ${error.message}`))
    worker.on('exit', (code) => this.#lost(slot, worker, `the worker exited with code ${code}`))
    slot.worker = worker
    return worker
  }

  #post(slot: Slot, pending: Pending): void {
    const worker = slot.worker ?? this.#spawn(slot)
    slot.posted.push(pending)
    worker.postMessage(pending.task)
    if (slot.posted.length === 1) this.#arm(slot)
  }

  /** Starts the per-file timer of the task the worker is parsing now. */
  #arm(slot: Slot): void {
    if (this.#options.timeoutMs <= 0) return
    slot.timer = setTimeout(() => {
      const worker = slot.worker
      this.#fail(slot, 'TIMEOUT', `parsing took longer than ${this.#options.timeoutMs / 1000} s (--timeout)`)
      void worker?.terminate()
    }, this.#options.timeoutMs)
  }

  #finish(slot: Slot, result: TaskResult): void {
    if (slot.timer !== null) clearTimeout(slot.timer)
    slot.timer = null
    const pending = slot.posted.shift()
    if (slot.posted.length > 0) this.#arm(slot)
    pending?.resolve(result)
    this.#pump()
  }

  /**
   * Fails the task the worker was parsing and drops the worker; the tasks posted after it
   * go back to the front of the queue (a fresh worker is spawned on demand).
   */
  #fail(slot: Slot, code: string, message: string): void {
    if (slot.timer !== null) clearTimeout(slot.timer)
    slot.timer = null
    slot.worker = null
    const [pending, ...rest] = slot.posted
    slot.posted = []
    this.#queue.unshift(...rest)
    if (pending !== undefined) pending.resolve(failedResult(pending.task, { code, message }, this.#settings))
    this.#pump()
  }

  #lost(slot: Slot, worker: Worker, message: string): void {
    if (slot.worker !== worker || this.#closed) return
    this.#fail(slot, 'WORKER_CRASHED', message)
  }
}
