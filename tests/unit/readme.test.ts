/** The README is the front door: its permission table and configuration table must stay true. */
import fs from 'fs';
import path from 'path';
import { matrixMarkdown } from '../../src/lib/access/matrix';

const root = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|js)$/.test(entry.name) ? [rel] : [];
  });

test('the permission table in the README is the one in code', () => {
  const between = readme.split('<!-- matrix:start -->')[1]?.split('<!-- matrix:end -->')[0]?.trim();
  expect(between).toBe(matrixMarkdown());
});

test('every environment variable the app reads is in the configuration table', () => {
  const used = new Set<string>();
  for (const file of [...sourceFiles('config'), ...sourceFiles('src'), ...sourceFiles('scripts'), 'tests/harness/database.ts']) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/env(?:\.\w+)?\(\s*'([A-Z][A-Z0-9_]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/requireSecret(?:List)?\(env, '([A-Z][A-Z0-9_]+)'\)/g)) used.add(m[1]);
    for (const m of text.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) used.add(m[1]);
  }
  const documented = new Set([...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]));
  const missing = [...used].filter((name) => !documented.has(name) && name !== 'CI');
  expect(missing).toEqual([]);
  expect(used.size).toBeGreaterThan(20);
});
