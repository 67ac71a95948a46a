/** The portal's read-only view of the company's access groups (en). */
export default {
  access: {
    title: 'Access groups',
    entry: 'Door access',
    entryHint: 'Which doors employees open, and when',
    intro:
      'The park office sets up access groups: the doors they open and when. Ask them to change who is in a group.',
    empty: 'Your company has no access groups yet',
    noMore: 'No more',
    points: 'Doors',
    schedule: 'Hours',
    members: 'Members ({n})',
    noMembers: 'No members yet',
    noPoints: 'No doors yet',
    allDay: 'All day',
    overnight: '{start}–{end} next day',
    days: { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' },
    daySeparator: ', ',
    weekdays: 'Mon–Fri',
    everyDay: 'Every day',
    weekend: 'Sat, Sun',
    kinds: { GATE: 'Gate', DOOR: 'Door', BARRIER: 'Barrier', ELEVATOR: 'Lift' },
  },
};
