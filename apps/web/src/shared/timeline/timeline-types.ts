import type { ApiPaths, ApiRequest, ApiResponse } from '../api/api-shapes';

type TimelinePath = Extract<keyof ApiPaths, `/api/v1/${string}/{id}/timeline`>;
type InteractionsPath = Extract<keyof ApiPaths, `/api/v1/${string}/{id}/interactions`>;
type CollectionOf<Path, Suffix extends string> = Path extends `/api/v1/${infer C}/{id}/${Suffix}`
  ? C
  : never;

/** The API collections whose records have a timeline: `GET /api/v1/<collection>/{id}/timeline`. */
export type TimelineCollection = CollectionOf<TimelinePath, 'timeline'>;
/** Those where interactions are logged: `POST /api/v1/<collection>/{id}/interactions`. */
export type InteractionCollection = CollectionOf<InteractionsPath, 'interactions'>;

export type TimelineEvent = ApiResponse<TimelinePath, 'get'>['items'][number];
export type TimelineEventKind = TimelineEvent['kind'];
export type LogInteractionRequest = ApiRequest<InteractionsPath, 'post'>;
export type InteractionKind = LogInteractionRequest['kind'];
