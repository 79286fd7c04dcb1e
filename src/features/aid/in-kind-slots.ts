/**
 * Places for the listed contributions, used as React keys. A contribution that stays listed keeps
 * its place, so its entry is left alone; a newly listed one takes a place another left, so an entry
 * (a `<details>`, costly to create) is reused and its text rewritten instead of one being removed
 * and another created; only then are new places numbered.
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
