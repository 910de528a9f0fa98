/**
 * `npm run scan -- <built-site-dir> [--site <site-root>]`: reads every file of a built site (dist/ by
 * default, or a deployed copy) and exits 1, listing each one, if any figure the data withholds can be
 * read or worked out from it. What is withheld is worked out afresh from the site's data folders
 * (data/ and every published version's frozen data) by the same engine the build uses.
 */
import { resolve } from 'node:path';
import { formatLeaks, formatNotes, scanDistOnThreads, siteSecrets } from '../src/disclosure/index.ts';

const args = process.argv.slice(2);
const siteFlag = args.indexOf('--site');
const site = siteFlag >= 0 ? args[siteFlag + 1] : (process.env['TABLED_SITE'] ?? '.');
const dir = args.find((arg, i) => !arg.startsWith('--') && !(siteFlag >= 0 && i === siteFlag + 1)) ?? 'dist';
if (site === undefined) {
  console.error('scan: --site needs a folder, e.g. npm run scan -- dist --site test/sites/leaky-table');
  process.exit(2);
}

const secrets = await siteSecrets(resolve(site));
const result = await scanDistOnThreads(resolve(dir), secrets);
for (const line of formatNotes(result.notes)) console.log(`note: ${line}`);
if (result.leaks.length > 0) {
  console.error(formatLeaks(result.leaks));
  process.exit(1);
}
console.log(`scan: ${result.files} files in ${dir} read, ${secrets.figures.length} withheld figures from ${resolve(site)}: none can be read or worked out.`);
