// The "check with the sender by phone" advice (policy 4.3c: "check with the sender if there is any
// doubt regarding the authenticity"), as the sender-check rules end their messages. The read pane
// shows the advice once, at the top, and drops these endings from the findings under it, so they
// must be the exact strings the rules use.
export const PHONE_ADVICE = {
  lookalike:
    'Impostors register names like this to pass as people you trust: check with the sender by phone, using a number you already have, before replying, opening attachments or paying anything (policy 4.3c).',
  impersonation:
    'People impersonate councillors and officers to ask for payments, gift cards or information: check with the sender by phone, using a number you already have, before acting on it (policy 4.3c).',
  unverified:
    'If there is any doubt, check with the sender by phone, using a number you already have rather than one in this email, before opening attachments or acting on it (policy 4.3c).',
} as const;
