import { describe, expect, it } from 'vitest';
import { markKeyAction, stepIndex } from '../../src/components/use-mark-navigation';

describe('the one keyboard map of every chart', () => {
  it('reads bars in a list: both arrows of each direction step, Home and End go to the ends', () => {
    expect(markKeyAction('ArrowDown', 'list')).toEqual({ step: 'next' });
    expect(markKeyAction('ArrowRight', 'list')).toEqual({ step: 'next' });
    expect(markKeyAction('ArrowUp', 'list')).toEqual({ step: 'previous' });
    expect(markKeyAction('ArrowLeft', 'list')).toEqual({ step: 'previous' });
    expect(markKeyAction('Home', 'list')).toEqual({ step: 'first' });
    expect(markKeyAction('End', 'list')).toEqual({ step: 'last' });
    expect(markKeyAction('PageDown', 'list')).toBeNull();
  });

  it('reads the timeline’s lanes left to right, with Down and Up between lanes', () => {
    expect(markKeyAction('ArrowRight', 'lanes')).toEqual({ step: 'next' });
    expect(markKeyAction('ArrowLeft', 'lanes')).toEqual({ step: 'previous' });
    expect(markKeyAction('ArrowDown', 'lanes')).toEqual({ step: 'nextLane' });
    expect(markKeyAction('ArrowUp', 'lanes')).toEqual({ step: 'previousLane' });
  });

  it('moves a slider as ARIA’s sliders move: Up, Right and Page Up raise it', () => {
    expect(markKeyAction('ArrowUp', 'slider')).toEqual({ step: 'next' });
    expect(markKeyAction('ArrowRight', 'slider')).toEqual({ step: 'next' });
    expect(markKeyAction('ArrowDown', 'slider')).toEqual({ step: 'previous' });
    expect(markKeyAction('ArrowLeft', 'slider')).toEqual({ step: 'previous' });
    expect(markKeyAction('PageUp', 'slider')).toEqual({ step: 'nextPage' });
    expect(markKeyAction('PageDown', 'slider')).toEqual({ step: 'previousPage' });
  });

  it('opens with Enter or Space and closes with Escape everywhere, and ignores other keys', () => {
    for (const layout of ['list', 'lanes', 'slider'] as const) {
      expect(markKeyAction('Enter', layout)).toEqual({ open: true });
      expect(markKeyAction(' ', layout)).toEqual({ open: true });
      expect(markKeyAction('Escape', layout)).toEqual({ close: true });
      for (const key of ['a', 'Tab', 'toString', 'constructor']) expect(markKeyAction(key, layout), key).toBeNull();
    }
  });

  it('steps within the marks: one, a page, or to an end', () => {
    expect(stepIndex('next', 2, 5)).toBe(3);
    expect(stepIndex('next', 4, 5)).toBe(4);
    expect(stepIndex('previous', 0, 5)).toBe(0);
    expect(stepIndex('nextPage', 2, 30)).toBe(12);
    expect(stepIndex('previousPage', 2, 30)).toBe(0);
    expect(stepIndex('nextPage', 2, 30, 5)).toBe(7);
    expect(stepIndex('first', 3, 5)).toBe(0);
    expect(stepIndex('last', 0, 5)).toBe(4);
  });
});
