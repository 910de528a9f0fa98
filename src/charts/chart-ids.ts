export interface ChartIds {
  titleId: string;
  descriptionId: string;
  /** Prefix for ids inside the SVG (patterns), unique on a page because the chart id is. */
  defsPrefix: string;
}

// Ids go into attributes and url(#…) references unescaped, so only a safe token is accepted.
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Element ids derived from a chart's id, so that the caption, description and SVG agree. */
export function chartIds(id: string): ChartIds {
  if (!ID_PATTERN.test(id)) {
    throw new Error(
      `chart: invalid id ${JSON.stringify(id)}. Use a letter followed by letters, digits, "-" or "_", e.g. "assessments-45-days".`,
    );
  }
  return { titleId: `${id}-title`, descriptionId: `${id}-description`, defsPrefix: id };
}
