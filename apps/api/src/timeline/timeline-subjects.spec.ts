import { PATH_METADATA } from '@nestjs/common/constants';
import { NotFoundError } from '../common/errors/app-error';
import { POLICY_KEY } from '../authz/policy.decorator';
import { timelineController } from './timeline.controller';
import {
  kindsToList,
  type TimelineRoutes,
  type TimelineSubject,
  TimelineSubjects,
} from './timeline-subjects';

const routes: TimelineRoutes = {
  subjectType: 'lead',
  authzSubject: 'Opportunity',
  path: 'opportunities',
  tag: 'opportunities',
  list: { summary: 'List', description: 'Lists.' },
  log: { summary: 'Log', description: 'Logs.' },
};

function subject(): TimelineSubject {
  return {
    routes,
    findReadable: () => Promise.resolve({}),
    prepareInteraction: () => Promise.resolve(() => Promise.resolve()),
  };
}

describe('TimelineSubjects', () => {
  it('answers 404 for a kind of record that registered no timeline', () => {
    const subjects = new TimelineSubjects();
    subjects.register(subject());
    expect(() => subjects.get('customer')).toThrow(NotFoundError);
    expect(subjects.get('lead').routes).toBe(routes);
  });

  it('refuses a second registration of the same subject type', () => {
    const subjects = new TimelineSubjects();
    subjects.register(subject());
    expect(() => subjects.register(subject())).toThrow('registered already');
  });
});

describe('timelineController', () => {
  it('makes the routes under the subject path, guarded by its permissions, named for it', () => {
    const controller = timelineController(routes);
    expect(controller.name).toBe('OpportunityTimelineController');
    expect(Reflect.getMetadata(PATH_METADATA, controller)).toBe('opportunities/:id');
    const prototype = controller.prototype as Record<string, object>;
    expect(Reflect.getMetadata(POLICY_KEY, prototype.list)).toEqual({
      action: 'read',
      subject: 'Opportunity',
    });
    expect(Reflect.getMetadata(POLICY_KEY, prototype.log)).toEqual({
      action: 'update',
      subject: 'Opportunity',
    });
  });
});

describe('kindsToList', () => {
  it('keeps the request as it is when the subject narrows nothing', () => {
    expect(kindsToList(undefined, undefined)).toBeUndefined();
    expect(kindsToList('call', undefined)).toEqual(['call']);
    expect(kindsToList(['call', 'note'], undefined)).toEqual(['call', 'note']);
  });

  it('narrows the request, or every kind, to the readable kinds', () => {
    expect(kindsToList(undefined, ['call', 'created'])).toEqual(['call', 'created']);
    expect(kindsToList(['call', 'note'], ['call', 'created'])).toEqual(['call']);
    expect(kindsToList('note', ['call'])).toEqual([]);
  });
});
