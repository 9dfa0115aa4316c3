import { sql } from 'kysely';
import { bodySchema, type Block, type Inline } from '../lib/content/blocks.ts';
import { reindexArticles } from '../lib/content/search-index.ts';
import type { DB } from '../lib/db/connection.ts';
import { dbBoolean, engineOfDb } from '../lib/db/engine.ts';
import type { CommentStatus, CommentsMode, Visibility } from '../lib/db/schema.ts';
import { clearSearchIndex } from '../lib/db/search-adapter.ts';
import { slugify } from '../lib/desk/slug.ts';
import { UserFacingError } from '../lib/errors.ts';
import { commentClosers, commentMiddles, commentOpeners, commenterNames, replyTexts } from '../lib/seed/demo/comments.ts';
import { demoAuthors } from '../lib/seed/demo/authors.ts';
import { demoSections } from '../lib/seed/demo/sections.ts';
import { demoTags } from '../lib/seed/demo/tags.ts';
import { DEMO_IMAGE_KEYS } from '../lib/seed/demo/types.ts';
import { createRandom, type Random } from '../lib/seed/random.ts';
import { hasArticles, SeedRefusedError } from '../lib/seed/seed.ts';
import type { BenchFixtures } from './dataset-contract.ts';
import * as v from './vocabulary.ts';

/**
 * The benchmark dataset: a publication of `articles` articles and `comments` comments, generated
 * deterministically (seeded PRNGs, explicit ids), so the same options and `now` give the same rows
 * on every machine and engine, and benchFixtures() can name paths and ids without a database.
 *
 * Ids are explicit (1..N for articles and comments, fixed ids for media, sections, authors and tags)
 * rather than left to the database: PostgreSQL sequences do not restart after --force deletes, and
 * the fixtures must hold on any database the dataset is written to.
 */

export const BENCH_DEFAULTS = { articles: 2000, comments: 100_000 } as const;
export const MIN_ARTICLES = 50;
export const MIN_COMMENTS = 100;
/** Words in the fixture article's body (the contract promises about 1,500). */
export const FIXTURE_ARTICLE_WORDS = 1500;
/** The large thread has this share of all comments, up to LARGE_THREAD_MAX. */
const LARGE_THREAD_SHARE = 0.05;
const LARGE_THREAD_MAX = 5000;
/** No other article gets more than this share of the large thread's count, so it stays the largest. */
const OTHER_THREAD_CAP = 0.6;
const FIRST_RENDER_PATHS = 500;
export const SEARCH_QUERY = 'harbour';
export const BENCH_USER_PREFIX = 'bench-user-';

const HOUR = 3_600_000;
const ARCHIVE_HOURS = 730 * 24;
const PLAN_SEED = 20261129;
const DEMO_CREDIT = 'Illustration: Meridian graphics desk';

export interface BenchOptions {
  articles?: number;
  comments?: number;
}

export type BenchPhase = 'clear' | 'reference' | 'users' | 'articles' | 'comments' | 'search index' | 'analyze';
export interface BenchProgress {
  phase: BenchPhase;
  done: number;
  total: number;
}

export interface SeedBenchOptions extends BenchOptions {
  now?: Date;
  force?: boolean;
  onProgress?: (progress: BenchProgress) => void;
}

export interface SeedBenchResult {
  articles: number;
  published: number;
  comments: number;
  users: number;
  largeThreadComments: number;
}

interface ArticlePlan {
  id: number;
  slug: string;
  section: number;
  kicker: string;
  headline: string;
  standfirst: string;
  status: 'published' | 'draft';
  visibility: Visibility;
  commentsMode: CommentsMode | null;
  /** Index into DEMO_IMAGE_KEYS, or null for no hero. */
  hero: number | null;
  heroAlt: string | null;
  heroCaption: string | null;
  /** Hours before `now` of publication (of creation, for drafts). */
  ageHours: number;
  words: number;
  authors: number[];
  tags: number[];
  comments: number;
}

interface Plan {
  articles: ArticlePlan[];
  users: number;
  roles: { feature: number; largeThread: number; commentTarget: number };
  largeThreadComments: number;
  sectionPath: string;
  firstRenderIds: number[];
}

function checkOptions(options: BenchOptions): Required<BenchOptions> {
  const articles = options.articles ?? BENCH_DEFAULTS.articles;
  const comments = options.comments ?? BENCH_DEFAULTS.comments;
  if (!Number.isInteger(articles) || articles < MIN_ARTICLES) {
    throw new UserFacingError(`--articles must be a whole number of at least ${MIN_ARTICLES}, got ${articles}.`);
  }
  if (!Number.isInteger(comments) || comments < MIN_COMMENTS) {
    throw new UserFacingError(`--comments must be a whole number of at least ${MIN_COMMENTS}, got ${comments}.`);
  }
  return { articles, comments };
}

const fill = (random: Random, template: string, topics: readonly string[]): string => {
  const value = (slot: string): string => {
    switch (slot.toLowerCase()) {
      case 'place':
        return random.pick(v.places);
      case 'org':
        return random.pick(v.orgs);
      case 'person':
        return `${random.pick(v.firstNames)} ${random.pick(v.lastNames)}`;
      case 'role':
        return random.pick(v.roles);
      case 'topic':
        return random.pick(topics);
      case 'group':
        return random.pick(v.groups);
      case 'num':
        return String(random.int(2, 9));
      case 'pct':
        return String(random.int(5, 60));
      case 'money':
        return String(random.int(3, 480));
      case 'month':
        return random.pick(v.months);
      case 'weekday':
        return random.pick(v.weekdays);
      default:
        throw new Error(`unknown slot {${slot}}`);
    }
  };
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const filled = value(slot);
    return slot[0] === slot[0]!.toUpperCase() ? capitalise(filled) : filled;
  });
  return capitalise(text);
};

function capitalise(text: string): string {
  const i = text.search(/[a-z]/i);
  // Leading punctuation (an opening quote) stays; the first letter is raised.
  return i < 0 ? text : text.slice(0, i) + text[i]!.toUpperCase() + text.slice(i + 1);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Section weights: news is the busiest front, as on the demo site. */
const SECTION_WEIGHTS = [30, 15, 14, 10, 10, 11, 10];

function pickWeighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random.next() * total;
  for (const [i, w] of weights.entries()) {
    roll -= w;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

/** The whole dataset's shape without bodies or comments: cheap, and all the fixtures need. */
function buildPlan(options: BenchOptions): Plan {
  const { articles: n, comments: totalComments } = checkOptions(options);
  const random = createRandom(PLAN_SEED);
  // Fixture articles are recent (as a front-page story would be), at fixed offsets from the newest.
  const roles = { feature: n - 7, largeThread: n - 19, commentTarget: n - 31 };
  const special = new Set(Object.values(roles));
  const slugs = new Set<string>();
  const articles: ArticlePlan[] = [];

  for (let id = 1; id <= n; id++) {
    const section = pickWeighted(random, SECTION_WEIGHTS);
    const sectionSlug = demoSections[section]!.slug;
    const topics = v.sectionTopics[sectionSlug] ?? [];
    const headline = fill(random, random.pick(v.headlineTemplates), topics);
    let slug = slugify(headline, 80);
    for (let k = 2; slugs.has(slug); k++) slug = `${slugify(headline, 76)}-${k}`;
    slugs.add(slug);

    const roll = random.next();
    let status: ArticlePlan['status'] = roll < 0.03 ? 'draft' : 'published';
    let visibility: Visibility = roll >= 0.03 && roll < 0.11 ? 'members' : 'public';
    const modeRoll = random.next();
    let commentsMode: CommentsMode | null = modeRoll < 0.8 ? null : modeRoll < 0.9 ? 'open' : modeRoll < 0.96 ? 'premoderated' : 'closed';
    let hero: number | null = random.next() < 0.85 ? random.int(0, DEMO_IMAGE_KEYS.length - 1) : null;
    // Longer reads are rarer: 300–1,800 words (a target; a body ends at most a sentence and a link past it).
    let words = Math.round(300 + 1460 * random.next() ** 1.6);
    // Ids follow publication order: article 1 is two years old, article N went up in the last hours.
    const ageHours = ((n - id) / n) * ARCHIVE_HOURS + random.next() * (ARCHIVE_HOURS / n) + 0.5;
    const authorCount = random.next() < 0.05 ? 0 : random.next() < 0.85 ? 1 : 2;
    const authors: number[] = [];
    const lead = random.next() < 0.7 ? section % demoAuthors.length : random.int(0, demoAuthors.length - 1);
    if (authorCount > 0) authors.push(lead);
    if (authorCount > 1) authors.push((lead + random.int(1, demoAuthors.length - 1)) % demoAuthors.length);
    const tags = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.int(0, demoTags.length - 1)))];
    const standfirst = fill(random, random.pick(v.standfirstTemplates), topics);
    const kicker = random.pick(v.kickers[sectionSlug] ?? ['News']);

    if (special.has(id)) {
      // Fixture articles are readable by everyone, illustrated, and open for comments.
      status = 'published';
      visibility = 'public';
      commentsMode = 'open';
      hero ??= id % DEMO_IMAGE_KEYS.length;
      if (id === roles.feature) words = FIXTURE_ARTICLE_WORDS;
    }
    const heroKey = hero === null ? null : DEMO_IMAGE_KEYS[hero]!;
    articles.push({
      id,
      slug,
      section,
      kicker,
      headline,
      standfirst,
      status,
      visibility,
      commentsMode,
      hero,
      heroAlt: heroKey ? `Illustration: ${heroKey.replace(/-/g, ' ')}` : null,
      heroCaption: heroKey ? fill(random, random.pick(v.captionTemplates), topics) : null,
      ageHours,
      words,
      authors,
      tags,
      comments: 0,
    });
  }

  const largeThreadComments = Math.min(LARGE_THREAD_MAX, Math.round(totalComments * LARGE_THREAD_SHARE));
  articles[roles.largeThread - 1]!.comments = largeThreadComments;
  distributeComments(random, articles, totalComments - largeThreadComments, roles.largeThread, Math.floor(largeThreadComments * OTHER_THREAD_CAP));

  const counts = demoSections.map((_, i) => articles.filter((a) => a.section === i && a.status === 'published').length);
  const busiest = counts.indexOf(Math.max(...counts));

  // First renders: public articles no fixture names, spread evenly over the archive.
  const eligible = articles.filter((a) => a.status === 'published' && a.visibility === 'public' && !special.has(a.id));
  const take = Math.min(FIRST_RENDER_PATHS, eligible.length);
  const firstRenderIds = Array.from({ length: take }, (_, k) => eligible[Math.floor((k * eligible.length) / take)]!.id);

  return {
    articles,
    users: Math.max(100, Math.ceil(totalComments / 40)),
    roles,
    largeThreadComments,
    sectionPath: `/${demoSections[busiest]!.slug}`,
    firstRenderIds,
  };
}

/**
 * Spreads `total` comments over published articles other than the large thread, Zipf-like (the k-th
 * most discussed gets about 1/k^0.9 of the share), recent stories more likely to rank high, each
 * capped at `cap` so the large thread stays the largest.
 */
function distributeComments(random: Random, articles: ArticlePlan[], total: number, largeThread: number, cap: number) {
  const ranked = articles
    .filter((a) => a.status === 'published' && a.id !== largeThread)
    .map((a) => ({ a, key: (a.ageHours / ARCHIVE_HOURS + 0.05) * random.next() }))
    .sort((x, y) => x.key - y.key || x.a.id - y.a.id)
    .map((x) => x.a);
  if (ranked.length * cap < total) {
    throw new UserFacingError(
      `${total} comments do not fit on ${ranked.length} published articles with at most ${cap} each; use more --articles or fewer --comments.`,
    );
  }
  const weights = ranked.map((_, k) => 1 / (k + 1) ** 0.9);
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  ranked.forEach((a, k) => {
    a.comments = Math.min(cap, Math.floor((total * weights[k]!) / sum));
    given += a.comments;
  });
  // The remainder (rounding, and what the caps held back) goes one at a time down the ranking.
  for (let k = 0; given < total; k = (k + 1) % ranked.length) {
    const a = ranked[k]!;
    if (a.comments < cap) {
      a.comments++;
      given++;
    }
  }
}

const pathOf = (a: ArticlePlan) => `/${demoSections[a.section]!.slug}/${a.slug}`;

/** What the benchmark runner needs to know, computed without a database. Defaults: the full dataset. */
export function benchFixtures(options: BenchOptions = {}): BenchFixtures {
  const plan = buildPlan(options);
  const article = (id: number) => plan.articles[id - 1]!;
  const large = article(plan.roles.largeThread);
  const target = article(plan.roles.commentTarget);
  return {
    articlePath: pathOf(article(plan.roles.feature)),
    firstRenderPaths: plan.firstRenderIds.map((id) => pathOf(article(id))),
    sectionPath: plan.sectionPath,
    largeThread: { articleId: large.id, path: pathOf(large), comments: large.comments },
    searchQuery: SEARCH_QUERY,
    commentTarget: { articleId: target.id, path: pathOf(target) },
  };
}

/** A body of about `target` words (never fewer; at most one sentence more), from its own PRNG. */
function buildBody(a: ArticlePlan, linkable: ArticlePlan[]): Block[] {
  const random = createRandom(PLAN_SEED ^ Math.imul(a.id, 0x9e3779b1));
  const topics = v.sectionTopics[demoSections[a.section]!.slug] ?? [];
  const blocks: Block[] = [];
  let words = 0;
  let paragraphs = 0;
  let imageDone = false;
  const recent: string[] = [];
  const add = (block: Block, text: string) => {
    blocks.push(block);
    words += wordCount(text);
  };
  while (words < a.words) {
    if (paragraphs >= 3 && paragraphs % 5 === 3) {
      const heading = fill(random, random.pick(v.headingTemplates), topics);
      add({ type: 'heading', level: 2, text: heading }, heading);
    } else if (paragraphs >= 2 && random.next() < 0.12) {
      const text = fill(random, random.pick(v.quoteTemplates), topics);
      const attribution = `${random.pick(v.firstNames)} ${random.pick(v.lastNames)}, ${random.pick(v.roles)}`;
      add({ type: 'quote', text, attribution }, text);
    } else if (paragraphs >= 4 && random.next() < 0.03) {
      const items = Array.from({ length: random.int(3, 4) }, () => fill(random, random.pick(v.listItemTemplates), topics));
      add({ type: 'list', ordered: false, items: items.map((text) => [{ text }]) }, items.join(' '));
    } else if (!imageDone && paragraphs >= 4 && words > 500 && random.next() < 0.3) {
      imageDone = true;
      const mediaId = random.int(1, DEMO_IMAGE_KEYS.length);
      const caption = fill(random, random.pick(v.captionTemplates), topics);
      // Captions are not body text (bodyText() skips images): no words counted.
      blocks.push({ type: 'image', mediaId, caption });
    }
    const sentences: string[] = [];
    const length = paragraphs === 0 ? 2 : random.int(2, 5);
    for (let s = 0; s < length && words < a.words; s++) {
      const sentence = fill(random, fresh(random, v.sentenceTemplates, recent), topics);
      sentences.push(sentence);
      words += wordCount(sentence);
    }
    if (sentences.length === 0) break;
    const text = sentences.join(' ');
    const earlier = linkable.length > 0 && random.next() < 0.1 ? linkable[random.int(0, linkable.length - 1)] : undefined;
    const content: Inline[] = earlier
      ? // "Read more" style link to an earlier story, as reporters add them; its headline's words count.
        [{ text: `${text} ` }, { text: `Read: ${earlier.headline}`, href: pathOf(earlier) }]
      : [{ text }];
    if (earlier) words += wordCount(`Read: ${earlier.headline}`);
    blocks.push({ type: 'paragraph', content });
    paragraphs++;
  }
  return blocks;
}

/** A template not among the last few used, so a paragraph does not repeat itself. */
function fresh(random: Random, templates: readonly string[], recent: string[]): string {
  let template = random.pick(templates);
  while (recent.includes(template)) template = random.pick(templates);
  recent.push(template);
  if (recent.length > Math.min(12, templates.length - 1)) recent.shift();
  return template;
}

function composeComment(random: Random, reply: boolean): string {
  const shape = random.next();
  if (reply && shape < 0.5) return random.pick(replyTexts);
  if (shape < 0.6) return random.pick(commentMiddles);
  const sentence = `${random.pick(commentOpeners)} ${random.pick(commentMiddles)}`;
  if (shape < 0.85) return sentence;
  return `${sentence} ${random.pick(commentClosers)}\n\n${random.pick(commentMiddles)}`;
}

function userName(random: Random, index: number): string {
  if (index < commenterNames.length) return commenterNames[index]!;
  const first = random.pick(v.firstNames);
  const last = random.pick(v.lastNames);
  const style = random.next();
  return style < 0.5 ? `${first} ${last}` : style < 0.8 ? `${first} ${last[0]}.` : `${first.toLowerCase()}_${index}`;
}

const userId = (index: number) => `${BENCH_USER_PREFIX}${String(index + 1).padStart(6, '0')}`;

interface CommentRow {
  id: number;
  article_id: number;
  parent_id: number | null;
  user_id: string;
  author_name: string;
  body: string;
  status: CommentStatus;
  recommend_count: number;
  created_at: string;
  updated_at: string;
  edited_at: string | null;
}

/** One article's thread, from its own PRNG; ids continue from `firstId`. Parents precede replies. */
function buildThread(a: ArticlePlan, firstId: number, now: number, users: string[]): CommentRow[] {
  const random = createRandom((PLAN_SEED + 7) ^ Math.imul(a.id, 0x85ebca6b));
  const published = now - a.ageHours * HOUR;
  const start = published + 10 * 60_000;
  // Most discussion happens in the first days; the large thread runs until now.
  const span = Math.max(Math.min(now - start, a.comments > 1000 ? Infinity : 14 * 24 * HOUR), 60_000);
  const times = Array.from({ length: a.comments }, () => start + random.next() ** 2 * span).sort((x, y) => x - y);
  const rows: CommentRow[] = [];
  const depth: number[] = [];
  for (let j = 0; j < a.comments; j++) {
    let parent: number | null = null;
    if (j > 0 && random.next() < 0.4) {
      // Mostly answering something recent; replies to replies stop at two levels.
      let k = j - 1 - Math.floor(random.next() ** 2 * Math.min(j, 40));
      if (depth[k] === 2) k = rows[k]!.parent_id! - firstId;
      if (rows[k]!.status === 'approved') parent = k;
    }
    const roll = random.next();
    const status: CommentStatus = roll < 0.012 ? 'deleted' : roll < 0.022 ? 'pending' : roll < 0.026 ? 'rejected' : 'approved';
    let user = Math.floor(users.length * random.next() ** 2.2);
    if (parent !== null && users[user] === rows[parent]!.user_id) user = (user + 1) % users.length;
    const created = new Date(times[j]!).toISOString();
    const edited = status === 'approved' && random.next() < 0.03 ? new Date(Math.min(times[j]! + 5 * 60_000, now)).toISOString() : null;
    depth[j] = parent === null ? 0 : depth[parent]! + 1;
    rows.push({
      id: firstId + j,
      article_id: a.id,
      parent_id: parent === null ? null : firstId + parent,
      user_id: users[user]!,
      author_name: '',
      body: composeComment(random, parent !== null),
      status,
      recommend_count: status === 'approved' ? Math.floor(random.next() ** 3 * (parent === null ? 120 : 40)) : 0,
      created_at: created,
      updated_at: edited ?? created,
      edited_at: edited,
    });
  }
  return rows;
}

/** Multi-row inserts stay under SQLite's 32,766 bound variables (and PostgreSQL's 65,535). */
const rowsPerInsert = (columns: number) => Math.floor(30_000 / columns);

async function insertChunked<T>(
  rows: T[],
  columns: number,
  insert: (chunk: T[]) => Promise<unknown>,
  onChunk?: (done: number) => void,
) {
  const size = rowsPerInsert(columns);
  for (let i = 0; i < rows.length; i += size) {
    await insert(rows.slice(i, i + size));
    onChunk?.(Math.min(i + size, rows.length));
  }
}

/**
 * Writes the dataset. Refuses a database that has articles unless `force` (which replaces all
 * content and the bench's own users). Everything is written in one transaction; ANALYZE follows,
 * so the benchmark starts with the planner statistics a long-running site would have.
 */
export async function seedBench(db: DB, options: SeedBenchOptions = {}): Promise<SeedBenchResult> {
  const plan = buildPlan(options);
  const now = (options.now ?? new Date()).getTime();
  const iso = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  const progress = options.onProgress ?? (() => {});
  if ((await hasArticles(db)) && !options.force) {
    throw new SeedRefusedError('The database already has articles; refusing to seed. Pass --force to replace all content.');
  }

  const result = await db.transaction().execute(async (trx) => {
    // What --force replaces (a fresh database has nothing here): all content, and the bench's own readers.
    const tables = ['comments', 'article_tags', 'article_authors', 'articles', 'tags', 'authors', 'sections', 'media'] as const;
    progress({ phase: 'clear', done: 0, total: tables.length + 1 });
    for (const [i, table] of tables.entries()) {
      await trx.deleteFrom(table).execute();
      progress({ phase: 'clear', done: i + 1, total: tables.length + 1 });
    }
    await trx.deleteFrom('user').where('id', 'like', `${BENCH_USER_PREFIX}%`).execute();
    progress({ phase: 'clear', done: tables.length + 1, total: tables.length + 1 });

    const reference = 4;
    progress({ phase: 'reference', done: 0, total: reference });

    const created = iso(ARCHIVE_HOURS + 24 * 30);
    // Media: the demo illustrations (ids 1–16), then the eight demo avatars (ids 17–24).
    await trx
      .insertInto('media')
      .values([
        ...DEMO_IMAGE_KEYS.map((key, i) => ({
          id: i + 1,
          src: `/demo/images/${key}.jpg`,
          width: 1600,
          height: 900,
          mime: 'image/jpeg',
          alt: `Illustration: ${key.replace(/-/g, ' ')}`,
          credit: DEMO_CREDIT,
          created_at: created,
        })),
        ...Array.from({ length: 8 }, (_, i) => ({
          id: DEMO_IMAGE_KEYS.length + i + 1,
          src: `/demo/avatars/${i + 1}.jpg`,
          width: 256,
          height: 256,
          mime: 'image/jpeg',
          alt: demoAuthors[i]?.name ?? 'Avatar',
          credit: DEMO_CREDIT,
          created_at: created,
        })),
      ])
      .execute();
    progress({ phase: 'reference', done: 1, total: reference });
    await trx
      .insertInto('sections')
      .values(demoSections.map((s, i) => ({ id: i + 1, slug: s.slug, name: s.name, description: s.description, position: i })))
      .execute();
    await trx
      .insertInto('authors')
      .values(
        demoAuthors.map((a, i) => ({
          id: i + 1,
          slug: a.slug,
          name: a.name,
          role: a.role,
          bio: a.bio,
          avatar_media_id: DEMO_IMAGE_KEYS.length + (i % 8) + 1,
        })),
      )
      .execute();
    progress({ phase: 'reference', done: 2, total: reference });
    await trx
      .insertInto('tags')
      .values(demoTags.map((t, i) => ({ id: i + 1, slug: t.slug, name: t.name })))
      .execute();
    progress({ phase: 'reference', done: reference, total: reference });

    // Commenters are reader accounts (Better Auth's user table; no password, so nobody signs in as them).
    const userNames = createRandom(PLAN_SEED + 3);
    const users = Array.from({ length: plan.users }, (_, i) => ({
      id: userId(i),
      name: userName(userNames, i),
      email: `reader-${i + 1}@bench.meridian.test`,
      emailVerified: dbBoolean(trx, true),
      image: null,
      createdAt: iso(ARCHIVE_HOURS + 24 * 60 - i * 0.1),
      updatedAt: iso(ARCHIVE_HOURS + 24 * 60 - i * 0.1),
      role: 'reader',
      commentsBanned: dbBoolean(trx, false),
    }));
    // schema.ts types only the user columns our queries read; these two are Better Auth's too.
    const userTable = trx.withTables<{ user: { image: string | null; updatedAt: string } }>();
    progress({ phase: 'users', done: 0, total: users.length });
    await insertChunked(users, 9, (chunk) => userTable.insertInto('user').values(chunk).execute(), (done) =>
      progress({ phase: 'users', done, total: users.length }),
    );
    const nameOf = new Map(users.map((u) => [u.id, u.name]));

    const n = plan.articles.length;
    progress({ phase: 'articles', done: 0, total: n });
    const BATCH = 100;
    for (let from = 0; from < n; from += BATCH) {
      const batch = plan.articles.slice(from, from + BATCH);
      const rows = batch.map((a) => {
        const body = bodySchema.parse(buildBody(a, plan.articles.slice(Math.max(0, a.id - 201), a.id - 1).filter((x) => x.status === 'published')));
        const published = a.status === 'published' ? iso(a.ageHours) : null;
        return {
          id: a.id,
          slug: a.slug,
          section_id: a.section + 1,
          kicker: a.kicker,
          headline: a.headline,
          standfirst: a.standfirst,
          body: JSON.stringify(body),
          hero_media_id: a.hero === null ? null : a.hero + 1,
          hero_alt: a.heroAlt,
          hero_caption: a.heroCaption,
          status: a.status,
          visibility: a.visibility,
          comments_mode: a.commentsMode,
          published_at: published,
          created_at: iso(a.ageHours + 3),
          updated_at: iso(a.ageHours),
        };
      });
      await insertChunked(rows, 16, (chunk) => trx.insertInto('articles').values(chunk).execute());
      const authors = batch.flatMap((a) => a.authors.map((author, position) => ({ article_id: a.id, author_id: author + 1, position })));
      if (authors.length) await trx.insertInto('article_authors').values(authors).execute();
      const tags = batch.flatMap((a) => a.tags.map((tag) => ({ article_id: a.id, tag_id: tag + 1 })));
      if (tags.length) await trx.insertInto('article_tags').values(tags).execute();
      progress({ phase: 'articles', done: Math.min(from + BATCH, n), total: n });
    }

    const totalComments = plan.articles.reduce((s, a) => s + a.comments, 0);
    const userIds = users.map((u) => u.id);
    progress({ phase: 'comments', done: 0, total: totalComments });
    let nextId = 1;
    let pending: CommentRow[] = [];
    const flush = async () => {
      await insertChunked(pending, 11, (chunk) => trx.insertInto('comments').values(chunk).execute());
      pending = [];
      progress({ phase: 'comments', done: nextId - 1, total: totalComments });
    };
    for (const a of plan.articles) {
      if (a.comments === 0) continue;
      const thread = buildThread(a, nextId, now, userIds);
      for (const row of thread) row.author_name = nameOf.get(row.user_id) ?? 'Reader';
      pending.push(...thread);
      nextId += thread.length;
      if (pending.length >= 5000) await flush();
    }
    await flush();

    if (engineOfDb(trx) === 'postgres') {
      // Explicit ids leave serial sequences behind: move them past the rows, or the next insert collides.
      for (const table of ['media', 'sections', 'authors', 'tags', 'articles', 'comments'] as const) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
      }
    }

    // Written directly, not through the desk: index every article, with progress (as reindexAllArticles does).
    await clearSearchIndex(trx);
    progress({ phase: 'search index', done: 0, total: n });
    for (let from = 0; from < n; from += 250) {
      await reindexArticles(trx, plan.articles.slice(from, from + 250).map((a) => a.id));
      progress({ phase: 'search index', done: Math.min(from + 250, n), total: n });
    }

    return {
      articles: n,
      published: plan.articles.filter((a) => a.status === 'published').length,
      comments: totalComments,
      users: users.length,
      largeThreadComments: plan.largeThreadComments,
    };
  });

  progress({ phase: 'analyze', done: 0, total: 1 });
  await sql`analyze`.execute(db);
  progress({ phase: 'analyze', done: 1, total: 1 });
  return result;
}
