import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionOfTravel } from '../../../src/engine/direction.ts';
import type { Polarity } from '../../../src/engine/figure.ts';
import { ragRating, type RagRating } from '../../../src/engine/rag.ts';
import { roundDecimalText } from './decimal-text-oracle.ts';

const RUNS = { seed: 20261103, numRuns: 3000 };

/** An exact value as hundredths (BigInt), with the text a data file would hold: the oracle compares the integers. */
interface Exact {
  hundredths: bigint;
  text: string;
}
const exact: fc.Arbitrary<Exact> = fc.integer({ min: -200_000, max: 200_000 }).map((n) => {
  const hundredths = BigInt(n);
  const size = hundredths < 0n ? -hundredths : hundredths;
  const text = `${hundredths < 0n ? '-' : ''}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
  return { hundredths, text };
});
/** Values near each other, so that equal values and values equal once rounded come up often. */
const close = fc.tuple(exact, fc.integer({ min: -300, max: 300 })).map(([a, step]) => {
  const b = a.hundredths + BigInt(step);
  const size = b < 0n ? -b : b;
  return [a, { hundredths: b, text: `${b < 0n ? '-' : ''}${size / 100n}.${String(size % 100n).padStart(2, '0')}` }] as const;
});
const judged = fc.constantFrom<Polarity>('higher', 'lower');
const polarity = fc.constantFrom<Polarity>('higher', 'lower', 'none');
const tolerance = fc.integer({ min: 0, max: 2000 }).map((n) => ({ hundredths: BigInt(n), text: (n / 100).toFixed(2) }));

const opposite = { better: 'worse', worse: 'better', 'no change': 'no change', 'not judged': 'not judged' } as const;
const RANK = { red: 0, amber: 1, green: 2 } as const;

function status(rating: ReturnType<typeof ragRating>): RagRating['status'] {
  if (!rating.rated) throw new Error(`expected a rating, got ${rating.reason}`);
  return rating.status;
}

describe('direction of travel', () => {
  it('is up, down or the same exactly as the exact values are, and better exactly when polarity says so', () => {
    fc.assert(
      fc.property(close, polarity, ([now, before], p) => {
        const travel = directionOfTravel(Number(now.text), Number(before.text), p);
        const expected = now.hundredths > before.hundredths ? 'up' : now.hundredths < before.hundredths ? 'down' : 'same';
        expect(travel.direction).toBe(expected);
        expect(travel.symbol).toBe({ up: '▲', down: '▼', same: '↔' }[expected]);
        if (expected === 'same') expect(travel.judgement).toBe('no change');
        else if (p === 'none') expect(travel.judgement).toBe('not judged');
        else expect(travel.judgement).toBe((p === 'higher') === (expected === 'up') ? 'better' : 'worse');
        expect(travel.words.startsWith(expected === 'same' ? 'no change' : expected)).toBe(true);
      }),
      RUNS,
    );
  });

  it('compares the values as shown: two values that round to the same figure are no change', () => {
    fc.assert(
      fc.property(close, polarity, fc.integer({ min: 0, max: 2 }), ([now, before], p, decimals) => {
        const travel = directionOfTravel(Number(now.text), Number(before.text), p, decimals);
        const shownNow = Number(roundDecimalText(now.text, decimals));
        const shownBefore = Number(roundDecimalText(before.text, decimals));
        expect(travel.direction).toBe(shownNow > shownBefore ? 'up' : shownNow < shownBefore ? 'down' : 'same');
      }),
      RUNS,
    );
  });

  it('turns round when the two values swap, and its judgement turns round when the polarity does', () => {
    fc.assert(
      fc.property(close, judged, ([now, before], p) => {
        const forward = directionOfTravel(Number(now.text), Number(before.text), p);
        const back = directionOfTravel(Number(before.text), Number(now.text), p);
        const other = directionOfTravel(Number(now.text), Number(before.text), p === 'higher' ? 'lower' : 'higher');
        expect(back.judgement).toBe(opposite[forward.judgement]);
        expect(other.judgement).toBe(opposite[forward.judgement]);
        expect(other.direction).toBe(forward.direction);
      }),
      RUNS,
    );
  });
});

describe('RAG rating', () => {
  it('is green on or past the target, amber within the tolerance on the wrong side, red beyond, by exact arithmetic', () => {
    fc.assert(
      fc.property(close, judged, tolerance, ([value, target], p, slack) => {
        const rating = status(ragRating(Number(value.text), { target: target.text, tolerance: slack.text, polarity: p }));
        // How far on the wrong side of the target, in hundredths; zero or less is on target.
        const short = p === 'higher' ? target.hundredths - value.hundredths : value.hundredths - target.hundredths;
        expect(rating).toBe(short <= 0n ? 'green' : short <= slack.hundredths ? 'amber' : 'red');
      }),
      RUNS,
    );
  });

  it('never gets worse when the value moves the better way', () => {
    fc.assert(
      fc.property(close, exact, judged, tolerance, ([now, before], target, p, slack) => {
        const rule = { target: target.text, tolerance: slack.text, polarity: p };
        const travel = directionOfTravel(Number(now.text), Number(before.text), p);
        const then = RANK[status(ragRating(Number(before.text), rule))];
        const later = RANK[status(ragRating(Number(now.text), rule))];
        if (travel.judgement === 'better') expect(later).toBeGreaterThanOrEqual(then);
        if (travel.judgement === 'worse') expect(later).toBeLessThanOrEqual(then);
        if (travel.judgement === 'no change') expect(later).toBe(then);
      }),
      RUNS,
    );
  });

  it('mirrors between polarities: v against t when higher is better rates as -v against -t when lower is', () => {
    const negate = (text: string) => (text.startsWith('-') ? text.slice(1) : `-${text}`);
    fc.assert(
      fc.property(exact, exact, tolerance, (value, target, slack) => {
        const higher = ragRating(Number(value.text), { target: target.text, tolerance: slack.text, polarity: 'higher' });
        const lower = ragRating(-Number(value.text), { target: negate(target.text), tolerance: slack.text, polarity: 'lower' });
        expect(lower).toEqual(higher);
      }),
      RUNS,
    );
  });

  it('rates nothing with no better direction, and never says amber with no tolerance', () => {
    fc.assert(
      fc.property(close, judged, ([value, target], p) => {
        expect(ragRating(Number(value.text), { target: target.text, tolerance: 0, polarity: 'none' }).rated).toBe(false);
        expect(status(ragRating(Number(value.text), { target: target.text, tolerance: 0, polarity: p }))).not.toBe('amber');
      }),
      RUNS,
    );
  });
});
