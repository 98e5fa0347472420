import type { Core } from '@strapi/strapi';

/** What a document-service middleware receives (the parts DMO reads). */
export interface DocumentContext {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    data?: Record<string, any>;
    status?: 'draft' | 'published';
    [key: string]: unknown;
  };
}

export type Next = () => Promise<any>;
export type DocumentMiddleware = (context: DocumentContext, next: Next) => Promise<any>;

export const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/** Registers a middleware that runs only for the given type and actions. */
export const onDocuments = (
  strapi: Core.Strapi,
  uid: string,
  actions: string[],
  handler: DocumentMiddleware,
) => {
  strapi.documents.use(((context: DocumentContext, next: Next) =>
    context.uid === uid && actions.includes(context.action) ? handler(context, next) : next()) as any);
};

/** The current (draft, or only) version of a document, with some relations. */
export const loadDocument = (strapi: Core.Strapi, uid: string, documentId: string, populate: Record<string, unknown> = {}) =>
  strapi.documents(uid as any).findOne({ documentId, status: 'draft', populate } as any) as Promise<Record<string, any> | null>;
