// The dataset's enumerations, apart from the zod schema so the page can use them without loading zod.

/**
 * The aid types the dashboard compares. `unspecified` holds money whose purpose the source does not
 * state (the rest of a package after the part it allots), so no amount is given a type it lacks.
 */
export const AID_TYPES = ['military', 'humanitarian', 'financial', 'unspecified'] as const;
/** Milestone categories, each drawn with its own colour and shape. */
export const MILESTONE_CATEGORIES = ['partnership', 'ministerial', 'summit', 'military', 'ukraine', 'cyber', 'sanctions', 'statement', 'aid'] as const;
/** How precisely a source dates a record. */
export const PRECISIONS = ['day', 'month', 'year', 'decade'] as const;
/** What a record's date means: when it was announced, a total stated as of that date, or when an event took place. */
export const DATE_BASES = ['announced', 'as-of', 'occurred'] as const;
