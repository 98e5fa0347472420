/**
 * Per content type access rules that the permission table's scopes refer to.
 * Plain data: the Strapi side (policies, middlewares, document-service middlewares) reads it.
 */
import type { RoleType } from './matrix';

type Filter = Record<string, unknown>;

export interface OwnershipRule {
  /** relations to the user: the caller owns a document when any of them points at them */
  ownerFields: string[];
  /** an owner may no longer change the document once this holds (the coordinator still may) */
  lockedWhen?: { field: string; equals: unknown; reason: string };
}

export const OWNERSHIP: Record<string, OwnershipRule> = {
  service: { ownerFields: ['head'] },
  problem: { ownerFields: ['author'] },
  material: {
    ownerFields: ['submittedBy'],
    lockedWhen: {
      field: 'moderation',
      equals: 'approved',
      reason: 'Одобренный материал может изменить только координатор',
    },
  },
  post: { ownerFields: ['author'] },
  consultation: { ownerFields: ['asker', 'specialist'] },
  'survey-response': { ownerFields: ['respondent'] },
  invitation: { ownerFields: ['invitedBy'] },
};

/** The filter for documents a user owns. */
export const ownFilter = (subject: string, userId: number): Filter | null => {
  const rule = OWNERSHIP[subject];
  if (!rule) return null;
  const parts = rule.ownerFields.map((field) => ({ [field]: { id: { $eq: userId } } }));
  return parts.length === 1 ? parts[0] : { $or: parts };
};

/** What an anonymous visitor may see (on draft & publish types, in addition to "published"). */
const PUBLIC_VISIBLE: Record<string, Filter> = {
  material: { moderation: { $eq: 'approved' } },
  consultation: { isPublic: { $eq: true } },
  // announcements and the replies under them; never hidden posts
  post: {
    hidden: { $eq: false },
    $or: [{ kind: { $eq: 'announcement' } }, { thread: { kind: { $eq: 'announcement' } } }],
  },
};

/** What any logged-in member may see besides their own documents. */
const MEMBER_VISIBLE: Record<string, Filter> = {
  ...PUBLIC_VISIBLE,
  post: { hidden: { $eq: false } },
};

export const visibleFilter = (subject: string, loggedIn: boolean): Filter =>
  (loggedIn ? MEMBER_VISIBLE : PUBLIC_VISIBLE)[subject] ?? {};

/**
 * Fields taken from the logged-in user on create, whatever the request says:
 * `user` is the caller, `service` is the caller's service.
 */
export const OWNER_SET_FIELDS: Record<string, Record<string, 'user' | 'service'>> = {
  problem: { author: 'user', service: 'service' },
  material: { submittedBy: 'user', service: 'service' },
  post: { author: 'user', service: 'service' },
  consultation: { asker: 'user', service: 'service' },
  'survey-response': { respondent: 'user', service: 'service' },
  invitation: { invitedBy: 'user' },
};

/**
 * Fields a member may not write through the REST API, with the roles that may.
 * An empty list means only the server computes it. Values a member may not write are dropped
 * silently (like Discourse ignores unknown params), so a spoofed body changes nothing.
 */
const COORDINATOR: RoleType[] = ['coordinator'];
const STAFF: RoleType[] = ['coordinator', 'specialist'];
const SERVER: RoleType[] = [];

export const MANAGED_FIELDS: Record<string, Record<string, RoleType[]>> = {
  service: {
    name: COORDINATOR,
    slug: COORDINATOR,
    municipality: COORDINATOR,
    municipalityKind: COORDINATOR,
    head: COORDINATOR,
    members: COORDINATOR,
    status: COORDINATOR,
    endorsedProblems: SERVER,
  },
  problem: {
    status: COORDINATOR,
    statusNote: COORDINATOR,
    endorsements: COORDINATOR,
    weight: SERVER,
    planItems: COORDINATOR,
    materials: SERVER,
  },
  material: {
    moderation: COORDINATOR,
    rejectionReason: COORDINATOR,
    views: SERVER,
    downloads: SERVER,
    planItems: COORDINATOR,
  },
  consultation: {
    specialist: COORDINATOR,
    status: STAFF,
    dueAt: COORDINATOR,
    isPublic: COORDINATOR,
    messages: STAFF,
  },
  post: {
    pinned: STAFF,
    locked: STAFF,
    hidden: STAFF,
    replies: SERVER,
    replyCount: SERVER,
    lastActivityAt: SERVER,
  },
  'survey-response': { submittedAt: SERVER },
  invitation: { tokenHash: SERVER, sentAt: SERVER, acceptedAt: SERVER },
};

/** Drop what the role may not write; returns the cleaned data and the names dropped. */
export const stripManagedFields = (
  subject: string,
  role: RoleType,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; dropped: string[] } => {
  const managed = MANAGED_FIELDS[subject] ?? {};
  const ownerSet = OWNER_SET_FIELDS[subject] ?? {};
  const clean: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const writers = managed[key];
    const forbidden = (writers && !writers.includes(role)) || (key in ownerSet && role !== 'coordinator');
    if (forbidden) dropped.push(key);
    else clean[key] = value;
  }
  return { data: clean, dropped };
};
