import type { GlobalFunction } from '../globals-types';

/** The Plan of Action sidebar's globals: opening it, its server functions, the appeal log. */
export const planOfActionGlobals: readonly GlobalFunction[] = [
  {
    name: 'showPlanOfAction',
    kind: 'menu',
    summary:
      'Opens the Plan of Action sidebar: a guided draft built on your report sheets, written into a Google Doc.',
    params: [],
  },
  {
    name: 'openAppealLog',
    kind: 'menu',
    summary:
      'Opens the Appeal log sheet (created on first use): one row per Plan of Action with its channel, Case ID, Doc and follow-up date.',
    params: [],
  },
  {
    name: 'planOfActionOpen',
    kind: 'sidebar',
    summary:
      'Sidebar: the saved draft, the metrics and findings of the report sheets, and the ASINs with their product names.',
    params: [],
    returns: { type: 'Object', description: 'What the sidebar needs when it opens.' },
  },
  {
    name: 'planOfActionSave',
    kind: 'sidebar',
    summary: "Sidebar: saves the wizard's state in this spreadsheet's document properties.",
    params: [{ name: 'state', type: 'Object', description: 'The wizard state, as plain JSON.' }],
    returns: { type: 'Object', description: 'When it was saved and its size in bytes.' },
  },
  {
    name: 'planOfActionReview',
    kind: 'sidebar',
    summary:
      'Sidebar: flags emotional or threatening wording, promises without a date, numbers not in the data, buyer data and length. Never changes the draft.',
    params: [
      { name: 'draft', type: 'Object', description: 'The plan draft, as plain JSON.' },
      {
        name: 'openedWith',
        type: 'string',
        description:
          "What the report sheets held at open (planOfActionOpen's openedWith): a flag says when they changed since.",
      },
    ],
    returns: { type: 'Array<Object>', description: 'The review flags.' },
  },
  {
    name: 'planOfActionGenerate',
    kind: 'sidebar',
    summary:
      'Sidebar: writes the plan into a new Google Doc, adds a row to the Appeal log, and returns the link and the plain text.',
    params: [
      { name: 'draft', type: 'Object', description: 'The plan draft, as plain JSON.' },
      {
        name: 'submission',
        type: 'Object',
        description:
          'How the seller will submit it: { channel: "form" | "email" | "phone" | "chat" }.',
      },
      {
        name: 'openedWith',
        type: 'string',
        description:
          'What the report sheets held at open: refused when they changed since, until the sidebar is reopened.',
      },
    ],
    returns: {
      type: 'Object',
      description: "The Doc's title and link and the plan as plain text.",
    },
  },
];
