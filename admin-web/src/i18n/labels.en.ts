/** Equipment QR labels, public fault reports, the board's filters and the home page (en). */
export default {
  labels: {
    scanToReport: 'Scan to report a fault',
    back: 'Back',
    a4: 'A4 sheet (21 a page)',
    roll: 'Label printer 60×40 mm',
    count: 'No labels | 1 label | {n} labels',
    print: 'Print labels',
    printChosen: 'Print labels | Print 1 label | Print {n} labels',
    none: 'Nothing to print: tick equipment in the ledger first',
  },
  faultReports: {
    title: 'QR fault reports',
    unverified: 'Unverified',
    anonymous: 'No name given',
    noPhone: 'No phone given',
    filed: 'First report',
    joined: 'Repeat report, joined to this order',
  },
  boardFilters: {
    states: 'Status',
    priorities: 'Priority',
    building: 'Building',
    search: 'Number / title / place',
    reset: 'Reset',
  },
  workOrder: {
    sources: { PUBLIC_REPORT: 'QR report' },
    actions: { PUBLIC_REPORT: 'Reported again', REDISPATCH: 'Re-dispatch' },
    redispatchTitle: 'Re-dispatch {number}',
  },
};
