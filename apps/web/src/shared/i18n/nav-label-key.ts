import type { en } from './locales/en';

/** A menu label: one of the keys under `nav` in the translation files. */
export type NavLabelKey = `nav.${keyof typeof en.nav}`;
