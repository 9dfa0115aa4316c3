import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/each-engine.ts';
import { createAuth } from './auth.ts';
import { createAdmin, hasAdmin } from './admin.ts';

describeEachEngine('first admin', ({ db }) => {
  it('creates a confirmed admin who can sign in, with no confirmation mail, and promotes an existing account', async () => {
    expect(await hasAdmin(db())).toBe(false);
    expect(await createAdmin(db(), { email: 'Chief@Example.test', password: 'a long enough password', name: 'Chief' })).toEqual({ created: true });
    const user = await db().selectFrom('user').selectAll().where('email', '=', 'chief@example.test').executeTakeFirstOrThrow();
    expect(user.role).toBe('admin');
    expect(Boolean(user.emailVerified)).toBe(true);
    expect(await db().selectFrom('mail_outbox').selectAll().where('to_address', '=', 'chief@example.test').execute()).toEqual([]);
    const signIn = await createAuth(db()).api.signInEmail({ body: { email: 'chief@example.test', password: 'a long enough password' } });
    expect(signIn.user.email).toBe('chief@example.test');
    expect(await hasAdmin(db())).toBe(true);

    await createAuth(db()).api.signUpEmail({ body: { email: 'reader@example.test', password: 'reader password 1', name: 'Reader' } });
    expect(await createAdmin(db(), { email: 'reader@example.test', password: 'ignored password', name: 'x' })).toEqual({ created: false });
    expect((await db().selectFrom('user').select('role').where('email', '=', 'reader@example.test').executeTakeFirstOrThrow()).role).toBe('admin');
  });
});
