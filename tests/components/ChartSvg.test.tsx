import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartSvg } from '../../src/components/ChartSvg';

const chart = (width: number, height: number) => (
  <ChartSvg width={width} height={height} role="group" aria-label="Bars">
    <rect width={10} height={10} />
  </ChartSvg>
);

const sizes = () => {
  const svg = screen.getByRole('group', { name: 'Bars' });
  return { box: svg.parentElement!.style.height, svg: svg.getAttribute('height'), width: svg.getAttribute('width') };
};

describe('ChartSvg', () => {
  it('takes exactly the drawing’s height on the page', () => {
    render(chart(300, 200));
    expect(sizes()).toEqual({ box: '200px', svg: '200', width: '300' });
  });

  it('keeps the <svg> at its tallest when the drawing shrinks, and the box follows the drawing', () => {
    const { rerender } = render(chart(300, 200));
    rerender(chart(300, 120));
    expect(sizes()).toEqual({ box: '120px', svg: '200', width: '300' });
    rerender(chart(300, 260));
    expect(sizes()).toEqual({ box: '260px', svg: '260', width: '300' });
    rerender(chart(300, 200));
    expect(sizes()).toEqual({ box: '200px', svg: '260', width: '300' });
  });

  it('starts again at a new width', () => {
    const { rerender } = render(chart(300, 260));
    rerender(chart(480, 100));
    expect(sizes()).toEqual({ box: '100px', svg: '100', width: '480' });
  });
});
