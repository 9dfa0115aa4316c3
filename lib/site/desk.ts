import 'server-only';
import { headers } from 'next/headers';
import { loadDeskArticle } from '../desk/article-rows.ts';
import { listDeskArticles, type DeskListFilter } from '../desk/list.ts';
import { listRevisions, getRevision } from '../desk/revisions.ts';
import { listShareLinks } from '../desk/share-links.ts';
import { getDb } from '../db/connection.ts';
import { getSessionUser, type SessionUser } from './auth.ts';

/** Reads for desk pages: per person, never cached, straight from the database. */

export async function getDeskUser(): Promise<SessionUser | null> {
  return getSessionUser(await headers());
}

export async function getDeskChoices() {
  const db = getDb();
  const [sections, authors] = await Promise.all([
    db.selectFrom('sections').select(['slug', 'name']).orderBy('position').orderBy('name').execute(),
    db.selectFrom('authors').select(['slug', 'name']).orderBy('name').execute(),
  ]);
  return { sections, authors };
}

export const getDeskList = (filter: DeskListFilter) => listDeskArticles(getDb(), filter);
export const getDeskArticle = (id: number) => loadDeskArticle(getDb(), id);
export const getRevisions = (id: number) => listRevisions(getDb(), id);
export const getRevisionById = (articleId: number, revisionId: number) => getRevision(getDb(), articleId, revisionId).catch(() => null);
export const getShareLinks = (id: number) => listShareLinks(getDb(), id);

export const getStaff = () => import('../desk/admin.ts').then(({ listStaff }) => listStaff(getDb()));
export const getSectionsForDesk = () =>
  getDb().selectFrom('sections').select(['slug', 'name', 'description', 'position']).orderBy('position').orderBy('name').execute();
export const getApiTokens = () => import('../tokens/api-tokens.ts').then(({ listApiTokens }) => listApiTokens(getDb()));
