/** The public fault-report page an equipment label's QR opens (en). */
export default {
  report: {
    brand: 'Report a fault',
    equipment: 'Equipment',
    title: 'What is wrong?',
    description: 'The problem',
    descriptionPlaceholder: 'e.g. The lift makes a grinding noise',
    descriptionRule: 'Please describe the problem in a few words',
    name: 'Your name',
    phone: 'Phone',
    phoneRule: 'Please enter a valid phone number',
    optional: 'Optional',
    photo: 'Photo (optional)',
    privacy: 'Your name and phone are only used by the service desk to follow up.',
    submit: 'Send report',
    thanks: 'Received, thank you!',
    thanksText: 'The park service desk has your report and will deal with it soon.',
    photoFailed: 'The photo could not be uploaded; the report was sent.',
    notFound: 'This equipment was not found; please check the QR code',
  },
};
