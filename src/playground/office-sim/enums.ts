// The Office.js enums the add-in reads, with Office's string values. SendModeOverride exists
// only from Mailbox 1.14 and InitializationContextChanged only from 1.15 (see office.ts).

export const CoercionType = { Text: 'text', Html: 'html' } as const;

export const EventType = {
  ItemChanged: 'olkItemSelectedChanged',
  RecipientsChanged: 'olkRecipientsChanged',
  AttachmentsChanged: 'olkAttachmentsChanged',
  OfficeThemeChanged: 'officeThemeChanged',
  InitializationContextChanged: 'olkInitializationContextChanged',
} as const;

export const PlatformType = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' } as const;
export const HostType = { Outlook: 'Outlook' } as const;

export const MailboxEnums = {
  RecipientType: { DistributionList: 'distributionList', User: 'user', ExternalUser: 'externalUser', Other: 'other' },
  ItemNotificationMessageType: {
    ProgressIndicator: 'progressIndicator',
    InformationalMessage: 'informationalMessage',
    ErrorMessage: 'errorMessage',
    InsightMessage: 'insightMessage',
  },
  ComposeType: { Reply: 'reply', NewMail: 'newMail', Forward: 'forward' },
  AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
  AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
  AttachmentStatus: { Added: 'added', Removed: 'removed' },
  ItemType: { Message: 'message', Appointment: 'appointment' },
  EntityType: {},
} as const;

export const SendModeOverride = { PromptUser: 'promptUser' } as const;
