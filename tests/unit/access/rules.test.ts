import { ownFilter, stripManagedFields, visibleFilter } from '../../../src/lib/access/rules';

describe('access rules', () => {
  test('a member loses the fields their role may not write; the coordinator keeps them', () => {
    const data = { title: 'Т', status: 'resolved', weight: 9, author: 5, service: 'abc' };
    expect(stripManagedFields('problem', 'methodologist', data)).toEqual({
      data: { title: 'Т' },
      dropped: ['status', 'weight', 'author', 'service'],
    });
    expect(stripManagedFields('problem', 'coordinator', data).data).toEqual({ title: 'Т', status: 'resolved', author: 5, service: 'abc' });
  });

  test('moderators may pin and hide posts, members may not', () => {
    expect(stripManagedFields('post', 'specialist', { hidden: true, pinned: true }).data).toEqual({ hidden: true, pinned: true });
    expect(stripManagedFields('post', 'methodologist', { hidden: true, body: 'x' }).data).toEqual({ body: 'x' });
  });

  test('ownership filters', () => {
    expect(ownFilter('problem', 7)).toEqual({ author: { id: { $eq: 7 } } });
    expect(ownFilter('consultation', 7)).toEqual({ $or: [{ asker: { id: { $eq: 7 } } }, { specialist: { id: { $eq: 7 } } }] });
    expect(ownFilter('topic', 7)).toBeNull();
  });

  test('the public sees announcements only; members see every visible post', () => {
    expect(JSON.stringify(visibleFilter('post', false))).toContain('announcement');
    expect(visibleFilter('post', true)).toEqual({ hidden: { $eq: false } });
    expect(visibleFilter('material', false)).toEqual({ moderation: { $eq: 'approved' } });
    expect(visibleFilter('plan-item', false)).toEqual({});
  });
});
