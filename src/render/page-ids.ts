// Ids the meeting page itself uses (layout and summary). A note's headings and decisions never
// take one, so a link to a decision can never land on the page's own furniture instead.

export const MEETING_PAGE_IDS: readonly string[] = [
  "main",
  // The search box the layout carries on main's pages.
  "site-search",
  "meeting-summary",
  "meeting-highlights",
  "meeting-decisions",
  "meeting-actions",
  "meeting-issues",
];
