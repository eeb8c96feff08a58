import { fluentTheme, luminance, themeKindOf } from '../../src/taskpane/theme';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

describe('themeKindOf', () => {
  it.each([
    [{ bodyBackgroundColor: '#FFFFFF' }, false, 'light'],
    [{ bodyBackgroundColor: '#1f1f1f' }, false, 'dark'],
    [{ bodyBackgroundColor: '#262626' }, false, 'dark'],
    [{ bodyBackgroundColor: '#fff' }, false, 'light'],
    [{ bodyBackgroundColor: 'not a colour' }, false, 'light'],
    [{ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true }, false, 'dark'],
    [{ bodyBackgroundColor: '#000000', isDarkTheme: false }, false, 'light'],
    [{ bodyBackgroundColor: '#FFFFFF' }, true, 'high-contrast'],
    [undefined, false, 'light'],
    [undefined, true, 'high-contrast'],
  ] as const)('%j with forced colours %s is %s', (office, forced, kind) => {
    expect(themeKindOf(office, forced)).toBe(kind);
  });

  it('maps each kind to the Fluent theme', () => {
    expect(fluentTheme('light')).toBe(webLightTheme);
    expect(fluentTheme('dark')).toBe(webDarkTheme);
    expect(fluentTheme('high-contrast')).toBe(teamsHighContrastTheme);
  });

  it('computes WCAG luminance for black and white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
  });
});
