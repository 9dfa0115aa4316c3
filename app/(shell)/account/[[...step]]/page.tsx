import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountView } from '@/components/account/AccountView';
import { ForgotPasswordForm } from '@/components/account/ForgotPasswordForm';
import { ResetPasswordForm } from '@/components/account/ResetPasswordForm';
import { SignInForm } from '@/components/account/SignInForm';
import { SignUpForm } from '@/components/account/SignUpForm';
import { PLACEHOLDER_PARAM } from '@/lib/site/static-params';

/*
 * Account pages are static shells (the reader's details are read in the browser). Like content
 * routes they render on first request rather than at build, so the masthead carries the real sections.
 */
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ step: [PLACEHOLDER_PARAM] }];
}

const STEPS: Record<string, { metadata: Metadata; Form: () => React.ReactNode }> = {
  '': { metadata: { title: 'Your account' }, Form: AccountView },
  'sign-in': { metadata: { title: 'Sign in' }, Form: SignInForm },
  'sign-up': { metadata: { title: 'Create your account' }, Form: SignUpForm },
  'forgot-password': { metadata: { title: 'Reset your password' }, Form: ForgotPasswordForm },
  // Links here carry a one-time token: keep it out of other sites' referrer logs.
  'reset-password': { metadata: { title: 'Choose a new password', referrer: 'no-referrer' }, Form: ResetPasswordForm },
};

type Props = { params: Promise<{ step?: string[] }> };

async function stepOf({ params }: Props) {
  const { step = [] } = await params;
  return step.length <= 1 ? STEPS[step[0] ?? ''] : undefined;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const step = await stepOf(props);
  return step ? { ...step.metadata, robots: { index: false } } : {};
}

export default async function AccountPage(props: Props) {
  const step = await stepOf(props);
  if (!step) notFound();
  return <step.Form />;
}
