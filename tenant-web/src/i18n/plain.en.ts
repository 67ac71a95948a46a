/** Issue 16: plain-language additions of the portal. */
export default {
  rateFirst: 'Pick a star rating first',
  repairScope: { mine: 'Filed by me', company: 'Whole company' },
  system: {
    autoDispatch: 'Auto-dispatch',
    platform: 'System',
    actors: {
      AUTO_DISPATCH: 'Auto-dispatch',
      MAINTENANCE_PLAN: 'Maintenance plan',
      QR_REPORT: 'QR report (unverified)',
      SYSTEM: 'System',
    },
  },
};
