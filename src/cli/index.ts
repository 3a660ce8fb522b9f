/**
 * Bin entry of `fazhi-report` (built to `dist/cli.js` with a shebang).
 *
 * @module
 */

import { main } from './program.js'

// A closed pipe (`fazhi-report parse … | head`) ends the command quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
  })
}

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`fazhi-report: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
