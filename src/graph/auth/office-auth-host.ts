// The Office calls authentication needs, behind an interface so the NAA provider is testable
// without Office and the playground can simulate it.
export interface OfficeAuthHost {
  /** `Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')`. */
  supportsNestedAppAuth(): boolean;
  /**
   * Opens `url` with `Office.context.ui.displayDialogAsync` and resolves with the first message the
   * dialog sends back (`Office.context.ui.messageParent`). Only possible from the task pane.
   */
  openDialog(url: string): Promise<string>;
}

/** The real host over office.js. Call only from the task pane (dialogs are blocked in event handlers). */
export function officeAuthHost(): OfficeAuthHost {
  return {
    supportsNestedAppAuth: () => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    openDialog: (url) =>
      new Promise<string>((resolve, reject) => {
        Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            reject(new Error(`The sign-in window could not open (${result.error.code}).`));
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            if ('message' in arg) resolve(arg.message);
            else reject(new Error(`The sign-in window failed (${arg.error}).`));
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            // 12006: the user closed the window.
            reject(new Error(`The sign-in window closed before signing in (${'error' in arg ? arg.error : 'closed'}).`));
          });
        });
      }),
  };
}
