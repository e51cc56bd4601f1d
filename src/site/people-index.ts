// People: for every @handle a note mentions and every owner of an action item, the meetings that
// mention them and the actions they own, in one pass over all meetings.

import type { Action, Meeting } from "../model.js";
import { initialAnchor } from "./group-anchors.js";
import { personPath, personSlug } from "./person-path.js";
import { type JumpTarget, jumpTargets, type Page, paginate } from "./paginate.js";

/** People per page of /people/. */
export const PEOPLE_PER_PAGE = 500;
/** Meetings and actions per page of one person. */
export const PERSON_ITEMS_PER_PAGE = 300;

export interface PersonMeeting {
  meeting: Meeting;
  /** Whether the note @mentions the person (else they only own actions in it). */
  mentioned: boolean;
  /** Action items of that meeting the person owns. */
  actions: Action[];
}

export interface Person {
  /** The page's key: the handle without `@`, or the name lower-cased (see personSlug). */
  key: string;
  /** As shown: `@handle` if a note ever @mentions them, else the name as first written. */
  name: string;
  path: string;
  /** Newest first. */
  meetings: PersonMeeting[];
  actions: number;
}

export interface PeopleIndex {
  people: Map<string, Person>;
  /** Alphabetical by key. */
  sorted: Person[];
  /** Pages of /people/. */
  pages: Array<Page<Person>>;
  /** Where each initial starts across those pages. */
  initials: JumpTarget[];
  /** Pages of each person, newest meeting first, at /people/<key>/. */
  personPages: Array<Page<PersonMeeting> & { person: Person }>;
}

export function initialOf(person: Pick<Person, "key">): string {
  const first = person.key[0] ?? "";
  return /\p{L}/u.test(first) ? first : "#";
}

/**
 * @param meetings oldest first, as on the Site
 * @example buildPeopleIndex(meetings).people.get("seph")?.actions // 4
 */
export function buildPeopleIndex(meetings: readonly Meeting[]): PeopleIndex {
  const people = new Map<string, Person>();
  const personFor = (written: string, key = personSlug(written)): Person | null => {
    if (!key) return null;
    let person = people.get(key);
    if (!person) {
      person = { key, name: written, path: personPath(key), meetings: [], actions: 0 };
      people.set(key, person);
    } else if (written.startsWith("@") && !person.name.startsWith("@")) {
      person.name = written;
    }
    return person;
  };
  for (const meeting of meetings) {
    const here = new Map<Person, PersonMeeting>();
    const entryFor = (person: Person) => {
      let entry = here.get(person);
      if (!entry) {
        entry = { meeting, mentioned: false, actions: [] };
        here.set(person, entry);
      }
      return entry;
    };
    for (const handle of meeting.people) {
      const person = personFor(handle);
      if (person) entryFor(person).mentioned = true;
    }
    for (const action of meeting.actions) {
      const owners = new Set(action.names.map((name) => personFor(name)));
      for (const person of owners) {
        if (!person) continue;
        entryFor(person).actions.push(action);
        person.actions++;
      }
    }
    for (const [person, entry] of here) person.meetings.push(entry);
  }
  for (const person of people.values()) person.meetings.reverse();
  const sorted = [...people.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const pages = paginate(sorted, "/people/", PEOPLE_PER_PAGE);
  return {
    people,
    sorted,
    pages,
    initials: jumpTargets(pages, initialOf, initialAnchor),
    personPages: sorted.flatMap((person) =>
      paginate(person.meetings, person.path, PERSON_ITEMS_PER_PAGE, (entry) => 1 + entry.actions.length).map((page) => ({ ...page, person })),
    ),
  };
}
