import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/account/ResetPasswordForm';

/** Links here carry a one-time token: keep them out of search results and other sites' referrer logs. */
export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false }, referrer: 'no-referrer' };

export default function ResetPasswordPage() {
  return <ResetPasswordForm />;
}
