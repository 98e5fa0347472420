import { endsBeforeStart, fieldError, isHttpUrl, summarize } from '../../../src/lib/validation/field-error';
import { relationRef, relationRefs } from '../../../src/utils/relations';

test('a summary names every field', () => {
  expect(summarize([fieldError(['questions', 1, 'options'], 'нет вариантов'), fieldError('closesAt', 'раньше начала')])).toBe(
    'questions[1].options: нет вариантов; closesAt: раньше начала',
  );
});

test('links must be http(s)', () => {
  expect(isHttpUrl('https://eduportal44.ru')).toBe(true);
  expect(isHttpUrl('javascript:alert(1)')).toBe(false);
  expect(isHttpUrl('не ссылка')).toBe(false);
  expect(isHttpUrl(undefined)).toBe(false);
});

test('end before start only when both are given', () => {
  expect(endsBeforeStart('2026-10-02', '2026-10-01')).toBe(true);
  expect(endsBeforeStart('2026-10-01', '2026-10-01')).toBe(false);
  expect(endsBeforeStart(null, '2026-10-01')).toBe(false);
});

test('relation values in every shape Strapi accepts', () => {
  expect(relationRef('abc')).toEqual({ documentId: 'abc' });
  expect(relationRef(5)).toEqual({ id: 5 });
  expect(relationRef({ connect: [{ documentId: 'a' }, 'b'] })).toEqual({ documentId: 'b' });
  expect(relationRef({ set: [] })).toBeNull();
  expect(relationRef({ disconnect: ['a'] })).toBeNull();
  expect(relationRef(undefined)).toBeUndefined();
  expect(relationRefs({ connect: ['a', 2], set: [{ id: '3' }] })).toEqual([{ id: 3 }, { documentId: 'a' }, { id: 2 }]);
  expect(relationRefs(['a', 'b'])).toEqual([{ documentId: 'a' }, { documentId: 'b' }]);
});
