import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { columnTypes, type Engine } from '../engine.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Readers take part: comments get authors and edit times, recommendations, reports, and a mail outbox. */
export function readerParticipation(engine: Engine): Migration {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('comments').addColumn('user_id', 'text').execute();
      await db.schema.alterTable('comments').addColumn('edited_at', t.timestamp).execute();
      await db.schema.alterTable('comments').addColumn('idempotency_key', 'text').execute();
      await db.schema.alterTable('comments').addColumn('ip_hash', 'text').execute();
      await db.schema.alterTable('comments').addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      // A replayed write (same reader, same key) finds the first result instead of making a second comment.
      await db.schema
        .createIndex('comments_idempotency')
        .on('comments')
        .columns(['user_id', 'idempotency_key'])
        .unique()
        .execute();
      // Rate limits and "new commenter" checks count a reader's recent and approved comments.
      await db.schema.createIndex('comments_user_created').on('comments').columns(['user_id', 'created_at']).execute();
      await db.schema.createIndex('comments_ip_created').on('comments').columns(['ip_hash', 'created_at']).execute();
      // "Most recommended" sort.
      await db.schema
        .createIndex('comments_top')
        .on('comments')
        .columns(['article_id', 'parent_id', 'status', 'recommend_count', 'id'])
        .execute();
      // The moderation queue: pending and reported, newest first.
      await db.schema.createIndex('comments_status_created').on('comments').columns(['status', 'created_at']).execute();

      await db.schema
        .createTable('comment_recommendations')
        .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('comment_recommendations_pk', ['comment_id', 'user_id'])
        .execute();

      await db.schema
        .createTable('comment_reports')
        .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('comment_reports_pk', ['comment_id', 'user_id'])
        .execute();

      await db.schema
        .createTable('mail_outbox')
        .addColumn('id', t.autoId, (c) => c.primaryKey())
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('text_body', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('mail_outbox').execute();
      await db.schema.dropTable('comment_reports').execute();
      await db.schema.dropTable('comment_recommendations').execute();
      for (const index of ['comments_status_created', 'comments_top', 'comments_ip_created', 'comments_user_created', 'comments_idempotency']) {
        await db.schema.dropIndex(index).execute();
      }
      for (const column of ['report_count', 'ip_hash', 'idempotency_key', 'edited_at', 'user_id']) {
        await db.schema.alterTable('comments').dropColumn(column).execute();
      }
    },
  };
}
