import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_WIDTH, useChartWidth, useElementWidth } from '../../src/components/use-element-width';

/** A ResizeObserver that fires when the test says so (jsdom has none). */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {}
  disconnect() {}
  fire() {
    this.callback();
  }
}

let boxWidth = 0;
const onRender = vi.fn();

function Measured() {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  onRender(width);
  return (
    <div ref={ref} role="region" aria-label="Chart area">
      {width} px
    </div>
  );
}

describe('useElementWidth', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: boxWidth, height: 100 }) as DOMRect);
    onRender.mockClear();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('gives the element’s width, rounded down, and follows it when it changes', () => {
    boxWidth = 640.7;
    render(<Measured />);
    expect(screen.getByRole('region', { name: 'Chart area' })).toHaveTextContent('640 px');
    boxWidth = 375;
    act(() => FakeResizeObserver.last!.fire());
    expect(screen.getByRole('region', { name: 'Chart area' })).toHaveTextContent('375 px');
  });

  it('does not render again when only the height changed', () => {
    boxWidth = 640;
    render(<Measured />);
    const renders = onRender.mock.calls.length;
    // A filter change adds a row: the box is taller, its width the same.
    act(() => FakeResizeObserver.last!.fire());
    act(() => FakeResizeObserver.last!.fire());
    expect(onRender.mock.calls.length).toBe(renders);
    expect(screen.getByRole('region', { name: 'Chart area' })).toHaveTextContent('640 px');
  });

  it('keeps the fallback width while the element has no width yet', () => {
    boxWidth = 0;
    render(<Measured />);
    expect(screen.getByRole('region', { name: 'Chart area' })).toHaveTextContent(`${FALLBACK_WIDTH} px`);
  });

  it('says a chart is measured only once it has been, before anything is painted', () => {
    boxWidth = 512;
    const seen: [number, boolean][] = [];
    function Chart() {
      const ref = useRef<HTMLDivElement>(null);
      const { width, measured } = useChartWidth(ref);
      seen.push([width, measured]);
      return <div ref={ref}>{measured ? <svg role="img" aria-label={`drawn at ${width} px`} /> : null}</div>;
    }
    render(<Chart />);
    // The first render, before measuring, draws no marks at the fallback width.
    expect(seen[0]).toEqual([FALLBACK_WIDTH, false]);
    expect(screen.getByRole('img', { name: 'drawn at 512 px' })).toBeInTheDocument();
    expect(seen.filter(([, measured]) => measured).every(([width]) => width === 512)).toBe(true);
  });
});
