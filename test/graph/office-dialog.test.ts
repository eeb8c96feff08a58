// The Office-dialog sign-in for clients without NestedAppAuth 1.1, both sides, with a simulated
// Office.context.ui: the pane's host (message, closed by the user, blocked, wrong origin) and the
// sign-in page's MSAL redirect flow (handleRedirectPromise → messageParent, else loginRedirect).
import { runDialogPage, type RedirectClient } from '../../src/graph/auth/dialog-page';
import { NaaTokenProvider } from '../../src/graph/auth/naa';
import { officeAuthHost, type DialogAsyncResult, type OfficeForAuth } from '../../src/graph/auth/office-auth-host';

const PAGE = 'https://addin.example.org/auth-dialog.html';
/** Without nested app auth the MSAL nested client is never made. */
const noNaa = async (): Promise<never> => {
  throw new Error('the nested client must not be created without NestedAppAuth');
};

type DialogScript =
  | { open: 'fail'; code: number }
  | { open: 'ok'; then: { message: string; origin?: string } | { event: number } | { messageError: number } };

function simOffice(script: DialogScript, o: { naa?: boolean | 'throws' } = {}) {
  const log: string[] = [];
  const office: OfficeForAuth = {
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      requirements: {
        isSetSupported: (name, v) => {
          if (o.naa === 'throws') throw new Error('no requirements API');
          log.push(`isSetSupported:${name}:${v}`);
          return o.naa === true;
        },
      },
      ui: {
        displayDialogAsync: (url, options, callback) => {
          log.push(`open:${url}:${options.height}x${options.width}`);
          setTimeout(() => {
            if (script.open === 'fail') return callback({ status: 'failed', error: { code: script.code } });
            const handlers = new Map<unknown, (arg: { message: string; origin?: string } | { error: number }) => void>();
            const result: DialogAsyncResult = {
              status: 'succeeded',
              value: { addEventHandler: (t, h) => void handlers.set(t, h), close: () => void log.push('close') },
            };
            callback(result);
            setTimeout(() => {
              const t = script.then;
              if ('message' in t) handlers.get('dialogMessageReceived')?.(t);
              else if ('messageError' in t) handlers.get('dialogMessageReceived')?.({ error: t.messageError });
              else handlers.get('dialogEventReceived')?.({ error: t.event });
            }, 0);
          }, 0);
        },
      },
    },
  };
  return { office, log };
}

describe('the pane opens the dialog', () => {
  it('resolves with the page’s message and closes the dialog', async () => {
    const { office, log } = simOffice({ open: 'ok', then: { message: '{"accessToken":"t"}', origin: 'https://addin.example.org' } });
    await expect(officeAuthHost(office).openDialog(PAGE)).resolves.toBe('{"accessToken":"t"}');
    expect(log).toEqual([`open:${PAGE}:60x30`, 'close']);
  });

  it.each([
    ['closed by the user (12006)', { open: 'ok', then: { event: 12006 } } as DialogScript, 'DialogClosed'],
    ['page not found (12002)', { open: 'ok', then: { event: 12002 } } as DialogScript, 'DialogPageNotFound'],
    ['browser blocked the pop-up (12011)', { open: 'fail', code: 12011 } as DialogScript, 'DialogBlocked'],
    ['user ignored the prompt (12009)', { open: 'fail', code: 12009 } as DialogScript, 'DialogBlocked'],
    ['a dialog already open (12007)', { open: 'fail', code: 12007 } as DialogScript, 'DialogAlreadyOpen'],
    ['domain not trusted (12004)', { open: 'fail', code: 12004 } as DialogScript, 'DialogDomainNotTrusted'],
    ['an unknown Office error', { open: 'fail', code: 5001 } as DialogScript, 'DialogFailed'],
    ['a message from another site', { open: 'ok', then: { message: '{"accessToken":"t"}', origin: 'https://evil.example' } } as DialogScript, 'DialogWrongOrigin'],
  ])('%s → AuthError %s', async (_n, script, code) => {
    const { office } = simOffice(script);
    await expect(officeAuthHost(office).openDialog(PAGE)).rejects.toMatchObject({ name: 'AuthError', code });
  });

  it.each([
    [true, true],
    [false, false],
    ['throws' as const, false],
  ])('NestedAppAuth 1.1 supported=%p → %p', (naa, want) => {
    expect(officeAuthHost(simOffice({ open: 'fail', code: 1 }, { naa }).office).supportsNestedAppAuth()).toBe(want);
  });

  it('the NAA provider uses the dialog where NestedAppAuth 1.1 is missing and keeps the token until near expiry', async () => {
    let now = 1_000_000;
    let opened = 0;
    const host = {
      supportsNestedAppAuth: () => false,
      openDialog: async () => `{"accessToken":"t${++opened}","expiresOn":${now + 60 * 60_000}}`,
    };
    const p = new NaaTokenProvider({ clientId: 'c', scopes: ['Mail.ReadWrite'], host, interactive: true, dialogUrl: PAGE, createClient: noNaa }, () => now);
    expect(await p.getToken()).toBe('t1');
    now += 50 * 60_000;
    expect(await p.silentOnly().getToken()).toBe('t1'); // still cached: no window needed
    now += 6 * 60_000; // within five minutes of expiry
    await expect(p.silentOnly().getToken()).rejects.toMatchObject({ code: 'NestedAppAuthUnsupported' });
    expect(await p.getToken()).toBe('t2');
  });

  it.each([
    ['{"error":"access_denied"}', 'access_denied'],
    ['{"error":"<script>"}', 'DialogNoToken'],
    ['not json', 'DialogNoToken'],
  ])('a dialog answering %s is an AuthError with code %s', async (message, code) => {
    const host = { supportsNestedAppAuth: () => false, openDialog: async () => message };
    const p = new NaaTokenProvider({ clientId: 'c', scopes: ['Mail.ReadWrite'], host, interactive: true, dialogUrl: PAGE, createClient: noNaa });
    await expect(p.getToken()).rejects.toMatchObject({ name: 'AuthError', code });
  });
});

describe('the sign-in page', () => {
  function client(o: { returned?: 'token' | 'error'; accounts?: number; silent?: 'ok' | 'fail' }) {
    const calls: string[] = [];
    const c: RedirectClient = {
      handleRedirectPromise: async () => {
        calls.push('handleRedirectPromise');
        if (o.returned === 'error') throw Object.assign(new Error('AADSTS65004: user declined for someone@example.org'), { errorCode: 'access_denied' });
        return o.returned === 'token' ? { accessToken: 'redirect-token', expiresOn: new Date(5000), account: { id: 'a' } } : null;
      },
      getAllAccounts: () => Array.from({ length: o.accounts ?? 0 }, (_, i) => ({ id: i })),
      setActiveAccount: () => void calls.push('setActiveAccount'),
      acquireTokenSilent: async () => {
        calls.push('silent');
        if (o.silent === 'fail') throw Object.assign(new Error('x'), { errorCode: 'interaction_required' });
        return { accessToken: 'silent-token', expiresOn: null };
      },
      loginRedirect: async (r) => void calls.push(`loginRedirect:${r.redirectUri}:${r.scopes.join(' ')}`),
    };
    return { c, calls };
  }

  it.each([
    ['back from sign-in: posts the token and its expiry', { returned: 'token' as const }, 'posted', ['{"accessToken":"redirect-token","expiresOn":5000}'], ['handleRedirectPromise', 'setActiveAccount']],
    ['a known account: posts a silent token', { accounts: 1 }, 'posted', ['{"accessToken":"silent-token"}'], ['handleRedirectPromise', 'silent']],
    ['no account: redirects to sign in, posting nothing', {}, 'redirected', [], ['handleRedirectPromise', `loginRedirect:${PAGE}:Mail.ReadWrite`]],
    ['silent fails: redirects to sign in', { accounts: 1, silent: 'fail' as const }, 'redirected', [], ['handleRedirectPromise', 'silent', `loginRedirect:${PAGE}:Mail.ReadWrite`]],
    ['sign-in refused: posts MSAL’s code only, never its message', { returned: 'error' as const }, 'posted', ['{"error":"access_denied"}'], ['handleRedirectPromise']],
  ])('%s', async (_n, o, outcome, posted, calls) => {
    const { c, calls: got } = client(o);
    const messages: string[] = [];
    await expect(runDialogPage({ client: c, scopes: ['Mail.ReadWrite'], redirectUri: PAGE, messageParent: (m) => messages.push(m) })).resolves.toBe(outcome);
    expect(messages).toEqual(posted);
    expect(got).toEqual(calls);
  });
});
