import type { LocalizedText } from './relationship-api-types';

/** The Chinese or English wording of a relationship label, for the console's language. */
export function localizedText(text: LocalizedText, language: string): string {
  return language.toLowerCase().startsWith('en') ? text.en : text.zh;
}
