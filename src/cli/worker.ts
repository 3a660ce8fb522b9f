/**
 * Worker-thread entry of the `fazhi-report` CLI (built to `dist/cli-worker.js`): receives
 * {@link Task}s, answers {@link TaskResult}s. Settings arrive once as `workerData`.
 *
 * @module
 */

import { parentPort, workerData } from 'node:worker_threads'
import { runTask } from './run-task.js'
import type { Task, TaskSettings } from './task.js'

const settings = workerData as TaskSettings
const port = parentPort
if (port === null) throw new Error('cli-worker must run in a worker thread')
port.on('message', (task: Task) => {
  port.postMessage(runTask(task, settings))
})
