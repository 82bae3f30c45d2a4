/**
 * The ids in one text column's dictionary of another column's texts, so that a staged file's key compares with
 * a stored row's key by ids, not strings: a re-upload compares every row, and each dictionary text is looked
 * up once. A text the first column lacks is looked up again each time, for that column may still grow.
 */
import type { Column } from "./StoredColumn.js"

interface Translation {
  readonly a: Column
  readonly b: Column
  /** Per id in `b`: its id in `a` plus one; 0 while not known. */
  ids: Int32Array
}

export class TextIds {
  private readonly byPair = new Map<Column, Map<Column, Translation>>()
  /** Per key part, the translation used last: a re-upload compares one stored part with one file for long. */
  private readonly last: Array<Translation | undefined> = []

  /** The id in `a` of text `id` of `b`, or -1 when `a` has no such text (yet). */
  idIn(part: number, a: Column, b: Column, id: number): number {
    let t = this.last[part]
    if (t === undefined || t.a !== a || t.b !== b) {
      t = this.translationOf(a, b)
      this.last[part] = t
    }
    if (id >= t.ids.length) {
      const ids = new Int32Array(Math.max(b.texts.length, id + 1))
      ids.set(t.ids)
      t.ids = ids
    }
    let found = t.ids[id]! - 1
    if (found < 0) {
      found = a.ids.get(b.texts[id]!) ?? -1
      t.ids[id] = found + 1
    }
    return found
  }

  private translationOf(a: Column, b: Column): Translation {
    let byB = this.byPair.get(a)
    if (byB === undefined) {
      byB = new Map()
      this.byPair.set(a, byB)
    }
    let t = byB.get(b)
    if (t === undefined) {
      t = { a, b, ids: new Int32Array(0) }
      byB.set(b, t)
    }
    return t
  }
}
