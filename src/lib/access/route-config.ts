/**
 * Route configuration that puts the permission table's scopes on a type's core routes:
 * find/findOne narrowed by `global::read-scope`, update/delete checked by `global::owner-scope`.
 */
export const scopedRoutes = (subject: string) => {
  const read = (action: string) => ({ middlewares: [{ name: 'global::read-scope', config: { subject, action } }] });
  const write = (action: string) => ({ policies: [{ name: 'global::owner-scope', config: { subject, action } }] });
  return {
    config: {
      find: read('find'),
      findOne: read('findOne'),
      update: write('update'),
      delete: write('delete'),
    },
  };
};
