import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/index.ts';
import { percentage, ratePer } from '../../src/engine/measures.ts';
import { cellsOf, loadPaperData, observationsAt, type Where } from './load-paper-data.ts';
import { readRows, readText } from './read-example-data.ts';

/**
 * Every figure stated in Barnsley's "Children's Social Care Monthly Report – July 2022", a briefing
 * for the Safeguarding Private Member Briefing of 13 September 2022 (seed 002), typed here from the
 * paper, checked against data/observations/barnsley-2022.csv as read by the real data layer.
 *
 * All figures are in section 2 ("Summary"), under sub-headings; they are cited by that heading.
 * Periods: "June" and "July" are 2022-06 and 2022-07, or 30 June and 31 July 2022 for counts "at
 * the end" of a month; "year to date" figures (April to July) have their own indicators ending
 * `-year-to-date`, against 2022-07; the 2020/21 benchmarks are 2020/21, or 31 March 2021 for counts
 * and rates at a date. Numbers the paper replaced with ■ are `c` with no number.
 */

const BARNSLEY = 'E08000016';
const SN = 'E08000016-SN';
const ENGLAND = 'E92000001';
const FILE = 'barnsley-2022.csv';
const JUN = '2022-06';
const JUL = '2022-07';
const END_JUN = '2022-06-30';
const END_JUL = '2022-07-31';
const BENCH = '2020/21';
const AT_BENCH = '2021-03-31';

/** [heading, what the paper says, indicator, area, period, value, marker, breakdown] */
type Stated = readonly [heading: string, says: string, indicator: string, area: string, period: string, value: string, marker?: string, breakdown?: string];

const STATED: readonly Stated[] = [
  ['Early Help Assessments', '109 EHAs had been completed in July', 'early-help-assessments-completed', BARNSLEY, JUL, '109', 'p'],
  ['Early Help Assessments', '67 interventions closed', 'early-help-interventions-closed', BARNSLEY, JUL, '67', 'p'],
  ['Early Help Assessments', '3,478 active cases at the end of July', 'early-help-active-cases', BARNSLEY, END_JUL, '3478', 'p'],
  ['Contacts', 'an annual high of 579 in June', 'contacts', BARNSLEY, JUN, '579'],
  ['Contacts', 'to 379 in July', 'contacts', BARNSLEY, JUL, '379'],
  ['Contacts', 'the 12 month average of 322 per month', 'contacts-12-month-average', BARNSLEY, JUL, '322'],
  ['Contacts', 'consultations reduced from 658 in June', 'consultations', BARNSLEY, JUN, '658'],
  ['Contacts', 'to 542 in July', 'consultations', BARNSLEY, JUL, '542'],
  ['Contacts', '64.7% in July', 'contacts-to-referral', BARNSLEY, JUL, '64.7'],
  ['Contacts', 'up from 56.1% in June', 'contacts-to-referral', BARNSLEY, JUN, '56.1'],
  ['Contacts', 'the 12 month average of 68.1%', 'contacts-to-referral-12-month-average', BARNSLEY, JUL, '68.1'],
  ['Referrals', 'reduced from 322 in June', 'referrals', BARNSLEY, JUN, '322'],
  ['Referrals', 'to 247 in July', 'referrals', BARNSLEY, JUL, '247'],
  ['Referrals', 'the rolling 12 month average of 220 referrals per month', 'referrals-12-month-average', BARNSLEY, JUL, '220'],
  ['Referrals', 'The percentage of referrals going on to assessment increased to 100%', 'referrals-going-to-assessment', BARNSLEY, JUL, '100'],
  ['Referrals', 're-referrals ... from 16.8% in June', 're-referrals-within-12-months', BARNSLEY, JUN, '16.8'],
  ['Referrals', 'to 17.0% in July', 're-referrals-within-12-months', BARNSLEY, JUL, '17.0'],
  ['Referrals', 'the year to date performance of 19.3%', 're-referrals-within-12-months-year-to-date', BARNSLEY, JUL, '19.3'],
  ['Referrals', '2020/21 statistical neighbour ... averages of 24.4%', 're-referrals-within-12-months', SN, BENCH, '24.4'],
  ['Referrals', '2020/21 ... national averages of ... 22.7%', 're-referrals-within-12-months', ENGLAND, BENCH, '22.7'],
  ['Assessments', 'an annual high of 358 in June', 'assessments', BARNSLEY, JUN, '358'],
  ['Assessments', 'to 310 in July', 'assessments', BARNSLEY, JUL, '310'],
  ['Assessments', 'the figure of 330 reported in July 2021', 'assessments', BARNSLEY, '2021-07', '330'],
  ['Assessments', 'the 12 month average of 264', 'assessments-12-month-average', BARNSLEY, JUL, '264'],
  ['Assessments', 'year to date rate of assessments, at 602.3 per 10,000 u18s', 'assessments-rate-year-to-date', BARNSLEY, JUL, '602.3'],
  ['Assessments', 'the 2020/21 statistical neighbour benchmark (891.4)', 'assessments-rate', SN, BENCH, '891.4'],
  ['Assessments', 'the national benchmark (517.6)', 'assessments-rate', ENGLAND, BENCH, '517.6'],
  ['Assessments', 'within 45 working days ... from 98.7% in June', 'assessments-within-45-days', BARNSLEY, JUN, '98.7'],
  ['Assessments', 'to 98.3% in July', 'assessments-within-45-days', BARNSLEY, JUL, '98.3'],
  ['Assessments', 'YTD performance of 98.8%', 'assessments-within-45-days-year-to-date', BARNSLEY, JUL, '98.8'],
  ['Assessments', 'our 2020/21 statistical neighbour average (84.6%)', 'assessments-within-45-days', SN, BENCH, '84.6'],
  ['Assessments', 'the national average (87.6%)', 'assessments-within-45-days', ENGLAND, BENCH, '87.6'],
  ['Assessments', 'within 20 working days reduced from 31.8% in June', 'assessments-within-20-days', BARNSLEY, JUN, '31.8'],
  ['Assessments', 'to 29.6% in July', 'assessments-within-20-days', BARNSLEY, JUL, '29.6'],
  ['Assessments', 'YTD performance of 25.8%', 'assessments-within-20-days-year-to-date', BARNSLEY, JUL, '25.8'],
  ['Assessments', "ending in 'No Further Action' increased from 31.4% in June", 'assessments-no-further-action', BARNSLEY, JUN, '31.4'],
  ['Assessments', 'to 33.1% in July', 'assessments-no-further-action', BARNSLEY, JUL, '33.1'],
  ['Assessments', 'The YTD percentage of 34.3%', 'assessments-no-further-action-year-to-date', BARNSLEY, JUL, '34.3'],
  ['Assessments', 'the 21/22 outturn of 34.6%', 'assessments-no-further-action', BARNSLEY, '2021/22', '34.6'],
  ['Section 47 Investigations', 'reduced from 132 in June', 's47-enquiries', BARNSLEY, JUN, '132'],
  ['Section 47 Investigations', 'to 126 in July', 's47-enquiries', BARNSLEY, JUL, '126'],
  ['Section 47 Investigations', 'broadly in line with 122 in July 2021', 's47-enquiries', BARNSLEY, '2021-07', '122'],
  ['Section 47 Investigations', 'the monthly average for the year which is 92', 's47-enquiries-12-month-average', BARNSLEY, JUL, '92'],
  ['Section 47 Investigations', 'the year to date figure of 217.9', 's47-enquiries-rate-year-to-date', BARNSLEY, JUL, '217.9'],
  ['Section 47 Investigations', 'our outturn for 2021/22 of 219.6', 's47-enquiries-rate', BARNSLEY, '2021/22', '219.6'],
  ['Section 47 Investigations', 'the 2020/21 national benchmark (164.4)', 's47-enquiries-rate', ENGLAND, BENCH, '164.4'],
  ['Section 47 Investigations', "our Stat Neighbours' average (259.4)", 's47-enquiries-rate', SN, BENCH, '259.4'],
  ['Section 47 Investigations', 'S47s converting to child protection conferences ... from 25.5% in June', 's47-to-initial-conference', BARNSLEY, JUN, '25.5'],
  ['Section 47 Investigations', 'to 27.7% in July', 's47-to-initial-conference', BARNSLEY, JUL, '27.7'],
  ['Section 47 Investigations', 'The year-to-date performance of 23.2%', 's47-to-initial-conference-year-to-date', BARNSLEY, JUL, '23.2'],
  ['Section 47 Investigations', 'the 2020/21 national (36.5%)', 's47-to-initial-conference', ENGLAND, BENCH, '36.5'],
  ['Section 47 Investigations', 'statistical neighbour (39.2%) averages', 's47-to-initial-conference', SN, BENCH, '39.2'],
  ['Section 47 Investigations', 'S47s ending with no further action (NFA) increased from 10.8% in June', 's47-no-further-action', BARNSLEY, JUN, '10.8'],
  ['Section 47 Investigations', 'to 27.7% in July', 's47-no-further-action', BARNSLEY, JUL, '27.7'],
  ['Child Protection (CP)', 'increased from 261 at the end June', 'cp-plans', BARNSLEY, END_JUN, '261'],
  ['Child Protection (CP)', 'to 269 at the end of July', 'cp-plans', BARNSLEY, END_JUL, '269'],
  ['Child Protection (CP)', 'Barnsley rate of CPP is 52.1 per 10,000', 'cp-plans-rate', BARNSLEY, END_JUL, '52.1'],
  ['Child Protection (CP)', 'national rate of 41.4 per 10,000', 'cp-plans-rate', ENGLAND, AT_BENCH, '41.4'],
  ['Child Protection (CP)', 'the statistical neighbour rate of 67.4 per 10,000', 'cp-plans-rate', SN, AT_BENCH, '67.4'],
  ['Child Protection (CP)', 'maintained at 100% for a second month (June)', 'icpc-within-15-days', BARNSLEY, JUN, '100'],
  ['Child Protection (CP)', 'within timescale in July was maintained at 100%', 'icpc-within-15-days', BARNSLEY, JUL, '100'],
  ['Child Protection (CP)', 'Year to date performance of 93.8%', 'icpc-within-15-days-year-to-date', BARNSLEY, JUL, '93.8'],
  ['Child Protection (CP)', 'the 2020/21 statistical neighbour (89.2%)', 'icpc-within-15-days', SN, BENCH, '89.2'],
  ['Child Protection (CP)', 'national averages (83%)', 'icpc-within-15-days', ENGLAND, BENCH, '83'],
  ['Child Protection (CP)', '7 CYP became the subject of a child protection (CP) plan for a second or subsequent time ever in July', 'cp-plans-second-or-subsequent-started', BARNSLEY, JUL, '7'],
  ['Child Protection (CP)', 'increasing from ■ in June', 'cp-plans-second-or-subsequent-started', BARNSLEY, JUN, '', 'c'],
  ['Child Protection (CP)', 'the average for the last 12 months (■)', 'cp-plans-second-or-subsequent-started-12-month-average', BARNSLEY, JUL, '', 'c'],
  ['Child Protection (CP)', 'Throughout the last 12 months, 45 children', 'cp-plans-second-or-subsequent-started-12-months', BARNSLEY, JUL, '45'],
  ['Child Protection (CP)', 'Year to date performance at the end of July (16.1%)', 'cp-plans-second-or-subsequent-year-to-date', BARNSLEY, JUL, '16.1'],
  ['Child Protection (CP)', 'the 2020/21 statistical neighbour (22.3%)', 'cp-plans-second-or-subsequent', SN, BENCH, '22.3'],
  ['Child Protection (CP)', 'and national (22.1%) averages', 'cp-plans-second-or-subsequent', ENGLAND, BENCH, '22.1'],
  ['Child Protection (CP)', 'on a CP plan for more than two years reduced from 10', 'cp-plans', BARNSLEY, END_JUN, '10', '', 'On a plan for more than 2 years'],
  ['Child Protection (CP)', 'to ■ at the end of July', 'cp-plans', BARNSLEY, END_JUL, '', 'c', 'On a plan for more than 2 years'],
  ['Child Protection (CP)', 'The current rate of 1.1%', 'cp-plans-lasting-over-2-years', BARNSLEY, END_JUL, '1.1'],
  ['Child Protection (CP)', 'below national (2.0%)', 'cp-plans-lasting-over-2-years', ENGLAND, AT_BENCH, '2.0'],
  ['Child Protection (CP)', 'Stat Neighbour (1.9%) benchmarks for 2020/21', 'cp-plans-lasting-over-2-years', SN, AT_BENCH, '1.9'],
  ['Child Protection (CP)', '7 CP plans lasting two years or more that ceased in July', 'cp-plans-ceased', BARNSLEY, JUL, '7', '', 'Lasted 2 years or more'],
  ['Child Protection (CP)', 'Year to date performance for this measure is at 7.6%', 'cp-plans-ceased-after-2-years-year-to-date', BARNSLEY, JUL, '7.6'],
  ['Child Protection (CP)', 'national (2.9%)', 'cp-plans-ceased-after-2-years', ENGLAND, BENCH, '2.9'],
  ['Child Protection (CP)', 'statistical neighbour (3.7%) benchmarks', 'cp-plans-ceased-after-2-years', SN, BENCH, '3.7'],
  ['Child Protection (CP)', 'with a 100% year to date average', 'cp-reviews-within-timescale-year-to-date', BARNSLEY, JUL, '100'],
  ['Child Protection (CP)', '2020/21 statistical neighbour (93.6%)', 'cp-reviews-within-timescale', SN, BENCH, '93.6'],
  ['Child Protection (CP)', 'and national (93.2%) averages', 'cp-reviews-within-timescale', ENGLAND, BENCH, '93.2'],
  ['Child Protection (CP)', 'a small reduction from 95.0% in June', 'cp-visits-within-timescale', BARNSLEY, JUN, '95.0'],
  ['Child Protection (CP)', 'The timeliness of child protection visits was 94.7% in July', 'cp-visits-within-timescale', BARNSLEY, JUL, '94.7'],
  ['Child Protection (CP)', 'CP visit performance for the year to date is 97.4%', 'cp-visits-within-timescale-year-to-date', BARNSLEY, JUL, '97.4'],
  ['Care Proceedings', 'open proceedings cases increased from 95 in June', 'care-proceedings-open', BARNSLEY, END_JUN, '95'],
  ['Care Proceedings', 'to 97 at the end of July', 'care-proceedings-open', BARNSLEY, END_JUL, '97'],
  ['Care Proceedings', 'There were 8 new cases in July', 'care-proceedings-started', BARNSLEY, JUL, '8'],
  ['Care Proceedings', 'whilst 6 cases concluded', 'care-proceedings-concluded', BARNSLEY, JUL, '6'],
  ['Care Proceedings', 'average length of open proceedings cases increased from 34.5 weeks in June', 'care-proceedings-open-duration-weeks', BARNSLEY, END_JUN, '34.5'],
  ['Care Proceedings', 'to 36.2 weeks in July', 'care-proceedings-open-duration-weeks', BARNSLEY, END_JUL, '36.2'],
  ['Care Proceedings', '12 month rolling average duration for concluding cases decreased slightly from 49.6 weeks in June', 'care-proceedings-duration-weeks-12-months', BARNSLEY, JUN, '49.6'],
  ['Care Proceedings', 'to 48.4 weeks in July', 'care-proceedings-duration-weeks-12-months', BARNSLEY, JUL, '48.4'],
  ['Looked After Children (LAC)', 'an increase from 361 in June', 'children-in-care', BARNSLEY, END_JUN, '361'],
  ['Looked After Children (LAC)', 'to 367 at the end of July', 'children-in-care', BARNSLEY, END_JUL, '367'],
  ['Looked After Children (LAC)', "Barnsley's latest rate of LAC of 71.1 per 10,000", 'children-in-care-rate', BARNSLEY, END_JUL, '71.1'],
  ['Looked After Children (LAC)', "our statistical neighbours' average rate of 112 per 10,000", 'children-in-care-rate', SN, AT_BENCH, '112'],
  ['Looked After Children (LAC)', 'the national average of 67.0 per 10,000 for 2020/21', 'children-in-care-rate', ENGLAND, AT_BENCH, '67.0'],
  ['Looked After Children (LAC)', 'three or more placements ... reduced from 11.1% in June', 'placements-3-or-more', BARNSLEY, JUN, '11.1'],
  ['Looked After Children (LAC)', 'to 9.9% in July', 'placements-3-or-more', BARNSLEY, JUL, '9.9'],
  ['Looked After Children (LAC)', '2020/21 statistical neighbour (8.3%)', 'placements-3-or-more', SN, BENCH, '8.3'],
  ['Looked After Children (LAC)', 'and national (9.0%) averages', 'placements-3-or-more', ENGLAND, BENCH, '9.0'],
  ['Looked After Children (LAC)', 'same placements for 2.5yrs+ increased slightly from 68.4% in June', 'long-term-placement-stability', BARNSLEY, JUN, '68.4'],
  ['Looked After Children (LAC)', 'to 69.1% in July', 'long-term-placement-stability', BARNSLEY, JUL, '69.1'],
  ['Looked After Children (LAC)', 'the 20/21 statistical neighbour average of 68.3%', 'long-term-placement-stability', SN, BENCH, '68.3'],
  ['Looked After Children (LAC)', 'the national average of 70%', 'long-term-placement-stability', ENGLAND, BENCH, '70'],
  ['Looked After Children (LAC)', 'missing from care incidents showed an increase from 17 in June', 'missing-from-care-incidents', BARNSLEY, JUN, '17'],
  ['Looked After Children (LAC)', 'to 20 in July', 'missing-from-care-incidents', BARNSLEY, JUL, '20'],
  ['Looked After Children (LAC)', 'the rolling 12 month average of 19', 'missing-from-care-incidents-12-month-average', BARNSLEY, JUL, '19'],
  ['Looked After Children (LAC)', 'CYP missing from care also increased from 8 in June', 'children-missing-from-care', BARNSLEY, JUN, '8'],
  ['Looked After Children (LAC)', 'to 10 in July', 'children-missing-from-care', BARNSLEY, JUL, '10'],
  ['Looked After Children (LAC)', 'LAC cases reviewed within timescale reduced from 100% in June', 'cla-reviews-within-timescale', BARNSLEY, JUN, '100'],
  ['Looked After Children (LAC)', 'to 98.9% in July', 'cla-reviews-within-timescale', BARNSLEY, JUL, '98.9'],
  ['Looked After Children (LAC)', 'The year to date average at the end of July was 97.7%', 'cla-reviews-within-timescale-year-to-date', BARNSLEY, JUL, '97.7'],
  ['Looked After Children (LAC)', 'the 98.3% reported for Barnsley in 2021/22', 'cla-reviews-within-timescale', BARNSLEY, '2021/22', '98.3'],
  ['Looked After Children (LAC)', 'LAC visits within timescale fell from 96.1% in June', 'cla-visits-within-timescale', BARNSLEY, JUN, '96.1'],
  ['Looked After Children (LAC)', 'to 93.2% in July', 'cla-visits-within-timescale', BARNSLEY, JUL, '93.2'],
  ['Looked After Children (LAC)', 'giving a year-to-date performance of 96.7%', 'cla-visits-within-timescale-year-to-date', BARNSLEY, JUL, '96.7'],
  ['Looked After Children (LAC)', 'completed health assessment ... from 91.6% in June', 'health-assessments-on-time', BARNSLEY, JUN, '91.6'],
  ['Looked After Children (LAC)', 'to 93.4% in July', 'health-assessments-on-time', BARNSLEY, JUL, '93.4'],
  ['Looked After Children (LAC)', 'the 2020/21 national (91%)', 'health-assessments-on-time', ENGLAND, BENCH, '91'],
  ['Looked After Children (LAC)', 'and statistical neighbour (92.7%) averages', 'health-assessments-on-time', SN, BENCH, '92.7'],
  ['Looked After Children (LAC)', 'dental checks has reduced again from 79.5% in June', 'dental-checks-on-time', BARNSLEY, JUN, '79.5'],
  ['Looked After Children (LAC)', 'to 77.6% in July', 'dental-checks-on-time', BARNSLEY, JUL, '77.6'],
  ['Looked After Children (LAC)', 'Strengths & Difficulties Questionnaire was 68.6% at the end of July', 'sdq-completed', BARNSLEY, JUL, '68.6'],
  ['Looked After Children (LAC)', 'reducing from 70.5% in June', 'sdq-completed', BARNSLEY, JUN, '70.5'],
  ['Looked After Children (LAC)', 'an improvement to 100%, for ... a valid PEP', 'personal-education-plans', BARNSLEY, JUL, '100', '', 'Personal education plan (PEP)'],
  ['Looked After Children (LAC)', 'an improvement to 100%, for ... TPEP', 'personal-education-plans', BARNSLEY, JUL, '100', '', 'Transition personal education plan (TPEP)'],
  ['Quality of Schools Attended by Looked after Children', '80.4% of LAC in Good or Outstanding schools', 'cla-school-ofsted-rating', BARNSLEY, JUL, '80.4', '', 'Good or outstanding'],
  ['Quality of Schools Attended by Looked after Children', "17.0% ... were in 'less than good' schools", 'cla-school-ofsted-rating', BARNSLEY, JUL, '17.0', '', 'Less than good'],
  ['Quality of Schools Attended by Looked after Children', '2.6% were in schools with no current inspection', 'cla-school-ofsted-rating', BARNSLEY, JUL, '2.6', '', 'No current inspection'],
  ['School Attendance and Absence of Looked after Children', 'up to the end of July shows 96.6% attendance', 'cla-school-attendance', BARNSLEY, JUL, '96.6', '', 'Primary'],
  ['School Attendance and Absence of Looked after Children', 'Persistent absenteeism showed a slight reduction from 9.8% in June', 'cla-persistent-absence', BARNSLEY, JUN, '9.8', '', 'Primary'],
  ['School Attendance and Absence of Looked after Children', 'to 9.5% in July', 'cla-persistent-absence', BARNSLEY, JUL, '9.5', '', 'Primary'],
  ['School Attendance and Absence of Looked after Children', 'No primary aged LAC received fixed term exclusions', 'cla-fixed-term-exclusions', BARNSLEY, JUL, '0', '', 'Primary'],
  ['School Attendance and Absence of Looked after Children', 'July figures showed 89.9% attendance', 'cla-school-attendance', BARNSLEY, JUL, '89.9', '', 'Secondary'],
  ['School Attendance and Absence of Looked after Children', 'Persistent absenteeism increased from 27.6% in June', 'cla-persistent-absence', BARNSLEY, JUN, '27.6', '', 'Secondary'],
  ['School Attendance and Absence of Looked after Children', 'to 28.6% in July', 'cla-persistent-absence', BARNSLEY, JUL, '28.6', '', 'Secondary'],
  ['School Attendance and Absence of Looked after Children', 'More than a fifth (21.8%) of secondary aged LAC received fixed term exclusions', 'cla-fixed-term-exclusions', BARNSLEY, JUL, '21.8', '', 'Secondary'],
  ['Adoption', 'year to date performance for adoptions at the end of July is 14.3%', 'adoptions-from-care-year-to-date', BARNSLEY, JUL, '14.3'],
  ['Adoption', 'timescales increased slightly from 100.3 days in June', 'adoption-order-to-match-days', BARNSLEY, JUN, '100.3'],
  ['Adoption', 'to 101.7 days in July', 'adoption-order-to-match-days', BARNSLEY, JUL, '101.7'],
  ['Adoption', 'significantly below performance in July 2021 (115.7)', 'adoption-order-to-match-days', BARNSLEY, '2021-07', '115.7'],
  ['Adoption', 'maintained at 3.7 months in July', 'adoption-order-to-placement-months', BARNSLEY, JUL, '3.7'],
  ['Adoption', 'the same as June', 'adoption-order-to-placement-months', BARNSLEY, JUN, '3.7'],
  ['Care leavers', '58.3% of the cohort aged 19-21 were engaged in EET', 'care-leavers-in-eet', BARNSLEY, JUL, '58.3'],
  ['Care leavers', 'the 2020/21 statistical neighbour (50.1%)', 'care-leavers-in-eet', SN, BENCH, '50.1'],
  ['Care leavers', 'and national (52%) averages', 'care-leavers-in-eet', ENGLAND, BENCH, '52'],
  ['Care leavers', 'Performance was maintained at 100% for the fourth month in a row', 'care-leaver-visits-within-timescale', BARNSLEY, JUL, '100'],
  ['Care leavers', 'Year to date performance is 99.9%', 'care-leaver-visits-within-timescale-year-to-date', BARNSLEY, JUL, '99.9'],
  ['Care leavers', 'above performance for 2021/22 (99.5%)', 'care-leaver-visits-within-timescale', BARNSLEY, '2021/22', '99.5'],
  ['Care leavers', '88.2% of care leavers aged 19 to 21 ... were in suitable accommodation', 'care-leavers-suitable-accommodation', BARNSLEY, JUL, '88.2'],
  ['Children in Need', 'from 1,797 in June', 'children-in-need', BARNSLEY, END_JUN, '1797'],
  ['Children in Need', 'to 1,728 in July', 'children-in-need', BARNSLEY, END_JUL, '1728'],
  ["Children in Need", "Barnsley's rate for July (334.7)", 'children-in-need-rate', BARNSLEY, END_JUL, '334.7'],
  ['Children in Need', 'Stat Neighbours (440.5)', 'children-in-need-rate', SN, AT_BENCH, '440.5'],
  ['Children in Need', 'the national average (321.2)', 'children-in-need-rate', ENGLAND, AT_BENCH, '321.2'],
  ['Caseloads', "Disabled Children's Teams ... from 27.1 in June", 'average-caseload', BARNSLEY, END_JUN, '27.1', '', "Disabled Children's Teams"],
  ['Caseloads', 'to 27.6 at the end of July', 'average-caseload', BARNSLEY, END_JUL, '27.6', '', "Disabled Children's Teams"],
  ['Caseloads', "Integrated Front Door's Assessment and Safeguarding teams ... from 28.3", 'average-caseload', BARNSLEY, END_JUN, '28.3', '', 'Integrated Front Door: Assessment and Safeguarding teams'],
  ['Caseloads', 'to 25.8 cases', 'average-caseload', BARNSLEY, END_JUL, '25.8', '', 'Integrated Front Door: Assessment and Safeguarding teams'],
];

/** The council's own targets the paper quotes: [indicator, target, what the paper says]. All from 2022/23. */
const TARGETS: ReadonlyArray<readonly [indicator: string, target: string, says: string]> = [
  ['re-referrals-within-12-months-year-to-date', '18.5', 'remains slightly above target (18.5%)'],
  ['assessments-within-45-days-year-to-date', '95', 'including our own target of 95%'],
  ['assessments-within-20-days-year-to-date', '35', 'remains below the target of 35%'],
  ['assessments-no-further-action-year-to-date', '30', 'remains higher than the target of 30%'],
  ['s47-to-initial-conference-year-to-date', '36.5', 'notably below the target of 36.5%'],
  ['icpc-within-15-days-year-to-date', '85', 'is above target (85%)'],
  ['cp-plans-second-or-subsequent-year-to-date', '18', 'within our internal target range of 0-18%'],
  ['cp-plans-ceased-after-2-years-year-to-date', '3.0', 'is above the 3.0% target'],
  ['placements-3-or-more', '9.5', 'remains above the 9.5% target'],
  ['cla-reviews-within-timescale-year-to-date', '97', 'but above the target of 97%'],
  ['cla-visits-within-timescale-year-to-date', '100', 'This is below the target of 100%'],
  ['dental-checks-on-time', '94', 'well below the target of 94%'],
  ['sdq-completed', '80', 'below the 80% target'],
  ['adoptions-from-care-year-to-date', '16.5', 'slightly below our internal target of 16.5%'],
  ['adoption-order-to-match-days', '121', 'against the target of 121 days'],
  ['care-leavers-in-eet', '68', 'below our internal target of 68%'],
];

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadPaperData(FILE);
});

function only(where: Where) {
  const rows = observationsAt(dataset, where);
  expect(rows).toHaveLength(1);
  return rows[0];
}

function valueAt(where: Where): number {
  return Number(only(where)?.value?.raw);
}

/** DfE's figure of ONS mid-year estimates of children aged 0 to 17 for Barnsley. */
function onsPopulation(year: string): string {
  const rows = readRows('data/dfe/ons_mid-year_population_estimates_2012_to_2024.csv');
  return rows.find((r) => r.time_period === year && r.old_la_code === '370')?.population_estimate ?? 'NaN';
}

describe('seed 002: every figure in the Barnsley July 2022 report is in data/', () => {
  it.each(STATED.map((s) => [`2 ${s[0]}: "${s[1]}"`, s] as const))('%s', (_name, [heading, , indicator, area, period, value, marker, breakdown]) => {
    const row = only({ indicator, area, period, ...(breakdown === undefined ? {} : { breakdown }) });
    expect(cellsOf(row)).toEqual({ numerator: '', denominator: '', value, marker: marker ?? '' });
    expect(row?.note).toContain(`section 2 (${heading})`);
  });

  it('holds nothing the paper does not state: one row per figure above, and July 2021 children in need worked out from its difference', () => {
    expect(dataset.observations.filter((o) => o.source.startsWith(`data/observations/${FILE}`))).toHaveLength(STATED.length + 1);
  });

  it('keeps every number the paper replaced with ■ suppressed, with no number anywhere in the row', () => {
    const suppressed = dataset.observations.filter((o) => o.marker === 'c');
    expect(suppressed).toHaveLength(STATED.filter((s) => s[6] === 'c').length);
    for (const o of suppressed) expect([o.numerator, o.denominator, o.value]).toEqual([undefined, undefined, undefined]);
    expect(readText(`data/observations/${FILE}`)).not.toMatch(/■\s*\(?\d/);
  });

  it('gives the statistical-neighbour averages as a group area of Barnsley', () => {
    expect(dataset.areas.get(SN)?.kind).toBe('group');
    expect(dataset.areas.get(BARNSLEY)).toMatchObject({ dfe_code: '370', name: 'Barnsley', kind: 'local-authority', region_code: 'E12000003' });
  });
});

describe("seed 002: the paper's own arithmetic", () => {
  it('Children in Need: "reduced by 69: from 1,797 in June to 1,728 in July"', () => {
    expect(valueAt({ indicator: 'children-in-need', area: BARNSLEY, period: END_JUN }) - valueAt({ indicator: 'children-in-need', area: BARNSLEY, period: END_JUL })).toBe(69);
  });

  it('Children in Need: July 2021 is stored as 1,728 + 317, since the paper gives only the difference', () => {
    const lastYear = only({ indicator: 'children-in-need', area: BARNSLEY, period: '2021-07-31' });
    expect(Number(lastYear?.value?.raw) - valueAt({ indicator: 'children-in-need', area: BARNSLEY, period: END_JUL })).toBe(317);
    expect(lastYear?.note).toMatch(/gives the difference/);
  });

  it('Care Proceedings: 95 open in June, 8 new and 6 concluded make 97 open in July', () => {
    const open = (period: string) => valueAt({ indicator: 'care-proceedings-open', area: BARNSLEY, period });
    const started = valueAt({ indicator: 'care-proceedings-started', area: BARNSLEY, period: JUL });
    const concluded = valueAt({ indicator: 'care-proceedings-concluded', area: BARNSLEY, period: JUL });
    expect(open(END_JUN) + started - concluded).toBe(open(END_JUL));
  });

  it('Caseloads: up 0.5 in the disabled children\'s teams and down about 2.5 at the front door', () => {
    const caseload = (period: string, breakdown: string) => Math.round(valueAt({ indicator: 'average-caseload', area: BARNSLEY, period, breakdown }) * 10);
    expect(caseload(END_JUL, "Disabled Children's Teams") - caseload(END_JUN, "Disabled Children's Teams")).toBe(5);
    const front = 'Integrated Front Door: Assessment and Safeguarding teams';
    expect(caseload(END_JUN, front) - caseload(END_JUL, front)).toBe(25);
  });

  it('Quality of schools: the three kinds of school add up to 100%', () => {
    const parts = dataset.observations.filter((o) => o.indicator === 'cla-school-ofsted-rating');
    expect(parts.reduce((tenths, o) => tenths + Math.round(Number(o.value?.raw) * 10), 0)).toBe(1000);
  });
});

describe('seed 002: known discrepancies and disclosures', () => {
  it('Contacts: the conversion rates cannot be reproduced from the referrals and contacts the paper gives', () => {
    // 247 of 379 and 322 of 579 are not the 64.7% and 56.1% printed, so the paper counts them on
    // another basis: the percentages are stored as given values, not as these numbers.
    const july = percentage({ numerator: '247', denominator: '379', decimals: 1 });
    const june = percentage({ numerator: '322', denominator: '579', decimals: 1 });
    expect([july.value, june.value]).toEqual([65.2, 55.6]);
    expect([valueAt({ indicator: 'contacts-to-referral', area: BARNSLEY, period: JUL }), valueAt({ indicator: 'contacts-to-referral', area: BARNSLEY, period: JUN })]).toEqual([64.7, 56.1]);
  });

  it('Rates per 10,000: the paper used a population other than the ONS estimates DfE now publishes, so its rates are stored as given', () => {
    const population = onsPopulation('2022');
    expect(population).toBe('50706');
    const recomputed = (count: string) => ratePer({ count, population, per: 10000, decimals: 1 }).value;
    expect([recomputed('269'), recomputed('367'), recomputed('1728')]).toEqual([53.1, 72.4, 340.8]);
    expect([52.1, 71.1, 334.7]).toEqual([
      valueAt({ indicator: 'cp-plans-rate', area: BARNSLEY, period: END_JUL }),
      valueAt({ indicator: 'children-in-care-rate', area: BARNSLEY, period: END_JUL }),
      valueAt({ indicator: 'children-in-need-rate', area: BARNSLEY, period: END_JUL }),
    ]);
  });

  it("England's rate of children in care at 31 March 2021 is 67.0 in the paper and 69 in DfE's current file", () => {
    const dfe = readRows('data/dfe/cla_number_and_rate_per_10k_children.csv').find(
      (r) => r.time_period === '2021' && r.geographic_level === 'National' && r.population_type === 'Children looked after on 31 March each year',
    );
    expect(dfe?.rate_per_10000).toBe('69');
    expect(valueAt({ indicator: 'children-in-care-rate', area: ENGLAND, period: AT_BENCH })).toBe(67);
  });

  it("England's 2020/21 re-referral, second-plan and long-term stability figures match DfE's files", () => {
    const national = (file: string) => readRows(`data/dfe/${file}`).filter((r) => r.time_period === '2021' && r.geographic_level === 'National');
    expect(national('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv')[0]?.rereferral_percent).toBe(only({ indicator: 're-referrals-within-12-months', area: ENGLAND, period: BENCH })?.value?.raw);
    expect(national('d3_cpps_subsequent_plan_2013_to_2025.csv')[0]?.CPP_subsequent_percent).toBe(only({ indicator: 'cp-plans-second-or-subsequent', area: ENGLAND, period: BENCH })?.value?.raw);
    const stable = national('la_cla_placement_stability.csv').find((r) => r.placement_stability === 'Living with the same carer for at least 2 years');
    expect(stable?.children_percent).toBe(only({ indicator: 'long-term-placement-stability', area: ENGLAND, period: BENCH })?.value?.raw);
  });

  it('Child Protection: the ■ for plans over two years at the end of July can be worked out from what the paper prints', () => {
    // 10 open over two years at the end of June, 7 such plans ended in July, and 1.1% of 269: about 3.
    // The data keeps the paper's ■ as c, and the report author must not print the inputs side by side.
    const june = valueAt({ indicator: 'cp-plans', area: BARNSLEY, period: END_JUN, breakdown: 'On a plan for more than 2 years' });
    const ended = valueAt({ indicator: 'cp-plans-ceased', area: BARNSLEY, period: JUL, breakdown: 'Lasted 2 years or more' });
    expect(june - ended).toBe(3);
    expect(percentage({ numerator: june - ended, denominator: '269', decimals: 1 }).value).toBe(1.1);
    expect(only({ indicator: 'cp-plans', area: BARNSLEY, period: END_JUL, breakdown: 'On a plan for more than 2 years' })?.marker).toBe('c');
  });
});

describe("seed 002: Barnsley's own targets are in data/targets.csv", () => {
  it.each(TARGETS.map(([indicator, target, says]) => [`"${says}"`, indicator, target] as const))('%s', (_says, indicator, target) => {
    const rows = readRows('data/targets.csv').filter((t) => t.indicator === indicator && t.area === BARNSLEY);
    expect(rows.map((t) => [t.from, t.target])).toEqual([['2022/23', target]]);
  });
});
