import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { columnTypes, type Engine } from '../engine.ts';

/* Migrations are written against Kysely<any> on purpose: they describe past schemas, not today's types. */
/* eslint-disable @typescript-eslint/no-explicit-any */

export function initial(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('media')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('src', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('alt', 'text', (c) => c.notNull())
        .addColumn('credit', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sections')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('authors')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('avatar_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
        .execute();

      await db.schema
        .createTable('tags')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('articles')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
        .addColumn('kicker', 'text')
        .addColumn('headline', 'text', (c) => c.notNull())
        .addColumn('standfirst', 'text')
        .addColumn('body', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('hero_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
        .addColumn('hero_alt', 'text')
        .addColumn('hero_caption', 'text')
        .addColumn('status', 'text', (c) =>
          c.notNull().defaultTo('draft').check(sql`status in ('draft', 'scheduled', 'published', 'unpublished')`),
        )
        .addColumn('visibility', 'text', (c) =>
          c.notNull().defaultTo('public').check(sql`visibility in ('public', 'members')`),
        )
        // Null: follow the site default (COMMENTS_DEFAULT_MODE).
        .addColumn('comments_mode', 'text', (c) => c.check(sql`comments_mode in ('open', 'premoderated', 'closed')`))
        .addColumn('published_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      // Every public list filters on status and orders by published_at, optionally within a section.
      await db.schema.createIndex('articles_status_published').on('articles').columns(['status', 'published_at']).execute();
      await db.schema
        .createIndex('articles_section_status_published')
        .on('articles')
        .columns(['section_id', 'status', 'published_at'])
        .execute();

      await db.schema
        .createTable('article_authors')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
        .execute();
      await db.schema.createIndex('article_authors_author').on('article_authors').columns(['author_id', 'article_id']).execute();

      await db.schema
        .createTable('article_tags')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
        .execute();
      await db.schema.createIndex('article_tags_tag').on('article_tags').columns(['tag_id', 'article_id']).execute();

      await db.schema
        .createTable('comments')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('parent_id', 'integer', (c) => c.references('comments.id').onDelete('cascade'))
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().defaultTo('pending').check(sql`status in ('approved', 'pending', 'rejected', 'deleted')`),
        )
        .addColumn('recommend_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      // Threads are read per article, top level first, then replies per parent, both in time order.
      await db.schema
        .createIndex('comments_thread')
        .on('comments')
        .columns(['article_id', 'parent_id', 'status', 'created_at'])
        .execute();
      await db.schema.createIndex('comments_parent').on('comments').columns(['parent_id', 'status', 'created_at']).execute();
    },
    async down(db: Kysely<any>) {
      for (const table of ['comments', 'article_tags', 'article_authors', 'articles', 'tags', 'authors', 'sections', 'media']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
