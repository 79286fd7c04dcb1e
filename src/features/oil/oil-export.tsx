import type { ExportSpec } from '../../components/export-spec';
import { computeOil, type OilLayout, type OilLayoutInput } from './compute-oil';
import type { OilDescription } from './describe-oil';
import { OilMarks } from './OilMarks';

/**
 * The export frame's padding and the figure's differ by a pixel or two, so an export at the figure's
 * size asks for a width this close to the screen's: it then draws the screen's very layout.
 */
const SAME_WIDTH = 3;

/** How to export the oil chart: the layout the screen computed, with the sentences the screen shows. */
export function buildOilExport(input: {
  description: OilDescription;
  /** The layout on screen. */
  layout: OilLayout;
  /** What that layout was computed from, for other widths (slides, the whole dashboard). */
  layoutInput: OilLayoutInput;
  fileParts: ExportSpec['fileParts'];
}): ExportSpec {
  const { description, layout: screen, layoutInput } = input;
  return {
    stem: 'oil-releases',
    title: description.title,
    filters: description.filters,
    legend: () => description.legend,
    chart: (width, theme) => {
      // With nothing to draw, an axis alone would read as releases of zero: the notes say why instead.
      if (description.empty) return { width, height: 0, marks: <g /> };
      const layout = Math.abs(width - screen.width) <= SAME_WIDTH ? screen : computeOil(layoutInput, width);
      return { width, height: layout.height, marks: <OilMarks layout={layout} theme={theme} highlighted={[]} /> };
    },
    notes: description.empty ? [description.empty] : [description.readingNote, ...description.notes],
    sources: description.sources,
    csv: description.csv,
    description: description.inWords,
    fileParts: input.fileParts,
  };
}
