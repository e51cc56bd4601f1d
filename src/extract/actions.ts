// Action items: someone named is to do something after the meeting. The owner is found the ways
// notes write one: a person who commits to a verb ("seph will try to review", "Zach and Mike
// will try to followup", "Thor says he'll take a look", "@zwass offers to ..."), "He'll ..."
// meaning the person just named, "TODO: seph: ...", "Action for Myles to ...", "task -- seph" or
// "Joe - squash & merge" in an action list, and the speaker of a line of minutes written as
// dialogue who takes a task ("Joe: Needs to bring the docs over", "_tromp:_ ..., I'll review it").
// Who is a person comes from the note itself (see person-names.ts), so "Azure can ..." is not
// an action and "groob will ..." is.

import type { Action } from "../model.js";
import { allMatches } from "./all-matches.js";
import { leadingBold } from "./bold-runs.js";
import { cueWords } from "./cue-words.js";
import { isFirstName, isVerb } from "./first-names.js";
import { BODY, inAttendanceList, isNameLike, lineSpeaker, looksLikeFirstName, looksLikeInitials, NAME_WORD, NOT_A_SPEAKER, peopleIn, reporterOf, splitNames, standupPerson, TASK_BOX } from "./person-names.js";
import { clauseTails, isQuestion, stripConnective } from "./sentence-cues.js";
import { mayOpenWithVerb, opensWithCommand } from "./word-class.js";
import { sentenceTags } from "./sentence-tags.js";
import { toldInRow } from "./table-rows.js";
import { type Block, type NoteText, type Sentence, struckThrough } from "./walk.js";
import { isWhiteSpace } from "./white-space.js";

/** A heading over tasks: "Action items", "Next steps", "Actions agreed today"; not over a review of old ones, nor "GitHub Actions", the CI service. */
const ACTIONS_HEADING = /^(?!.*\b(?:review(?:ed|ing|s)?|previous|past|last|prior)\b).*?\b(?:action(?:able)? items?|actionables?|action points?|(?<!\bgithub\s)actions?(?:\s+(?:assigned|agreed|arising|taken)(?:\s+(?:today|this week|(?:at|in|during) (?:this|the) (?:meeting|call)))?)?(?=\s*:?\s*(?::\w+:\s*)?$)|next steps?|todos?|to-dos?|follow[- ]?ups?|assignments?|owners?|takeaways?|tasking|tasks?(?!\s+(?:group|force|team)))\b/i;
/** A word every action heading has (ACTIONS_HEADING with the same flag, so the same letters match), looked for first: most headings have none, and ACTIONS_HEADING reads them twice. */
const ACTION_WORD = /action|todo|to-do|follow|next step|assignment|owner|takeaway|task/i;

function isActionsHeading(text: string): boolean {
  return ACTION_WORD.test(text) && ACTIONS_HEADING.test(text);
}
/** Lists whose items are tasks by themselves ("Next steps" may list plans or findings; "Action items from last week" reports on old ones). */
const TASKS_LIST = /^(?!.*\b(?:previous|last|prior|past)\b).*\b(?:action(?:able)? items?|actionables?|action points?|todos?|to-dos?)\b|^actions?\s*:?\s*$/i;
/** A section of tasks ("## Tasks", "## Actionable tasks", "## Tasking (5 min)"); a lead-in "Tasks" may head a board's plan instead. */
const TASKS_HEADING = /^(?:actionable\s+)?(?:tasks|tasking)\s*:?\s*(?:\([^)]*\)\s*)?$/i;
const NOT_AN_ACTION = /^not an? action(?: item)?$/i;

/** A name, with an initial ("Matt K.") or a surname ("Rebecca Schlussel", held to more by allNames); not the pronoun after it ("Monday I will look"). */
const SURNAME = String.raw`\p{Lu}\p{Ll}*(?:['’]?\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`;
const NAME = String.raw`(?:${NAME_WORD}(?:\s(?!I\s)\p{Lu}{1,2}(?:\.|(?![\p{L}\p{N}_@-]))|\s(?!I\s)${SURNAME}(?![\p{L}\p{N}_@-]))?)`;
// At most twelve names: a longer run of them is no list of owners, and an unbounded one made
// every clause of "Tom, Tom, Tom, ..." scan to the sentence's end (6.7 s for 100 KB).
const NAMES = String.raw`${NAME}(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+|\s*[&/]\s*)${NAME}){0,11}`;
const ADVERBS = String.raw`(?:(?:probably|also|still|then|really|definitely|likely|just|both|all|hopefully|tentatively)\s+)*`;
/** "going to" a verb, not a place: "Gus is going to next TC39 meeting". */
const GOING_TO = String.raw`going to(?!\s+(?:the|a|an|next|this|that|our|their|his|her|its|some|every|each)\b)`;
/** Verbs that report what someone said they will do: "Matthew indicated he will do an async vote". */
const REPORTS = String.raw`(?:says|said|mentions|mentioned|stated|indicates|indicated|notes|noted|confirms|confirmed)`;
/** Verbs of a commitment strong enough that any name before them is an owner. */
const PROMISE = String.raw`(?:will|'ll|(?:(?:is|are|'s) )?${ADVERBS}${GOING_TO}|offers? to|volunteers?(?: to|\s*[.!]?$)|(?:(?:has|have)\s+)?(?:offered|volunteered|agreed|promised) to|agrees? to(?!\s+(?:the|a|an|this|that|these|those|it|its|his|her|their|our|my|your|some|all|each|disagree)\b)|(?:has|have) volunteered(?=\s*[.!]?$)|(?:is|are) willing to|(?:took|takes|has|have|(?:has|have) taken) (?:an|the) (?:action(?: item)?|AI)(?: to|\s+and\b|(?=\s*[.!]?$))|plans? to|intends? to|is planning (?:on|to)|are planning (?:on|to)|${REPORTS} (?:that )?(?:he|she|they)(?:'ll|'d| will| would| is going to|'s going to| can)|${REPORTS} (?:that )?(?:he|she|they)(?:'s| is| are) going to|will try to)\b`;
/** Weaker verbs, which need the owner to be a known person: "Azure can ..." is no action; "to" and a word in -ing is no task ("Comparison to existing system"). */
const MAY = String.raw`(?:should|can|to(?!\s+\w{3,}ing\b)|needs to|is to|has to|(?:is|are) expected to)\b`;
/** "to" and a verb, not a place or a person: "to write", not "to the list", "to them". */
const TO_VERB = String.raw`to\s+(?!(?:be|the|a|an|this|that|these|those|our|their|his|her|its|my|your|all|some|any|each|every|me|us|them|him|it)\b)[a-z]{2,}\b`;
/** "Tom to write an RFC": a name, "to" and a verb. */
const TO_DO = new RegExp(String.raw`^(?<owner>${NAMES})\s+${TO_VERB}`, "u");
/** The same with a dash, which elsewhere splits a sentence in two: "@timlegge - to look for a time for a meeting". */
const TO_DO_AFTER_DASH = new RegExp(String.raw`^(?<owner>${NAMES})\s+[-–—]{1,2}\s+${TO_VERB}`, "u");
/** What someone named should do: "Michel should merge the pull request". */
const OWNER_SHOULD = new RegExp(String.raw`^(?<owner>${NAMES})\s+${ADVERBS}should\s+(?!(?:be|have)\s)[a-z]`, "u");
/** A sentence that opens with a condition: "If the notes include safety fixes, I'll try to include them" promises nothing yet. */
const CONDITION = /^(?:if|unless|in case)\b/i;
/** Leaving the meeting is no task: "Josh needs to leave.", "Martin has to drop off." */
const LEAVING = String.raw`(?!(?:leaves?|go|drop|head out|step (?:out|away))\b)`;
/** Leaving a team or a place is no task either, promised or not: "kenan is going to leave the GESIS Notebooks team at the end of August" (but "will leave a comment" is). */
const DEPARTS = String.raw`(?!\s+${ADVERBS}(?:leave|quit)\s+(?:the|his|her|their|our)\s)`;
/** A duty of someone named: "Seth is to obtain more info". */
const OWNER_MUST = new RegExp(String.raw`^(?<owner>${NAMES})\s+${ADVERBS}(?:is to|needs to|has to)\s+(?!be\s)${LEAVING}[a-z]`, "u");
/** What a clause follows when it is the task of a topic: "Plugins gaps -> Melissa to post ...". */
const AFTER_TOPIC = /(?:->|=>|→|:)\s*$/;
/** A sentence's subject when it is someone named: "Sean made ...", "Zach has opened ...". */
const SUBJECT = new RegExp(String.raw`^(?<owner>${NAMES})\s+(?:(?:has|have|had|also|then)\s+)?\p{Ll}`, "u");
/**
 * Where someone will be is no task: "But Teddy will probably be back then.", nor what they will be
 * doing in their own time: "Zach will be starting full time around August 6th", "Tim will be speaking at PyconDE".
 */
const STATE = String.raw`(?!\s+${ADVERBS}be\s+(?:(?!\w+ing\b)|(?:starting|working|continuing|speaking|attending|joining|leaving|travell?ing|staying|visiting)\b))`;
const OWNER_PROMISES = new RegExp(String.raw`^(?<owner>${NAMES})(?:\s+\([^)]*\))?(?:\s+[-–—]{1,2})?\s+${ADVERBS}${PROMISE}${STATE}${DEPARTS}`, "u");
const OWNER_MAY = new RegExp(String.raw`^(?<owner>${NAMES})(?:\s+\([^)]*\))?\s+${ADVERBS}${MAY}\s+${LEAVING}[a-z]`, "u");
const PRONOUN_PROMISES = new RegExp(String.raw`^(?<pronoun>he|she|they)(?:'ll(?! ${ADVERBS}need\b(?! to))|\s+${ADVERBS}(?:will|is going to|should|offers? to|offered to|volunteered to|promised to|agreed to|plans to|intends to|is planning (?:on|to)|${REPORTS} (?:that )?(?:he|she|they)(?:'ll| will| would)))\b${STATE}`, "i");

/**
 * A task marker and what follows it: "TODO: seph: ...", "Action item (Zach): ...", "Silvan: TODO - ...", "todo by Matthew to check ...", "AI: ...",
 * "Next step: ...", "Carried forward Action (Jonah): ...", "Action 13.2: ...". Words that also start ordinary sentences count only with their punctuation.
 */
const TODO = new RegExp(
  String.raw`^(?:(?:@?\p{L}+:|\[@?\p{L}+\])\s+(?=(?:todo|to-do|actions?|ai)\s*[:(\-–—])|carried (?:forward|over)\s*:?\s+)?[(\[]?(?:(?:todo|to-do|action(?:\s+items?)?)\s+(?:for|on|by)\s+(?:(?<for>${NAMES})\s+to\b|(?<forLabel>${NAMES})(?=\s*:))|(?:todo|to-do)(?:\s+items?)?|actions?(?:\s+(?:items?|points?))?(?:\s+#?\d+(?:\.\d+)*)?(?=\s*[:\-(\[])|ai(?=\s*[:(])|ap(?=\s*(?:\(|:\s*@))|(?:next steps?|follow[- ]?ups?)(?=\s*:))\s*(?:\((?<paren>[^)]+)\))?\s*[:\-]?\s*(?:(?<owner>${NAMES})\s*:\s*|\[(?<tagged>${NAMES})\]\s*)?`,
  "iu",
);
/** "ACTION" in capitals, or "Action" in bold ("**Action** fix the links [ACB]"), marks a task with no punctuation after it. */
const BARE_MARKER = /^(?:ACTIONS?(?:\s+(?:ITEMS?|POINTS?))?|[Aa]ctions?(?:\s+(?:items?|points?))?)\s+(?!(?:REQUIRED|NEEDED|REQUESTED)\b)(?=\S)/;
const BOLD_MARKER = /^\s*actions?(?:\s+items?)?\s*$/i;
/** What a marker says when there is no task: "Action items: None", "TODO: n/a", "Actions - none this week". */
const NOTHING_TO_DO = /^\s*(?:none|nothing|n\/?a|no (?:new )?(?:actions?|action items?|tasks?)|-+)(?:\s+(?:yet|today|this (?:week|time|meeting)|for now|new))?\s*[.!]*$/i;
/** An action marked by its letter in brackets, in capitals (a lower-case "(a)" numbers a list): "(A) Andrea to ask CDF ...", "[AI] Emil: update the calendar". */
const LETTER_MARKER = new RegExp(String.raw`^[(\[](?:A|AI|AP)(?:\s*:?\s+(?<owner>${NAMES})\s*)?[)\]]\s*(?=\S)`, "u");
/** Who does the items of the list it leads into: "@fasttime will:", "Ann and Bob to:", "Matthew asked Aleksei to:". */
const WILL_LEAD_IN = new RegExp(String.raw`^(?:${NAMES}\s+(?:asked|asks)\s+)?(?<owner>${NAMES})\s+(?:will|to|should|is going to|are going to)\s*:$`, "u");
/** "Action item" and the @handles it is for, closing the sentence: "exact time pending, action item @alice", "(action item @a and @b)". */
const HANDLES_AT_END = /(?:^|[\s(,;])[Aa]ction items?\s*:?\s*(?<owner>@[\w-]+(?:(?:\s*,\s*|\s+and\s+|,\s*and\s+)@[\w-]+)*)\)?\s*[.!]?$/;
/** The marker after the task: "suggestion that RP could examine ... ACTION [RP]". */
const MARKER_AT_END = new RegExp(String.raw`\s(?:ACTION|[Aa]ction(?:\s+item)?)\s*:?\s*[\[(](?<owner>${NAMES})[\])]\s*[.!]?$`, "u");
/** A task the list reports done at its end: "Summary doc (draft circulated) -- Done", "... [JS] DONE". */
/** "DONE" in capitals after the task, with what shows it: "Create calendar entries **DONE** - see <link>". */
const DONE_MARK = /\S\s+DONE\b/;
const DONE_AT_END = /(?:\s(?:DONE|COMPLETED?)|(?:\s(?:--|-|—|–|:)\s*|\s*[(\[])(?:[Dd]one|DONE|[Cc]ompleted?|COMPLETED?|[Ff]inished|[Cc]losed|[Rr]esolved))[)\]]?\s*[.!]?$/;
/** A marker and its owner: "**Action** JR to schedule a meeting", "action FK: open an issue", "action FK write to her again", "AP Kenneth: plan a date" (an action point), "Action Emil: Update the invite" (a name the lexicon knows, so not "Action Plan: ..."), "AI Matt G and Kevin: will look" (only with the colon: "AI tools will ..." is about AI). */
const ACTION_NAMED = new RegExp(String.raw`^(?:ACTION|[Aa]ction|AP)(?:\s+(?:[Ii]tems?|[Pp]oints?))?\s+(?<owner>${NAMES})(?:\s*:\s*\p{L}|(?:\s+(?<promise>to|will)\s+|\s+)(?!be\s)[a-z]|\s+[-–—]{1,2}\s+\p{L})|^AI\s+(?<ai>${NAMES})\s*:\s*\S`, "u");
/** One name, a comma and the task: "action TB, respond to the foundation" (NAMES would take "TB, respond" for two names). */
const ACTION_NAME_COMMA = new RegExp(String.raw`^(?:ACTION|[Aa]ction)\s+(?<owner>${NAME}),\s+[a-z]`, "u");
/** The owner before the marker: "DU todo: check if GitHub supports it", "FK action: simplify greatly". */
const OWNER_THEN_MARKER = /^(?<owner>@[\w-]+|\p{Lu}[\p{L}-]+)\s+(?:todo|to-do|action|AI)\s*:\s*\p{L}/iu;
/** A marker that "Name:" would read as a speaker. */
const MARKER_WORD = /^(?:ai|ap)$/i;
/** The first word after a TODO or action marker, and whether it promises: "Carol to file ...", "Zach - cut the release", "Andrea: set up a doc". */
const MARKED_OWNER = /^(?<name>[\p{L}\p{N}_@-]+)(?:\s+(?<promise>(?:to|will|shall|should|needs to|is going to)\s+(?!be\s))?[a-z]|\s+(?<dash>[-–—]{1,2})\s+\p{L}|(?<comma>,)\s+[a-z]|(?<colon>:)\s+\p{L})/u;
/** The subject of a question after its verb: "Can we ...", "Will this work ...". */
const ASKED_SUBJECT = String.raw`(?:we|you|they|he|she|it|this|that|these|those|there|the|a|an|someone|anyone|everyone|people|our|your|their)`;
/**
 * A speaker taking a task with no subject: "Joe: Needs to bring the docs over", "Seph: will write it up", "@sjn: Planning on writing a page", "Sbc: [takes an action item to rename]";
 * not a question the speaker asks with its subject after the verb, "?" or not: "[Simeon] Can you provide some examples", "Adriaan: Will this work well ...".
 */
/** A verb in the past after "Will" makes it a name: "(Florian) Will merged the last reference page". */
const NOT_PAST = String.raw`(?![a-z]*[^\We]ed\b)`;
const SPEAKER_TAKES = new RegExp(String.raw`^\[?(?:(?:[Yy]es|[Ss]ure|[Oo]k|[Oo]kay|OK|[Aa]bsolutely|[Dd]efinitely|[Yy]ep|[Nn]o)[,.!;]?\s+)*(?:(?:[Ww]ill|[Nn]eeds to|[Cc]an|(?:[Hh]appy|[Gg]lad|[Ww]illing) to|[Pp]lanning (?:on|to)|[Pp]lans? to)\s+(?!be\s(?![a-z]+ing\b))${NOT_PAST}(?!(?:want|need|like|not|never)\s)(?!${ASKED_SUBJECT}\s)[a-z]|(?:[Tt]akes?|[Tt]ook|[Hh]as taken) (?:an|the) (?:action(?: item)?|AI) to\s|[Aa]ction(?: item)?(?: taken)? to\s|[Vv]olunteer(?:s|ed)? to\s)`);
/**
 * A bare task, opening with the verb: what "Name: ..." gives a person ("Stef: debug open issues on CI", "Kelly: Add a few more tests").
 * A word followed by a comma or a parenthesis is a noun: a stand-up's "Erik: update, lab coms", "Min: update (Georgiana on Traefik)";
 * so is an update with nothing to update: "Piper update", "Martin update on Hive"; verbs that are also
 * words of a roll call or a status ("present", "open", "report") need what they act on.
 */
const TASK_GIVEN =
  /^(?:land|merge|rebase|review|investigate|debug|add|write|fix|update(?!\s*[.!]?$|\s+(?:on|from|for)\b)|test|ping|draft|send|file|follow up|reach out|look into|schedule|contact|ask|create|document|prepare|summari[sz]e|verify|triage|publish|backport|bisect|benchmark|clean up|set up|post|share|email|invite|coordinate|confirm|(?:begin|start|report|present|answer|reply to|respond to|propose|organi[sz]e|finish|handle|collect|announce|migrate|remove|deploy|check|talk to|talk with|sync with|open(?!\s+to\b))(?=\s+\S))\b(?!\s*[,(;:])(?![^.;]*\?)/i;
/** A short question closing a statement: " - one month?", " (maybe nikomatsakis?)". */
const QUESTION_ASIDE = /(?:\s[-–—]{1,2}\s+[^-–—?]{1,30}\?|\s\([^()?]{0,40}\?\)|\s\([^()]{0,60}\)\?)[\s"')\]!]*$/;
/** A later sentence of a speaker's line that takes a task with the subject dropped: "Will do.", "Happy to take another look." */
const SPEAKER_GOES_ON = new RegExp(String.raw`^(?:[Ww]ill|(?:[Hh]appy|[Gg]lad|[Ww]illing) to)\s+(?!(?:be|want|need|like|not|never)\s)(?!${ASKED_SUBJECT}\s)[a-z]`);
/**
 * A clause that takes a task with its subject dropped: "will work with Brian to merge" in a person's part of a stand-up, "Sean made the channel, and will add everyone";
 * not the meeting putting its topic off, to later or elsewhere: "Will discuss post-Constantinople" (not "will discuss it with Hudson"), "Will revisit this", "Will come back to this when I get time", "Will carry forward discussion on Zulip", "Will take to async for approval".
 */
const TAKES_UNSAID = new RegExp(String.raw`^(?:will|going to|plans? to)\s+${NOT_PAST}(?!\w+[^\Wsu]s\b)(?!be\s)(?!(?:\w+ly|not|no|never|probably|maybe|possibly|need|have|depend|require|happen|become|stay|remain|fail|break|keep|continue|revisit)\b|come\s+back\s+to\b|discuss\b(?![^.;,]*\bwith\b)|carry\s+(?:\w+\s+)?(?:forward|over)\b|take\s+(?:(?:it|this|that)\s+)?to\s)[a-z]`, "i");
/** A clause that goes on with the speaker as its subject: "..., will post today", "..., but will check in with the team" (not "...; then will go to a vote"). */
const UNSAID_AGAIN = /^(?:(?:but|and|so|also)\s+)?(?:will|going to)\s/i;
/** A clause in which the speaker promises in the first person: "..., so I should be able to fit that in today", "I'll be making the PR soon", "I can do the spec" (not "I can see why"), "I'm happy to review them". */
const I_PROMISE = /^[Ii](?:'ll|\s+will|'m going to|\s+am going to|\s+plan to|'m planning (?:to|on)|\s+am planning (?:to|on)|\s+intend to|(?:\s+of course|\s+also)?\s+(?:volunteer|volunteered|offered) to|(?:'m|\s+am|'d be|\s+would be)\s+(?:happy|glad|ready) to|\s+can(?!\s+(?:also\s+)?(?:see|imagine|think|understand|tell|say|live|agree|believe|hear|feel|guess|assume|relate|only|confirm|speak|link|answer|explain|show|remember|recall|follow|give\s+(?:an?\s+)?(?:\w+\s+)?(?:update|overview|summary|intro))\b)|\s+need to|\s+should be able to)\s+(?:also\s+|still\s+)?(?:be\s+\w+ing\b|(?!be\s)[a-z])/;
/** Where a task stands, said by whoever has it, under the task in a list of open ones: "[Fatih] Still pending unfortunately.", "Ann: in progress". */
const STATUS_ONLY = /^(?:\[[^\]]{1,40}\]\s*|[\p{L}@][\p{L}\p{N}_.@-]{0,30}:\s+)?(?:(?:still|currently)\s+)?(?:pending|in progress|ongoing|blocked|on hold|not (?:yet )?(?:started|done)|no (?:progress|updates?|news))(?:\s+(?:unfortunately|still|yet|for now))?\s*[.!]*$/iu;
/** The speaker promising with someone: "Hudson and I will look at ...", "Pat and I are going to figure out ...". */
const WITH_ME = /^(?<partner>@?\p{Lu}[\p{L}\p{N}_-]*)\s+and\s+I\s+(?:will|'ll|are going to|plan to|can)\s+(?:also\s+)?(?!be\s)[a-z]/u;
/** An item of a task list that reports the task done: "Done: release 1.2". */
const DONE = /^(?:done|completed|finished|closed|resolved)\b\s*[:\-–—]/i;
/** A tick written as an emoji or its shortcode ("✅ Kickoff meeting scheduled", ":white_check_mark: ..."): a box ticked. */
const TICK = /^(?::(?:white_check_mark|heavy_check_mark|ballot_box_with_check|white_check_box):|\u2705|\u2714\uFE0F?|\u2611\uFE0F?)/u;
/**
 * A body given a task: "TSC to ask for Mac help on Slack", "The steering committee to review the budget",
 * "Each WG to document its purpose", "Cello and Explorer teams to connect", "WG members to review the PR".
 */
const BODY_TO_DO = new RegExp(
  String.raw`^(?<owner>${BODY}|(?:the\s+)?(?:sc|core team|maintainers)|everyone|everybody|(?:each|every)\s+(?:wg|working group|team|sig|project)|(?:[\w-]+(?:\s+(?:and|&)\s+[\w-]+)?\s+)?(?:teams?|wgs|sigs?)|(?:wg|sig|tsc|sc|team|core|committee|board|council|steering)\s+members)\s+to\s+(?!(?:be|the|a|an|this|that|our|their|its)\b)(?<verb>[a-z]{2,})\b`,
  "i",
);
/** What the meeting set as its next step, and whose it is: "Next step after agreement is Tim to reach out to other teams." */
const NEXT_STEP_OWNER = new RegExp(String.raw`^(?:the\s+)?[Nn]ext\s+steps?\b[^.;:]{0,40}?\s(?:is|are|will be)\s+(?:for\s+)?(?<owner>${NAMES})\s+to\s+(?!be\b)[a-z]{2,}\b`, "u");
/** What someone asked "can you ...?" is to say or know in the meeting, not to do after it: "Andreas, can you explain your objection?", "Bob, can you hear me?" (the words I_PROMISE leaves out after "I can"). */
const TALK = String.raw`(?:see|imagine|think|understand|tell|say|agree|believe|hear|feel|guess|assume|relate|confirm|speak|answer|explain|show|remember|recall|follow|give)`;
/**
 * Someone addressed and told what to do, as minutes write the chair's assignments: "Joyee, discuss
 * in next build WG and come up with requests", "All, comment and then we'll discuss", or asked to:
 * "MS, can you look into updating the unversioned link?", "jdm: Alan, can you write the blog post?". The word after
 * the comma is a verb in the lower case: not a word that starts a clause, a name ("Zoxc, mw, and
 * others") or a word in -s, -ed or -ing ("Myles, thanks", "Ann, having said that").
 */
const ADDRESSED = new RegExp(
  String.raw`^(?<owner>${NAMES}),\s+(?:please\s+|(?<asks>can|could|would|will)\s+you\s+(?:please\s+)?(?!${TALK}\b))?(?!(?:and|or|but|nor|the|a|an|who|whom|whose|which|that|this|these|those|thank|is|was|are|were|has|had|have|do|does|did|can|could|would|will|shall|should|may|might|must|we|i|you|he|she|they|it|not|also|too|as|if|so|then|though|what|how|why|where|when|while|et|etc|from|with|for|of|in|on|at|to|by|yes|no|ok|okay|sure|maybe|perhaps|both|all|each|every|any|some|anybody|anyone|everyone|everybody|someone|somebody|nobody|our|their|his|her|my|your|its|been|being)\b)(?<verb>\p{Ll}+)(?<!(?:[^s]s|ed|ing))\s+\S`,
  "u",
);
/**
 * What follows "Name," when it says who they are, not what to do: a short phrase that ends the
 * sentence and opens with no command ("Eugene Yokota, community representative", "David Li, senior
 * engineering manager."); a command names what it acts on ("Joyee, discuss in next build WG").
 */
function describesPerson(rest: string): boolean {
  const words = rest.trim().replace(/[.!]$/, "").split(/\s+/);
  return words.length <= 3 && words.every((word) => /^[\p{Ll}-]+$/u.test(word)) && !opensWithCommand(rest.trim());
}
const EVERYONE = /^(?:all|everyone|everybody)$/i;
/** Names opening a line, before a word in the lower case (or a colon): what TASK_GIVEN then reads as a task given to them. */
const NAMED_TASK = new RegExp(String.raw`^(?<owner>${NAMES})(?=\s*:?\s+\p{Ll}|\s+[-–—]{1,2}\s+\p{L})`, "u");
/** The people who took on what the meeting asked for: "Several volunteers -- Alessandro, Zach, seph". */
const VOLUNTEERS = new RegExp(String.raw`^(?:(?:several|some|two|three|four|our)\s+)?volunteers?(?:\s+(?:were|are|is))?\s*(?:--|—|–|:)\s*(?<owner>${NAMES})\s*[.!]?$`, "iu");
/** What things do, not people taking on a task: "CI will fail", "Osquery will now build with ...". */
const THING_VERB =
  /^\s*(?:(?:now|still|also|probably|then|no longer|not)\s+)*(?:(?:break|fail|crash|require|happen|become|stay|remain|depend|expire|default)s?\b|(?:build|run|compile)s?\s*(?:with|on|in|under|against|fine|ok|okay|again|correctly|successfully|[.,;]|$))/i;
/** An owner named at the end with a label: "Needs a test first. Assigned: @blesh", "Assignee to find a contact in Spack: Luc". */
const ASSIGNED = String.raw`(?:(?:[Aa]ssigned(?:\s+to)?|[Aa]ssignees?(?:\s+(?:for|to)\s[^:]{1,120})?|[Oo]wners?)\s*:|[Aa]ssigned\s+to)\s*(?<owner>${NAMES})\s*[.!]?$`;
const ASSIGNED_AT_END = new RegExp(String.raw`\b${ASSIGNED}`, "u");
/** A task opened by its assignment: "Assigned to Trevor to repro: [Build failed on AArch64]", "Assigned: [Web site check]", "Assigned to rubenwardy to move it to GitHub". */
const ASSIGNED_FIRST = new RegExp(String.raw`^[Aa]ssigned(?:\s+to\s+(?<owner>${NAMES})(?:\s+to\s+[a-z]+)?)?\s*:\s*\S|^[Aa]ssigned\s+to\s+(?<toDo>${NAMES})\s+to\s+[a-z]`, "u");
/** Whom the meeting or one of its people asks to act: "Phil asked John M to bring this to the TSC voting list." */
const ASKED_OWNER = new RegExp(
  String.raw`\b(?:(?:asked|asks|requested|requests)\s+(?<owner>${NAMES})\s+to\s+(?!be\b)[a-z]{2,}\b|(?:^|[,;:(]\s*)(?<asked>${NAMES})\s+(?:is|was|were|are)\s+asked\s+to\s+(?!be\b)[a-z]{2,}\b|(?:informed|told|tells)\s+(?<told>${NAMES})\s+(?:that\s+)?(?:he|she|they)\s+(?:should|would|will|needs? to|must)\s+[a-z]|(?:gave|gives|set)\s+(?<due>${NAMES})\s+a\s+deadline\b)`,
  "u",
);
/** Who the meeting gave a task: "It was decided that Brett would start a discussion on Discourse", "... leading to the outcome that Arnaud will work with Mike". */
const AGREED_OWNER = new RegExp(String.raw`\b(?:(?:decided|agreed|resolved)(?:\s+that)?|outcome\s+that)\s+(?<owner>${NAMES})\s+(?:would|will|should|is to|are to)\s+(?!be\b(?!\s+\w+ing\b)|have\b|not\b)[a-z]`, "u");
/** Who is to act on the sentence before, in parentheses: "(Peter to ask)", "(AP Kenneth, Fotis)" (an action point), not a task of its own ("(To-do: ask designers to follow up)"). */
const OWNER_ASIDE = /^\((?:[\p{L} &,'-]{1,40}\s+to\s+\S+(?:\s+\S+)?|AP\s+[\p{L} &,'-]{1,40})\)\s*[.!]?$/u;
/** The label as a sentence of its own, naming the owner of the sentence before. */
const ONLY_ASSIGNED = new RegExp(`^${ASSIGNED}`, "u");
/** The owner as the passive's agent: "Cell selection work needs to be done by Rajat", "The draft will be reviewed by @zwass"; a name the note does not know must look like one ("by GitHub", "by CI" are things). */
const BY_OWNER = new RegExp(String.raw`\b(?:will|'ll|to|should|needs? to|has to|is going to)\s+be\s+(?:\w+\s+)?\w+(?:ed|en|ne)\s+by\s+(?<owner>${NAMES})\s*[.!,;]?`, "u");
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|eod|eow|end)$/i;
/** Who leads a task, said after it: "Add a reminder to the slack channels (Ulises lead)", "(being led by Flarnie & Claudio, with community help)", "(action item for Nivedita)", "Create an issue to track, Ulises lead". */
const LED_AT_END = new RegExp(
  String.raw`(?:\(\s*(?:(?:being\s+)?(?:led|lead)\s+by\s+(?<by>${NAMES})|(?<lead>${NAMES})\s+(?:leads?|is leading(?:\s+this)?)|action(?:\s+item)?\s+for\s+(?<for>${NAMES}))(?:\s*[,;][^)]*)?\)|,\s+(?<trail>${NAMES})\s+leads?)\s*[.!]?$`,
  "u",
);
/** Work reported done, which whoever led it no longer owns: "Release 4.2 shipped last week (led by Zach)". */
const REPORTED_DONE = /\b(?:was|were|has been|have been|had|did|shipped|merged|released|landed|finished|completed|done)\b/i;
const TODO_OWNER_AT_END = new RegExp(String.raw`\(todo\s*:\s*(?<owner>${NAMES})\)`, "iu");
/** An action point's owners in parentheses: "... (AP Andy: follow-up)"; "AP" in capitals only. */
const POINT_OWNER_AT_END = new RegExp(String.raw`\(AP\s+(?<owner>${NAMES})(?:\s*:[^)]*)?\)`, "u");
/** In an action list: "Contact LF -- seph", "Make an issue (seph)", "Write the stories - Björn, Glenn", "@seph: make an issue", "@seph review the PR". */
const TRAILING_OWNER = new RegExp(String.raw`(?:\s+(?:--|—|–)\s*(?<owner>${NAMES})|\s+-\s+(?<hyphen>${NAMES})|\s+\((?<paren>${NAMES})\)|\s*\[(?<bracket>${NAMES})\])\s*[.!]?$`, "u");
const LEADING_OWNER = new RegExp(String.raw`^(?<owner>${NAMES})(?:(?<colon>\s*:\s+)|\s+(?=[a-z])|\s+(?<dash>[-–—]{1,2})\s+)\S`, "u");
/** The owner's tag closing a task: "Give out zoom credentials to at least 3 others [Paris]", "Follow up with CNCF [owner: Derek Carr]". */
const OWNER_TAG = new RegExp(String.raw`\[(?<label>(?:[Oo]wners?|[Aa]ssignees?|[Aa]ssigned(?:\s+to)?)\s*:\s*)?(?<owner>${NAMES})\]\s*[.!]?$`, "u");
/** The tag as a sentence of its own, after the task's full stop: "Establish a public channel. [Nikhita]". */
const ONLY_TAG = new RegExp(`^${OWNER_TAG.source}`, "u");
/** An owner in parentheses in an item's label: "2020/06/09 (sid): Draft guidance for vendors", "Docs (Ann): update the guide". */
const LABEL_OWNER = new RegExp(String.raw`^[^():]{1,30}?\s*\((?<owner>${NAMES})\)\s*:\s+\S`, "u");

/** Where boxes tick off the topics of the meeting, not tasks after it. */
const AGENDA = /^agenda\b/i;
/** A section of the minutes that also holds their actions: "## Agenda points & Actions", "## Discussion and action items". */
const MINUTES_AND_ACTIONS = /\b(?:agenda|discussions?|topics?|notes|minutes)\b/i;
/** A list's lead-in that names a list of something else: "Decisions:", "Discussions:" under "Decisions / Action Items". */
const OTHER_LIST = /^(?!.*\b(?:action|todo|to-do|next step|follow))[\w /&-]{1,30}:\s*$/i;
/** A lead-in of tasks taken off the list: "Closing the following items as this work is in progress:", "Completed:". */
const CLOSED_LIST = /^(?:closing|closed|completed|done|dropping|dropped|removing|removed)\b[^.?!]*:\s*$/i;
/** A heading or item over the review of an earlier meeting's tasks: "Review of actions", "Review Actions from Meeting #7", "Action item review", "Go through actions". */
const REVIEWED_TASKS = /\b(?:review(?:ing)?\s+(?:of\s+)?|go(?:ing)?\s+through\s+)(?:the\s+)?(?:(?:outstanding|open|previous|past|last|prior|earlier)\s+)?(?:action items?|actions|AIs|tasks|to-?dos?)\b|\b(?:action items?|actions?|AIs?|tasks?|to-?dos?)\s+review\b/i;
/** A lead-in of an earlier meeting's tasks, gone through for their status: "Action Items From Last week", "Review of action items from prior meeting". */
const EARLIER_TASKS = /\b(?:action items?|actions|AIs?|tasks|to-?dos?)\s+(?:from|of)\s+(?:the\s+)?(?:last|previous|prior|earlier)\b|\b(?:last|previous|prior)\s+(?:(?:week|meeting|call|sync|session)['’]?s?\s+)?(?:action items?|actions|AIs|tasks)\b/i;

/**
 * Cue words (see cue-words.ts) the owner patterns cannot match without, looked for once per
 * sentence: two sentences in three have none, and skip the patterns in each of their clauses.
 * test/extract/pattern-words.test.ts holds each list to its pattern.
 */
export const OWNER_WORDS = cueWords({
  promises: ["will", "'ll", "going to", "offer", "volunteer", "agreed to", "agree to", "agrees to", "promised to", "action", "an ai", "the ai", "plan", "intend", "says", "said", "mention", "stated", "indicate", "notes", "noted", "confirm"],
  may: [" should ", " can ", " to "],
  // A clause opens after a space, a parenthesis or the sentence's start: the pronoun is a word of its own.
  pronoun: [" he ", " she ", " they "],
  // The rest are for the patterns tried on the whole sentence first, in the same pass: a list of
  // words costs the pass nothing, and a sentence dozens of `includes` searches.
  // A marker's word opens the sentence or follows a bracket or a label: "TODO:", "(Action)", "Silvan: todo -".
  // Not "next step" or "follow-ups": in /iu patterns an "s" also matches the long s ("ſ").
  marker: [" todo", " to do", " action", " ai", " ap", " next", " follow"],
  done: ["done"],
  todoAtEnd: [" todo ", " ap "],
  led: ["led", "lead", "action"],
  assigned: ["ssigne", "wner"],
  by: [" by "],
  to: [" to "],
  nextStep: ["ext step"],
  asked: ["ask", "request", "told", "tells", "informed", "deadline"],
  agreed: ["decided", "agreed", "resolved", "outcome"],
  volunteers: ["volunteer"],
});
/**
 * The pattern each list of words is for, for the test. Not those anchored at the sentence's end
 * (LED_AT_END, ASSIGNED_AT_END, VOLUNTEERS), which the test's sentences seldom end with, nor
 * "to" and "nextStep", which only come before an `includes` of the same words.
 */
export const OWNER_PATTERNS = {
  promises: OWNER_PROMISES,
  may: OWNER_MAY,
  pronoun: PRONOUN_PROMISES,
  marker: TODO,
  done: DONE_MARK,
  todoAtEnd: TODO_OWNER_AT_END,
  by: BY_OWNER,
  asked: ASKED_OWNER,
  agreed: AGREED_OWNER,
};
/** The lists of words the clauses' patterns need. */
const CLAUSE_WORDS = OWNER_WORDS.bit.promises | OWNER_WORDS.bit.may | OWNER_WORDS.bit.pronoun;

const UNASSIGNED = "unassigned";
const PEOPLE_LIST = new RegExp(String.raw`${NAME}(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)${NAME})+`, "gu");
const PERSON_MENTION = new RegExp(String.raw`(?<word>${NAME_WORD})(?<possessive>'s\b)?`, "gu");

const FULL_NAME = new RegExp(String.raw`^(?<first>\S+)\s(?<surname>(?=\p{Lu}\p{Ll}*['’]?\p{L}*\p{Ll})${SURNAME})$`, "u");

/** What a list of names (see splitNames) or a full name has, and a single word has not. */
const SPACE_OR_LIST = /[\s,&/]/;

/**
 * Whether every name of `owner` is one. A first name and a surname ("Rebecca Schlussel will ...",
 * "Rick O'Connor to ...") must be that: a surname that is no day or topic, and a first name the
 * lexicon or the note knows, since two capitalised words are more often a thing ("Windows
 * Defender will ..."). Among several full names one such first name vouches for the rest ("Duncan
 * Bees and Yunhai Shang to upload ...").
 */
function allNames(owner: string, people: ReadonlySet<string>, test: (name: string) => boolean): boolean {
  // One word is one name, and no full name: most owners the patterns find are one word ("We", "seph").
  if (!SPACE_OR_LIST.test(owner)) return owner.length > 0 && isNameLike(owner) && test(owner);
  const names = splitNames(owner);
  let vouched = false;
  const ok = names.length > 0 && names.every((n) => {
    const full = FULL_NAME.exec(n)?.groups;
    if (!full) {
      vouched = true;
      return isNameLike(n) && test(n);
    }
    if (!isNameLike(full.first!) || !/^\p{Lu}/u.test(full.first!) || NOT_A_SPEAKER.test(full.first!) || NOT_A_SPEAKER.test(full.surname!) || CALENDAR.test(full.surname!)) return false;
    if (people.has(full.first!.toLowerCase()) || looksLikeFirstName(full.first!)) vouched = true;
    return true;
  });
  return ok && vouched;
}

/**
 * Whom "he"/"she" (or "they") at `before` in sentence `index` means: the nearest person named before it in
 * the same section, a known person, a possessive ("seph's desk") or a sentence's capitalised
 * subject ("Mike is in favor of this. He'll give seph an overview.").
 */
function antecedent(sentences: Sentence[], index: number, before: string, people: ReadonlySet<string>, plural: boolean): string | null {
  const section = sentences[index]!.block.section;
  const texts = [before];
  for (let i = index - 1; i >= 0 && i >= index - 3 && sentences[i]!.block.section === section; i--) texts.push(sentences[i]!.plain);
  for (const text of texts) {
    if (plural) {
      // "They" is several people named together: "Zach and Teddy met LF. They'll write it up."
      const group = allMatches(PEOPLE_LIST, text).findLast((m) => allNames(m[0], people, (n) => people.has(n.toLowerCase()) || n.startsWith("@") || /^\p{Lu}/u.test(n)));
      if (group) return group[0];
      continue;
    }
    let last: string | null = null;
    for (const match of allMatches(PERSON_MENTION, text)) {
      const word = match.groups!.word!;
      const subject = match.index === 0 && /^\p{Lu}/u.test(word) && !match.groups!.possessive;
      if (isNameLike(word) && (people.has(word.toLowerCase()) || word.startsWith("@") || match.groups!.possessive || subject)) last = word;
    }
    if (last) return last;
  }
  return null;
}

interface Context {
  sentences: Sentence[];
  index: number;
  people: ReadonlySet<string>;
  /** Under an "Action items" / "Next steps" / "TODO" heading or lead-in. */
  listed: boolean;
  /** The labels that open items of the note's action lists, when there are several: each is a person ("nisse: docs for ..."). */
  listOwners: ReadonlySet<string>;
  /** Whether the note's boxes outside its action lists tick off topics. */
  topicBoxes: boolean;
}

/**
 * Whether a note's boxes are an agenda's, ticked off as the meeting goes: a boxed item has the
 * discussion nested under it ("* [ ] RFC 2753 unwind/ffi\n    - created a zulip stream").
 */
function boxesTickTopics(note: NoteText, listed: boolean[]): boolean {
  return note.blocks.some((block, b) => {
    const parent = block.parentItem;
    return block.kind === "item" && block.itemStart && parent !== null && !listed[b] && !TASK_BOX.test(block.sentences[0]?.plain ?? "") && TASK_BOX.test(parent.sentences[0]?.plain ?? "");
  });
}

/** Whether a clause takes a task with its subject dropped (a loop, not `some`: this runs for every sentence of a nested item). */
function takesUnsaid(tails: string[]): boolean {
  for (const tail of tails) {
    const clause = stripConnective(tail);
    if (TAKES_UNSAID.test(clause) || I_PROMISE.test(clause)) return true;
  }
  return false;
}

/**
 * The owner written after a listed task: after "--" any name; after "-" or in parentheses, a known or
 * capitalised one ("Fix it - Windows", "(CI)" are no owners); in brackets, initials or a first name
 * ("Fix the dataset links [ACB]", not "[WIP]").
 */
function trailingOwner(text: string, people: ReadonlySet<string>): string | null {
  const trailing = TRAILING_OWNER.exec(text)?.groups;
  if (trailing?.bracket) return allNames(trailing.bracket, people, (n) => isKnown(n, people) || looksLikeInitials(n) || looksLikeFirstName(n)) ? trailing.bracket : null;
  const end = trailing?.owner ?? trailing?.hyphen ?? trailing?.paren;
  return end && allNames(end, people, (n) => trailing?.owner !== undefined || isKnown(n, people) || (/^\p{Lu}/u.test(n) && !NOT_A_SPEAKER.test(n))) ? end : null;
}

/** Whether a name opens the handle of someone the note knows: "[Paris]" for "parispittman". */
function handleOpensWith(name: string, people: ReadonlySet<string>): boolean {
  const start = name.toLowerCase();
  if (start.length < 4) return false;
  for (const person of people) if (person.length > start.length && person.replace(/^@/, "").startsWith(start)) return true;
  return false;
}

/**
 * Where a sentence's words end: before the one "." or "!" and the spaces that close it, as the
 * patterns that end in `\s*[.!]?$` read it. What such a pattern needs just before that is
 * looked up there: as a pattern, V8 tries it from every position of the sentence.
 */
function wordsEnd(text: string): number {
  let end = text.length;
  const last = text.charCodeAt(end - 1);
  if (last === 0x2e || last === 0x21) end--;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether DONE_AT_END may match: its words ("Done", "COMPLETED", "closed") end in "e" or "d", before a closing bracket if any. */
function mayEndDone(text: string, end: number): boolean {
  const close = text.charCodeAt(end - 1);
  const last = text.charCodeAt(close === 0x29 || close === 0x5d ? end - 2 : end - 1) | 0x20;
  return last === 0x65 || last === 0x64;
}

/** What LED_AT_END needs at the end: ")" or the word "lead" or "leads" (the pattern /(?:\)|\slead|\sleads)\s*[.!]?$/). */
function endsWithLead(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) === 0x29) return true;
  const word = text.endsWith("leads", end) ? 5 : text.endsWith("lead", end) ? 4 : 0;
  return word > 0 && isWhiteSpace(text.charCodeAt(end - word - 1));
}

/** A handle, or a name the note uses for a person. */
function isKnown(name: string, people: ReadonlySet<string>): boolean {
  return name.startsWith("@") || people.has(name.toLowerCase());
}

/** After "Action": with "to" or "will" any capitalised name; with a colon or nothing between, a name that looks like one ("action FK: open an issue", not "ACTION REQUIRED please ..."). */
function isActionOwner(name: string, people: ReadonlySet<string>, promised: boolean): boolean {
  return isKnown(name, people) || (promised ? /^\p{Lu}/u.test(name) && !NOT_A_SPEAKER.test(name) : looksLikeInitials(name) || looksLikeFirstName(name));
}

/** A word that gives a clause a subject of its own. */
const SUBJECT_WORD = /\b(?:we|i|you|they|he|she|it|people|this|that|there)\b/i;

/**
 * What the speaker did, then will do, in a few words with the subject dropped: "might have a lead and will look into it",
 * "Created hue and will be creating the other pages"; not what others will do ("people will nitpick it and will affect ...").
 */
function promisesAfterAnd(said: string): boolean {
  const and = said.indexOf(" and will ");
  if (and < 0 || said.includes("?")) return false;
  const before = said.slice(0, and);
  if (before.split(" ").length > 6 || SUBJECT_WORD.test(before)) return false;
  const rest = said.slice(and + 5);
  return TAKES_UNSAID.test(rest) || /^will be \w+ing\b/.test(rest);
}

function ownerOf(sentence: Sentence, context: Context): string | null {
  const { people } = context;
  const block = sentence.block;
  // "COMPLETED: Find a volunteer to run the elections" is work done.
  if (STATUS_ONLY.test(sentence.plain) || DONE.test(sentence.plain)) return null;
  // "@fasttime will:" over a list of bare tasks: the items are theirs, the lead-in no task itself.
  if (sentence.plain.endsWith(":") && WILL_LEAD_IN.test(sentence.plain)) return null;
  const leadOwner = block.kind === "item" && sentence === block.sentences[0] && block.leadIn?.endsWith(":") ? WILL_LEAD_IN.exec(block.leadIn)?.groups?.owner : undefined;
  if (leadOwner && isTaskText(sentence.plain) && allNames(leadOwner, people, (n) => isKnown(n, people) || n.startsWith("@") || looksLikeFirstName(n))) return leadOwner;
  const box = TASK_BOX.exec(sentence.plain);
  // A ticked box is work done, unless the meeting's own action list ticks it off later.
  const ticked = (box?.groups?.done !== undefined && box.groups.done !== " ") || TICK.test(sentence.plain);
  if (ticked && !(context.listed && (TASKS_LIST.test(block.section?.title ?? "") || TASKS_LIST.test(block.leadIn ?? "")))) return null;
  if (box && (AGENDA.test(block.section?.title ?? "") || AGENDA.test(block.leadIn ?? ""))) return null;
  // "Xander - open a PR for the survey [todo]": tagged as a task, like an item of an action list.
  const tagged = box ? null : sentenceTags(sentence.plain);
  const taggedTask = tagged?.kinds.has("task") ?? false;
  // A box of a note whose boxes tick off topics makes no task of its item: what the item says may.
  const listed = context.listed || (box !== null && !context.topicBoxes) || taggedTask;
  const text = taggedTask ? tagged!.rest : sentence.plain.slice(box?.[0].length ?? 0);
  const cues = OWNER_WORDS.scan(text);
  const wordEnd = wordsEnd(text);
  // The end is enough to look at, and the whole of a long sentence costs more.
  if ((mayEndDone(text, wordEnd) && DONE_AT_END.test(text.length > 24 ? text.slice(-24) : text)) || ((cues & OWNER_WORDS.bit.done) !== 0 && text.includes("DONE") && DONE_MARK.test(text))) return null;
  // TODO, BARE_MARKER and ACTION_NAMED open with a marker's word; LETTER_MARKER with a bracket.
  const marker = (cues & OWNER_WORDS.bit.marker) !== 0;
  const ownerFirst = marker ? OWNER_THEN_MARKER.exec(text)?.groups?.owner : undefined;
  if (ownerFirst && (ownerFirst.startsWith("@") || looksLikeInitials(ownerFirst) || isKnown(ownerFirst, people))) return ownerFirst;
  const bare = marker ? BARE_MARKER.exec(text) : null;
  const todo = (marker ? TODO.exec(text) : null) ?? (text.startsWith("(") || text.startsWith("[") ? LETTER_MARKER.exec(text) : null) ?? (bare && (/^[A-Z]{2}/.test(text) || (sentence === block.sentences[0] && BOLD_MARKER.test(leadingBold(block) ?? ""))) ? bare : null);
  if (todo) {
    // A marker with nothing after it, or only its owner's tag, labels the list below it: "**ACTION** [name=Ray]".
    if (/^\s*(?:\[[^\]]*\]\s*)?:?\s*$/.test(text.slice(todo[0].length)) || NOTHING_TO_DO.test(text.slice(todo[0].length)) || BOLD_MARKER.test(text)) return null;
    // "Action item for James: ..." names a person; "ACTION for next sprint: ..." a time.
    const forLabel = todo.groups?.forLabel;
    const named = todo.groups?.owner ?? todo.groups?.paren ?? todo.groups?.for ?? (forLabel && (isKnown(forLabel, people) || /^\p{Lu}/u.test(forLabel)) ? forLabel : undefined) ?? todo.groups?.tagged;
    if (named && allNames(named, people, () => true)) return named;
    // After the marker, a name that promises is its owner even if the note names nobody else:
    // "Action: Carol to file an issue", "AI: Dave will look into it", "ACTION: ACB, check the code".
    const first = MARKED_OWNER.exec(text.slice(todo[0].length))?.groups;
    // Not a verb that opens the task: "AI: Need to visit the recusal process".
    if (first?.name && (isKnown(first.name, people) || ((first.promise ?? first.dash ?? first.comma ?? first.colon) !== undefined && /^\p{Lu}/u.test(first.name) && !NOT_A_SPEAKER.test(first.name) && !(first.promise !== undefined && isVerb(first.name))))) return first.name;
    // The task is the speaker's own: "Silvan: TODO - mention this on Discourse", "[Kris] todo: propose a repo";
    // the marker itself is no speaker: "AI: update the docs".
    const speaker = lineSpeaker(text)?.name;
    return trailingOwner(text, people) ?? (speaker !== undefined && !MARKER_WORD.test(speaker) ? speaker : undefined) ?? UNASSIGNED;
  }
  // Only a sentence that ends with a bracket can end with "ACTION [RP]": most do not, and the pattern would scan them whole.
  const last = text.charCodeAt(wordEnd - 1);
  const markedAtEnd = (last === 0x5d || last === 0x29) && (text.includes("ction") || text.includes("ACTION")) ? MARKER_AT_END.exec(text)?.groups?.owner : undefined;
  if (markedAtEnd && allNames(markedAtEnd, people, (n) => isKnown(n, people) || looksLikeInitials(n) || /^\p{Lu}/u.test(n))) return markedAtEnd;
  const handlesAtEnd = text.includes("ction item") ? HANDLES_AT_END.exec(text)?.groups?.owner : undefined;
  if (handlesAtEnd) return handlesAtEnd;
  const actionNamed = marker ? (ACTION_NAME_COMMA.exec(text) ?? ACTION_NAMED.exec(text))?.groups : undefined;
  const marked = actionNamed?.owner ?? actionNamed?.ai;
  // A first name may carry its surname's initial: "Matt G".
  if (marked && allNames(marked, people, (n) => isActionOwner(n.replace(/\s\p{Lu}\.?$/u, ""), people, actionNamed!.promise !== undefined))) return marked;
  const todoAtEnd = (cues & OWNER_WORDS.bit.todoAtEnd) !== 0 && text.includes("(") ? (TODO_OWNER_AT_END.exec(text) ?? POINT_OWNER_AT_END.exec(text))?.groups?.owner : undefined;
  if (todoAtEnd) return todoAtEnd;
  const ledMatch = (cues & OWNER_WORDS.bit.led) !== 0 && endsWithLead(text, wordEnd) ? LED_AT_END.exec(text) : null;
  const led = ledMatch?.groups?.by ?? ledMatch?.groups?.lead ?? ledMatch?.groups?.for ?? ledMatch?.groups?.trail;
  if (led && !isQuestion(text) && !REPORTED_DONE.test(text.slice(0, ledMatch!.index)) && allNames(led, people, (n) => isKnown(n, people) || (/^\p{Lu}/u.test(n) && !NOT_A_SPEAKER.test(n) && !CALENDAR.test(n)))) return led;
  // "Assigned: @blesh" alone names the owner of the sentence before.
  const assignedFirst = text.startsWith("ssigned", 1) && !ONLY_ASSIGNED.test(text) ? ASSIGNED_FIRST.exec(text) : null;
  if (assignedFirst) return assignedFirst.groups?.owner ?? assignedFirst.groups?.toDo ?? UNASSIGNED;
  const assigned = (cues & OWNER_WORDS.bit.assigned) !== 0 && (text.includes(":") || text.includes("ssigned to")) ? ASSIGNED_AT_END.exec(text)?.groups?.owner : undefined;
  if (assigned && allNames(assigned, people, (n) => isKnown(n, people) || /^\p{Lu}/u.test(n))) return assigned;
  const agent = (cues & OWNER_WORDS.bit.by) !== 0 && text.includes(" by ") ? BY_OWNER.exec(text)?.groups?.owner : undefined;
  if (agent && allNames(agent, people, (n) => isKnown(n, people) || (/^\p{Lu}\p{Ll}+$/u.test(n) && !CALENDAR.test(n) && !NOT_A_SPEAKER.test(n)))) return agent;
  // The verb in the lower case: "Accessibility Team to WG transition" names a topic.
  // " to " is looked for once: four patterns need it.
  const to = (cues & OWNER_WORDS.bit.to) !== 0 && text.includes(" to ");
  const body = to ? BODY_TO_DO.exec(text)?.groups : undefined;
  if (body && /^\p{Ll}/u.test(body.verb!)) return body.owner!;
  const dashed = to ? TO_DO_AFTER_DASH.exec(text)?.groups?.owner : undefined;
  if (dashed && allNames(dashed, people, (n) => isKnown(n, people) || looksLikeFirstName(n))) return dashed;
  const nextStep = to && (cues & OWNER_WORDS.bit.nextStep) !== 0 && text.includes("ext step") ? NEXT_STEP_OWNER.exec(text)?.groups?.owner : undefined;
  if (nextStep && allNames(nextStep, people, (n) => isKnown(n, people) || looksLikeFirstName(n) || (/^\p{Lu}/u.test(n) && !NOT_A_SPEAKER.test(n)))) return nextStep;
  const askedGroups = (cues & OWNER_WORDS.bit.asked) !== 0 && ((to && (text.includes("sk") || text.includes("quest"))) || text.includes("told ") || text.includes("tells ") || text.includes("nformed") || text.includes("deadline")) ? ASKED_OWNER.exec(text)?.groups : undefined;
  const asked = askedGroups?.owner ?? askedGroups?.asked ?? askedGroups?.told ?? askedGroups?.due;
  // "John M": a first name with an initial. Told "he should", or given a deadline, is a person: "the SC informed Łukasz he should ...".
  const person = askedGroups?.owner === undefined;
  if (asked && allNames(asked, people, (n) => isKnown(n, people) || looksLikeFirstName(n.replace(/\s\p{Lu}\.?$/u, "")) || looksLikeInitials(n) || (person && /^\p{Lu}/u.test(n) && !NOT_A_SPEAKER.test(n)))) return asked;
  const agreed = (cues & OWNER_WORDS.bit.agreed) !== 0 && (text.includes(" that ") || text.includes("decided ") || text.includes("agreed ")) ? AGREED_OWNER.exec(text)?.groups?.owner : undefined;
  if (agreed && allNames(agreed, people, (n) => isKnown(n, people) || looksLikeFirstName(n))) return agreed;
  const requested = request(text);
  const addressed = requested?.groups ?? (text.includes(", ") ? ADDRESSED.exec(text)?.groups : undefined);
  const afterOwner = addressed ? (requested?.said ?? text).slice(addressed.owner!.length + 1) : "";
  if (addressed && !people.has(addressed.verb!) && !describesPerson(afterOwner) && (EVERYONE.test(addressed.owner!) || allNames(addressed.owner!, people, (n) => isKnown(n, people) || (requested !== null && looksLikeFirstName(n)))) && mayOpenWithVerb(afterOwner)) {
    return addressed.owner!;
  }
  // An item that opens with names and a bare task: "Chris review the PR", "Everyone review this doc before next meeting", "Eric — send out the announcement".
  const named = sentence === block.sentences[0] && block.kind === "item" ? NAMED_TASK.exec(text)?.groups?.owner : undefined;
  if (named && TASK_GIVEN.test(text.slice(named.length).replace(/^\s*(?::|[-–—]{1,2})?\s*(?:please\s+)?/i, "")) && (EVERYONE.test(named) || allNames(named, people, (n) => isKnown(n, people) || looksLikeFirstName(n.replace(/\s\p{Lu}\.?$/u, ""))))) {
    return named;
  }
  const volunteers = (cues & OWNER_WORDS.bit.volunteers) !== 0 ? VOLUNTEERS.exec(text)?.groups?.owner : undefined;
  // The cue says they are people, so names in lower case count here ("seph").
  if (volunteers && allNames(volunteers, people, () => true)) return volunteers;
  const speaker = lineSpeaker(text);
  const words = cues & CLAUSE_WORDS;
  // A speaker's line goes on past its first sentence: "ajeffrey: Sure. I'll fix up the website too.", "David: I don't remember. Happy to take another look."
  // (only the promise opening the sentence: not "If ..., I'll").
  const first = block.sentences[0];
  // "Will ..." there drops its subject as any clause does (TAKES_UNSAID): "Will likely be a bi-weekly call", "Will keep detail anonymous for now", "Will take to async for approval" take no task.
  if (!speaker && words !== 0 && first !== sentence && first && (I_PROMISE.test(stripConnective(text)) || (SPEAKER_GOES_ON.test(text) && (!/^will\s/i.test(text) || TAKES_UNSAID.test(text))) || promisesAfterAnd(text))) {
    const lineOf = lineSpeaker(first.plain);
    if (lineOf) return lineOf.name;
  }
  // "- Nathan: rebase." under a pull request: a person given a bare task. Later in a line of dialogue
  // it is advice ("Joseph: would love to discuss it. Nick: Contact Ronald at Facebook.").
  const opensBlock = sentence === block.sentences[0];
  // A label with digits is a reference: "PR6562: Add systemd to startup_items".
  if (speaker && opensBlock && TASK_GIVEN.test(speaker.said) && !/\d/.test(speaker.name) && (isKnown(speaker.name, people) || looksLikeFirstName(speaker.name) || looksLikeInitials(speaker.name))) return speaker.name;
  // "Amit: Hudson and I will look at grant soundness": the speaker and whom they name.
  const partner = speaker && speaker.said.includes(" and I") ? WITH_ME.exec(speaker.said)?.groups?.partner : undefined;
  if (partner && !CALENDAR.test(partner) && (isKnown(partner, people) || looksLikeFirstName(partner))) return `${speaker!.name}, ${partner}`;
  // Later in the line, with the subject dropped: "TL: 80% written up, will post today."
  if (speaker && (SPEAKER_TAKES.test(speaker.said) || promisesAfterAnd(speaker.said) || clauseTails(speaker.said).some((clause, i) => I_PROMISE.test(stripConnective(clause)) || (i > 0 && !speaker.said.includes("?") && UNSAID_AGAIN.test(clause) && TAKES_UNSAID.test(stripConnective(clause)))))) return speaker.name;
  const promises = (words & OWNER_WORDS.bit.promises) !== 0;
  const mays = (words & OWNER_WORDS.bit.may) !== 0;
  const pronouns = (words & OWNER_WORDS.bit.pronoun) !== 0;
  const tails = words !== 0 ? clauseTails(text) : [];
  for (let position = 0; position < tails.length; position++) {
    const tail = tails[position]!;
    const clause = stripConnective(tail);
    // Prose starts a sentence in lower case only with a name or handle: "seph will remove it."
    // (List items are often lower-case fragments: "* tests will fail on CentOS".)
    const opensProse = position === 0 && clause === text && sentence.block.kind === "paragraph";
    const promise = promises ? OWNER_PROMISES.exec(clause) : null;
    const promised = promise?.groups?.owner;
    // A word the note never names as a person may be a thing: "Osquery will now build with clang 11".
    const thing = promise !== null && THING_VERB.test(clause.slice(promise[0].length));
    // Only a person volunteers, so a name in the lower case counts: "so mw volunteered to gather some data".
    const volunteered = promise !== null && /\b(?:volunteer|offer)/.test(promise[0]);
    if (promised && allNames(promised, people, (n) => isKnown(n, people) || ((/^\p{Lu}/u.test(n) || opensProse || volunteered) && !thing && !NOT_A_SPEAKER.test(n)))) return promised;
    // "..., so @JamesHenry can maintain it": what a change lets someone do is its purpose, no task.
    const may = mays && !/^so\s/i.test(tail) ? OWNER_MAY.exec(clause)?.groups?.owner : undefined;
    if (may && opensProse && allNames(may, people, (n) => /^\p{Ll}/u.test(n))) return may;
    // Several people with one of them known: "seph, Stefano, Teddy, and Nick should try ...".
    const someKnown = may !== undefined && splitNames(may).some((n) => isKnown(n, people));
    if (may && allNames(may, people, (n) => isKnown(n, people) || ((listed || someKnown) && /^\p{Lu}/u.test(n)))) return may;
    // Minutes' "Tom to write an RFC", "RP to produce the release", "Seth is to obtain more info", "Andy needs to do more benchmarks": a first name or initials the
    // note gives no other sign of, opening the sentence or following its topic ("Plugins gaps -> Melissa to post ...").
    const opens = may !== undefined && (position === 0 || AFTER_TOPIC.test(text.slice(0, text.length - tail.length)));
    const toDo = opens ? (TO_DO.exec(clause) ?? OWNER_MUST.exec(clause))?.groups?.owner : undefined;
    // A handle the note also writes with its "@" counts too: "@japaric: ..." and later "japaric to add ...".
    // Among names the lexicon knows, one it does not is a name too: "Jeff and Camdon to chat afterwards".
    const someFirst = toDo !== undefined && splitNames(toDo).some(looksLikeFirstName);
    if (toDo && allNames(toDo, people, (n) => looksLikeFirstName(n) || looksLikeInitials(n) || people.has(`@${n.toLowerCase()}`) || people.has(n.toLowerCase()) || (someFirst && /^\p{Lu}\p{Ll}+$/u.test(n)))) return toDo;
    // Only a first name the lexicon knows: initials that should do something are more often a body ("EDI should help people ...").
    const should = opens && !toDo ? OWNER_SHOULD.exec(clause)?.groups?.owner : undefined;
    if (should && allNames(should, people, looksLikeFirstName)) return should;
    // "Sean made the #docs channel, and will add all TSC members", "Martijn knows some people so will talk to them",
    // "@whitequark has further ideas, will expand in another meeting": the sentence's subject goes on to the task.
    if (position > 0 && promises && (/^(?:and|so)\s/i.test(tail) || (/^will\s/i.test(tail) && text.endsWith(", " + tail))) && TAKES_UNSAID.test(clause)) {
      const subject = SUBJECT.exec(text)?.groups?.owner;
      if (subject && allNames(subject, people, (n) => isKnown(n, people) || looksLikeFirstName(n))) return subject;
    }
    const pronoun = pronouns ? PRONOUN_PROMISES.exec(clause)?.groups?.pronoun : undefined;
    if (pronoun) return antecedent(context.sentences, context.index, text.slice(0, text.length - tail.length), people, /^they$/i.test(pronoun));
  }
  // A stand-up's "* Greg\n  * ..., will work with Brian to merge": the dropped subject is the person the part is of,
  // or who spoke first in the paragraph: "Manuel points out that ... Will reach out to Andreas."
  if (promises && !CONDITION.test(text) && takesUnsaid(tails)) {
    const person = reporterOf(sentence, people) ?? standupPerson(block, people);
    if (person) return person;
  }
  // Outside an action list, an item that opens with a task and closes with its owner's tag (a
  // presenter's tag opens a topic instead: "[Michelle] CoCC election check in").
  const opening = block.sentences[0];
  const ownerTag = block.kind === "item" && opening && text.endsWith("]") ? (sentence === opening ? OWNER_TAG : sentence === block.sentences[1] ? ONLY_TAG : null)?.exec(text)?.groups : undefined;
  if (ownerTag && allNames(ownerTag.owner!, people, (n) => isKnown(n, people) || looksLikeInitials(n) || looksLikeFirstName(n) || handleOpensWith(n, people) || (ownerTag.label !== undefined && /^\p{Lu}/u.test(n))) && opensWithCommand(opening!.plain)) {
    return ownerTag.owner!;
  }
  if (!listed || DONE.test(text)) return null;
  const end = trailingOwner(text, people);
  if (end) return end;
  // "[leogr] Schedule a monthly meeting": a name in brackets opening an item of the list is its owner.
  if (speaker?.bracketed && opensBlock) return speaker.name;
  // The owner opens the item: later in an item, "Andrew: ..." is a speaker's turn in a discussion.
  const leading = block.kind === "item" && sentence !== block.sentences[0] ? undefined : LEADING_OWNER.exec(text)?.groups;
  // "Joe - squash & merge" in an action list: a capitalised word before a dash is the owner; before a colon, a first name ("Zach: review the PR", not "Windows: fix the build").
  if (leading?.owner && allNames(leading.owner, people, (n) => isKnown(n, people) || context.listOwners.has(n.toLowerCase()) || (leading.dash !== undefined && /^\p{Lu}/u.test(n) && !NOT_A_SPEAKER.test(n)) || (leading.colon !== undefined && looksLikeFirstName(n)))) return leading.owner;
  const label = block.kind === "item" && text.includes("):") ? LABEL_OWNER.exec(text)?.groups?.owner : undefined;
  if (label && allNames(label, people, (n) => isKnown(n, people) || looksLikeInitials(n) || isFirstName(n))) return label;
  if (!isTaskText(text)) return null;
  // A box or a task tag makes it a task whatever the list: what follows (the tagger among it) need not be asked.
  if (box !== null || taggedTask) return UNASSIGNED;
  // An item of an "Action items" or "TODO" list is a task even when nobody took it yet; one that
  // only introduces a list of its own ("Try to check for anything still connected:") is not, nor
  // one that details the task above it ("Slack", "google-group" under "Archive old channels").
  const leadIn = block.leadIn ?? "";
  // Under a topic ("Sovereign Tech Fund\n  - Check with fellows ..."), the items are tasks of their own.
  const detail = block.listDepth > 1 && !/:\s*$/.test(leadIn) && !leadsIntoActions(leadIn) && isTaskText(leadIn);
  // Under a "Next steps" or "Takeaways" heading, which may list findings too, an item that opens with a verb ("Push 14.2 out");
  // a "Next steps:" lead-in inside a topic's discussion lists steps it weighed ("update thrift (seems scary)").
  const title = block.section?.title ?? "";
  const task =
    block.kind === "item" &&
    block.itemStart &&
    sentence === block.sentences[0] &&
    !text.endsWith(":") &&
    !detail &&
    (TASKS_LIST.test(title) || TASKS_HEADING.test(title) || (leadsIntoActions(leadIn) && TASKS_LIST.test(leadIn)) || (isActionsHeading(title) && !leadIn && opensWithCommand(text)));
  if (!task) return null;
  // "**Action Items** (Eric & Kris)" names who does the items under it.
  const owners = leadIn.includes("(") || leadIn.includes("[") ? LEAD_IN_OWNERS.exec(leadIn)?.groups?.owner : undefined;
  return owners && allNames(owners, people, (n) => isKnown(n, people) || /^\p{Lu}/u.test(n)) ? owners : UNASSIGNED;
}

/**
 * The labels opening items of action lists ("nisse: ...", "filippo: ..."), if two or more differ:
 * a list of who does what names its people that way, in whatever case they write their handles.
 */
function actionListLabels(note: NoteText, listed: boolean[]): ReadonlySet<string> {
  const labels = new Set<string>();
  note.blocks.forEach((block, b) => {
    const first = block.sentences[0];
    if (!listed[b] || block.kind !== "item" || !block.itemStart || !first) return;
    // The list itself, not a topic somewhere under "## Agenda points & Actions".
    if (!isActionsHeading(block.section?.title ?? "") && !leadsIntoActions(block.leadIn ?? "")) return;
    const label = lineSpeaker(first.plain)?.name;
    if (label && !label.startsWith("@")) labels.add(label.toLowerCase());
  });
  return labels.size >= 2 ? labels : new Set();
}

/**
 * Whether a list's lead-in introduces tasks: "Action items:", "* Next steps", but not a topic that
 * names them ("* Next steps on the Temporal proposal" over a discussion written as dialogue).
 */
function leadsIntoActions(leadIn: string): boolean {
  return isActionsHeading(leadIn) && (/:\s*$/.test(leadIn) || leadIn.replace(OWNERS_AFTER, "").trim().split(/\s+/).length <= 4);
}
/** A bracket closing a lead-in, which does not make it longer: "Action Items (Eric & Kris)". */
const OWNERS_AFTER = /\s*[(\[][^)\]]*[)\]]\s*:?\s*$/;
/** An action list's lead-in naming who does its items: "**Action Items** (Eric & Kris)", "TODO [Ann]:". */
const LEAD_IN_OWNERS = new RegExp(String.raw`^(?:action(?:able)? items?|action points?|actions?|todos?|to-dos?|next steps?)\s*[(\[](?<owner>${NAMES})[)\]]\s*:?\s*$`, "iu");

/**
 * Whether an item with no owner reads as something to do: it has words, and is not only a name
 * in title case ("[ ] CodePen", "[ ] Mozilla Evangelists Group" in a list of places to post).
 */
function isTaskText(text: string): boolean {
  const words = text.slice(TASK_BOX.exec(text)?.[0].length ?? 0).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0) return false;
  return !(words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word)) && !/\s[-–—]{1,2}\s/.test(text));
}

/** For each block, in order, whether it sits under an action heading (at any level above it) or lead-in. */
function actionListed(note: NoteText): boolean[] {
  const listed: boolean[] = [];
  // An action heading's subheadings group its tasks, unless it listed them before the first: then
  // they are the topics of the minutes that follow ("## Action items\n- ...\n### Django on the Med").
  const headings: Array<{ level: number; actions: boolean; content: boolean }> = [];
  // The items of a list share their lead-in: it is tested once.
  let leadIn: string | null = null;
  let leadInListed = false;
  // A list of another kind inside an action section ("Decisions:" under "Decisions / Action Items") is not one of tasks.
  let otherList = false;
  for (const block of note.blocks) {
    if (block.kind === "heading") {
      const level = block.section?.level ?? 1;
      while (headings.length > 0 && headings.at(-1)!.level >= level) headings.pop();
      const above = headings.at(-1);
      const actions = isActionsHeading(block.text);
      if (above?.actions && above.content && !actions) above.actions = false;
      listed.push(headings.some((h) => h.actions));
      headings.push({ level, actions: actions && !MINUTES_AND_ACTIONS.test(block.text), content: false });
      continue;
    }
    const current = headings.at(-1);
    if (current) current.content = true;
    if (block.kind === "item" && block.leadIn !== leadIn) {
      leadIn = block.leadIn;
      leadInListed = leadsIntoActions(leadIn ?? "");
      otherList = !leadInListed && OTHER_LIST.test(leadIn ?? "");
    }
    const item = block.kind === "item";
    listed.push((headings.some((h) => h.actions) && !(item && otherList)) || (item && leadInListed));
  }
  return listed;
}

/**
 * For each block, whether a heading above it reviews an earlier meeting's tasks: there, a list's
 * items restate those tasks ("- **Florian Zaruba** to reach out to members ...", "- Set up the
 * meeting\n  - Assigned: Greg"), and only what the discussion under them adds is new.
 */
function reviewedSections(note: NoteText): boolean[] {
  const reviewed: boolean[] = [];
  const headings: Array<{ level: number; review: boolean }> = [];
  for (const block of note.blocks) {
    if (block.kind === "heading") {
      const level = block.section?.level ?? 1;
      while (headings.length > 0 && headings.at(-1)!.level >= level) headings.pop();
      headings.push({ level, review: REVIEWED_TASKS.test(block.text) || EARLIER_TASKS.test(block.text) });
    }
    reviewed.push(headings.some((h) => h.review));
  }
  return reviewed;
}

/**
 * A question that a task marker opens is still the task: "ACTION: Ed to check with Gavin how easily ... so we can put it in EclipseLink?",
 * "AI: Need to visit the recusal process [Aaron? Phil?]"; not one that asks who, what or how: "(AI) Who else?", "TODO: What node types are used?".
 */
function markedQuestion(text: string): boolean {
  const marker = TODO.exec(text) ?? LETTER_MARKER.exec(text);
  return marker !== null && !/^\s*(?:who|what|when|where|why|how|which|whom|whose)\b/i.test(text.slice(marker[0].length));
}

/**
 * A request asked of someone, a task for whom it addresses: "MS, can you look into updating the unversioned link?", or in a
 * speaker's line, "jdm: Alan, can you write the main thrust of the blog post?" (ownerOf decides whether they are someone).
 * What ADDRESSED found, and the text it opens.
 */
function request(text: string): { groups: Record<string, string | undefined>; said: string } | null {
  if (!text.includes(" you ")) return null;
  for (const said of [text, lineSpeaker(text)?.said]) {
    const groups = said === undefined ? undefined : ADDRESSED.exec(said)?.groups;
    if (groups?.asks !== undefined) return { groups, said: said! };
  }
  return null;
}

function actionOf(owner: string, task: Sentence, renderSentence: (sentence: Sentence) => string): Action {
  return { owner, names: owner === UNASSIGNED ? [] : splitNames(owner), text: task.text, html: renderSentence(task), line: task.line };
}

/** The headers of a table of tasks: "| Owner | Action | Due |", "| Task | Assignee |"; not a plan's "| What | When | Who |". */
const ACTION_COLUMN = /^(?:actions?(?:\s+items?)?|tasks?|to-?dos?|next steps?|follow[- ]?ups?)$/i;
const OWNER_COLUMN = /^(?:owners?|who|assignees?|assigned(?:\s+to)?|responsible|person|people|lead)$/i;
/** An owner cell that names nobody yet. */
const NOBODY = /^(?:\?+|tbd|tbc|-+|n\/a|none)?$/i;

/**
 * A cell of a table of tasks: the task in the action column, its owner in the owner column of the
 * same row ("| Junjie Bu | Conduct a follow-up poll | Before next meeting |"). A table with an
 * action column and no owner column holds tasks under an action heading only. An action column
 * that only numbers the tasks leaves them to the description column.
 */
function tableTask(block: Block): { sentence: Sentence; owner: string } | null {
  const place = block.table;
  if (!place || place.row === 0) return null;
  const header = place.of.rows[0]!;
  if (!ACTION_COLUMN.test(header[place.column]?.text.trim() ?? "")) return null;
  const ownerColumn = header.findIndex((cell) => OWNER_COLUMN.test(cell.text.trim()));
  if (ownerColumn < 0 && !isActionsHeading(block.section?.title ?? "")) return null;
  const task = toldInRow(block);
  if (!task || DONE_AT_END.test(task.plain)) return null;
  const owner = ownerColumn < 0 ? "" : (place.of.rows[place.row]![ownerColumn]?.text.trim() ?? "");
  return { sentence: task, owner: NOBODY.test(owner) ? UNASSIGNED : owner };
}

/**
 * @example extractActions(walkNote(md.parse("@directionless will click some buttons.", env), 0), render)
 *   // [{ owner: "@directionless", owners: ["directionless"], text: "@directionless will click some buttons.", line: 1 }]
 */
export function extractActions(note: NoteText, renderSentence: (sentence: Sentence) => string): Action[] {
  const actions: Action[] = [];
  const people = peopleIn(note);
  const listed = actionListed(note);
  const listOwners = actionListLabels(note, listed);
  const topicBoxes = boxesTickTopics(note, listed);
  const reviewed = reviewedSections(note);
  // Pronouns look back across blocks: "@theopolis has anecdotes. He'll dig those up."
  const sentences: Sentence[] = [];
  for (const block of note.blocks) if (block.kind !== "cell") for (const sentence of block.sentences) sentences.push(sentence);
  // One context for the note, its place moved sentence by sentence: ownerOf keeps none of it.
  const context: Context = { sentences, index: 0, people, listed: false, listOwners, topicBoxes };
  let index = 0;
  note.blocks.forEach((block, b) => {
    if (block.kind === "cell") {
      const task = tableTask(block);
      if (task) actions.push(actionOf(task.owner, task.sentence, renderSentence));
      return;
    }
    // Who came is no task, even as "[ ] Allan Johns - NVIDIA" in a checklist; nor is one taken off the list, crossed off or gone through again.
    if (inAttendanceList(block) || (block.kind === "item" && (CLOSED_LIST.test(block.leadIn ?? "") || EARLIER_TASKS.test(block.leadIn ?? "") || REVIEWED_TASKS.test(block.leadIn ?? ""))) || struckThrough(block)) {
      index += block.sentences.length;
      return;
    }
    block.sentences.forEach((sentence, s) => {
      context.index = index++;
      context.listed = listed[b]!;
      // "Markus will schedule the next meeting - one month?" asks only about its aside.
      if (isQuestion(sentence.text) && isQuestion(sentence.text.replace(QUESTION_ASIDE, "")) && !markedQuestion(sentence.plain) && request(sentence.plain) === null) return;
      if (block.kind === "heading" && !context.listed) return;
      if (sentence.comments.length > 0 && sentence.comments.some((c) => NOT_AN_ACTION.test(c))) return;
      // Under a review of earlier tasks, an item of the list restates one, and "Assigned: Greg" says whose it was.
      if (reviewed[b] && ((block.kind === "item" && block.listDepth === 1) || ONLY_ASSIGNED.test(sentence.plain))) return;
      // "Assignee: @attie" alone under an agenda item's heading says who leads the item: no task of its own.
      if (s === 0 && block.kind === "paragraph" && note.blocks[b - 1]?.kind === "heading" && ONLY_ASSIGNED.test(sentence.plain)) return;
      const owner = ownerOf(sentence, context);
      if (!owner) return;
      // "Needs a test first. Assigned: @blesh", "Can we charge it to SPI? (Peter to ask)": the task is the sentence the label follows.
      const previous = block.sentences[s - 1];
      const task = previous && (ONLY_ASSIGNED.test(sentence.plain) || OWNER_ASIDE.test(sentence.plain) || ONLY_TAG.test(sentence.plain)) ? previous : sentence;
      if (task !== sentence && actions.at(-1)?.text === task.text) return;
      actions.push(actionOf(owner, task, renderSentence));
    });
  });
  return actions;
}
