import { describe, expect, it } from 'vitest';
import { assignSlots } from '../../src/components/slots';

const asObject = (slots: Map<string, number>) => Object.fromEntries(slots);

describe('assignSlots', () => {
  it('numbers a first list in order', () => {
    expect(asObject(assignSlots(new Map(), ['a', 'b', 'c']))).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('keeps the place of every contribution that stays, wherever it moves in the list', () => {
    const before = assignSlots(new Map(), ['a', 'b', 'c']);
    expect(asObject(assignSlots(before, ['c', 'a']))).toEqual({ c: 2, a: 0 });
  });

  it('gives a newcomer the place one that left had, lowest first, before numbering new places', () => {
    const before = assignSlots(new Map(), ['a', 'b', 'c', 'd']);
    // b (1) and d (3) leave; x and y take their places; z needs a new one after the highest (3).
    expect(asObject(assignSlots(before, ['x', 'a', 'y', 'c', 'z']))).toEqual({ a: 0, c: 2, x: 1, y: 3, z: 4 });
  });

  it('never gives two contributions the same place', () => {
    let slots = assignSlots(new Map(), ['a', 'b', 'c']);
    for (const ids of [['b', 'd'], ['e', 'f', 'g', 'b'], ['g'], ['h', 'i', 'j', 'k', 'g'], []]) {
      slots = assignSlots(slots, ids);
      expect(new Set(slots.values()).size).toBe(ids.length);
      expect([...slots.keys()]).toEqual(expect.arrayContaining(ids));
    }
  });

  it('reuses places rather than counting up when the list keeps its length', () => {
    let slots = assignSlots(new Map(), ['a', 'b']);
    slots = assignSlots(slots, ['c', 'd']);
    slots = assignSlots(slots, ['e', 'f']);
    expect(asObject(slots)).toEqual({ e: 0, f: 1 });
  });
});
