import type { Messages } from './vi';

/** English, for users who switch: the same keys as Vietnamese. */
export const en: Messages = {
  app: { name: 'wardplan', tagline: 'Socio-economic development plan 2026–2030', skip: 'Skip to main content' },
  nav: {
    dashboard: 'Overview', indicators: 'Indicators', tasks: 'Tasks', import: 'Import plan', inbox: 'Reminders',
    reports: 'Reports', comparison: 'Compare wards', settings: 'Reminder settings', menu: 'Menu',
  },
  session: {
    signOut: 'Sign out', ward: 'Ward', unit: 'Unit', roles: 'Roles', language: 'Language', switchTo: 'Tiếng Việt',
    loading: 'Loading…', noWard: 'City account',
  },
  roles: {
    'platform-admin': 'Platform administrator', 'city-viewer': 'City leader or department', 'ward-admin': 'Ward office',
    'ward-leader': 'Ward leader', 'unit-officer': 'Unit officer',
  },
  status: { ACHIEVED: 'Achieved', ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track', NO_DATA: 'No data yet' },
  valueStatus: { DRAFT: 'Draft', SUBMITTED: 'Submitted, awaiting approval', APPROVED: 'Approved', RETURNED: 'Returned' },
  taskStatus: {
    PLANNED: 'Planned', IN_PROGRESS: 'In progress', OVERDUE: 'Overdue', DONE: 'Done', SUBMITTED: 'Submitted, awaiting review',
    ACCEPTED: 'Accepted', RETURNED: 'Returned',
  },
  historyAction: { ENTERED: 'Entered', UPDATED: 'Changed', SUBMITTED: 'Submitted', APPROVED: 'Approved', RETURNED: 'Returned' },
  common: {
    year: 'Year', all: 'All', save: 'Save', cancel: 'Cancel', close: 'Close', retry: 'Try again', loading: 'Loading…',
    empty: 'Nothing here.', saved: 'Saved.', search: 'Search', filter: 'Filter', total: 'Total', details: 'Details',
    back: 'Back', download: 'Download',
  },
  dashboard: {
    title: 'Overview {{year}}', asOf: 'Figures as of {{date}}', indicators: 'Indicators', tasks: 'Tasks', byStatus: 'By status',
    byUnit: 'By lead unit', byField: 'By field', overdue: 'Overdue deliverables', noOverdue: 'No overdue deliverables.',
    units: "Units' records", due: 'Due', onTime: 'On time', late: 'Late', missing: 'Missing', notYetDue: 'Not yet due',
    value: 'Value', target: 'Target', status: 'Status', indicator: 'Indicator', trend: 'Trend against the target',
    dueDate: 'Due', leadUnit: 'Lead unit', task: 'Task',
  },
  indicators: {
    title: 'Indicators of the plan', group: 'Group', advisingUnit: 'Advising unit', leader: 'Directing leader', status: 'Status',
    measureUnit: 'Unit of measure', target: 'Target', yearly: 'Every year', byEnd: 'By 2030', baseline: 'Baseline',
    values: 'Values by year', history: 'History', assessment: 'Assessment {{year}}', noValue: 'Not entered',
    enter: 'Enter the {{year}} value', value: 'Value', source: 'Source', note: 'Note', saveDraft: 'Save draft',
    submit: 'Submit for approval', approve: 'Approve', return: 'Return', returnComment: 'Why it is returned',
    returnedWith: 'Returned: {{comment}}', comments: 'Comments', period: 'Period', by: 'By', action: 'Action', at: 'When',
    valueInvalid: 'The value must be a number, e.g. 99.5 or 1,234.5.', valueRequired: 'Enter a value.',
    commentRequired: 'Say why it is returned so the unit knows what to fix.', tooLong: 'At most {{max}} characters.',
    achievedRate: 'Rate achieved', neededRate: 'Rate needed in the remaining years', chart: 'Values by year against the target band',
    targetBand: 'Target band', submitted: 'Value submitted to the ward office.', approved: 'Value approved.',
    returned: 'Value returned to the unit.',
  },
  tasks: {
    title: 'Tasks', list: 'List', board: 'Board by status', field: 'Field', leadUnit: 'Lead unit', coordinating: 'Coordinating units',
    leader: 'Directing leader', output: 'Output', period: 'Period', deliverables: 'Deliverables', dueDate: 'Due date', state: 'State',
    progress: 'Progress reports', addProgress: 'Send a progress report', progressText: 'Text', percent: 'Percent complete',
    submit: 'Submit deliverable', accept: 'Accept', return: 'Return', comment: 'Comment',
    progressRequired: 'Write what has been done.', percentInvalid: 'Percent is a number from 0 to 100.',
  },
  reports: {
    title: 'Reports', annual: 'Annual report {{year}} on the plan', midterm: 'Mid-term review (2026–2028)',
    final: 'End-of-term review (2026–2030)', formats: 'Formats', comparison: 'Wards compared, {{year}}', rank: 'Rank', ward: 'Ward',
    share: 'Share of indicators achieved or on track', onTrack: 'Achieved/on track', assessed: 'Assessed', sharedBy: 'Wards sharing it',
  },
  inbox: {
    title: 'Reminders', unread: '{{count}} unread', markRead: 'Mark as read', markAllRead: 'Mark all as read',
    empty: 'No reminders.', open: 'Open',
  },
  planImport: {
    title: 'Import the plan document', file: 'Plan file (.docx, .xlsx or .txt)', preview: 'Preview (nothing saved)',
    commit: 'Save into wardplan', previewTitle: 'What the import read', warnings: 'Warnings to review ({{count}})', noWarnings: 'No warnings.',
    counts: '{{total}} rows: {{created}} new, {{updated}} changed, {{unchanged}} unchanged', line: 'Line',
    committed: 'Plan {{number}} saved.', chooseFile: 'Choose the plan file.', plan: 'Plan no. {{number}} of {{date}}',
    change: 'Change',
  },
  settings: {
    title: 'Reminder settings', policy: 'Reminder policy', before: 'Remind before the due date (working days, comma-separated)',
    onDueDay: 'Remind on the due day', overdueEvery: 'When overdue, remind every (working days)', maxOverdue: 'At most this many overdue reminders',
    escalateAfter: 'Tell the directing leader after this many working days overdue', sendTime: 'Send at', quietFrom: 'Quiet from',
    quietUntil: 'until', valueDueDay: 'Yearly indicator values due (month-day, e.g. 11-30)', replanned: 'Saved; {{count}} deadlines re-planned.',
    calendar: 'Working calendar {{year}}', tet: 'Lunar New Year: {{date}}', dayOff: 'Day off', date: 'Date', name: 'Name',
    kind: 'Kind', addDay: 'Add the day', extraDayOff: 'Extra day off', workingWeekend: 'Weekend working day', remove: 'Remove',
    source: 'Source', daysInvalid: 'Numbers from 1 to 60, comma-separated.', numberInvalid: 'A whole number.',
    dayInvalid: 'Month-day such as 11-30.', nameRequired: 'Name the day.', dateRequired: 'Choose the date.',
    workingWeekendDays: 'Weekend working days',
  },
  errors: {
    title: 'That did not work', network: 'The server could not be reached. Check the network and try again; what you typed is kept.',
    forbidden: 'Your account may not do this.', notFound: 'Not found.',
    server: 'The system had an error. What you typed is kept; try again in a few minutes.', kept: 'What you typed is kept.',
  },
};
