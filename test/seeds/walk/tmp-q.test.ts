import { it } from 'vitest';
import { loadDataset } from '../../../src/data/index.ts';
import { FigureModel } from '../../../src/model/figure-model.ts';
import { parsePeriod } from '../../../src/engine/index.ts';
it('q', async () => {
  const m = new FigureModel(await loadDataset({ root: '.', dir: 'data' }));
  const p = (t: string) => { const r = parsePeriod(t); if (!r.ok) throw new Error(); return r.period; };
  for (const [ind, area, per] of [['children-in-care-rate','E10000003-SN','2019-03-31'],['children-in-care-rate','E10000003-SN','2020-03-31'],['children-in-care-rate','E10000003','2019-03-31'],['children-in-care-rate','E10000003','2020-03-31']]) {
    const n = m.value({ indicator: ind!, area: area!, period: p(per!) }, { asOf: '2020-12-01' });
    console.log('Q', ind, area, per, n?.text, n?.of, n?.source.words);
  }
  const r = m.comparisonRule('children-in-care-rate', '2020-12-01'); console.log('Q rule', r?.words);
});
