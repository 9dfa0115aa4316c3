import type { Metadata } from 'next';
import { SignUpForm } from '@/components/account/SignUpForm';

export const metadata: Metadata = { title: 'Create your account', robots: { index: false } };

export default function SignUpPage() {
  return <SignUpForm />;
}
