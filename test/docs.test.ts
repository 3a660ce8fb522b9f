import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { messagesDocPath, renderMessagesDoc } from '../scripts/gen-messages-doc.js'
import { messageRules } from '../src/index.js'

describe('generated docs', () => {
  it('docs/messages.md lists every message rule (run `npm run docs` to regenerate)', () => {
    expect(readFileSync(messagesDocPath, 'utf8')).toBe(renderMessagesDoc())
  })

  it('message rule ids are unique and kebab-case', () => {
    const ids = messageRules.map((rule) => rule.ruleId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
  })
})
