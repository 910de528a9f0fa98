import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, outDirProblem } from '../../src/publish/out-dir.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tabled-out-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const project = resolve('.');
const site = join(scratch, 'site');
mkdirSync(join(site, 'content'), { recursive: true });
const check = (target: string) => outDirProblem(target, { root: site, project });

describe('outDirProblem: the build writes (and deletes) only a folder it owns', () => {
  it('allows a new folder, an empty one, the site’s dist/ and a folder an earlier build wrote', () => {
    mkdirSync(join(scratch, 'empty'));
    mkdirSync(join(site, 'dist'));
    writeFileSync(join(site, 'dist', 'stale.html'), 'from an earlier build');
    mkdirSync(join(scratch, 'built'));
    writeFileSync(join(scratch, 'built', BUILD_MARKER), 'x');
    writeFileSync(join(scratch, 'built', 'index.html'), 'x');
    expect([join(scratch, 'new'), join(scratch, 'empty'), join(site, 'dist'), join(scratch, 'built')].map(check)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it.each([
    ['the site’s content/', () => join(site, 'content'), 'it is inside'],
    ['a folder inside the project’s content/', () => join(project, 'content', 'reports'), 'it is inside'],
    ['the project’s src/', () => join(project, 'src'), 'it is inside'],
    ['the site itself', () => site, "it holds the site's own files"],
    ['a folder holding the project', () => resolve(project, '..'), "it holds the site's own files"],
    ['a folder of someone’s files', () => {
      mkdirSync(join(scratch, 'papers'));
      writeFileSync(join(scratch, 'papers', 'minutes.docx'), 'x');
      return join(scratch, 'papers');
    }, 'it already holds files that no build of this site wrote (no .tabled-build in it)'],
    ['a link to the site’s content/', () => {
      symlinkSync(join(site, 'content'), join(scratch, 'link'));
      return join(scratch, 'link');
    }, 'it is inside'],
  ])('refuses %s', (_name, target, says) => {
    const problem = check(target());
    expect(problem).toContain('is not a folder the build owns: ');
    expect(problem).toContain(says);
    expect(problem).toMatch(/the build deletes its output folder before writing it\.$/);
  });
});
