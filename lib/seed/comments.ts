import type { CommentStatus } from '../db/schema.ts';
import { articleComments, commentClosers, commentMiddles, commentOpeners, commenterNames, replyTexts } from './demo/comments.ts';
import { createRandom, type Random } from './random.ts';

export interface SeedComment {
  articleId: number;
  /** Index of the parent in the generated list (parents always come first). */
  parentIndex: number | null;
  authorName: string;
  body: string;
  status: CommentStatus;
  recommendCount: number;
  createdAt: string;
}

export const BIG_THREAD_SLUG = 'port-aldine-votes-on-harbour-bridge';
const BIG_THREAD_TOP_LEVEL = 700;

type ArticleInfo = { id: number; publishedAt: string | null; status: string };

/** Deterministic demo comments: one long debate (300+) and shorter threads on a few stories. */
export function buildComments(articles: Map<string, ArticleInfo>, now: Date): SeedComment[] {
  const random = createRandom(20261128);
  const out: SeedComment[] = [];

  const big = articles.get(BIG_THREAD_SLUG);
  if (big?.publishedAt && big.status === 'published') {
    const texts = Array.from({ length: BIG_THREAD_TOP_LEVEL }, () => composeComment(random));
    addThread(out, random, big, texts, now, { replyRate: 0.45, nestedRate: 0.3 });
  }
  for (const [slug, texts] of Object.entries(articleComments)) {
    const article = articles.get(slug);
    if (!article?.publishedAt || article.status !== 'published') continue;
    addThread(out, random, article, texts, now, { replyRate: 0.35, nestedRate: 0.2 });
  }
  return out;
}

function composeComment(random: Random): string {
  const shape = random.next();
  if (shape < 0.3) return random.pick(commentMiddles);
  const sentence = `${random.pick(commentOpeners)} ${random.pick(commentMiddles)}`;
  if (shape < 0.75) return sentence;
  // Some readers write two paragraphs.
  return `${sentence} ${random.pick(commentClosers)}\n\n${random.pick(commentMiddles)}`;
}

function addThread(
  out: SeedComment[],
  random: Random,
  article: ArticleInfo,
  texts: string[],
  now: Date,
  rates: { replyRate: number; nestedRate: number },
) {
  const start = Date.parse(article.publishedAt ?? '') + 10 * 60_000;
  const span = Math.max(now.getTime() - start, 60_000);
  // Sorted times so the thread reads as it happened.
  const times = texts.map(() => start + random.next() * span * 0.9).sort((a, b) => a - b);
  texts.forEach((text, i) => {
    const created = times[i] ?? start;
    const topIndex = out.length;
    out.push({
      articleId: article.id,
      parentIndex: null,
      authorName: random.pick(commenterNames),
      body: text,
      status: statusFor(random),
      recommendCount: Math.floor(random.next() ** 3 * 120),
      createdAt: new Date(created).toISOString(),
    });
    if (random.next() >= rates.replyRate) return;
    const replies = random.int(1, 4);
    let replyTime = created;
    for (let r = 0; r < replies; r++) {
      replyTime += random.next() * Math.min(span * 0.05, 6 * 3_600_000) + 60_000;
      if (replyTime > now.getTime()) break;
      const previousReply = out.length - 1;
      // Some replies answer the reply before them, so threads go two levels deep.
      const parentIndex = r > 0 && random.next() < rates.nestedRate ? previousReply : topIndex;
      out.push({
        articleId: article.id,
        parentIndex,
        authorName: random.pick(commenterNames),
        body: random.pick(replyTexts),
        status: 'approved',
        recommendCount: Math.floor(random.next() ** 3 * 40),
        createdAt: new Date(replyTime).toISOString(),
      });
    }
  });
}

/** Mostly approved; a few removed by their authors (tombstones) and a few still awaiting moderation. */
function statusFor(random: Random): CommentStatus {
  const roll = random.next();
  if (roll < 0.015) return 'deleted';
  if (roll < 0.03) return 'pending';
  return 'approved';
}
