/** How many days before its meeting a paper is published, unless a council's file says otherwise. */
export const DEFAULT_AGENDA_DAYS = 10;

/** What a publication date is checked against; each is left out when not known. */
export interface PublicationRules {
  /** The version it follows was published on this day. */
  previous?: string | undefined;
  /** Today, YYYY-MM-DD: a version is not published on a day still to come. */
  today?: string | undefined;
  /** The meeting the paper is for, from the report's front matter. */
  meetingDate?: string | undefined;
  /** How many days before the meeting the council publishes its papers (its agenda window). */
  agendaDays?: number | undefined;
}

function dayNumber(text: string): number {
  return Date.parse(`${text}T00:00:00Z`) / 86_400_000;
}

function isDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * Checks a publication date given on the command line: a real YYYY-MM-DD day, not before the version
 * it follows (a record whose dates go backwards would mislead a reader), not in the future, and not
 * earlier before the meeting than the council publishes its papers (its agenda window, about a week
 * before the meeting; a historical paper republished here is dated the day it is republished, which is
 * after its meeting and always allowed).
 */
export function publicationDate(text: string, previous?: string, rules: Omit<PublicationRules, 'previous'> = {}): string {
  if (!isDay(text)) throw new Error(`--date ${text} is not a date written as YYYY-MM-DD, e.g. 2026-11-28`);
  if (previous !== undefined && text < previous) {
    throw new Error(`--date ${text} is before the previous version, published ${previous}: a new version cannot be older than the one it replaces`);
  }
  if (rules.today !== undefined && text > rules.today) {
    throw new Error(`--date ${text} is after today (${rules.today}): a version is dated the day it is published, so give today's date or leave --date out`);
  }
  if (rules.meetingDate !== undefined && isDay(rules.meetingDate)) {
    const window = rules.agendaDays ?? DEFAULT_AGENDA_DAYS;
    const before = dayNumber(rules.meetingDate) - dayNumber(text);
    if (before > window) {
      throw new Error(
        `--date ${text} is ${before} days before the meeting on ${rules.meetingDate}, and papers are published at most ${window} days before their meeting: ` +
          'give the day the paper was published (a paper republished after its meeting is dated the day it is republished), ' +
          `or set the council's "agendaDays" in content/councils/ if it publishes earlier`,
      );
    }
  }
  return text;
}
