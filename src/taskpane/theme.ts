// Outlook's theme → a Fluent UI theme. Office exposes colours (Office.context.officeTheme), not a
// theme name, so the entry point reads them (theme-kind.ts, which needs no Fluent UI) and components
// only receive the resulting kind.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeKind } from './theme-kind';

export { luminance, themeKindOf, type OfficeThemeColours, type ThemeKind } from './theme-kind';

export function fluentTheme(kind: ThemeKind): Theme {
  return kind === 'high-contrast' ? teamsHighContrastTheme : kind === 'dark' ? webDarkTheme : webLightTheme;
}
