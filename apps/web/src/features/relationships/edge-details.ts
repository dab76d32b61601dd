import type { RelationshipGraphEdge } from './relationship-api-types';
import { localizedText } from './localized-text';

type EdgeDetailFields = Pick<RelationshipGraphEdge, 'percentage' | 'title' | 'startsOn' | 'endsOn'>;

/** "60.00" → "60%", "12.50" → "12.5%": the API's two-decimal string without trailing zeros. */
export function formatPercentage(value: string): string {
  const [whole = value, fraction = ''] = value.split('.');
  const kept = fraction.replace(/0+$/, '');
  return `${whole}${kept ? `.${kept}` : ''}%`;
}

/** "2020-01-01 – 2023-05-31"; an open end stays open ("2020-01-01 –"); null without dates. */
export function formatPeriod(startsOn: string | null, endsOn: string | null): string | null {
  if (!startsOn && !endsOn) return null;
  return [startsOn ?? '', endsOn ?? ''].join(' – ').trim();
}

/** The details an edge carries, in the order people read them: share, title, period. */
export function edgeDetailTexts(edge: EdgeDetailFields): string[] {
  const period = formatPeriod(edge.startsOn, edge.endsOn);
  return [
    edge.percentage === null ? null : formatPercentage(edge.percentage),
    edge.title,
    period,
  ].filter((text): text is string => text !== null && text !== '');
}

/** The text drawn on a graph edge: its label as the from-customer reads it, then details. */
export function edgeCaption(
  edge: EdgeDetailFields & Pick<RelationshipGraphEdge, 'label'>,
  language: string,
): string {
  return [localizedText(edge.label, language), ...edgeDetailTexts(edge)].join(' · ');
}
