import { buildExportSpec, type ExportSpec } from '../../components/export-spec';
import { computeOil, type OilLayout, type OilLayoutInput } from './compute-oil';
import type { OilDescription } from './describe-oil';
import { OilMarks } from './OilMarks';

/**
 * The export frame's padding and the figure's differ by a pixel or two, so an export at the figure's
 * size asks for a width this close to the screen's: it then draws the screen's very layout.
 */
const SAME_WIDTH = 3;

/**
 * How to export the oil chart: its description, and the layout the screen computed (laid out again
 * for another width, or to fill the height of a slide).
 */
export function buildOilExport(input: {
  description: OilDescription;
  /** The layout on screen. */
  layout: OilLayout;
  /** What that layout was computed from, for other sizes (slides, the whole dashboard). */
  layoutInput: OilLayoutInput;
}): ExportSpec {
  const { description, layout: screen, layoutInput } = input;
  return buildExportSpec(description, (width, theme, height) => {
    const layout = height === undefined && Math.abs(width - screen.width) <= SAME_WIDTH ? screen : computeOil(layoutInput, width, height);
    return { width, height: layout.height, marks: <OilMarks layout={layout} theme={theme} highlighted={[]} /> };
  });
}
