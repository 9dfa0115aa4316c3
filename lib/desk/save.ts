import { tagsForEdit } from '../cache-tags.ts';
import { reindexArticle } from '../content/search-index.ts';
import { nowIso } from '../content/time.ts';
import type { DB } from '../db/connection.ts';
import type { RevisionKind } from '../db/schema.ts';
import { loadDeskArticle, loadFootprint, type DeskArticle } from './article-rows.ts';
import { conflict, fieldError, forbidden, invalid, notFound } from './errors.ts';
import { articleFieldsSchema, type ArticleFields } from './fields.ts';
import { recordRevision } from './revisions.ts';
import { slugify } from './slug.ts';
import { canEdit, type Actor } from './workflow.ts';

/**
 * Creating and saving articles: validation, slugs (unique, old ones kept for 301s), taxonomy,
 * optimistic versions, a revision per save, and the cache tags the change touches.
 */
export interface SaveResult {
  article: DeskArticle;
  /** Cache tags the caller revalidates (empty for changes no reader can see). */
  revalidate: string[];
}

export interface SaveOptions {
  actor: Actor;
  /** The version the editor started from; 'any' for the ingest API (last writer wins). */
  expectedVersion: number | 'any';
  kind?: RevisionKind;
}

export function parseFields(input: unknown): ArticleFields {
  const result = articleFieldsSchema.safeParse(input);
  if (!result.success) throw fieldError(result.error.issues);
  return result.data;
}

export async function createArticle(
  db: DB,
  input: unknown,
  options: { actor: Actor; externalId?: string | null; kind?: RevisionKind },
): Promise<SaveResult> {
  const fields = parseFields(input);
  const id = await db.transaction().execute(async (trx) => {
    const refs = await resolveRefs(trx, fields);
    const slug = await claimSlug(trx, fields, null);
    const now = nowIso();
    const { id } = await trx
      .insertInto('articles')
      .values({
        ...columnsOf(fields, refs.sectionId, slug),
        status: 'draft',
        published_at: null,
        created_at: now,
        updated_at: now,
        created_by: options.actor.id,
        updated_by: options.actor.id,
        external_id: options.externalId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeTaxonomy(trx, id, refs);
    await recordRevision(trx, id, 1, { ...fields, slug }, options.kind ?? 'create', options.actor);
    return id;
  });
  await reindexArticle(db, id);
  return { article: await mustLoad(db, id), revalidate: [] };
}

export async function saveArticle(db: DB, id: number, input: unknown, options: SaveOptions): Promise<SaveResult> {
  const fields = parseFields(input);
  const { before, after } = await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('articles')
      .select(['id', 'slug', 'status', 'version', 'created_by', 'updated_by', 'updated_at', 'published_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!current) throw notFound();
    if (!canEdit(options.actor, { status: current.status, createdBy: current.created_by })) {
      throw forbidden('You cannot edit this article: contributors edit their own drafts until an editor takes over.');
    }
    if (options.expectedVersion !== 'any' && current.version !== options.expectedVersion) {
      const by = await lastEditorName(trx, id);
      throw conflict(
        `${by} saved a newer version of this article (version ${current.version}) while you were editing version ${options.expectedVersion}. Your changes are not saved: copy them, then reload to see the latest version.`,
      );
    }
    const before = await loadFootprint(trx, id);
    const refs = await resolveRefs(trx, fields);
    const slug = await claimSlug(trx, fields, id);
    const wasPublic = current.published_at != null && (current.status === 'published' || current.status === 'unpublished');
    if (slug !== current.slug && wasPublic) {
      await trx.insertInto('article_slug_history').values({ slug: current.slug, article_id: id, created_at: nowIso() }).execute();
    }
    const version = current.version + 1;
    const updated = await trx
      .updateTable('articles')
      .set({ ...columnsOf(fields, refs.sectionId, slug), version, updated_at: nowIso(), updated_by: options.actor.id })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('Someone else saved this article at the same moment. Reload to see their version.');
    await writeTaxonomy(trx, id, refs);
    await recordRevision(trx, id, version, { ...fields, slug }, options.kind ?? 'save', options.actor);
    return { before, after: await loadFootprint(trx, id) };
  });
  await reindexArticle(db, id);
  return { article: await mustLoad(db, id), revalidate: tagsForEdit(before, after) };
}

export async function mustLoad(db: DB, id: number): Promise<DeskArticle> {
  const article = await loadDeskArticle(db, id);
  if (!article) throw notFound();
  return article;
}

/** Who saved last, as their revision recorded it (people, API integrations and the scheduler alike). */
async function lastEditorName(db: DB, articleId: number): Promise<string> {
  const last = await db
    .selectFrom('article_revisions')
    .select('created_by_name')
    .where('article_id', '=', articleId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return last?.created_by_name || 'Someone else';
}

function columnsOf(fields: ArticleFields, sectionId: number, slug: string) {
  return {
    slug,
    section_id: sectionId,
    kicker: fields.kicker,
    headline: fields.headline,
    standfirst: fields.standfirst,
    body: JSON.stringify(fields.body),
    hero_media_id: fields.hero?.mediaId ?? null,
    hero_alt: fields.hero?.alt ?? null,
    hero_caption: fields.hero?.caption ?? null,
    hero_credit: fields.hero?.credit ?? null,
    visibility: fields.visibility,
    comments_mode: fields.commentsMode,
    seo_title: fields.seoTitle,
    seo_description: fields.seoDescription,
  };
}

interface Refs {
  sectionId: number;
  authorIds: number[];
  tagIds: number[];
}

/** Section and authors must exist; tags are created on first use. Media must exist. */
async function resolveRefs(db: DB, fields: ArticleFields): Promise<Refs> {
  const section = await db.selectFrom('sections').select('id').where('slug', '=', fields.section).executeTakeFirst();
  if (!section) throw invalid('section', `there is no section "${fields.section}"`);

  const authorSlugs = [...new Set(fields.authors)];
  const authors = authorSlugs.length
    ? await db.selectFrom('authors').select(['id', 'slug']).where('slug', 'in', authorSlugs).execute()
    : [];
  const missing = authorSlugs.find((slug) => !authors.some((a) => a.slug === slug));
  if (missing) throw invalid('authors', `there is no author "${missing}"`);

  const mediaIds = [
    ...new Set([...(fields.hero ? [fields.hero.mediaId] : []), ...fields.body.flatMap((b) => (b.type === 'image' ? [b.mediaId] : []))]),
  ];
  if (mediaIds.length) {
    const found = await db.selectFrom('media').select('id').where('id', 'in', mediaIds).execute();
    const absent = mediaIds.find((m) => !found.some((f) => f.id === m));
    if (absent) throw invalid(fields.hero?.mediaId === absent ? 'hero.mediaId' : 'body', `there is no uploaded image ${absent}`);
  }

  const tagIds: number[] = [];
  for (const name of fields.tags) {
    const slug = slugify(name);
    if (!slug) throw invalid('tags', `"${name}" cannot be made into a tag`);
    const existing = await db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst();
    const id = existing?.id ?? (await db.insertInto('tags').values({ slug, name }).returning('id').executeTakeFirstOrThrow()).id;
    if (!tagIds.includes(id)) tagIds.push(id);
  }
  return { sectionId: section.id, authorIds: authorSlugs.map((slug) => authors.find((a) => a.slug === slug)!.id), tagIds };
}

async function writeTaxonomy(db: DB, id: number, refs: Refs) {
  await db.deleteFrom('article_authors').where('article_id', '=', id).execute();
  await db.deleteFrom('article_tags').where('article_id', '=', id).execute();
  if (refs.authorIds.length) {
    await db
      .insertInto('article_authors')
      .values(refs.authorIds.map((author_id, position) => ({ article_id: id, author_id, position })))
      .execute();
  }
  if (refs.tagIds.length) await db.insertInto('article_tags').values(refs.tagIds.map((tag_id) => ({ article_id: id, tag_id }))).execute();
}

/**
 * The slug to store. An explicit slug must be free; a derived one (empty field) gets a numeric suffix.
 * A slug this article used before is reclaimed from its redirect history; another article's old slug is taken.
 */
async function claimSlug(db: DB, fields: ArticleFields, articleId: number | null): Promise<string> {
  const explicit = fields.slug !== '';
  const base = explicit ? fields.slug : slugify(fields.headline) || 'article';
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const owner = await db.selectFrom('articles').select(['id', 'headline']).where('slug', '=', candidate).executeTakeFirst();
    const history = await db.selectFrom('article_slug_history').select('article_id').where('slug', '=', candidate).executeTakeFirst();
    const takenByOther = (owner && owner.id !== articleId) || (history && history.article_id !== articleId);
    if (!takenByOther) {
      if (history) await db.deleteFrom('article_slug_history').where('slug', '=', candidate).execute();
      return candidate;
    }
    if (explicit) {
      throw invalid('slug', owner && owner.id !== articleId ? `“${owner.headline}” already uses this slug` : 'an older article used this slug and its old links still point there');
    }
  }
  throw invalid('slug', 'choose a different slug');
}
