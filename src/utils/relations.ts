/**
 * A to-one relation as it may arrive in document data: a documentId, a numeric id,
 * `{ documentId }`, `{ id }`, or `{ connect | set: [one of those] }`. Returns a lookup for it,
 * `null` when the data clears it, `undefined` when the data does not mention it.
 */
export type RelationRef = { documentId: string } | { id: number };

export const relationRef = (value: unknown): RelationRef | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'string') return { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (Array.isArray(value)) return value.length ? relationRef(value[0]) : null;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.documentId === 'string') return { documentId: v.documentId };
    if (typeof v.id === 'number' || typeof v.id === 'string') return { id: Number(v.id) };
    if (v.set !== undefined) return relationRef(v.set);
    if (Array.isArray(v.connect) && v.connect.length) return relationRef(v.connect[v.connect.length - 1]);
    if (Array.isArray(v.disconnect) && v.disconnect.length) return null;
  }
  return undefined;
};

/** Every entry a relation value points at (to-one or to-many, shorthand or connect/set). */
export const relationRefs = (value: unknown): RelationRef[] => {
  if (value == null) return [];
  if (typeof value === 'string') return [{ documentId: value }];
  if (typeof value === 'number') return [{ id: value }];
  if (Array.isArray(value)) return value.flatMap(relationRefs);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.documentId === 'string') return [{ documentId: v.documentId }];
    if (v.id !== undefined) return [{ id: Number(v.id) }];
    return [...relationRefs(v.set), ...relationRefs(v.connect)];
  }
  return [];
};
