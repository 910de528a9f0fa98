/** One piece of text in a built file where a number could be written, and what says what it is of. */
export interface Place {
  /** The file, relative to the scanned folder. */
  file: string;
  /** Where in the file, for a reader: `table "…" row "Courts" column "Q2 2013/14"`, `<title> in <svg>`. */
  where: string;
  /** The text numbers are read from. */
  text: string;
  /** The text that says what those numbers are of: headers and caption, or the sentence itself. */
  context: string;
  /**
   * Headings above, which say what the context does not: a period or area named in the context
   * outranks one in a heading ("3 in Mar 2023" under "March 2024" is of March 2023).
   */
  outer?: string;
}

/** A table as read from HTML or CSV: cells by row, with the headers that name each row and column. */
export interface Grid {
  file: string;
  /** e.g. `table 2 "Caseloads by service"` or `CSV`. */
  where: string;
  caption: string;
  columnHeaders: string[];
  rowHeaders: string[];
  /** Body cells only (header rows left out); cells[r][c] belongs to rowHeaders[r] and columnHeaders[c]. */
  cells: string[][];
}

/** What one file gave the scanner. */
export interface FileReading {
  /** Read once, in order: a large CSV's places are made one at a time as they are asked for. */
  places: Iterable<Place>;
  grids: Grid[];
  /** Said when a file or part of it was not read, e.g. a PDF without pdftotext. */
  notes: string[];
}
