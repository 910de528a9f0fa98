import { describe, expect, it } from 'vitest';
import { DataError, formatProblem, ProblemLog } from '../../src/data/problems.ts';

describe('formatProblem', () => {
  it('writes file:line:column then the message', () => {
    expect(formatProblem({ file: 'data/observations.csv', line: 14, column: 5, message: 'denominator "12a" is not a number' }))
      .toBe('data/observations.csv:14:5 denominator "12a" is not a number');
  });

  it('leaves out the line when the problem is about the whole file', () => {
    expect(formatProblem({ file: 'data/areas.csv', line: 0, message: 'is missing' })).toBe('data/areas.csv is missing');
  });
});

describe('DataError', () => {
  it('starts with a summary, lists one line per problem with its fix, and ends with what to do', () => {
    const error = new DataError([
      { file: 'data/a.csv', line: 2, column: 1, message: 'one' },
      { file: 'data/a.csv', line: 3, message: 'two', fix: 'do this' },
      { file: 'data/b.csv', line: 0, message: 'is missing' },
    ]);
    const lines = error.message.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Data check failed: 3 problems in 2 files',
      'data/a.csv:2:1 one',
      'data/a.csv:3 two',
      '  fix: do this',
      'data/b.csv is missing',
    ]);
    expect(lines.at(-1)).toMatch(/^Correct each cell named above/);
    expect(error.problems).toHaveLength(3);
  });

  it('uses the singular for one problem in one file', () => {
    expect(new DataError([{ file: 'f', line: 1, message: 'm' }]).message.split('\n')[0]).toBe(
      'Data check failed: 1 problem in 1 file',
    );
  });
});

describe('ProblemLog', () => {
  it('keeps warnings apart from problems and counts a repeated warning once', () => {
    const log = new ProblemLog();
    log.warn({ file: 'f', line: 2, message: 'w' });
    log.warn({ file: 'f', line: 9, message: 'w' });
    log.warn({ file: 'g', line: 3, message: 'w' });
    expect(log.ok).toBe(true);
    expect(log.warnings).toEqual([
      { file: 'f', line: 2, message: 'w', count: 2 },
      { file: 'g', line: 3, message: 'w', count: 1 },
    ]);
  });

  it('throws every problem at once, sorted by file, line and column', () => {
    const log = new ProblemLog();
    log.problem({ file: 'b', line: 1, message: 'x' });
    log.problem({ file: 'a', line: 5, column: 2, message: 'y' });
    log.problem({ file: 'a', line: 5, column: 1, message: 'z' });
    expect(() => log.throwIfAny()).toThrow(DataError);
    try {
      log.throwIfAny();
    } catch (error) {
      expect((error as DataError).problems.map((p) => p.message)).toEqual(['z', 'y', 'x']);
    }
  });
});
