// Who counts as a person in a note, learnt from the note itself: @handles, and words that act as
// people do ("seph thinks", "Groob proposes", "Thanks Teddy", "Teddy and seph"). Notes name
// people by lower-case nicknames and first names that no fixed list would hold.

import { allMatches } from "./all-matches.js";
import { cueWords } from "./cue-words.js";
import { isFirstName } from "./first-names.js";
import { isQuestion } from "./sentence-cues.js";
import type { Section } from "../model.js";
import type { Block, NoteText, Sentence } from "./walk.js";
import { isWhiteSpace } from "./white-space.js";

/** A word that could be a name: letters of any script, an optional @, inner dashes. Patterns that hold it need the u flag. */
export const NAME_WORD = String.raw`(?<![\p{L}\p{N}_@-])@?\p{L}[\p{L}\p{N}_-]*(?:@[\w-]+)?(?![\p{L}\p{N}_@-])`;

/** Words that stand where a name would but never are one. */
const NOT_NAMES = new Set(
  ("i we you he she it they me us him her them this that these those there here who what which someone somebody everyone " +
    "everybody anyone anybody nobody noone one each some all both several many most few folks people the a an and or but " +
    "so then also if when while discussion conversation conclusion consensus question answer update note issue nothing " +
    "something everything thanks kudos status theme proposal suggestion todo decision maybe perhaps probably right now " +
    "currently generally general broad there's it's that's what's nobody's has have had is are was were be been do does did " +
    "of to in on at for with by from as about any how yes no not else other absent group team committee board council tsc tac toc pmc wg room meeting call " +
    "members attendees participants maintainers contributors reviewers moderators organizers organisers " +
    "need needs want wants intend intends plan plans hope hopes try going where why because although though since after before unless until whereas however therefore").split(" "),
);

// Verbs only people do. Speaking and believing mark even a lower-case word as a name ("seph
// thinks"); doing marks only a capitalised one, since "work is ongoing" has a subject too.
const SAYING = [
  "says", "said", "thinks", "thought", "mentions", "mentioned", "asks", "asked", "proposes", "proposed", "suggests", "suggested",
  "likes", "liked", "doesn't like", "does not like", "wants", "would like", "would love", "reports", "comments", "commented",
  "volunteers", "volunteered", "offers", "offered", "believes", "advocates", "has often advocated", "recommends", "argues",
  "pinged", "noticed", "wishes", "prefers", "talked", "reached out", "points out", "pointed out", "is in favour", "is in favor", "via slack", "via PR",
];
const STATES = [
  "working", "looking", "investigating", "leading", "planning", "trying", "fighting", "polishing", "doing", "speaking", "starting",
  "getting", "prepping", "chatting", "happy", "excited", "leaving",
];
const TASKS = ["try", "take", "look", "review", "do", "investigate", "summarize", "verify", "check", "prepare", "move", "remove"];
const DOING = [
  ...STATES.flatMap((state) => [`is still ${state}`, `is ${state}`]),
  "are working", "are leading", "are looking", "are chatting", "were chatting",
  "has been working", "has been looking", "has been moving", "has been doing",
  ...TASKS.map((task) => `will ${task}`),
  "agrees", "agreed", "feels", "felt", "confirmed", "explained", "presented", "demoed", "started", "filed", "did", "has done", "has looked",
];
const SAYS = String.raw`(?:${SAYING.join("|")})\b`;
const DOES = String.raw`(?:${DOING.join("|")})\b`;

// The name opens a clause ("seph says", "..., and Zach will look"), so "his usage comments" and
// "the billing page says" are not people.
const SUBJECT = String.raw`(?:^|[(,;:]\s*|\s--\s+|\band\s+)(${NAME_WORD})(?:\s+\([^)]*\))?\s+(?:and\s+(${NAME_WORD})\s+)?(?:(?:really|also|still|often|just|has|have|had)\s+)*`;
// THANKED is looked for only where these words are (it allows more space in "work from").
const HAS_THANKS = /\b(?:thank|kudos|work from|welcome)/i;
const SUBJECT_OF_SAYS = new RegExp(SUBJECT + SAYS, "gu");
const SUBJECT_OF_DOES = new RegExp(SUBJECT + DOES, "gu");
const THANKED = new RegExp(String.raw`\b(?:thanks?(?:\s+(?:to|you))?|kudos\s+to|(?:great|huge|big)\s+work\s+from|welcome)\s+((?:${NAME_WORD})(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)${NAME_WORD})*)`, "giu");
const LIST_OF_NAMES = new RegExp(String.raw`(${NAME_WORD})((?:(?:,\s*|,?\s+and\s+|\s*&\s*)${NAME_WORD})+)`, "gu");

/**
 * Cue words (see cue-words.ts) the patterns above cannot match without, looked for in one pass
 * over a sentence first: most sentences have none. test/extract/pattern-words.test.ts holds each
 * list to its pattern.
 */
export const PERSON_WORDS = cueWords({
  // The verbs follow a space (the subject's) and end a word.
  says: SAYING.map((verb) => ` ${verb} `),
  does: DOING.map((verb) => ` ${verb} `),
  thanks: [" thank", " kudos", " work from", " welcome"],
  // Names in a list are joined by a comma, an ampersand (both looked for with includes) or "and".
  and: [" and "],
});
/** The pattern each list of words is for, for the test. */
export const PERSON_PATTERNS = { says: SUBJECT_OF_SAYS, does: SUBJECT_OF_DOES, thanks: HAS_THANKS, and: LIST_OF_NAMES };

/** Whether a sentence with these cue words may list names: LIST_OF_NAMES needs a comma, an ampersand or "and". */
export function mayListNames(text: string, words: number): boolean {
  return (words & PERSON_WORDS.bit.and) !== 0 || text.includes(",") || text.includes("&");
}
const HANDLE = /(?<![\w@])@[A-Za-z0-9][\w-]*/g;

/** How a name opens; a word that does never opens with a digit. */
const NAME_START = /^@?\p{L}/u;

export function isNameLike(word: string): boolean {
  // The pattern first: it allocates nothing, and most words it turns away are no words at all ("-", "2").
  return NAME_START.test(word) && !NOT_NAMES.has(word.toLowerCase());
}

/** "Alessandro, Sharvil, and seph" -> ["Alessandro", "Sharvil", "seph"] */
export function splitNames(list: string): string[] {
  return list.split(/\s*(?:,\s*and\s+|,|\s+and\s+|\s+or\s+|&|\/)\s*/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Where lower-casing and a /iu pattern part: "İ" lower-cases to two characters ("i̇"), which would
 * move every index after it, and matches no "i"; the long s matches "s" but lower-cases to itself.
 */
const DOTTED_I = /\u0130/g;
const LONG_S = /\u017f/g;
const TO_FOLD = /[\u0130\u017f]/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** [\p{L}\p{N}_@-]: what names and handles are made of (see NAME_WORD). */
function isNameChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x40 || code === 0x2d;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * Whether `text` has one of the lower-cased `names` as a whole word, as the pattern
 * /(?<![\p{L}\p{N}_@-])(?:name|...)(?![\p{L}\p{N}_@-])/iu would find.
 * Searched for name by name: a pattern of a note's names would be compiled anew for every note,
 * at about 0.1 ms each.
 */
export function mentionsAny(text: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const lower = (TO_FOLD.test(text) ? text.replace(DOTTED_I, "\u0131").replace(LONG_S, "s") : text).toLowerCase();
  for (const name of names) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      if (!isNameChar(lower.charCodeAt(at - 1)) && !isNameChar(lower.charCodeAt(at + name.length))) return true;
    }
  }
  return false;
}

/** Where a note lists who came: a heading or lead-in "Attendees", or a line "Present: A, B". */
const ATTENDANCE = /^(?:attendees|attendance|attending|in attendance|present|participants|people present|who(?:'s| is) here)\b/i;
/**
 * A heading naming whose attendance it lists: "Voting member attendance", "TSC members present",
 * "Roll call", "Voting member rollcall:". The word before says who, so "Improving meeting attendance" heads business.
 */
const QUALIFIED_ATTENDANCE = /^(?:(?:[\w'-]+\s+){0,2}(?:members?|maintainers?|representatives?|observers?|voting|committee|board|team|staff|tsc|tac|wg)\s+(?:attendees|attendance|present|participants|roll[ -]?call)\s*(?:\([^)]*\))?\s*:?$|roll[ -]?call\b)/i;

/** Each section's answer: every block under it asks, several times over. */
const attendanceSections = new WeakMap<Section, boolean>();

function attendanceHeading(section: Section | null): boolean {
  if (!section) return false;
  let answer = attendanceSections.get(section);
  if (answer === undefined) attendanceSections.set(section, (answer = ATTENDANCE.test(section.title) || QUALIFIED_ATTENDANCE.test(section.title)));
  return answer;
}

/**
 * Whether `block` lists who came: an item under a lead-in "Attendees:", or under the heading with
 * no lead-in of its own, or a line of names there. Notes often run on under "### Attendees" with
 * no heading of their own, and what follows the list is the meeting's business.
 */
export function inAttendanceList(block: Block): boolean {
  if (block.kind === "item" && (ATTENDANCE.test(block.leadIn ?? "") || leadsAttendance(block.leadIn ?? ""))) return true;
  if (!attendanceHeading(block.section)) return false;
  // A lead-in of its own may be the template's instruction ("__Use github alias__"): its items still list who came if they are names.
  if (block.kind === "item") return block.leadIn === null || WHO_CAME.test(block.leadIn) || (block.sentences.length > 0 && namesOnly(block.sentences[0]!.plain));
  if (block.kind !== "paragraph" || block.sentences.length === 0) return false;
  // "The following are absent but support consensus:" introduces more of the list.
  return block.sentences.every((sentence) => namesOnly(sentence.plain)) || (WHO_CAME.test(block.text) && /:\s*$/.test(block.text));
}

/** The column of an attendance table that names who came: "| Name (Affiliation) | Present |", or its first. */
const NAME_COLUMN = /^(?:names?|attendees?|who|persons?|people|members?|participants?)\b/i;

/** A cell of a table under an attendance heading that names someone: "| Prasanth Pulavarthi (Microsoft) | yes |". */
function attendanceCell(block: Block): boolean {
  const place = block.table;
  if (!place || place.row === 0 || !attendanceHeading(block.section)) return false;
  const header = place.of.rows[0]!;
  const named = header.findIndex((cell) => NAME_COLUMN.test(cell.text.trim()));
  return place.column === (named < 0 ? 0 : named);
}

/** A short lead-in naming who came, the names on the lines or items after it: "Present:", "TSC Attendees:". */
const ATTENDANCE_LEAD = /^(?:\S+\s+){0,2}(?:attendees|attendance|participants|present)\s*:\s*$/i;

/** ATTENDANCE_LEAD, tried only on a line that ends with its colon: the pattern tries its first words on any line. */
function leadsAttendance(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return text.charCodeAt(end - 1) === 0x3a && ATTENDANCE_LEAD.test(text);
}
/** Words of a lead-in under the attendance heading that go on with the list: "TSC Attendees:", "Absent:". */
const WHO_CAME = /\b(?:attendees|attendance|attending|present|participants|absent|regrets|apologies|guests)\b/i;
const ATTENDANCE_LINE = /^(?:attendees|attendance|attending|in attendance|present|participants|apologies|regrets|absent)\s*(?::|--|—)\s*(.+)$/i;

/** The entries of a line of attendance, each split into words: "Bob Smith (Acme), Alice" -> [["Bob", "Smith"], ["Alice"]]. */
function attendanceEntries(text: string): string[][] {
  return splitNames(text.replace(/\([^)]*\)/g, " ").replace(/[.;]+\s*$/, "")).map((entry) => entry.split(/\s+/));
}

/** A name is a word or two ("Bob", "Bob Smith"), not a sentence that happens to sit in the list. */
function isAttendee(words: string[]): boolean {
  const particles = words.filter((w) => SURNAME_PARTICLE.test(w)).length;
  return words.length - particles <= 3 && !SURNAME_PARTICLE.test(words[0]!) && words.every((w) => SURNAME_PARTICLE.test(w) || (isNameLike(w) && /^(?:@|\p{Lu})/u.test(w)));
}

/** The lower-case words of surnames: "Lars van der Bijl", "Ana de la Cruz". */
const SURNAME_PARTICLE = /^(?:van|der|den|de|del|della|di|da|dos|du|la|le|von|zu|ten|ter|bin|al)$/;

function namesOnly(text: string): boolean {
  const entries = attendanceEntries(text);
  return entries.length > 0 && entries.every(isAttendee);
}

/** A chat handle, as a line "Attending: m_gol, gnarf, gibson042" lists people by. */
const HANDLE_WORD = /^[\p{L}][\p{L}\p{N}_-]{1,30}$/u;

/**
 * The names in one entry of an attendance list: "Bob Smith (Acme)", "Alice, Carol", and the
 * initials it gives; with `handles` (a line that says it lists who came), handles in lower case too.
 */
function attendees(text: string, handles = false): string[] {
  const names: string[] = [];
  for (const words of attendanceEntries(text)) {
    if (!isAttendee(words) && !(handles && words.length === 1 && HANDLE_WORD.test(words[0]!) && isNameLike(words[0]!))) continue;
    names.push(words[0]!, ...(words.length > 1 ? [words.join(" ")] : []));
  }
  // Minutes that go on to name people by initials say so here: "Syd Bauman (SB)", not "Bob Smith (IBM)".
  for (const match of allMatches(NAME_AND_INITIALS, text)) {
    const first = match.groups!.name!.split(/\s+/).map((w) => w[0]!);
    const initials = match.groups!.initials!;
    if (initials === first.join("") || initials === first[0]! + first.at(-1)!) names.push(initials);
  }
  for (const match of allMatches(LISTED_INITIALS, text)) if (!TECH_ACRONYM.test(match[0])) names.push(match[0]);
  return names;
}

/** A person's initials, as minutes name people ("RP", "ACB"); not the capitals of software ("PR", "CI", "API"). */
const INITIALS = /^\p{Lu}{2,4}$/u;
const TECH_ACRONYM = /^(?:PRS?|MRS?|CI|CD|API|APIS|UI|UX|GUI|IDE|CLI|OS|SDK|ABI|JIT|GC|AI|ML|LLM|CVE|SBOM|OCI|RFC|ETA|TBD|FAQ|URL|HTTP|JSON|YAML|CSV|HTML|CSS|DNS|SSL|TLS|VM|VMS|GPU|CPU|RAM|DB|SQL|AWS|GCP|PDF|README|TODO|FYI|NB|ASAP|EOD|EOW|AOB|AOCB|WIP|LGTM|NEW|DONE)$/;

/** Initials, not a software acronym: "RP", "ACB"; not "PR", "GUI". */
export function looksLikeInitials(word: string): boolean {
  return INITIALS.test(word) && !TECH_ACRONYM.test(word);
}

/** Initials standing as words of an attendance line ("Present: JS JL MA YJ"), not a company's in parentheses ("Bob Smith (IBM)"). */
const LISTED_INITIALS = /(?<=^|[\s,;])\p{Lu}{2,4}(?=$|[\s,;.])/gu;
/** Initials tagging an item with who presents or owns it: "Experiments update [ACB]", "Code PR [SM / RP]". */
const TAGGED_INITIALS = /\[(\p{Lu}{2,4}(?:\s*[/,&]\s*\p{Lu}{2,4})*)\]/gu;

const NAME_AND_INITIALS = /(?<name>\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*\.?){1,2})\s*\((?<initials>\p{Lu}{2,4})\)/gu;

/**
 * A body that meets and decides: "The Committee agrees ...", "Council thinks ...", "the steering
 * committee will ...", and is given tasks: "TSC to ask for Mac help". Patterns that hold it need the i flag.
 */
export const BODY = String.raw`(?:the\s+)?(?:(?:steering|technical|core|program|project|review|advisory|governing)\s+)?(?:committee|council|board|working group|wg|sig|tsc|tac|toc|pmc|sc|directors|trustees)`;

/** Words that open a note's line with a colon and are not a person: "Note: ...", "Resolution: ...". */
export const NOT_A_SPEAKER =
  /^(?:note|notes|update|updates|question|questions|answer|status|summary|context|background|edit|aside|fyi|reminder|also|ps|re|q|a|me|plan|proposal|idea|concern|action|actions|resolution|conclusion|decision|final|outcome|result|agenda|topic|discussion|goal|problem|next|todo|done|attendees|present|recording|link|links|issue|pr|date|time|location|meeting|host|moderator|notetaker|facilitator|chair|minutes|pros|cons|benefit|risk|overview|purpose|objective|objectives|description|details|approach|example|warning|important|tldr|highlights|owner|owners|team|release|version|milestone|source|slides|video|follow-up|followup|agreed|consensus|decided|resolved|verdict|approved|accepted|rejected|adopted|passed|carried|failed|defeated|motion|vote|votes|poll|all|everyone|everybody|group|target|deadline|due|eta|timeline|schedule|blocker|blockers|priority|scope|bug|fix|workaround|reason|feedback|comment|comments|request|requirements|news|announcement|announcements|docs|changelog|branch|repo|cc|option|options|alternative|recommendation|caveat|nb|linux|windows|macos|mac|darwin|freebsd|ubuntu|centos|debian|ios|android|ci|tests|testing|build|builds|packaging|packages|tables|extensions|security|performance|perf|infra|infrastructure|website|blog|slack|github|documentation|homebrew|chocolatey|general|misc|other|meta)$/i;
// "Name: ...", or as IRC-style minutes write it, "[name] ...", or HackMD's author tag, "[name=Tim] ...", or "(Florian) will take a look".
// A speaker may give a surname or its initial, and a role or the time: "David Benjamin: ...", "Luke I: ...", "darrel (chair): ...", "Sam 6:14: ...".
const SPEAKER = new RegExp(String.raw`^(?:(${NAME_WORD}(?:\s\p{Lu}(?:[\p{L}'-]+|\.|(?=\s*[:(])))?)(?:\s+\([^()]{1,30}\)|\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*:\s+(?=\S)|\[(${NAME_WORD})\]\s+(?=\S)|\[name=(${NAME_WORD}(?:\s${NAME_WORD})?)\]\s*(?=\S)|\((\p{Lu}\p{Ll}+)\)\s+(?=\S))`, "u");

/**
 * What SPEAKER needs, looked for first: a bracket opening the line, or a colon before a space
 * ("Name: ..."). Two lines in three with a colon have it only in a link or a time ("10:30"), and
 * the pattern costs more than the search.
 */
function maySpeak(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 0x5b || first === 0x28) return true;
  for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) if (isWhiteSpace(text.charCodeAt(at + 1))) return true;
  return false;
}

/**
 * Who speaks a line of minutes written as dialogue, and what they say: "MDawson: if it's not
 * going to slow projects down ...", "_tromp:_ need 2 more reviews", "[rob] I will add the links",
 * "[name=Tim] let's do it!".
 * Labels ("Note:", "Resolution:") and tags ("[WIP]", "[x]") are no speakers.
 */
export function lineSpeaker(text: string): { name: string; said: string; bracketed: boolean } | null {
  const speaker = maySpeak(text) ? SPEAKER.exec(text) : null;
  if (!speaker) return null;
  const bracketed = speaker[1] === undefined;
  const name = speaker[1] ?? speaker[2] ?? speaker[3] ?? speaker[4]!;
  const [first, surname] = name.split(" ");
  // Initials stay a speaker when they spell a word: "AT: I can work on those", "AS: will check".
  if (!(isNameLike(first!) || (!bracketed && surname === undefined && looksLikeInitials(first!))) || NOT_A_SPEAKER.test(first!)) return null;
  // "(Optional) add tests": a word in parentheses is a speaker only if it is a first name.
  if (speaker[4] !== undefined && !looksLikeFirstName(name)) return null;
  // Two capitalised words are a name only if the first is a first name: not "Open Questions: ...".
  if (!bracketed && surname !== undefined && (!looksLikeFirstName(first!) || NOT_A_SPEAKER.test(surname))) return null;
  // A tag is no speaker: "[x] done", "[WIP] ...".
  if (bracketed && (name.length < 2 || !/\p{Ll}/u.test(name))) return null;
  return { name, said: text.slice(speaker[0].length), bracketed };
}

/** A capitalised word that compromise's lexicon knows as a first name; common words are ruled out first, so the lexicon is loaded only when a note needs it. */
export function looksLikeFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isNameLike(word) && !NOT_A_SPEAKER.test(word) && !/(?:ing|ed|ly)$/.test(word) && isFirstName(word);
}

/** An item that is only a name, as a stand-up's list heads each person's part: "* Greg", "- George:". */
const NAME_ITEM = new RegExp(String.raw`^(?<name>@?${NAME_WORD}(?:\s\p{Lu}[\p{L}'-]*){0,2})\s*:?$`, "u");

/** An item that opens with what someone did at the meeting: "Georgi suggested doing a test release", "Hendrik did a demo". */
const REPORTED_BY = new RegExp(String.raw`^(?<name>${NAME_WORD})\s+(?:\p{Ll}+ed|did|gave|led|ran|showed|brought|spoke|wrote|made|took|said|is|was|has|had)\b`, "u");
/** A sentence that opens with what someone says: "Manuel points out that ...", "Tiago thinks ...". */
const SAID_BY = new RegExp(String.raw`^(?<name>${NAME_WORD})\s+${SAYS}`, "u");

/** A paragraph of minutes that opens with who speaks, and a dash: "Michel - we have full conference support. ...". */
const DASH_SPEAKER = new RegExp(String.raw`^(?<name>${NAME_WORD})\s+[-–—]{1,2}\s+\S`, "u");

/** The person a sentence opens with as the one who says or did something: "Manuel points out ...", "Georgi suggested ...", "Michel: ...", "Michel - ...". */
function openingPerson(text: string, people: ReadonlySet<string>): string | null {
  const name = (SAID_BY.exec(text) ?? REPORTED_BY.exec(text) ?? DASH_SPEAKER.exec(text))?.groups?.name ?? lineSpeaker(text)?.name;
  return name && (people.has(name.toLowerCase()) || looksLikeFirstName(name)) ? name : null;
}

/**
 * Who says the sentences after the first of a paragraph or item that opens with a person saying
 * something: in "Manuel points out that ... Will reach out to Andreas." the task is Manuel's.
 */
export function reporterOf(sentence: Sentence, people: ReadonlySet<string>): string | null {
  const first = sentence.block.sentences[0];
  return first && first !== sentence ? openingPerson(first.plain, people) : null;
}

/**
 * The person whose part of a stand-up a list item is in: "* Greg\n  * Ramping back up, will
 * reach out to Brian", or who raised its topic ("* [Brandt] Wanted to chat ...", "* Georgi
 * suggested a test release\n  * Going to work with Roger on that"). The name heads
 * an item of its own, an ancestor of `block` no more than three levels up, and the note knows it
 * as a person: a first name alone may be a topic ("Decisions:\n- Genesis\n  - Will not take a position").
 * With `questionsDiscussed`, a question someone raised is the meeting's, not a part of theirs.
 */
export function standupPerson(block: Block, people: ReadonlySet<string>, options: { questionsDiscussed?: boolean } = {}): string | null {
  let parent = block.parentItem;
  for (let level = 0; parent && level < 3; level++, parent = parent.parentItem) {
    const first = parent.sentences[0];
    if (!first) continue;
    // A topic its presenter tags: "* [Brandt] Wanted to chat about the roadmap\n  * Will open some issues",
    // "* MRB: core team emeritus invites\n  * I will be making the PR today".
    const head = first.plain.replace(TASK_BOX, "");
    // A question someone brings is the meeting's to discuss: "* Amanieu: using regalloc3 in Cranelift?\n  * plan: ...".
    // Who answers under it may still be them: "* [Lorenzo] Bring back ...?\n  * [Lorenzo] - will do it".
    if (options.questionsDiscussed && isQuestion(head)) continue;
    const speaker = head.startsWith("[") || head.includes(":") ? lineSpeaker(head) : null;
    if (speaker && (speaker.bracketed || people.has(speaker.name.toLowerCase()) || looksLikeInitials(speaker.name))) return speaker.name;
    const reporter = level === 0 ? openingPerson(head, people) : null;
    if (reporter) return reporter;
    if (parent.sentences.length !== 1) continue;
    const name = NAME_ITEM.exec(first.plain)?.groups?.name;
    if (!name) continue;
    if (isPersonItem(name, people)) return name;
  }
  // A list whose lead-in names its person: "Mark:\n\n- PEP 541 is ready\n- will send the e-mail today".
  const lead = block.leadIn ? NAME_ITEM.exec(block.leadIn)?.groups?.name : undefined;
  if (lead && isPersonItem(lead, people)) return lead;
  return block.section ? sectionPerson(block.section, people) : null;
}

/** Whether an item or lead-in that is only a name ("Greg", "Mark:") names someone the note knows. */
function isPersonItem(name: string, people: ReadonlySet<string>): boolean {
  return isNameLike(name.split(/\s/)[0]!) && !NOT_A_SPEAKER.test(name) && (people.has(name.toLowerCase()) || people.has(name.split(/\s/)[0]!.toLowerCase()));
}

/**
 * The last section's person: a section belongs to one note, and so to one set of people, and the
 * sentences asking are read in order, section by section. (A WeakMap of every section cost more
 * than finding the person again: a key added to it is slow once it holds thousands.)
 */
let lastSection: Section | null = null;
let lastPerson: string | null = null;

/** The person a section is of: "#### Keyan\n\n* Will start working on a new codemod". */
function sectionPerson(section: Section, people: ReadonlySet<string>): string | null {
  if (section === lastSection) return lastPerson;
  const name = section.title.length < 40 ? NAME_ITEM.exec(section.title)?.groups?.name : undefined;
  lastPerson = name && isNameLike(name) && !NOT_A_SPEAKER.test(name) && (people.has(name.toLowerCase()) || looksLikeFirstName(name)) ? name : null;
  lastSection = section;
  return lastPerson;
}

/** A Markdown task-list box; a ticked one is work done, or who came in a checklist of attendance. */
export const TASK_BOX = /^\[(?<done>[ xX])\]\s+/;

const cache = new WeakMap<NoteText, ReadonlySet<string>>();

/**
 * The lower-cased names and handles (with `@`) of the people a note mentions.
 * @example peopleIn(walkNote(md.parse("seph thinks so. Teddy and seph agree.", env), 0)) // Set { "seph", "teddy" }
 */
/** A person's name as a link to their address: Google Docs writes a mention so ("[Xander Cesari](mailto:...) to host"). */
const MAILED_NAME = /^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,2}$/u;

/** Whether a block has a link: most have none, and looking costs less than searching its text for "mailto:". */
function hasLink(block: Block): boolean {
  for (const child of block.inline.children ?? []) if (child.type === "link_open") return true;
  return false;
}

/** The names, and the first names, of the people a block links to by address, lower-cased. */
function mailedNames(block: Block): string[] {
  const names: string[] = [];
  const children = block.inline.children ?? [];
  children.forEach((child, i) => {
    const text = children[i + 1];
    if (child.type !== "link_open" || !/^mailto:/i.test(child.attrGet("href") ?? "") || text?.type !== "text") return;
    const name = text.content.trim();
    if (MAILED_NAME.test(name) && isNameLike(name.split(" ")[0]!)) names.push(name.toLowerCase(), name.split(" ")[0]!.toLowerCase());
  });
  return names;
}

/** Front matter's keys for who came: Jekyll and Hugo meeting notes list them there. */
const ATTENDANCE_KEY = /^(?:attendees|attendance|attending|participants|present)$/i;

/** The people front matter lists as having come, lower-cased: `participants: [Felipe, RăzvanV]`, `attendees: "Bob Smith, Alice"`. */
export function frontMatterPeople(data: Readonly<Record<string, unknown>>): string[] {
  const names: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!ATTENDANCE_KEY.test(key)) continue;
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) if (typeof entry === "string") names.push(...attendees(entry, true).map((name) => name.toLowerCase()));
  }
  return names;
}

export function peopleIn(note: NoteText): ReadonlySet<string> {
  const cached = cache.get(note);
  if (cached) return cached;
  const people = new Set<string>(note.listedPeople);
  // Sentences that may list names, for the pass below.
  const lists: string[] = [];
  // Minutes written as dialogue name their speakers: two or more names opening lines ("Name: ..." or "[name] ...").
  const speakers = new Set<string>();
  for (const block of note.blocks) {
    const entry = block.kind === "paragraph" || (block.kind === "item" && block.itemStart);
    const attendance = (entry && inAttendanceList(block)) || attendanceCell(block);
    if (hasLink(block) && block.inline.content.includes("mailto:")) for (const name of mailedNames(block)) people.add(name);
    // A paragraph that opens "Present:" lists who came on its later lines.
    const leadsList = block.kind === "paragraph" && block.sentences.length > 1 && leadsAttendance(block.sentences[0]!.plain);
    for (const sentence of block.sentences) {
      // A checklist of who came ticks them off: "* [x] Greg Denton".
      // An item of the list holds one entry, so a word alone is a handle: "* nikhita".
      if (attendance && sentence === block.sentences[0]) for (const name of attendees(sentence.plain.replace(TASK_BOX, ""), true)) people.add(name.toLowerCase());
      const speaker = entry && sentence === block.sentences[0] ? lineSpeaker(sentence.plain) : null;
      // "[rob]" is a speaker whatever its case; "rob:" might be a label ("linux: ...").
      if (speaker && (speaker.bracketed || /^\p{Lu}/u.test(speaker.name))) speakers.add(speaker.name.toLowerCase());
      const listed = entry && sentence === block.sentences[0] ? ATTENDANCE_LINE.exec(sentence.plain) : null;
      if (listed) for (const name of attendees(listed[1]!, true)) people.add(name.toLowerCase());
      if (leadsList && sentence !== block.sentences[0]) {
        for (const name of attendees(ATTENDANCE_LINE.exec(sentence.plain)?.[1] ?? sentence.plain)) people.add(name.toLowerCase());
      }
      for (const reference of sentence.references) if (reference.person) people.add(reference.person.toLowerCase());
      const text = sentence.plain;
      const words = PERSON_WORDS.scan(text);
      if (mayListNames(text, words)) lists.push(text);
      if (text.includes("[")) {
        for (const match of allMatches(TAGGED_INITIALS, text)) for (const initials of splitNames(match[1]!)) if (looksLikeInitials(initials)) people.add(initials.toLowerCase());
      }
      if (text.includes("@")) {
        HANDLE.lastIndex = 0;
        for (let match = HANDLE.exec(text); match; match = HANDLE.exec(text)) people.add(match[0].toLowerCase());
      }
      if (words & PERSON_WORDS.bit.says) {
        for (const match of allMatches(SUBJECT_OF_SAYS, text)) {
          for (const name of [match[1], match[2]]) if (name && isNameLike(name) && !/ly$/.test(name)) people.add(name.toLowerCase());
        }
      }
      if (words & PERSON_WORDS.bit.does) {
        for (const match of allMatches(SUBJECT_OF_DOES, text)) {
          for (const name of [match[1], match[2]]) if (name && isNameLike(name) && /^(?:@|\p{Lu})/u.test(name)) people.add(name.toLowerCase());
        }
      }
      if ((words & PERSON_WORDS.bit.thanks) !== 0 && HAS_THANKS.test(text)) {
        for (const match of allMatches(THANKED, text)) {
          for (const name of splitNames(match[1]!)) if (isNameLike(name) && /^(?:@|\p{Lu})/u.test(name)) people.add(name.toLowerCase());
        }
      }
    }
  }
  if (speakers.size >= 2) for (const speaker of speakers) people.add(speaker);
  // Someone listed beside a known person is a person too: "Teddy and seph", "(Teddy, seph)".
  // Known before this pass, that is: the names it adds do not make more sentences count.
  const knownBefore = new Set(people);
  for (const text of lists) {
    if (!mentionsAny(text, knownBefore)) continue;
    for (const match of allMatches(LIST_OF_NAMES, text)) {
      const names = [match[1]!, ...splitNames(match[2]!)];
      const known = names.filter((n) => people.has(n.toLowerCase()));
      if (known.length > 0 && names.every((n) => isNameLike(n) && (known.includes(n) || /^\p{Lu}/u.test(n)))) for (const n of names) people.add(n.toLowerCase());
    }
  }
  cache.set(note, people);
  return people;
}
