export const AID_BARS = {
  /** Below this width country names go above their bars instead of beside them. */
  compactBelow: 520,
  nameWidth: 104,
  /** The least room kept right of the plot for value labels. */
  labelWidth: 78,
  /** Between a bar's end and its label. */
  labelGap: 6,
  /** The width of an "at least" bar's open end. */
  openEnd: 9,
  /** A row's "Not stated: …" note. */
  noteHeight: 16,
  barHeight: 18,
  barGap: 3,
  stackHeight: 26,
  rowGap: 16,
  compactNameHeight: 21,
  /** The line under a bar that holds its date, where there is no room for it after the value. */
  dateLineHeight: 13,
  axisHeight: 34,
  top: 8,
  /** A bar longer than this many times the next longest is cut, so the others stay readable. */
  cutRatio: 20,
  /** How far before a broken bar's end its break is drawn; its date stands before that. */
  cutInset: 32,
  /** The axis then ends this much beyond the next longest bar. */
  cutHeadroom: 1.2,
  /**
   * A cut bar whose certain part is within the axis ends it two thirds along: the certain part is
   * drawn to scale beside the others, and what may be more stays visible, lighter, up to the break.
   */
  rangeHeadroom: 1.5,
} as const;
