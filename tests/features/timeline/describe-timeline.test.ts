import { describe, expect, it } from 'vitest';
import { timelineCaption } from '../../../src/features/timeline/describe-timeline';
import { buildModel } from '../../../src/model/dataset-model';
import { windowFromIso } from '../../../src/model/window';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const wording = { countries: ['JP'], window: windowFromIso('2022-01-01', '2022-12-31'), fromIso: '2022-01-01', toIso: '2022-12-31', countryNames: model.countryNames, sources: model.sources };

describe('the timeline’s caption', () => {
  it('names each document once, one per item, and says how the axis is spread only where there is one', () => {
    expect(timelineCaption(wording, ['ewc-lynch', 'wilson-goto'])).toBe(
      'Events 1 Jan 2022 – 31 Dec 2022 as the sources date them. Each month is as wide as its events need, so years without events are narrow. Aid events follow the aid-type filter. Sources: Lynch, East-West Center (APB Series); Goto, Wilson Center.',
    );
    // On a phone the milestones are a list by year: no axis to explain.
    expect(timelineCaption(wording, ['ewc-lynch'], true)).toBe('Events 1 Jan 2022 – 31 Dec 2022 as the sources date them. Aid events follow the aid-type filter. Sources: Lynch, East-West Center (APB Series).');
  });
});
