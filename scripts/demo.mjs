// The README's demo: parse a bundled real report (濠江区2024年法治政府建设年度报告)
// and print its summary. Builds the package first when dist/ is missing.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const root = new URL('..', import.meta.url)
if (!existsSync(new URL('dist/cli.js', root)) || !existsSync(new URL('dist/index.js', root))) {
  console.log('Building the package (first run)…')
  execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' })
}
execFileSync('node', ['dist/cli.js', 'summary', 'examples/reports/haojiang-2024.txt'], {
  cwd: root,
  stdio: 'inherit',
})
