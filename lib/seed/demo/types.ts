import type { Block, ImageBlock } from '../../content/blocks.ts';

/** Keys of the generated illustrations in public/demo/images/<key>.jpg (see scripts/make-demo-images.ts). */
export const DEMO_IMAGE_KEYS = [
  'harbour-dawn',
  'city-hall',
  'wind-farm',
  'rail-station',
  'stadium-lights',
  'research-lab',
  'market-street',
  'library-reading',
  'mountain-pass',
  'concert-stage',
  'river-flood',
  'skyline-night',
  'harvest-field',
  'hospital-ward',
  'school-yard',
  'coastline-storm',
] as const;
export type DemoImageKey = (typeof DEMO_IMAGE_KEYS)[number];

export interface DemoSection {
  slug: string;
  name: string;
  description: string;
}

export interface DemoAuthor {
  slug: string;
  name: string;
  /** Job title shown under the name, e.g. "Climate correspondent". */
  role: string;
  bio: string;
}

/** In demo content an image block names a generated image instead of a media id. */
export type DemoImageBlock = Omit<ImageBlock, 'mediaId'> & { image: DemoImageKey };
export type DemoBlock = Exclude<Block, ImageBlock> | DemoImageBlock;

export interface DemoArticle {
  slug: string;
  section: string;
  kicker?: string;
  headline: string;
  standfirst?: string;
  body: DemoBlock[];
  hero?: { image: DemoImageKey; alt: string; caption?: string };
  tags: string[];
  /** Author slugs, first is the lead byline. May be empty (agency copy). */
  authors: string[];
  status: 'published' | 'draft' | 'scheduled' | 'unpublished';
  visibility: 'public' | 'members';
  commentsMode: 'open' | 'premoderated' | 'closed';
  /** Hours before the seed time (negative = in the future, for the scheduled article). */
  publishedHoursAgo: number;
  /** Hours after publication of the last update, when the article was revised. */
  updatedHoursAfter?: number;
}

export interface DemoTag {
  slug: string;
  name: string;
}
