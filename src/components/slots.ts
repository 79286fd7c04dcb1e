import { useState } from 'react';

/**
 * Places for the items of a list, used as React keys. An item that stays listed keeps its place,
 * so its element is left alone; a newly listed one takes a place another left, so an element is
 * reused and its attributes and text rewritten instead of one being removed and another created
 * (the costlier of the two in Chromium for a `<details>` and its shadow tree); only then are new
 * places numbered.
 */
export function assignSlots(previous: ReadonlyMap<string, number>, ids: readonly string[]): Map<string, number> {
  const listed = new Set(ids);
  const freed: number[] = [];
  let next = 0;
  for (const [id, slot] of previous) {
    if (!listed.has(id)) freed.push(slot);
    next = Math.max(next, slot + 1);
  }
  freed.sort((a, b) => a - b);
  const slots = new Map<string, number>();
  for (const id of ids) {
    const slot = previous.get(id);
    if (slot !== undefined) slots.set(id, slot);
  }
  let reused = 0;
  for (const id of ids) {
    if (slots.has(id)) continue;
    slots.set(id, reused < freed.length ? freed[reused++]! : next++);
  }
  return slots;
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
