import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/features/export/file-name';

describe('exportFileName', () => {
  it('names the view, countries and dates', () => {
    expect(exportFileName('aid-by-country', { countries: ['JP', 'KR'], from: '2022-01-01', to: '2022-12-31' }, 'png')).toBe('aid-by-country_JP-KR_2022-01-01_2022-12-31.png');
  });

  it('marks open dates as "all", no countries as "none", and a variant as a suffix', () => {
    expect(exportFileName('oil-releases', { countries: [], from: null, to: '2022-12-31' }, 'csv')).toBe('oil-releases_none_all_2022-12-31.csv');
    expect(exportFileName('aid-by-country', { countries: ['AU'], from: '2022-01-01', to: '2024-10-31' }, 'png', '1920px')).toBe('aid-by-country_AU_2022-01-01_2024-10-31_1920px.png');
  });

  it('keeps only safe characters, whatever the dataset calls its countries', () => {
    expect(exportFileName('aid', { countries: ['../x', 'A/B', 'C D'], from: '2022-01-01/..', to: null }, 'svg')).toBe('aid_x-AB-CD_all_all.svg');
  });
});
