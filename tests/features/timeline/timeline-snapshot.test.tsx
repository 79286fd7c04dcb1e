import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme } from '../../../src/components/theme';
import { computeTimeline, laneSet, timelineAxis } from '../../../src/features/timeline/compute-timeline';
import { NO_ZOOM } from '../../../src/features/timeline/timeline-axis';
import { TimelineMarks } from '../../../src/features/timeline/TimelineMarks';
import { buildModel } from '../../../src/model/dataset-model';
import { loadBundled } from '../../helpers/bundled';
import { roundedSvg } from './rounded-svg';

const model = buildModel(loadBundled());
const { specs, listsOf } = laneSet(model, model.partners, ['military', 'humanitarian', 'financial', 'unspecified']);
const axis = timelineAxis(model, null, null);

describe('the drawn timeline of the bundled data, as a rounded SVG snapshot', () => {
  for (const width of [720, 1200]) {
    for (const theme of [lightTheme, darkTheme]) {
      it(`at ${width} px, ${theme.name}`, async () => {
        const layout = computeTimeline({ lanes: specs, listsOf, axis, zoom: NO_ZOOM, width });
        const markup = renderToStaticMarkup(
          <svg xmlns="http://www.w3.org/2000/svg" width={layout.width} height={layout.height}>
            <TimelineMarks layout={layout} theme={theme} highlighted={[]} />
          </svg>,
        );
        await expect(roundedSvg(markup)).toMatchFileSnapshot(`./__snapshots__/timeline-${width}-${theme.name}.svg`);
      });
    }
  }

  it('rounds numbers to three decimals and renumbers generated ids with their references', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><clipPath id="«r7»"><rect x="1.23456" width="-0.0001" /></clipPath><g clip-path="url(#«r7»)" transform="translate(10.5555,2)" /></svg>';
    expect(roundedSvg(svg)).toBe(['<svg xmlns="http://www.w3.org/2000/svg">', '  <clipPath id="id-1">', '    <rect x="1.235" width="0" />', '  </clipPath>', '  <g clip-path="url(#id-1)" transform="translate(10.556,2)" />', '</svg>', ''].join('\n'));
  });
});
