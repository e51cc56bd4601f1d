// The home page's list of meetings, newest first, on pages of bounded size with links to each year.

import type { Meeting } from "../model.js";
import { meetingYear } from "./decision-log.js";
import { yearAnchor } from "./group-anchors.js";
import { type JumpTarget, jumpTargets, type Page, paginate } from "./paginate.js";

/** Meetings per page of the home page: a year or two of weekly meetings. */
export const MEETINGS_PER_PAGE = 100;

export interface MeetingList {
  pages: Array<Page<Meeting>>;
  /** Where each year starts across the pages, newest first. */
  years: JumpTarget[];
}

/** @param meetings oldest first, as on the Site */
export function buildMeetingList(meetings: readonly Meeting[]): MeetingList {
  const pages = paginate([...meetings].reverse(), "/", MEETINGS_PER_PAGE);
  return { pages, years: jumpTargets(pages, meetingYear, yearAnchor) };
}
