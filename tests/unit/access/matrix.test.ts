import { grantedActions, MATRIX, matrixMarkdown, parseMatrix, ROLES, scopeOf, subjectPrefix } from '../../../src/lib/access/matrix';

describe('permission table', () => {
  test('every row has a cell for each of the five roles', () => {
    const rows = new Set(MATRIX.map((c) => `${c.subject}.${c.action}`));
    expect(MATRIX).toHaveLength(rows.size * ROLES.length);
  });

  test('looks up scopes; unknown cells and unknown roles are forbidden', () => {
    expect(scopeOf('methodologist', 'problem', 'update')).toBe('own');
    expect(scopeOf('coordinator', 'problem', 'update')).toBe('all');
    expect(scopeOf('public', 'material', 'find')).toBe('visible');
    expect(scopeOf(undefined, 'material', 'find')).toBe('visible');
    expect(scopeOf('public', 'problem', 'find')).toBeNull();
    expect(scopeOf('methodologist', 'problem', 'no-such-action')).toBeNull();
    expect(scopeOf('authenticated', 'service', 'find')).toBeNull();
  });

  test('translates cells into Strapi action identifiers', () => {
    expect(subjectPrefix('plan-item')).toBe('api::plan-item.plan-item');
    expect(subjectPrefix('user')).toBe('plugin::users-permissions.user');
    expect(grantedActions('public')).toEqual(expect.arrayContaining(['api::material.material.find', 'plugin::users-permissions.auth.callback']));
    expect(grantedActions('public')).not.toContain('api::problem.problem.find');
    expect(grantedActions('coordinator')).toContain('api::invitation.invitation.create');
  });

  test('no role may reach the internal types', () => {
    expect(MATRIX.some((c) => c.subject === 'audit-entry' || c.subject === 'outbox-message')).toBe(false);
  });

  test('rejects a malformed table', () => {
    expect(() => parseMatrix('subject action public methodologist\nx y all all')).toThrow(/header/);
    expect(() => parseMatrix(`subject action ${ROLES.join(' ')}\nx y all all`)).toThrow(/cells/);
    expect(() => parseMatrix(`subject action ${ROLES.join(' ')}\nx y all all all all maybe`)).toThrow(/bad cell/);
  });

  test('renders as a Markdown table for the README', () => {
    const md = matrixMarkdown();
    expect(md.split('\n')[0]).toBe(`| действие | ${ROLES.join(' | ')} |`);
    expect(md).toContain('| `problem.update` | — | own | own | — | all |');
  });
});
