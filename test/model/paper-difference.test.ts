import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError, loadDataset } from '../../src/data/index.ts';
import { parsePeriod, type Period } from '../../src/engine/index.ts';
import { FigureModel } from '../../src/model/figure-model.ts';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

const HEADER = 'indicator,area,period,breakdown,numerator,denominator,value,marker,note,printed,not_printed,why';

/** A data folder with the example catalogue and one council's rows, as a council that is not a seed would write them. */
function dataFolder(rows: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'tabled-paper-difference-'));
  mkdirSync(join(root, 'data', 'observations'), { recursive: true });
  for (const name of ['indicators.csv', 'areas.csv', 'populations.csv']) copyFileSync(join('data', name), join(root, 'data', name));
  writeFileSync(join(root, 'data', 'observations', 'council.csv'), `${[HEADER, ...rows].join('\n')}\n`);
  return root;
}

describe('a council’s own figures against the paper they come from (printed, not_printed, why)', () => {
  let model: FigureModel;
  beforeAll(async () => {
    const root = dataFolder([
      'budget-projected-overspend,E06000004,2013/14,Fostering,,,1242000,,,1.24m,,',
      'budget-projected-overspend,E06000004,2013/14,Staffing,,,574000,,,574k,,',
      'budget-projected-overspend,E06000004,2013/14,Homes,,,1242000,,,1.25m,,"£5.110m less £3.868m is £1.242m"',
      'left-care-to-permanence,E06000004,2013/14 Q1-Q2,Adoption,11,82,,,,13,,',
      'closed-contacts-with-active-caf,E06000004,2013/14 Q1,,46,856,,,,5.5,,46 of 856 is 5.4%',
      'referrals-no-further-action,E06000004,2012/13,,805,3208,,,,,denominator,"6,859 contacts less 3,651 closed and logged"',
      'cp-plans,E06000004,2008-03-31,,,,358,,,,value,361 less the increase of 3 the paper gives',
      'cp-plans,E06000004,2009-03-31,,,,361,,,,,',
      'cp-plans-second-or-subsequent,E06000004,2013/14 Q1,,2,75,,,,2.7,,the paper gave it',
    ]);
    model = new FigureModel(await loadDataset({ root, dir: 'data' }));
  });

  const value = (indicator: string, at: string, breakdown = '') => model.require({ indicator, area: 'E06000004', period: period(at), breakdown });

  it('shows money as the paper printed it, in millions or thousands, when it is the same figure at the paper’s precision', () => {
    expect(value('budget-projected-overspend', '2013/14', 'Fostering').text).toBe('£1.24m');
    expect(value('budget-projected-overspend', '2013/14', 'Staffing').text).toBe('£574k');
    expect(value('budget-projected-overspend', '2013/14', 'Fostering').paper).toBeUndefined();
  });

  it('shows a percentage at the paper’s precision when it is the same figure: 11 of 82 printed as 13%', () => {
    const node = value('left-care-to-permanence', '2013/14 Q1-Q2', 'Adoption');
    expect(node.text).toBe('13%');
    expect(node.paper).toBeUndefined();
  });

  it('marks a figure the paper printed otherwise as a correction, with the paper’s figure and why', () => {
    expect(value('closed-contacts-with-active-caf', '2013/14 Q1')).toMatchObject({ text: '5.4%', paper: { kind: 'corrected', printed: '5.5%', why: '46 of 856 is 5.4%' } });
    expect(value('budget-projected-overspend', '2013/14', 'Homes')).toMatchObject({ text: '£1.242m', paper: { kind: 'corrected', printed: '£1.25m' } });
  });

  it('marks a figure or a part the paper did not print as added, with how it was worked out', () => {
    expect(value('cp-plans', '2008-03-31').paper).toEqual({ kind: 'added', why: '361 less the increase of 3 the paper gives' });
    const nfa = value('referrals-no-further-action', '2012/13');
    expect(nfa.paper).toBeUndefined();
    expect(model.part(nfa, 'denominator')?.paper).toEqual({ kind: 'added', why: '6,859 contacts less 3,651 closed and logged' });
    expect(model.part(nfa, 'numerator')?.paper).toBeUndefined();
  });

  it('says nothing of the paper’s figure where the figure is withheld: the paper’s number could be the one withheld', () => {
    const node = value('cp-plans-second-or-subsequent', '2013/14 Q1');
    expect(node.text).toBe('[c]');
    expect(node.paper).toBeUndefined();
  });

  it('gives a change without its direction for a sentence that says it ("an increase of 3")', () => {
    const change = model.change(value('cp-plans', '2009-03-31'), value('cp-plans', '2008-03-31'));
    expect(change.text).toBe('up 3');
    expect(change.cell).toBe('3');
  });
});

describe('the data check of printed, not_printed and why', () => {
  it('stops at each row that adds a number without saying how, names a part the row lacks, or prints money units on a percentage', async () => {
    const root = dataFolder([
      'cp-plans,E06000004,2008-03-31,,,,358,,,,value,',
      'closed-contacts-with-active-caf,E06000004,2013/14 Q1,,46,856,,,,5.5m,,x',
      'cp-plans,E06000004,2009-03-31,,,,361,,,,denominator,worked out',
      'cp-plans,E06000004,2010-03-31,,,,,x,,12,,',
    ]);
    const error = await loadDataset({ root, dir: 'data' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const message = (error as Error).message;
    expect(message).toContain('data/observations/council.csv:2:12 why is blank: say how the value the paper did not print was worked out');
    expect(message).toContain('data/observations/council.csv:3:10 printed "5.5m" ends in m, which only money is printed with');
    expect(message).toContain('data/observations/council.csv:4:11 not_printed names the denominator, but the row has none');
    expect(message).toContain('data/observations/council.csv:5:10 printed is given, but marker "x" stands in place of the figure');
  });
});
