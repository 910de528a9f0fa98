import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCouncils, type AreaRow } from '../../src/data/councils/check-councils.ts';
import { CouncilError } from '../../src/data/councils/council-error.ts';
import { jsonLines } from '../../src/data/councils/json-lines.ts';
import { readCouncil } from '../../src/data/councils/read-council.ts';
import { parseCsvText } from '../../src/data/csv.ts';

const FILE = 'content/councils/test.json';

/** A council file as a person writes it: one field a line, so each problem has a line of its own. */
const good = `{
  "name": "Testshire County Council",
  "code": "X00000042",
  "theme": {
    "colours": {
      "brand": "#005a30",
      "focus": "#ffdd00"
    },
    "logoText": "TCC"
  }
}
`;

function messages(text: string): string[] {
  const { problems } = readCouncil(text, FILE);
  return problems.map((p) => `${p.file}:${p.line} ${p.message}${p.fix === undefined ? '' : ` | fix: ${p.fix}`}`);
}

function exampleAreas(): Map<string, AreaRow> {
  const table = parseCsvText(readFileSync('data/areas.csv', 'utf8'), 'data/areas.csv');
  return new Map(table.rows.map(({ record }) => [record['code'] ?? '', { code: record['code'] ?? '', dfeCode: record['dfe_code'] ?? '', kind: record['kind'] ?? '' }]));
}

describe('a council file', () => {
  it('reads a well-formed file with its theme and no problems', () => {
    const { council, problems } = readCouncil(good, FILE);
    expect(problems).toEqual([]);
    expect(council?.theme.colours.brand).toBe('#005a30');
    expect(council?.theme.footerLinks).toEqual([]);
  });

  it('names the line of a brand colour too light for white text, with the ratio and what to change', () => {
    expect(messages(good.replace('#005a30', '#7fa7d9'))).toEqual([
      expect.stringMatching(/^content\/councils\/test\.json:6 theme\.colours\.brand: "#7fa7d9" has contrast 2\.\d\d:1 with white text; it needs at least 4\.5:1 — choose a darker colour/),
      // The same yellow focus ring no longer stands out from the lighter brand colour either.
      expect.stringMatching(/^content\/councils\/test\.json:7 theme\.colours\.focus: "#ffdd00" has contrast 1\.\d\d:1 against the brand colour/),
    ]);
  });

  it('names the line of a focus colour that the page text cannot be read on (the skip link)', () => {
    expect(messages(good.replace('#ffdd00', '#0b3b8c'))).toEqual([
      expect.stringMatching(/^content\/councils\/test\.json:7 theme\.colours\.focus: "#0b3b8c" has contrast 1\.\d\d:1 against the brand colour/),
      expect.stringMatching(/^content\/councils\/test\.json:7 theme\.colours\.focus: "#0b3b8c" has contrast 1\.\d\d:1 behind the page's text colour #0b0c0c \(the skip link\)/),
    ]);
  });

  it('reports every field problem together, each at its own line, with unknown fields and missing ones', () => {
    const bad = good.replace('"X00000042"', '"E1000003"').replace('"#ffdd00"', '"yellow"').replace('"logoText": "TCC"', '"logotext": "TCC"');
    expect(messages(bad)).toEqual([
      'content/councils/test.json:3 code: must be an ONS code such as E08000016, or X and 8 digits for a fictional council',
      'content/councils/test.json:7 theme.colours.focus: must be a six-digit hex colour such as "#1d4f91"',
      'content/councils/test.json:9 theme: "logotext" is not a field of a council | fix: remove it, or correct its spelling: the fields are listed in docs/guides/publishers.md',
    ]);
    expect(messages('{\n  "code": "X00000042"\n}\n')).toEqual([
      'content/councils/test.json:1 name: is required',
      'content/councils/test.json:1 theme: is required',
    ]);
  });

  it('gives the line of a JSON syntax error', () => {
    const [message] = messages(good.replace('"#005a30",', '"#005a30"'));
    expect(message).toMatch(/^content\/councils\/test\.json:7 is not valid JSON \(.+\) \| fix: check for a missing comma or quote/);
  });

  it('refuses DfE codes and neighbours for a fictional council', () => {
    const bad = good.replace('"code": "X00000042",', '"code": "X00000042",\n  "dfeCode": "873",');
    expect(messages(bad)).toEqual([
      'content/councils/test.json:4 dfeCode: "873" given for a fictional council (X00000042) | fix: remove dfeCode: DfE codes belong to real councils',
    ]);
  });
});

describe('the councils of a site, checked against data/areas.csv', () => {
  it('accepts every council file of the example site', () => {
    const files = readdirSync('content/councils').map((name) => {
      const file = `content/councils/${name}`;
      return { file, ...readCouncil(readFileSync(file, 'utf8'), file) };
    });
    const { councils, problems } = checkCouncils(files, exampleAreas(), 'data/areas.csv');
    expect(problems).toEqual([]);
    expect(councils.map((c) => c.code).sort()).toEqual(['E06000004', 'E06000005', 'E09000014', 'X00000001', 'X00000002']);
    // The two fictional councils look different: that is what proves the look comes from the file.
    const fictional = councils.filter((c) => c.code.startsWith('X'));
    expect(new Set(fictional.map((c) => c.theme.colours.brand)).size).toBe(2);
  });

  it('stops on a council missing from areas.csv, or configured twice, saying what to do', () => {
    const one = { file: 'content/councils/a.json', ...readCouncil(good, 'content/councils/a.json') };
    const two = { file: 'content/councils/b.json', ...readCouncil(good, 'content/councils/b.json') };
    const { problems } = checkCouncils([one, two], exampleAreas(), 'data/areas.csv');
    const error = new CouncilError(problems);
    expect(error.message).toBe(
      [
        'Council check failed: 2 problems in 2 files',
        'content/councils/a.json:3 code: "X00000042" (Testshire County Council) is not in data/areas.csv',
        '  fix: add the row "X00000042,,Testshire County Council,fictional," to data/areas.csv',
        'content/councils/b.json:3 code: "X00000042" is already configured in content/councils/a.json',
        '  fix: keep one file per council: merge the two and delete the other',
        "Correct each field named above in the council's file in content/councils/ (line numbers count from 1), then build again. Every field is described in docs/guides/publishers.md.",
      ].join('\n'),
    );
  });

  it('stops on a DfE code that differs from areas.csv', () => {
    const barnsley = `{\n  "name": "Barnsley",\n  "code": "E08000016",\n  "dfeCode": "371",\n  "theme": { "colours": { "brand": "#6a1b4d", "focus": "#ffbf47" } }\n}\n`;
    const file = { file: FILE, ...readCouncil(barnsley, FILE) };
    expect(checkCouncils([file], exampleAreas(), 'data/areas.csv').problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '4 dfeCode: "371" differs from data/areas.csv, which gives "370" for E08000016',
    ]);
  });
});

describe('jsonLines', () => {
  it('finds the line of nested keys and array elements', () => {
    const lines = jsonLines('{\n "a": {\n  "b": [\n   1,\n   { "c": "x,}" }\n  ]\n },\n "d": true\n}');
    expect(Object.fromEntries(lines)).toEqual({ '': 1, a: 2, 'a.b': 3, 'a.b.0': 4, 'a.b.1': 5, 'a.b.1.c': 5, d: 8 });
  });
});

describe('a council file’s addresses and name', () => {
  it('refuses a footer link that would run code, naming its line and what to write instead', () => {
    const withLink = good.replace('"logoText": "TCC"', '"logoText": "TCC",\n    "footerLinks": [\n      { "label": "Home", "href": "javascript:alert(document.domain)" }\n    ]');
    expect(messages(withLink)).toEqual([
      'content/councils/test.json:11 theme.footerLinks.0.href: "javascript:alert(document.domain)" is a javascript: address, which a report may not link to (it can run code or open something other than a web page): write a web address starting with https://, a mailto: address, or a path on this site such as /reports/.',
    ]);
  });

  it('accepts https, mailto and paths on this site as footer links', () => {
    const links = '"footerLinks": [\n      { "label": "Web", "href": "https://www.example.org/" },\n      { "label": "Mail", "href": "mailto:info@example.org" },\n      { "label": "About", "href": "/about/" }\n    ]';
    expect(messages(good.replace('"logoText": "TCC"', `"logoText": "TCC",\n    ${links}`))).toEqual([]);
  });

  it('refuses a file whose name is not a lowercase slug', () => {
    const { problems } = readCouncil(good, 'content/councils/Red Team.json');
    expect(problems.map((p) => `${p.file} ${p.message} | fix: ${p.fix}`)).toEqual([
      'content/councils/Red Team.json is not named by a council slug: "Red Team" must be lowercase letters a to z and digits, in words joined by single hyphens, such as barnsley-2022-09-13 | fix: rename the file, e.g. to content/councils/red-team.json',
    ]);
  });
});
