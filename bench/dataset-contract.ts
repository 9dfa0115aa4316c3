/**
 * What the benchmark dataset promises the benchmark runner: fixed paths and ids, known without reading
 * the database, because the dataset is generated deterministically (bench/dataset.ts builds it).
 */
export interface BenchFixtures {
  /** A public, published article of about 1,500 words with a hero image: the "cached article". */
  articlePath: string;
  /** Published public article paths that no run requests before the first-render measurement (at least 500). */
  firstRenderPaths: string[];
  /** A section front with many articles. */
  sectionPath: string;
  /** The article with the largest comment thread (its page 2 is read through the comments API). */
  largeThread: { articleId: number; path: string; comments: number };
  /** A query that matches many articles. */
  searchQuery: string;
  /** An article that accepts comments, for the comment-post route. */
  commentTarget: { articleId: number; path: string };
}
