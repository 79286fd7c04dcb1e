import { useState } from 'react';

/**
 * What each way of turning one list into the next costs Chromium for `<details>` entries, relative
 * to rewriting an entry in place (its text and attributes). Creating one (a shadow tree and its
 * quotes) costs several rewrites; removing one about one. Moving one is dearer than creating it,
 * so places are never reordered.
 */
export const SLOT_COSTS = { rewrite: 1, create: 4, remove: 1 } as const;

/** Above this many (old × new) pairs the cheapest alignment is not searched for (see `assignSlots`). */
const MAX_ALIGNED_PAIRS = 40_000;

/**
 * Places for the items of a list, used as React keys, so that going from the last list to this one
 * costs the browser least. `previous` maps each item last shown to its place, in the order shown.
 *
 * Places keep their order, so React never moves an element: it rewrites one (a newly listed item
 * takes the place of one that left), creates one or removes one. Of all such ways, the cheapest by
 * `SLOT_COSTS` is chosen (an edit distance): an item that stays keeps its place unless shifting
 * the entries after it is cheaper than removing and creating entries, as when items leave near the
 * top and others come in at the bottom. Long lists (all entries shown) only keep the places of
 * items that stay and reuse freed places between the same two of them.
 *
 * The map returned lists the items in the order given.
 */
export function assignSlots(previous: ReadonlyMap<string, number>, ids: readonly string[]): Map<string, number> {
  const old = [...previous];
  let next = 0;
  for (const [, slot] of old) next = Math.max(next, slot + 1);
  const placed = old.length * ids.length <= MAX_ALIGNED_PAIRS ? cheapestAlignment(old, ids) : alignByStayers(old, ids);
  const slots = new Map<string, number>();
  ids.forEach((id, j) => {
    const i = placed[j]!;
    slots.set(id, i >= 0 ? old[i]![1] : next++);
  });
  return slots;
}

/** For each new item, the index of the old entry whose place it takes, or −1 for a new place. */
function cheapestAlignment(old: readonly (readonly [string, number])[], ids: readonly string[]): Int32Array {
  const n = old.length;
  const m = ids.length;
  const width = m + 1;
  // cost[i * width + j]: the cheapest way from the first i old entries to the first j new items.
  const cost = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) cost[i * width] = i * SLOT_COSTS.remove;
  for (let j = 1; j <= m; j++) cost[j] = j * SLOT_COSTS.create;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const keep = cost[(i - 1) * width + j - 1]! + (old[i - 1]![0] === ids[j - 1] ? 0 : SLOT_COSTS.rewrite);
      const remove = cost[(i - 1) * width + j]! + SLOT_COSTS.remove;
      const create = cost[i * width + j - 1]! + SLOT_COSTS.create;
      cost[i * width + j] = Math.min(keep, remove, create);
    }
  }
  const placed = new Int32Array(m).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = cost[i * width + j]!;
    if (here === cost[(i - 1) * width + j - 1]! + (old[i - 1]![0] === ids[j - 1] ? 0 : SLOT_COSTS.rewrite)) {
      placed[--j] = --i;
    } else if (here === cost[(i - 1) * width + j]! + SLOT_COSTS.remove) {
      i--;
    } else {
      j--;
    }
  }
  return placed;
}

/**
 * For long lists: items that stay keep their place (they are in the same order in both lists),
 * and between two of them newcomers take, in order, the places of entries that left from between
 * the same two. Linear in the lengths.
 */
function alignByStayers(old: readonly (readonly [string, number])[], ids: readonly string[]): Int32Array {
  const oldIndex = new Map(old.map(([id], i) => [id, i]));
  const listed = new Set(ids);
  const placed = new Int32Array(ids.length).fill(-1);
  let from = 0; // the first old entry not yet passed
  let pending: number[] = []; // newcomers since the last item that stays
  const settle = (to: number) => {
    let k = 0;
    for (let i = from; i < to && k < pending.length; i++) if (!listed.has(old[i]![0])) placed[pending[k++]!] = i;
    pending = [];
  };
  ids.forEach((id, j) => {
    const i = oldIndex.get(id);
    // An item listed again out of order (it cannot be, the lists are sorted) would reorder places: it gets a new one.
    if (i === undefined || i < from) {
      pending.push(j);
      return;
    }
    settle(i);
    placed[j] = i;
    from = i + 1;
  });
  settle(old.length);
  return placed;
}

/**
 * `assignSlots` kept from one render to the next. State derived while rendering: when the ids
 * change, React renders the component again at once, before anything is committed.
 */
export function useSlots(ids: readonly string[]): ReadonlyMap<string, number> {
  const key = ids.join('\n');
  const [places, setPlaces] = useState(() => ({ key, slots: assignSlots(new Map(), ids) }));
  if (places.key === key) return places.slots;
  const slots = assignSlots(places.slots, ids);
  setPlaces({ key, slots });
  return slots;
}
