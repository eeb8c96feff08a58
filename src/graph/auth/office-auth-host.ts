// The Office calls authentication needs, behind an interface so the NAA provider is testable
// without Office and the playground can simulate it.
import { AuthError } from './token-provider';

export interface OfficeAuthHost {
  /** `Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')`. */
  supportsNestedAppAuth(): boolean;
  /**
   * Opens `url` with `Office.context.ui.displayDialogAsync` and resolves with the first message the
   * dialog sends back (`Office.context.ui.messageParent`). Rejects with an AuthError whose code names
   * what happened (see DIALOG_ERRORS). Only possible from the task pane.
   */
  openDialog(url: string): Promise<string>;
}

/**
 * Office's dialog error numbers ("Handle errors and events in the Office dialog box",
 * learn.microsoft.com) as AuthError codes and what the user can do about each.
 */
export const DIALOG_ERRORS: Record<number, { code: string; message: string }> = {
  12002: { code: 'DialogPageNotFound', message: 'The sign-in page could not be loaded. Tell your IT team: auth-dialog.html is missing from the add-in’s site.' },
  12003: { code: 'DialogInsecure', message: 'The sign-in page was sent to an insecure address. Tell your IT team.' },
  12004: { code: 'DialogDomainNotTrusted', message: 'The sign-in page is not on the add-in’s own site. Tell your IT team.' },
  12005: { code: 'DialogInsecure', message: 'The sign-in page must be served over HTTPS. Tell your IT team.' },
  12006: { code: 'DialogClosed', message: 'The sign-in window was closed before signing in finished. Choose Sign in to try again.' },
  12007: { code: 'DialogAlreadyOpen', message: 'A sign-in window is already open. Finish signing in there, or close it and try again.' },
  12009: { code: 'DialogBlocked', message: 'The sign-in window was not allowed to open. Choose Sign in again and allow the window.' },
  12011: { code: 'DialogBlocked', message: 'Your browser blocked the sign-in window. Allow pop-ups for Outlook, then choose Sign in again.' },
};

function dialogError(n: number | undefined): AuthError {
  const known = n !== undefined ? DIALOG_ERRORS[n] : undefined;
  return known ? new AuthError(known.message, known.code) : new AuthError(`The sign-in window failed (Office error ${n ?? 'unknown'}). Choose Sign in to try again.`, 'DialogFailed');
}

/** The slice of office.js this host uses (the real `Office`, or a simulation in tests). */
export interface OfficeForAuth {
  AsyncResultStatus: { Succeeded: unknown };
  EventType: { DialogMessageReceived: unknown; DialogEventReceived: unknown };
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: {
      displayDialogAsync(url: string, options: { height: number; width: number; promptBeforeOpen?: boolean }, callback: (result: DialogAsyncResult) => void): void;
    };
  };
}

export interface DialogAsyncResult {
  status: unknown;
  error?: { code: number; message?: string };
  value?: OfficeDialog;
}

export interface OfficeDialog {
  addEventHandler(type: unknown, handler: (arg: { message: string; origin?: string } | { error: number }) => void): void;
  close(): void;
}

/** The real host over office.js. Call only from the task pane (dialogs are blocked in event handlers). */
export function officeAuthHost(office: OfficeForAuth = Office as unknown as OfficeForAuth): OfficeAuthHost {
  return {
    supportsNestedAppAuth: () => {
      try {
        return office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
      } catch {
        return false; // very old clients lack the requirements API: they lack NAA too
      }
    },
    openDialog: (url) =>
      new Promise<string>((resolve, reject) => {
        // The dialog's own origin must match the pane's (the page is in dist/ beside taskpane.html).
        office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
          if (result.status !== office.AsyncResultStatus.Succeeded || !result.value) {
            reject(dialogError(result.error?.code));
            return;
          }
          const dialog = result.value;
          let settled = false;
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
            if (settled) return;
            settled = true;
            dialog.close();
            if (!('message' in arg)) reject(dialogError(arg.error));
            // Office reports the sender's origin where it can (DialogOrigin 1.1): a message from
            // any page but our own sign-in page (e.g. after a redirect elsewhere) is refused.
            else if (arg.origin && arg.origin !== originOf(url)) reject(new AuthError('The sign-in window answered from an unexpected site.', 'DialogWrongOrigin'));
            else resolve(arg.message);
          });
          dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
            if (settled) return;
            settled = true;
            reject(dialogError('error' in arg ? arg.error : undefined));
          });
        });
      }),
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
