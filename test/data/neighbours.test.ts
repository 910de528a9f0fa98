import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNeighbourModel, type NeighbourGroup } from '../../src/data/neighbours.ts';
import { DataError } from '../../src/data/problems.ts';

const dfeDir = fileURLToPath(new URL('../../data/dfe/', import.meta.url));

/** A committed neighbour model read as the loader reads it. */
function readModel(path: string): Map<string, NeighbourGroup> {
  return parseNeighbourModel(readFileSync(path, 'utf8'), path);
}

describe('parseNeighbourModel on the committed files', () => {
  it('reads the 2025 model: 153 councils, 10 neighbours each, in order, closeness trimmed', async () => {
    const model = readModel(`${dfeDir}sn_model_2025_wide.csv`);
    expect(model.size).toBe(153);
    expect(model.get('301')).toEqual({
      name: 'Barking and Dagenham',
      neighbours: ['308', '821', '313', '333', '336', '307', '304', '312', '874', '203'],
      closeness: ['Close', 'Close', 'Close', 'Somewhat close', 'Somewhat close', 'Somewhat close', 'Somewhat close', 'Somewhat close', 'Somewhat close', 'Somewhat close'],
    });
    for (const group of model.values()) expect(group.neighbours).toHaveLength(10);
  });

  it('reads the 2021 file by position despite its repeated SNP headers and trailing commas', async () => {
    const model = readModel(`${dfeDir}New_Statistical_Neighbour_Groupings_April_2021.csv`);
    expect(model.get('202')).toMatchObject({
      name: 'Camden',
      neighbours: ['213', '205', '207', '206', '212', '352', '203', '870', '309', '302'],
      closeness: ['Very Close', 'Close', 'Close', 'Close', 'Somewhat close', 'Not Close', 'Not Close', 'Not Close', 'Not Close', 'Not Close'],
    });
    expect(model.get('202')?.section).toBeUndefined();
  });

  it('marks the councils listed under the 2021 file\'s "Old SNs:" heading', async () => {
    const model = readModel(`${dfeDir}New_Statistical_Neighbour_Groupings_April_2021.csv`);
    expect(model.get('835')).toMatchObject({ name: 'Dorset (Pre LG)', section: 'Old SNs' });
    expect([...model.values()].filter((g) => g.section === 'Old SNs')).toHaveLength(4);
    expect(model.size).toBe(156);
  });
});

describe('parseNeighbourModel', () => {
  const header = 'code,name,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP\n';

  it('throws every problem at once: a council listed as its own neighbour, a short code', () => {
    const text = `${header}873,Cambs,873,c,2,c,3,c,4,c,5,c,6,c,7,c,8,c,9,c,10,c\n`.replace(/,(\d),/g, ',80$1,').replace(',10,', ',810,');
    const error = (() => {
      try {
        parseNeighbourModel(text, 'sn.csv');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems).toEqual([
      { file: 'sn.csv', line: 2, column: 3, message: 'neighbour "873" is not the 3-digit DfE LA code of another council' },
    ]);
  });

  it('needs ten neighbour columns', () => {
    expect(() => parseNeighbourModel('code,name,SN1,SNP\n873,Cambs,801,Close\n', 'sn.csv')).toThrow(
      'sn.csv:1 needs neighbour columns SN1 to SN10 (or SN_1 to SN_10)',
    );
  });
});
