// Nested app authentication: silent first; a popup only when interactive (task pane); the Office
// dialog where NestedAppAuth 1.1 is unsupported. MSAL and Office are injected fakes.
import { NaaTokenProvider, parseDialogMessage, type NaaClient } from '../../src/graph/auth/naa';
import type { OfficeAuthHost } from '../../src/graph/auth/office-auth-host';

function fakes(o: { naa?: boolean; silent?: 'ok' | 'fail'; popup?: 'ok' | 'fail'; dialog?: string }) {
  const calls: string[] = [];
  const client: NaaClient = {
    acquireTokenSilent: async (r) => {
      calls.push(`silent${r.forceRefresh ? ':force' : ''}`);
      if (o.silent === 'fail') throw Object.assign(new Error('x'), { errorCode: 'interaction_required' });
      return { accessToken: 'silent-token' };
    },
    acquireTokenPopup: async () => {
      calls.push('popup');
      if (o.popup === 'fail') throw Object.assign(new Error('x'), { errorCode: 'user_cancelled' });
      return { accessToken: 'popup-token' };
    },
    getActiveAccount: () => null,
  };
  const host: OfficeAuthHost = {
    supportsNestedAppAuth: () => o.naa !== false,
    openDialog: async (url) => {
      calls.push(`dialog:${url}`);
      return o.dialog ?? '{"accessToken":"dialog-token"}';
    },
  };
  return { client, host, calls };
}

const base = { clientId: 'c', scopes: ['Mail.ReadWrite'], dialogUrl: 'https://addin.example.org/auth.html' };

it.each([
  ['silent success needs no interaction', { silent: 'ok' as const }, true, 'silent-token', ['silent']],
  ['silent failure in the task pane falls back to a popup', { silent: 'fail' as const }, true, 'popup-token', ['silent', 'popup']],
  ['NAA unsupported in the task pane opens the Office dialog', { naa: false }, true, 'dialog-token', ['dialog:https://addin.example.org/auth.html']],
])('%s', async (_n, o, interactive, token, calls) => {
  const f = fakes(o);
  const p = new NaaTokenProvider({ ...base, host: f.host, interactive, createClient: async () => f.client });
  expect(await p.getToken()).toBe(token);
  expect(f.calls).toEqual(calls);
});

it.each([
  ['silent failure outside the task pane never shows a popup', { silent: 'fail' as const }, 'interaction_required'],
  ['NAA unsupported outside the task pane never opens a dialog', { naa: false }, 'NestedAppAuthUnsupported'],
])('%s', async (_n, o, code) => {
  const f = fakes(o);
  const p = new NaaTokenProvider({ ...base, host: f.host, interactive: false, createClient: async () => f.client });
  await expect(p.getToken()).rejects.toMatchObject({ name: 'AuthError', code });
  expect(f.calls.some((c) => c === 'popup' || c.startsWith('dialog'))).toBe(false);
});

it('a cancelled popup is an AuthError with MSAL’s code', async () => {
  const f = fakes({ silent: 'fail', popup: 'fail' });
  const p = new NaaTokenProvider({ ...base, host: f.host, interactive: true, createClient: async () => f.client });
  await expect(p.getToken()).rejects.toMatchObject({ name: 'AuthError', code: 'user_cancelled' });
});

it('a forced refresh is passed to MSAL', async () => {
  const f = fakes({});
  const p = new NaaTokenProvider({ ...base, host: f.host, interactive: false, createClient: async () => f.client });
  await p.getToken({ forceRefresh: true });
  expect(f.calls).toEqual(['silent:force']);
});

it.each([
  ['{"accessToken":"t"}', 't'],
  ['{"error":"access_denied"}', undefined],
  ['not json', undefined],
  ['{"accessToken":""}', undefined],
])('parseDialogMessage(%p) → %p', (m, t) => {
  expect(parseDialogMessage(m)).toBe(t);
});
