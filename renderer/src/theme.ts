import { webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Fluent's light theme with a font stack that draws every Vietnamese letter: Segoe UI on
 * Windows; Liberation Sans 2 where Segoe UI is absent (Linux test machines) — the older
 * fallbacks lack ơ/ư with tones and would mix fonts inside a word.
 */
export const FONT_STACK = "'Segoe UI', 'Liberation Sans', Arial, sans-serif";

export const theme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };
