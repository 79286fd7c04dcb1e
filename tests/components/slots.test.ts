import { describe, expect, it } from 'vitest';
import { SLOT_COSTS, assignSlots } from '../../src/components/slots';

const asObject = (slots: Map<string, number>) => Object.fromEntries(slots);
const first = (ids: string[]) => assignSlots(new Map(), ids);

/** The old positions of the places a new list reuses, in the new list's order. */
function reusedPositions(previous: Map<string, number>, next: Map<string, number>): number[] {
  const position = new Map([...previous.values()].map((slot, i) => [slot, i]));
  return [...next.values()].filter((slot) => position.has(slot)).map((slot) => position.get(slot)!);
}

describe('assignSlots', () => {
  it('numbers a first list in order', () => {
    expect(asObject(first(['a', 'b', 'c']))).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('prices a rewrite below a removal plus a creation, and a creation above a rewrite', () => {
    // The choices below rest on these two inequalities.
    expect(SLOT_COSTS.rewrite).toBeLessThan(SLOT_COSTS.remove + SLOT_COSTS.create);
    expect(SLOT_COSTS.create).toBeGreaterThan(SLOT_COSTS.rewrite);
  });

  it('keeps every place of items that stay when others only leave', () => {
    // Removing b and d costs 2; any rewrite would add to that.
    expect(asObject(assignSlots(first(['a', 'b', 'c', 'd']), ['a', 'c']))).toEqual({ a: 0, c: 2 });
  });

  it('creates a place for an item listed between two that stay, after the highest place', () => {
    // Creating b costs 4; rewriting c's entry for b and creating one for c costs 5.
    expect(asObject(assignSlots(first(['a', 'c']), ['a', 'b', 'c']))).toEqual({ a: 0, b: 2, c: 1 });
  });

  it('gives a newcomer the place of one that left from between the same two items', () => {
    // b leaves and x comes in between a and c: one rewrite (1) instead of a removal and a creation (5).
    expect(asObject(assignSlots(first(['a', 'b', 'c']), ['a', 'x', 'c']))).toEqual({ a: 0, x: 1, c: 2 });
  });

  it('shifts entries up when one leaves near the top and another comes in at the bottom, if that is cheaper', () => {
    // Old a x b c d, new a b c d e. Shifting b, c, d and e up one place rewrites four entries (4);
    // keeping b, c and d removes x and creates e (1 + 4 = 5).
    expect(asObject(assignSlots(first(['a', 'x', 'b', 'c', 'd']), ['a', 'b', 'c', 'd', 'e']))).toEqual({ a: 0, b: 1, c: 2, d: 3, e: 4 });
  });

  it('keeps the places of items that stay when shifting would rewrite more than a removal and a creation cost', () => {
    // Old x a b c d e f, new a b c d e f g. Shifting rewrites six entries (6); removing x and
    // creating g costs 5, and a to f keep their places (1 to 6); g gets a new one (7).
    const before = first(['x', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(asObject(assignSlots(before, ['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
  });

  it('empties and refills a list', () => {
    const before = first(['a', 'b']);
    expect(asObject(assignSlots(before, []))).toEqual({});
    // Two entries rewritten (2) rather than two removed and two created (10).
    expect(asObject(assignSlots(before, ['c', 'd']))).toEqual({ c: 0, d: 1 });
  });

  it('never gives two items the same place, and never reorders the places it reuses', () => {
    // A fixed pseudo-random walk through lists of up to 14 of 20 items, each sorted like the page's.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const universe = Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    let slots = first(universe.slice(0, 12));
    for (let step = 0; step < 300; step++) {
      const ids = universe.filter(() => random() < 0.6).slice(0, 14);
      const next = assignSlots(slots, ids);
      expect([...next.keys()]).toEqual(ids);
      expect(new Set(next.values()).size).toBe(ids.length);
      const reused = reusedPositions(slots, next);
      expect(reused).toEqual([...reused].sort((a, b) => a - b));
      slots = next;
    }
  });

  it('in long lists, keeps the places of items that stay and reuses freed places between the same two', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `r${i}`);
    const before = first(ids);
    // r10 leaves and n comes in where it was; r0 leaves; z comes in at the end.
    const after = ['r1', ...ids.slice(2, 10), 'n', ...ids.slice(11), 'z'];
    const next = assignSlots(before, after);
    expect(next.get('n')).toBe(10);
    expect(next.get('r1')).toBe(1);
    expect(next.get('r299')).toBe(299);
    // r0's place is freed before r1, not after the last item that stays, where z comes: z gets a new one.
    expect(next.get('z')).toBe(300);
    expect(reusedPositions(before, next)).toEqual([...reusedPositions(before, next)].sort((a, b) => a - b));
  });
});
