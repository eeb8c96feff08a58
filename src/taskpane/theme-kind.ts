// Outlook's theme → a kind of theme (light, dark, high contrast), without Fluent UI: the first
// verdict (first-verdict.ts) is drawn before Fluent UI has loaded and needs only the kind.
// theme.ts turns the kind into a Fluent UI theme for the full pane.

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

/** The subset of Office.OfficeTheme this needs (plus `isDarkTheme`, which newer clients add). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance (WCAG 2.1) of a #rgb / #rrggbb colour; undefined when unreadable. */
export function luminance(colour: string): number | undefined {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? hex.replace(/(.)/g, '$1$1') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (i: number) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * High contrast wins (Windows contrast themes show up as the `forced-colors` media feature, which
 * Office does not report otherwise); then Office's own dark flag; then a dark body background.
 */
export function themeKindOf(officeTheme: OfficeThemeColours | undefined, forcedColours: boolean): ThemeKind {
  if (forcedColours) return 'high-contrast';
  if (officeTheme?.isDarkTheme !== undefined) return officeTheme.isDarkTheme ? 'dark' : 'light';
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.2 ? 'dark' : 'light';
}
