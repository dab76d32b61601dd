import type { Dayjs } from 'dayjs';
import type { InteractionKind, LogInteractionRequest } from './timeline-types';

/** The "log interaction" form as antd holds it. */
export interface InteractionValues {
  kind: InteractionKind;
  occurredAt?: Dayjs | null;
  summary: string;
  participants?: string[];
  outcome?: string;
  /** `YYYY-MM-DD`. */
  nextFollowUpOn?: string;
}

export const INTERACTION_FORM_FIELDS = [
  'kind',
  'occurredAt',
  'summary',
  'participants',
  'outcome',
  'nextFollowUpOn',
] as const satisfies readonly (keyof InteractionValues)[];

/** The request body: trimmed, and without the optional parts left empty. */
export function toLogInteractionRequest(values: InteractionValues): LogInteractionRequest {
  const participants = (values.participants ?? []).map((name) => name.trim()).filter(Boolean);
  const outcome = values.outcome?.trim();
  return {
    kind: values.kind,
    summary: values.summary.trim(),
    ...(values.occurredAt ? { occurredAt: values.occurredAt.toISOString() } : {}),
    ...(participants.length > 0 ? { participants } : {}),
    ...(outcome ? { outcome } : {}),
    ...(values.nextFollowUpOn ? { nextFollowUpOn: values.nextFollowUpOn } : {}),
  };
}
