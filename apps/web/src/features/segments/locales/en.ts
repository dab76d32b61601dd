/** English strings of saved segments (`segments.*`). */
export const segmentsEn = {
  title: 'Segments',
  subtitle:
    'Saved filters that stay up to date (e.g. high-value, at-risk) and static lists of hand-picked customers.',
  newFromList: 'New segment from the customer list',
  searchPlaceholder: 'Search segments',
  empty: 'No segments yet. Filter the customer list and choose “Save as segment”.',
  deleteConfirm: 'Delete this segment? Its customers stay; the segment can be restored afterwards.',
  editTitle: 'Edit segment',
  refine: 'Edit filters',
  refineHelp: 'Open the customer list with these filters, to adjust them and save a new segment.',
  memberCount: '{{count}} customers',
  fields: {
    name: 'Name',
    description: 'Description',
    kind: 'Type',
    members: 'Members',
    owner: 'Created by',
  },
  kinds: {
    dynamic: 'Saved filters',
    static: 'Static lists',
  },
  picker: {
    label: 'Segment',
    placeholder: 'Any segment',
    none: 'No segments yet',
  },
  save: {
    button: 'Save as segment',
    disabledHelp: 'Search or filter the list first; a chosen segment cannot be saved again.',
    title: 'Save the current filters as a segment',
    help: 'The segment keeps these search terms and filters, so it always shows the customers that match them now.',
    namePlaceholder: 'e.g. High-value customers in East China',
    done: 'Segment “{{name}}” saved.',
  },
  addToList: {
    button: 'Add to list',
    title: 'Add {{count}} customers to a static list',
    existing: 'An existing list',
    new: 'A new list',
    list: 'List',
    submit: 'Add',
    done: '{{count}} customers added to “{{name}}”.',
  },
  removeFromList: {
    button: 'Remove from this list',
    done: '{{count}} customers removed from the list.',
  },
} as const;
