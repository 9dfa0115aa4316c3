import type { Metadata } from 'next';
import { AccountView } from '@/components/account/AccountView';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

/** A static shell; the reader's details are read in the browser. */
export default function AccountPage() {
  return <AccountView />;
}
