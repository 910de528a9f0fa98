/**
 * The MDX check of report components' props, compiled as the build compiles report MDX (with the site's
 * real catalogue and areas): each kind of mistake stops at `index.mdx:line:column`, names the prop at
 * fault and says what would work, ending with a full stop.
 */
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { catalogueNames } from '../../src/render/markdown/catalogue-names.ts';
import { COMPONENT_PROPS, PLACE_PROP, remarkComponentProps } from '../../src/render/markdown/component-props.ts';
import { REPORT_COMPONENT_NAMES, remarkKnownComponents } from '../../src/render/markdown/known-components.ts';

const FILE = 'content/reports/testshire-2025-04/index.mdx';
const names = catalogueNames('.');
const compileReport = (body: string, path = `${process.cwd()}/${FILE}`) =>
  compile({ value: body, path }, { remarkPlugins: [remarkKnownComponents, [remarkComponentProps, { root: process.cwd(), ...names }]] });

/** The message of the error the body stops with. */
async function stops(body: string): Promise<string> {
  const error = await compileReport(body).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected the MDX to stop the build');
  return error.message;
}

const page = (...lines: string[]) => ['# Referrals', '', 'Some text.', '', ...lines, ''].join('\n');

describe('a mistake in a report component stops at its line and column, naming the prop and what works', () => {
  it('a prop the component does not have (a misspelling), with the one meant', async () => {
    expect(await stops(page('Referrals: <Value indicatr="referrals" />.'))).toBe(`${FILE}:5:19: <Value> has no prop indicatr=: did you mean indicator="…"?`);
  });

  it('a required prop left out, with a working example', async () => {
    expect(await stops(page('<IndicatorSummary period="2025-03" />'))).toBe(`${FILE}:5:1: <IndicatorSummary> needs indicator="…": for example <IndicatorSummary indicator="referrals" />.`);
  });

  it('a value a prop does not take, with the closest and the list', async () => {
    expect(await stops(page('', '<Value indicator="referrals" show="chnage" />'))).toBe(
      `${FILE}:6:30: <Value> show="chnage" is not one it takes: did you mean show="change"? Write one of show="value", show="numerator", show="denominator", show="previous", show="change", show="ytd", show="rolling12", show="period", show="target".`,
    );
  });

  it('a period written as a paper writes a near miss, told its canonical form', async () => {
    expect(await stops(page('<TrendChart indicator="referrals" from="Q3 21/22" />'))).toBe(
      `${FILE}:5:35: <TrendChart> from="Q3 21/22": "Q3 21/22" is not a period: did you mean 2021/22 Q3? Write 2021/22 Q3.`,
    );
  });

  it('a number or expression where text belongs', async () => {
    expect(await stops(page('<TrendChart indicator="referrals" from={2025} />'))).toBe(
      `${FILE}:5:35: <TrendChart> from={2025} is an expression: write the value as text in quotes, from="2025".`,
    );
  });

  it('an indicator that is not in the catalogue, with the one meant', async () => {
    expect(await stops(page('<IndicatorSummary indicator="re-referals-within-12-months" />'))).toBe(
      `${FILE}:5:19: <IndicatorSummary> indicator="re-referals-within-12-months": indicator "re-referals-within-12-months" is not in data/indicators.csv: did you mean "re-referrals-within-12-months"?`,
    );
  });

  it('an indicator list and a period list, each checked', async () => {
    expect(await stops(page('<IndicatorTable indicators="referrals re-referals" periods="2019/20, 2020/21" />'))).toContain(`${FILE}:5:17: <IndicatorTable> indicators="referrals re-referals": indicator "re-referals" is not in data/indicators.csv`);
    expect(await stops(page('<IndicatorTable indicators="referrals" periods="2019/20, 2020-21, 2021/2" />'))).toContain(`${FILE}:5:40: <IndicatorTable> periods="2019/20, 2020-21, 2021/2": "2021/2" is not a period`);
  });

  it('an area that is not in data/areas.csv, and a compare that is not a comparison', async () => {
    expect(await stops(page('<Value indicator="referrals" area="E0600004" />'))).toBe(`${FILE}:5:30: <Value> area="E0600004" is not an area of data/areas.csv: write its ONS code (E06000004) or DfE code (808).`);
    expect(await stops(page('<IndicatorSummary indicator="referrals" compare="last year" />'))).toContain(`${FILE}:5:41: <IndicatorSummary> compare="last year" is not one it takes: did you mean compare="last-year"?`);
  });

  it('an unknown component, with a full stop between its sentences', async () => {
    expect(await stops(page('<Foo />'))).toContain('<Foo> is not a report component. The components are');
  });
});

describe('what the check lets through and gives the components', () => {
  it('takes the forms papers write and every documented prop', async () => {
    await expect(
      compileReport(page('<Value indicator="referrals" period="Q3 2021/22" compare="latest" show="change" />', '<IndicatorTable indicators="referrals" periods="2021-22, March 2022" compare="last-year" />', '<IndicatorSummary indicator="referrals" level={4} />')),
    ).resolves.toBeDefined();
  });

  it('gives each component where its tag and props are, for messages the data alone can give', async () => {
    const code = String(await compileReport(page('Text <Value indicator="referrals" period="2024-03" /> more.')));
    expect(code).toContain(`${PLACE_PROP}: "${FILE}|tag=5:6|indicator=5:13|period=5:35"`);
  });

  it('does not check a published version’s indicators against the catalogue of now: its own frozen catalogue decides', async () => {
    await expect(compileReport(page('<Value indicator="an-indicator-since-removed" />'), `${process.cwd()}/content/reports/x/versions/1/index.mdx`)).resolves.toBeDefined();
  });

  it('knows the props of every report component, as each component declares them', () => {
    expect(Object.keys(COMPONENT_PROPS).sort()).toEqual([...REPORT_COMPONENT_NAMES].sort());
    for (const name of REPORT_COMPONENT_NAMES) {
      const source = readFileSync(`src/render/components/${name}.astro`, 'utf8');
      const declared = [...(/interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '').matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]);
      expect(Object.keys(COMPONENT_PROPS[name]!.props).sort(), name).toEqual(declared.sort());
    }
  });
});
