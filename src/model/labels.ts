import type { AidType } from '../data/schema';

/** Display names of the aid types. */
export const AID_TYPE_LABELS: Record<AidType, string> = {
  military: 'Military',
  humanitarian: 'Humanitarian',
  financial: 'Financial',
  unspecified: 'Purpose not stated',
};
