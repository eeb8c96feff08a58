// Entry point of dist/launchevent.js: the event handlers for Outlook (HTML runtime and classic
// Outlook's JavaScript-only runtime). No DOM, no imports at run time, no Graph; localStorage only
// where the runtime has it (the browser runtime of web, new Outlook and Mac).
// Office.onReady does not run in the JavaScript-only runtime, so the associations are made at top
// level, at the bottom of this file; a FunctionName left unassociated would block every send.
import { eventRuntimePolicyStorage, loadHostedPolicy, policyUrl, type FetchLike, type PolicyStorage } from '../policy/hosted';
import { mailboxSupports } from '../office/async';
import { createHandlers } from './handlers';
import { createPolicySource } from './policy-source';

/** Set by webpack (DefinePlugin) to the origin the add-in was built for. */
declare const __ADDIN_ORIGIN__: string | undefined;
const BUILD_ORIGIN = typeof __ADDIN_ORIGIN__ === 'string' ? __ADDIN_ORIGIN__ : 'https://localhost:3000';

declare const OfficeRuntime: { storage?: PolicyStorage } | undefined;

function officeStorage(): PolicyStorage | undefined {
  return typeof OfficeRuntime !== 'undefined' && OfficeRuntime && OfficeRuntime.storage ? OfficeRuntime.storage : undefined;
}

/** The last good policy copy: localStorage in the browser runtime (web, new Outlook, Mac), OfficeRuntime.storage in classic Outlook's JavaScript-only runtime. */
function policyStorage(): PolicyStorage | undefined {
  return eventRuntimePolicyStorage({ localStorage: () => (typeof localStorage !== 'undefined' ? localStorage : undefined), officeRuntimeStorage: officeStorage }).storage;
}

function pageHref(): string | undefined {
  // `location` exists in the HTML runtime; the JavaScript-only runtime has none.
  return typeof location !== 'undefined' && location && typeof location.href === 'string' ? location.href : undefined;
}

// Compose events refresh the hosted policy (and its saved copy); the send handler takes what is
// already at hand (issue #18, finding 1).
const policies = createPolicySource({
  load: () => {
    const f = typeof fetch === 'function' ? (fetch as unknown as FetchLike) : undefined;
    return loadHostedPolicy({ url: policyUrl(pageHref(), BUILD_ORIGIN), fetch: f, storage: policyStorage() });
  },
  storage: policyStorage(),
});

const handlers = createHandlers({
  item: () => Office.context.mailbox.item as Office.MessageCompose,
  loadPolicy: policies.refresh,
  sendPolicy: policies.forSend,
  supports: mailboxSupports,
});

export const {
  onMessageComposeHandler,
  onMessageRecipientsChangedHandler,
  onMessageAttachmentsChangedHandler,
  onMessageFromChangedHandler,
  onMessageSendHandler,
} = handlers;

Office.actions.associate('onMessageComposeHandler', onMessageComposeHandler);
Office.actions.associate('onMessageRecipientsChangedHandler', onMessageRecipientsChangedHandler);
Office.actions.associate('onMessageAttachmentsChangedHandler', onMessageAttachmentsChangedHandler);
Office.actions.associate('onMessageFromChangedHandler', onMessageFromChangedHandler);
Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
