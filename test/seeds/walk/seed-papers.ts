/**
 * The five seed papers and what their web versions may leave out or add without a mark, each with its
 * reason. This is the figure list and the word list the seed page tests walk and `npm run seeds:notes`
 * writes up: an entry nothing needs fails the test, as does a figure or a difference of words no entry
 * explains.
 */

/** A figure the walk would report, explained: by what it reads and words of its line (paper) or context (page). */
export interface Explained {
  figure: string;
  near: string;
  why: string;
}

/**
 * A run where the page's words are not the paper's and no mark says so, explained: the paper's words and
 * the page's, exactly as the word walk (word-walk.ts) reports them. Only what is not the paper's own
 * wording belongs here: the text of the paper broken by its conversion from PDF, a cell the text of the
 * paper runs across pages, a caption or heading repeating the paper's title.
 */
export interface Reworded {
  paper: string;
  page: string;
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
  /** The paper's line where its text after the cover starts: the word walk compares from there, and from the page's first section. */
  from: string;
  /** Where the page's words differ from the paper's without a mark, and why. */
  words: readonly Reworded[];
}

export const SEED_PAPERS: readonly SeedPaper[] = [
  {
    number: '000',
    slug: 'cambridgeshire-2020-12-01',
    name: 'Cambridgeshire County Council, Children and Young People Committee, 1 December 2020',
    missing: [],
    unmarked: [],
    from: "1. Background",
    words: [
      { paper: "", page: "Average caseloads by service", why: "the caption the page gives the table of average caseloads, which the paper prints without one (a table needs a caption to be read out)" },
    ],
  },
  {
    number: '001',
    slug: 'devon-2021-11-09',
    name: "Devon County Council, Children's Scrutiny Committee, 9 November 2021 (October 2021 performance pack)",
    missing: [],
    unmarked: [],
    from: "Children's Social Care Performance – Referrals",
    words: [
      { paper: "Children's Social Care Performance –", page: "", why: "each page of the pack is headed \"Children's Social Care Performance\" and its topic; the page makes each topic a numbered section headed by the topic alone" },
      { paper: "Children's Social Care Performance –", page: "Children in Need", why: "each page of the pack is headed \"Children's Social Care Performance\" and its topic; the page makes each topic a numbered section headed by the topic alone; the children in need table has that topic as its caption too" },
      { paper: "Children's Social Care Performance -", page: "", why: "each page of the pack is headed \"Children's Social Care Performance\" and its topic; the page makes each topic a numbered section headed by the topic alone" },
      { paper: "Data last updated: 20/10/2021 Children's Social Care Performance -", page: "", why: "the caseloads page's \"Data last updated\" line, which the text of the paper prints under the page's chart, shown under the section's heading; and the pack's heading (above)" },
      { paper: "", page: "Data last updated: 20 October 2021", why: "the same line on the page, where the date is a figure of the data: a component shows a date in words, 20 October 2021, for the paper's 20/10/2021" },
      { paper: "", page: "Recruitment", why: "the caption of the recruitment table, which repeats its section's heading" },
      { paper: "20/10/2021 Children's Social Care Performance -", page: "20 October 2021", why: "the recruitment page's \"Data last updated\" date, in words as a component shows a date; and the pack's heading (above)" },
      { paper: "тот", page: "", why: "letters from a chart's label that the text of the paper picked up from the PDF, not words of the paper" },
    ],
  },
  {
    number: '002',
    slug: 'barnsley-2022-09-13',
    name: 'Barnsley Metropolitan Borough Council, Safeguarding Private Member Briefing, 13 September 2022',
    keep: ['7 CYP'],
    missing: [],
    unmarked: [],
    from: "1.",
    words: [
      { paper: "9.0", page: "9", why: "England's 2020/21 figure for three or more placements, which the page takes from DfE's published file (9, the paper's 9.0): the paragraph's comparators are all DfE's, and the page says so where the others differ from the paper's" },
    ],
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
    from: "1. BACKGROUND",
    words: [
      { paper: "", page: "Referrals per 10,000 population under 18", why: "the caption of the table of paragraph 3.1.1, which repeats the paragraph's title" },
      { paper: "", page: "% Referrals that are repeat referrals within 12 months of a previous referral Referrals per 10,000 population under 18", why: "the caption of the table of paragraph 3.1.2, which repeats the paragraph's title" },
      { paper: "", page: "NI 68 % Referrals that led to Initial Assessments", why: "the caption of the table of paragraph 3.1.3, which repeats the paragraph's title" },
      { paper: "In itial Assessm ents", page: "Initial Assessments", why: "words the text of the paper splits across the cells of a PDF table" },
      { paper: "wit hin", page: "within", why: "a word the text of the paper splits across the cells of a PDF table" },
      { paper: "- -", page: "", why: "two dashes from the empty cells of a PDF table in the text of the paper" },
      { paper: "", page: "Looked After Children (LAC) allocated to a Qualified Social Worker", why: "the caption of the table of paragraph 3.1.6, which repeats the paragraph's title" },
      { paper: "4717", page: "47 17", why: "Table 1: the text of the paper runs two cells together, 47 FTE and an average of 17" },
      { paper: "3122", page: "31 22", why: "Table 1: the text of the paper runs two cells together, 31 FTE and an average of 22" },
      { paper: "", page: "documents Source documents Source", why: "the heading and caption the page gives the paper's table of source documents, whose first column the paper heads \"Source Documents\"" },
      { paper: "www.everychildmatt ers.gov.uk", page: "www.everychildmatters.gov.uk", why: "an address the text of the paper breaks across a cell's lines" },
      { paper: "publications.every childmatters.gov.uk", page: "publications.everychildmatters.gov.uk", why: "an address the text of the paper breaks across a cell's lines" },
      { paper: "", page: "Appendix 1: key recommendations from the Laming Report and the Government’s action plan", why: "the heading the page gives the paper's untitled appendix, which paragraph 2.7 calls Appendix 1, in the words of its first line" },
      { paper: "", page: "Revised guidance published by June 2009 – and revised Working Together by December 2009", why: "Appendix 1: the second line of a row's action, which the text of the paper prints as a row of its own (rows 7 and 9)" },
      { paper: "Revised guidance published by June 2009 – and revised Working Together by December 2009", page: "", why: "the same line, in the row the page puts it in" },
      { paper: "", page: "by September 2009", why: "Appendix 1: the end of the social work reform row's action, which the text of the paper prints at the start of the next row" },
      { paper: "by September 2009", page: "", why: "the same words, in the row the page puts them in" },
      { paper: "", page: "of local safeguarding activity", why: "Appendix 1: the end of the LSCB reform row's action, which the text of the paper prints after a page break" },
      { paper: "of local safeguarding activity", page: "", why: "the same words, in the row the page puts them in" },
      { paper: "This will create some significant new ways of working which will require capacity, assurance and effective commissioning and quality assurance systems There may be an advantage in looking at sharing the work and", page: "", why: "Appendix 1: the serious case review row's commentary, which the text of the paper prints in the middle of the row's list, across a page break" },
      { paper: "", page: "by July 2009 This will create some significant new ways of working which will require capacity, assurance and effective commissioning and quality assurance systems There may be an advantage in looking at sharing the work and", why: "the same row with its action and commentary in their own cells, the action's last line (by July 2009) first" },
      { paper: "by July 2009", page: "", why: "the same line, in the row the page puts it in" },
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
    from: "CABINET ITEM COVERING SHEET PROFORMA",
    words: [
      { paper: "AGENDA ITEM REPORT TO CABINET 27 NOVEMBER 2013 REPORT OF CORPORATE MANAGEMENT TEAM CABINET DECISION", page: "", why: "the covering sheet's lines, which the cover above the page's sections gives field by field (agenda item, to, meeting date, from, decision); the report itself prints them again, and the page keeps them there" },
      { paper: "CHILDREN'S SOCIAL CARE ACTIVITY AND PERFORMANCE", page: "1.", why: "the covering sheet's title, which is the page's title; and the covering sheet's section numbers, which the page prints in its headings as the paper does" },
      { paper: "", page: "2.", why: "the covering sheet's section number, which the page prints in its heading as the paper does" },
      { paper: "", page: "3.", why: "the covering sheet's section number, which the page prints in its heading as the paper does" },
      { paper: "", page: "4.", why: "the covering sheet's section number, which the page prints in its heading as the paper does" },
      { paper: "", page: "CHILDREN’S SOCIAL CARE ACTIVITY AND PERFORMANCE", why: "the report's title, which the page makes the heading of its section, above the agenda lines the paper prints before it" },
      { paper: "CHILDREN'S SOCIAL CARE ACTIVITY AND PERFORMANCE", page: "", why: "the same title, where the paper prints it" },
      { paper: "", page: "Background papers", why: "the heading the page gives the paper's closing block (its contact officer, background papers, wards and property)" },
      { paper: "-- -- ---", page: "", why: "dashes from the key's table borders in the text of the paper" },
      { paper: "", page: "Inputs", why: "the caption of Appendix 2's Inputs table, which repeats its heading" },
      { paper: "", page: "Whole Year", why: "Appendix 2's tables: the column heading 2012/13 Whole Year, whose two lines the text of the paper prints apart, with the Source column's heading between them" },
      { paper: "Source Whole Year", page: "", why: "the same column headings, where the text of the paper prints them" },
      { paper: "", page: "Source", why: "the Source column's heading, where the page's table has its column, last" },
      { paper: "", page: "Processes", why: "the caption of Appendix 2's Processes table, which repeats its heading" },
      { paper: "2013/14 Source", page: "", why: "Appendix 2's tables: the column headings as the text of the paper runs them together" },
      { paper: "", page: "2013/14", why: "the same column heading, in the table's order" },
      { paper: "", page: "Outputs", why: "the caption of Appendix 2's Outputs table, which repeats its heading" },
      { paper: "", page: "Table 1 - Breakdown of cases and referrers (% of total at each stage)", why: "the caption of Table 1, which repeats its heading" },
      { paper: "(% of total at each stage)", page: "", why: "the end of Table 1's heading, which the text of the paper prints after the table's first header cell" },
    ],
  },
];
