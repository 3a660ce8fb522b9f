/**
 * A character trie stored in typed arrays: an open-addressing hash table from
 * (node, code unit) to child node. Lookups are plain typed-array reads (no
 * `Map` call per character), for the phrase scanners that walk the trie at
 * every position of a text. Internal.
 *
 * @internal
 * @module
 */

/** Hash of a (node, code unit) edge. */
function edgeHash(node: number, code: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)
}

/**
 * A character trie over UTF-16 code units; node 0 is the root, every node
 * carries an integer value (`-1` for none).
 *
 * @example
 * ```ts
 * const trie = new CharTrie()
 * trie.insert('执法', 7)
 * const node = trie.child(trie.child(0, '执'.charCodeAt(0)), '法'.charCodeAt(0))
 * trie.value(node) //=> 7
 * ```
 * @internal
 */
export class CharTrie {
  private mask = 63
  /** Parent node + 1 per slot (0 = empty slot). */
  private parents = new Int32Array(64)
  private codes = new Uint16Array(64)
  private children = new Int32Array(64)
  private edges = 0
  private readonly values: number[] = [-1]

  /** The number of nodes (the root included). */
  get size(): number {
    return this.values.length
  }

  /**
   * The child of `node` along `code`.
   *
   * @param node - A node id (0 is the root; `-1` gives `-1`).
   * @param code - A UTF-16 code unit.
   * @returns The child's id, or `-1` when there is none.
   */
  child(node: number, code: number): number {
    if (node < 0) return -1
    const parents = this.parents
    const mask = this.mask
    const key = node + 1
    let slot = edgeHash(node, code) & mask
    for (;;) {
      const parent = parents[slot]!
      if (parent === 0) return -1
      if (parent === key && this.codes[slot] === code) return this.children[slot]!
      slot = (slot + 1) & mask
    }
  }

  /**
   * The value of a node.
   *
   * @param node - A node id.
   * @returns Its value (`-1` when none was set).
   */
  value(node: number): number {
    return this.values[node]!
  }

  /**
   * Add a phrase; sets its end node's value unless one is set already (the first insert wins).
   *
   * @param phrase - The phrase (an empty phrase is the root, whose value is never read by a scan).
   * @param value - A value ≥ 0.
   * @returns The phrase's end node.
   */
  insert(phrase: string, value: number): number {
    let node = 0
    for (let index = 0; index < phrase.length; index++) {
      const code = phrase.charCodeAt(index)
      let next = this.child(node, code)
      if (next === -1) {
        next = this.values.length
        this.values.push(-1)
        this.addEdge(node, code, next)
      }
      node = next
    }
    if (this.values[node] === -1) this.values[node] = value
    return node
  }

  private addEdge(node: number, code: number, next: number): void {
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow()
    this.put(node, code, next)
    this.edges++
  }

  private put(node: number, code: number, next: number): void {
    let slot = edgeHash(node, code) & this.mask
    while (this.parents[slot] !== 0) slot = (slot + 1) & this.mask
    this.parents[slot] = node + 1
    this.codes[slot] = code
    this.children[slot] = next
  }

  private grow(): void {
    const { parents, codes, children } = this
    const size = (this.mask + 1) * 2
    this.mask = size - 1
    this.parents = new Int32Array(size)
    this.codes = new Uint16Array(size)
    this.children = new Int32Array(size)
    for (let slot = 0; slot < parents.length; slot++) {
      if (parents[slot] !== 0) this.put(parents[slot]! - 1, codes[slot]!, children[slot]!)
    }
  }
}
