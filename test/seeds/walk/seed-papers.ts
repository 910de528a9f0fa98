/**
 * The five seed papers and what their web versions may leave out or add without a mark, each with its
 * reason. This is the figure list the seed page tests walk and `npm run seeds:notes` writes up: an entry
 * no figure needs fails the test, as does a figure no entry explains.
 */

/** A figure the walk would report, explained: by what it reads and words of its line (paper) or context (page). */
export interface Explained {
  figure: string;
  near: string;
  why: string;
}

export interface SeedPaper {
  number: '000' | '001' | '002' | '003' | '004';
  slug: string;
  /** The paper, as the notes name it. */
  name: string;
  /** Line starts that look like a section number but are a figure. */
  keep?: readonly string[];
  /** Figures of the paper that are not on the page. */
  missing: readonly Explained[];
  /** Figures on the page that are neither the paper's nor marked. */
  unmarked: readonly Explained[];
}

export const SEED_PAPERS: readonly SeedPaper[] = [
  {
    number: '000',
    slug: 'cambridgeshire-2020-12-01',
    name: 'Cambridgeshire County Council, Children and Young People Committee, 1 December 2020',
    missing: [],
    unmarked: [],
  },
  {
    number: '001',
    slug: 'devon-2021-11-09',
    name: "Devon County Council, Children's Scrutiny Committee, 9 November 2021 (October 2021 performance pack)",
    missing: [],
    unmarked: [],
  },
  {
    number: '002',
    slug: 'barnsley-2022-09-13',
    name: 'Barnsley Metropolitan Borough Council, Safeguarding Private Member Briefing, 13 September 2022',
    keep: ['7 CYP'],
    missing: [],
    unmarked: [],
  },
  {
    number: '003',
    slug: 'cambridgeshire-2009-07-07',
    name: 'Cambridgeshire County Council, Cabinet, 7 July 2009',
    missing: [
      { figure: '7', near: 'Date:\t7 July 20\t009', why: 'the text of the paper splits the date on its cover across cells ("7 July 20", "009"); the page gives the meeting date, 7 July 2009' },
      { figure: '20', near: 'Date:\t7 July 20\t009', why: 'the same date on the cover, split across cells' },
      { figure: '009', near: 'Date:\t7 July 20\t009', why: 'the same date on the cover, split across cells' },
      { figure: '4717', near: 'South Cambridgeshire and Cambridge City', why: 'the text of the paper runs two cells of Table 1 together: 47 FTE and an average of 17, both on the page' },
      { figure: '3122', near: 'East Cambridgeshire and Fenland', why: 'the text of the paper runs two cells of Table 1 together: 31 FTE and an average of 22, both on the page' },
      { figure: '05', near: 'work programme from September 2009-05-19', why: 'an editing date left in the sentence of Appendix 1 ("September 2009-05-19"); the page gives "September 2009"' },
      { figure: '19', near: 'work programme from September 2009-05-19', why: 'the same editing date' },
    ],
    unmarked: [
      { figure: '7 July 2009', near: 'Meeting date 7 July 2009', why: 'the meeting date, which the text of the paper splits across cells of its cover ("7 July 20", "009")' },
      { figure: '47', near: 'Cambridge City 804 47 17', why: 'Table 1: the FTE the text of the paper runs together with the average ("4717")' },
      { figure: '17', near: 'Cambridge City 804 47 17', why: 'Table 1: the average the text of the paper runs together with the FTE ("4717")' },
      { figure: '31', near: 'Fenland 684 31 22', why: 'Table 1: the FTE the text of the paper runs together with the average ("3122")' },
      { figure: '22', near: 'Fenland 684 31 22', why: 'Table 1: the average the text of the paper runs together with the FTE ("3122")' },
      { figure: '1', near: 'Appendix 1: key recommendations', why: 'the heading the page gives the paper\'s untitled appendix, which paragraph 2.7 calls Appendix 1' },
      { figure: '10,000', near: 'population under 18', why: 'the caption of the tables of paragraphs 3.1.1 and 3.1.2, which repeats the paragraph\'s title (the paper prints it once, above the table)' },
      { figure: '18', near: 'population under 18', why: 'the same caption, repeating the paragraph\'s title' },
      { figure: '12', near: 'repeat referrals within 12 months', why: 'the caption of the table of paragraph 3.1.2, which repeats the paragraph\'s title' },
      { figure: '68 %', near: 'Referrals that led to Initial Assessments', why: 'the caption of the table of paragraph 3.1.3, which repeats the paragraph\'s title ("NI 68 % Referrals that led to Initial Assessments")' },
    ],
  },
  {
    number: '004',
    slug: 'stockton-on-tees-2013-11-27',
    name: "Stockton-on-Tees Borough Council, Cabinet, 27 November 2013 (children's social care activity and performance, quarter 2 2013/14)",
    missing: [],
    unmarked: [
      { figure: '1', near: 'Table 1 - Breakdown of cases and referrers', why: 'the caption of Table 1, which repeats the heading the paper prints above it' },
    ],
  },
];
