/**
 * Who may do what. Readers are everyone with an account; staff are contributors, editors and admins.
 * Pure and shared by the desk pages, its APIs and the CLIs.
 */
export const ROLES = ['reader', 'contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = Exclude<Role, 'reader'>;

const RANK: Record<Role, number> = { reader: 0, contributor: 1, editor: 2, admin: 3 };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleOf(value: string | null | undefined): Role {
  return value && isRole(value) ? value : 'reader';
}

export function isStaff(role: string | null | undefined): role is StaffRole {
  return RANK[roleOf(role)] >= RANK.contributor;
}

/** True when `role` is `least` or above. */
export function hasRole(role: string | null | undefined, least: StaffRole): boolean {
  return RANK[roleOf(role)] >= RANK[least];
}

export const capabilities = {
  /** Edit anyone's article, publish, schedule, unpublish, restore revisions. */
  publish: (role: string) => hasRole(role, 'editor'),
  moderate: (role: string) => hasRole(role, 'editor'),
  /** Staff roles, sections, API tokens. */
  administer: (role: string) => hasRole(role, 'admin'),
};
