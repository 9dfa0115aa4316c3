import type { ArticleStatus } from '../db/schema.ts';

export type { ArticleStatus };
import { capabilities, type Role } from './roles.ts';

/**
 * The editorial workflow: draft → in review → scheduled → published → unpublished.
 * Pure rules, shared by the desk's buttons, its API and the ingest path.
 */
export const WORKFLOW_ACTIONS = ['submit', 'withdraw', 'schedule', 'publish', 'unschedule', 'unpublish'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

const TRANSITIONS: Record<WorkflowAction, { from: readonly ArticleStatus[]; to: ArticleStatus; editorOnly: boolean }> = {
  submit: { from: ['draft'], to: 'review', editorOnly: false },
  withdraw: { from: ['review'], to: 'draft', editorOnly: false },
  schedule: { from: ['draft', 'review', 'unpublished', 'scheduled'], to: 'scheduled', editorOnly: true },
  publish: { from: ['draft', 'review', 'scheduled', 'unpublished'], to: 'published', editorOnly: true },
  unschedule: { from: ['scheduled'], to: 'draft', editorOnly: true },
  unpublish: { from: ['published'], to: 'unpublished', editorOnly: true },
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: 'Submit for review',
  withdraw: 'Back to draft',
  schedule: 'Schedule',
  publish: 'Publish now',
  unschedule: 'Cancel schedule',
  unpublish: 'Unpublish',
};

export interface Actor {
  /** Better Auth user id; null for API tokens and CLIs. */
  id: string | null;
  name: string;
  role: Role;
}

/** Contributors work on their own articles until an editor takes over (scheduled or published). */
export function canEdit(actor: Actor, article: { status: ArticleStatus; createdBy: string | null }): boolean {
  if (capabilities.publish(actor.role)) return true;
  if (actor.role !== 'contributor') return false;
  return article.createdBy === actor.id && (article.status === 'draft' || article.status === 'review');
}

export function targetOf(action: WorkflowAction): ArticleStatus {
  return TRANSITIONS[action].to;
}

/** Why `actor` may not apply `action` to an article in `status`, or null when allowed. */
export function refusal(
  actor: Actor,
  action: WorkflowAction,
  article: { status: ArticleStatus; createdBy: string | null },
): string | null {
  const rule = TRANSITIONS[action];
  if (rule.editorOnly && !capabilities.publish(actor.role)) return 'Only editors can publish, schedule or unpublish.';
  if (!rule.editorOnly && !canEdit(actor, article)) return 'You can only submit or withdraw your own drafts.';
  if (!rule.from.includes(article.status)) {
    return `A ${STATUS_LABELS[article.status].toLowerCase()} article cannot be sent to ${STATUS_LABELS[rule.to].toLowerCase()}.`;
  }
  return null;
}

export function allowedActions(actor: Actor, article: { status: ArticleStatus; createdBy: string | null }): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => refusal(actor, action, article) === null);
}
