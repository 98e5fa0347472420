/** `api::plan-item.plan-item` → `plan-item`; null for plugin and admin types. */
export const subjectOf = (uid: string): string | null => {
  const match = /^api::([a-z0-9-]+)\.\1$/.exec(uid);
  return match ? match[1] : null;
};

export const uidOf = (subject: string) => `api::${subject}.${subject}` as const;
