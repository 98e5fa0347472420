/**
 * THE permission table of DMO: role × subject × action → scope.
 *
 * Bootstrap turns it into users-permissions permissions (idempotently, extras removed), the
 * `read-scope` middleware and the `owner-scope` policy enforce its scopes, the README shows it,
 * and tests/api/permission-matrix.test.ts walks every cell.
 *
 * Scopes:
 *   -        forbidden (401 for the public, 403 for members)
 *   all      every document (for find: drafts too, with ?status=draft)
 *   visible  what the public may see (published / approved / public FAQ / not hidden …),
 *            plus, for a logged-in member, their own documents
 *   own      only documents the caller owns (see OWNERSHIP in rules.ts)
 */
export const ROLES = ['public', 'methodologist', 'service-head', 'specialist', 'coordinator'] as const;
export type RoleType = (typeof ROLES)[number];
export type Scope = 'all' | 'visible' | 'own';

const TABLE = `
subject          action           public   methodologist service-head specialist coordinator
service          find             all      all           all          all        all
service          findOne          all      all           all          all        all
service          create           -        -             -            -          all
service          update           -        -             own          -          all
service          delete           -        -             -            -          all
topic            find             all      all           all          all        all
topic            findOne          all      all           all          all        all
topic            create           -        -             -            -          all
topic            update           -        -             -            -          all
topic            delete           -        -             -            -          all
survey           find             -        visible       visible      all        all
survey           findOne          -        visible       visible      all        all
survey           create           -        -             -            -          all
survey           update           -        -             -            -          all
survey           delete           -        -             -            -          all
survey-response  find             -        own           own          all        all
survey-response  findOne          -        own           own          all        all
survey-response  create           -        all           all          -          -
survey-response  update           -        own           own          -          all
survey-response  delete           -        -             -            -          all
problem          find             -        all           all          all        all
problem          findOne          -        all           all          all        all
problem          create           -        all           all          -          all
problem          update           -        own           own          -          all
problem          delete           -        own           own          -          all
problem          endorse          -        all           all          -          -
problem          unendorse        -        all           all          -          -
plan-item        find             visible  visible       visible      all        all
plan-item        findOne          visible  visible       visible      all        all
plan-item        create           -        -             -            -          all
plan-item        update           -        -             -            -          all
plan-item        delete           -        -             -            -          all
material         find             visible  visible       visible      all        all
material         findOne          visible  visible       visible      all        all
material         create           -        all           all          all        all
material         update           -        own           own          own        all
material         delete           -        own           own          own        all
consultation     find             visible  visible       visible      all        all
consultation     findOne          visible  visible       visible      all        all
consultation     create           -        all           all          -          -
consultation     update           -        own           own          own        all
consultation     delete           -        -             -            -          all
post             find             visible  visible       visible      all        all
post             findOne          visible  visible       visible      all        all
post             create           -        all           all          all        all
post             update           -        own           own          all        all
post             delete           -        own           own          all        all
invitation       find             -        -             -            -          all
invitation       findOne          -        -             -            -          all
invitation       create           -        -             -            -          all
invitation       update           -        -             -            -          all
invitation       delete           -        -             -            -          all
user             me               -        all           all          all        all
user             find             -        all           all          all        all
user             findOne          -        all           all          all        all
auth             callback         all      -             -            -          -
auth             forgotPassword   all      -             -            -          -
auth             resetPassword    all      -             -            -          -
auth             register         -        -             -            -          -
auth             changePassword   -        all           all          all        all
upload           upload           -        all           all          all        all
`;

/** Where each subject's actions live in Strapi's permission namespace. */
export const SUBJECT_PREFIX: Record<string, string> = {
  user: 'plugin::users-permissions.user',
  auth: 'plugin::users-permissions.auth',
  upload: 'plugin::upload.content-api',
};
export const subjectPrefix = (subject: string): string =>
  SUBJECT_PREFIX[subject] ?? `api::${subject}.${subject}`;

export interface MatrixCell {
  subject: string;
  action: string;
  role: RoleType;
  scope: Scope | null;
}

export const parseMatrix = (table: string): MatrixCell[] => {
  const [header, ...rows] = table.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const roles = header.slice(2);
  if (roles.join(',') !== ROLES.join(',')) throw new Error(`matrix header must list roles ${ROLES.join(', ')}`);
  return rows.flatMap(([subject, action, ...cells], i) => {
    if (cells.length !== roles.length) throw new Error(`matrix row ${i + 1} (${subject}.${action}) has ${cells.length} cells`);
    return cells.map((cell, j) => {
      if (!['-', 'all', 'visible', 'own'].includes(cell)) throw new Error(`matrix row ${subject}.${action}: bad cell "${cell}"`);
      return { subject, action, role: roles[j] as RoleType, scope: cell === '-' ? null : (cell as Scope) };
    });
  });
};

export const MATRIX: readonly MatrixCell[] = parseMatrix(TABLE);

const index = new Map(MATRIX.map((c) => [`${c.role}|${c.subject}|${c.action}`, c.scope]));

/** The scope a role has for an action, or null when forbidden (unknown cells are forbidden). */
export const scopeOf = (role: string | undefined, subject: string, action: string): Scope | null =>
  index.get(`${role ?? 'public'}|${subject}|${action}`) ?? null;

/** Strapi action identifiers (e.g. `api::problem.problem.update`) granted to a role. */
export const grantedActions = (role: RoleType): string[] =>
  MATRIX.filter((c) => c.role === role && c.scope).map((c) => `${subjectPrefix(c.subject)}.${c.action}`);

/** The table as Markdown, for the README (npm run matrix:md). */
export const matrixMarkdown = (): string => {
  const rows = new Map<string, MatrixCell[]>();
  for (const c of MATRIX) rows.set(`${c.subject}.${c.action}`, [...(rows.get(`${c.subject}.${c.action}`) ?? []), c]);
  const lines = [`| действие | ${ROLES.join(' | ')} |`, `|---|${ROLES.map(() => '---').join('|')}|`];
  for (const [key, cells] of rows) lines.push(`| \`${key}\` | ${cells.map((c) => c.scope ?? '—').join(' | ')} |`);
  return lines.join('\n');
};
