#!/usr/bin/env bash
# Packs the library and checks the tarball the way a user meets it:
# installed into a fresh ESM project and a fresh CJS project, imported/required,
# parseReport called on a bundled seed, and a consumer file type-checked against
# the shipped .d.ts (module: nodenext, both resolution modes). Then publint and
# @arethetypeswrong/cli on the tarball.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball ($(du -k "$work/$tarball" | cut -f1) KiB)"
tar -tzf "$work/$tarball" | sed 's/^/  /' | head -40

seed="$root/test/fixtures/seeds/003_0f3b6fe8336d67dc.txt"
tsc="$root/node_modules/.bin/tsc"

for kind in esm cjs; do
  dir="$work/$kind"
  mkdir -p "$dir"
  cd "$dir"
  if [ "$kind" = esm ]; then type=module; else type=commonjs; fi
  printf '{ "name": "consumer-%s", "private": true, "type": "%s" }\n' "$kind" "$type" > package.json
  npm install --silent --no-audit --no-fund "$work/$tarball" @types/node@20 >/dev/null
  if [ "$kind" = esm ]; then
    cat > main.mjs <<JS
import { readFileSync } from 'node:fs'
import { parseReport, parseChineseNumber } from 'fazhi-report'
const report = parseReport(readFileSync('$seed', 'utf8'))
const ok = report.meta.reportYear === 2024 && report.sections.length > 0 && report.facts.length > 0 && parseChineseNumber('二〇三五') === 2035
console.log(ok)
if (!ok) process.exit(1)
JS
    node main.mjs
  else
    cat > main.cjs <<JS
const { readFileSync } = require('node:fs')
const { parseReport, parseChineseNumber } = require('fazhi-report')
const report = parseReport(readFileSync('$seed', 'utf8'))
const ok = report.meta.reportYear === 2024 && report.sections.length > 0 && report.facts.length > 0 && parseChineseNumber('两万三千') === 23000
console.log(ok)
if (!ok) process.exit(1)
JS
    node main.cjs
  fi
  ext=$([ "$kind" = esm ] && echo mts || echo cts)
  cat > "consumer.$ext" <<TS
import { parseReport, type Report, type Fact, type ReportSection, FazhiReportError } from 'fazhi-report'
const report: Report = parseReport('濠江区2024年法治政府建设年度报告')
const facts: Fact[] = report.facts
const sections: ReportSection[] = report.sections
const year: number | null = report.meta.reportYear
// @ts-expect-error -- schemaVersion is the literal 1
const wrong: 2 = report.schemaVersion
const error = new FazhiReportError('INPUT_TOO_LARGE', 'x')
const code: 'INPUT_TOO_LARGE' | string = error.code
export { facts, sections, year, wrong, code }
TS
  "$tsc" --noEmit --strict --module nodenext --moduleResolution nodenext --target es2022 --types node "consumer.$ext"
  echo "$kind consumer: runtime ok, types ok"
  cd "$root"
done

npx --no-install publint "$work/$tarball" --strict
npx --no-install attw "$work/$tarball" --profile node16
echo "pack check passed"
