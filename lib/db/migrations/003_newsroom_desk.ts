import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { columnTypes, replaceCheckConstraint, type Engine } from '../engine.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */

const STATUS_CHECK = "status in ('draft', 'scheduled', 'published', 'unpublished')";
const STATUS_CHECK_WITH_REVIEW = "status in ('draft', 'review', 'scheduled', 'published', 'unpublished')";

/**
 * The newsroom desk: an "in review" status, optimistic versions, SEO fields and external ids on
 * articles; revisions, old slugs, preview links, unsaved preview snapshots, API tokens and upload metadata.
 */
export function newsroomDesk(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<any>) {
      await replaceCheckConstraint(db, engine, {
        table: 'articles',
        column: 'status',
        from: STATUS_CHECK,
        to: STATUS_CHECK_WITH_REVIEW,
      });
      const articleColumns: [string, (c: any) => any][] = [
        ['version', (c) => c.notNull().defaultTo(1)],
        ['seo_title', (c) => c],
        ['seo_description', (c) => c],
        ['external_id', (c) => c],
        ['hero_credit', (c) => c],
        ['created_by', (c) => c],
        ['updated_by', (c) => c],
      ];
      for (const [name, build] of articleColumns) {
        await db.schema.alterTable('articles').addColumn(name, name === 'version' ? 'integer' : 'text', build).execute();
      }
      // Re-sending the same wire story updates it instead of duplicating it.
      await db.schema.createIndex('articles_external_id').on('articles').column('external_id').unique().execute();
      // The desk lists by last change.
      await db.schema.createIndex('articles_updated').on('articles').columns(['updated_at', 'id']).execute();

      await db.schema
        .createTable('article_revisions')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_by_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('article_revisions_article').on('article_revisions').columns(['article_id', 'id']).execute();

      // Slugs an article was public under: old URLs answer 301 to the current one.
      await db.schema
        .createTable('article_slug_history')
        .addColumn('slug', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('preview_links')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('created_by', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .addColumn('revoked_at', t.timestamp)
        .execute();
      await db.schema.createIndex('preview_links_article').on('preview_links').column('article_id').execute();

      // What an editor sees under "Preview" before saving: kept briefly, per editor.
      await db.schema
        .createTable('preview_snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('token_prefix', 'text', (c) => c.notNull())
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('last_used_at', t.timestamp)
        .addColumn('revoked_at', t.timestamp)
        .execute();

      await db.schema.alterTable('media').addColumn('byte_size', 'integer').execute();
      await db.schema.alterTable('media').addColumn('uploaded_by', 'text').execute();
    },
    async down(db: Kysely<any>) {
      for (const table of ['api_tokens', 'preview_snapshots', 'preview_links', 'article_slug_history', 'article_revisions']) {
        await db.schema.dropTable(table).execute();
      }
      await db.schema.dropIndex('articles_updated').execute();
      await db.schema.dropIndex('articles_external_id').execute();
      for (const column of ['version', 'seo_title', 'seo_description', 'external_id', 'hero_credit', 'created_by', 'updated_by']) {
        await db.schema.alterTable('articles').dropColumn(column).execute();
      }
      await db.schema.alterTable('media').dropColumn('byte_size').execute();
      await db.schema.alterTable('media').dropColumn('uploaded_by').execute();
      await db.updateTable('articles').set({ status: 'draft' }).where('status', '=', 'review').execute();
      await replaceCheckConstraint(db, engine, { table: 'articles', column: 'status', from: STATUS_CHECK_WITH_REVIEW, to: STATUS_CHECK });
    },
  };
}
