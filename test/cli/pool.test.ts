import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../src/cli/pool.js'
import type { TaskResult, TaskSettings } from '../../src/cli/task.js'

const settings: TaskSettings = {
  format: 'jsonl',
  perFile: false,
  indicators: null,
  encoding: null,
  inputFormat: 'auto',
}
const entry = { url: new URL('./fixtures/fake-worker.mjs', import.meta.url), execArgv: [] }

describe('WorkerPool', () => {
  it('turns hangs, crashes, exits and out-of-memory into error records and carries on', async () => {
    const pool = new WorkerPool(settings, { size: 2, timeoutMs: 1500, maxHeapMb: 64, entry })
    const files = ['a', 'hang', 'b', 'throw', 'c', 'exit', 'd', 'oom', 'e', 'f', 'g']
    try {
      const results = await Promise.all(
        files.map((file, index) => pool.run({ index, file, absolute: `/nowhere/${file}` })),
      )
      const byFile = Object.fromEntries(files.map((file, i) => [file, results[i]!]))
      for (const file of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
        expect(byFile[file]).toEqual({
          index: files.indexOf(file),
          chunk: `${file}\n`,
          error: null,
          warnings: [],
        })
      }
      expect(byFile.hang!.error?.code).toBe('TIMEOUT')
      expect(byFile.throw!.error).toEqual({ code: 'WORKER_CRASHED', message: 'the worker failed: boom' })
      expect(byFile.exit!.error).toEqual({ code: 'WORKER_CRASHED', message: 'the worker exited with code 3' })
      expect(byFile.oom!.error?.code).toBe('WORKER_CRASHED')
      expect(byFile.oom!.error?.message).toMatch(/memory/)
      // A failed file is serialized as an error record in the batch format.
      expect(JSON.parse(byFile.hang!.chunk)).toEqual({ file: 'hang', error: byFile.hang!.error })
      expect(results.map((result: TaskResult) => result.index)).toEqual(files.map((_, i) => i))
    } finally {
      await pool.close()
    }
  })
})
