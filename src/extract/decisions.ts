// Decisions: what the meeting settled. Authors can state one explicitly (`Decision: ...`, a
// "Decisions" section, or `{#id}` after a sentence); the rest are inferred from how groups
// phrase a shared outcome in prose. A decision is one sentence.
//
// The inferred ones come in families, each a way a group records its outcome: a shared stance
// ("General consensus is ...", "No objections were raised"), consent by silence or as one voice
// ("Absent comments, ...", "All: +1"), a commitment ("We will ...", "Let's ...", "The plan is
// ...", "Will rename the label"), a choice made or leave given ("Went with the simpler fix", "OK
// to merge"), what is to happen to a release ("4.7.0 will be released after the holidays"), who
// owns what, a target ("aiming for Friday"), a deferral, a rejection, an answer to the meeting's
// own question ("Should we X? No. ..."), a vote's tally ("Passed: 7-0"), a role given ("Sashko as
// champion"), list items introduced as outcomes ("We decided that:", "Resolution:") and a bold item
// among the points made ("- **Allow admin-usage prototype PRs**"). Against them stand negations,
// open questions and stances still sought ("No clear consensus", "Consensus on location?", "we
// need to reach consensus"), a stance about nothing ("No objections."), needs, duties and limits
// ("we need to get the toil down", "we cannot use it yet"), needs foreseen ("we'll need CI"),
// hedged suggestions ("we should probably ..."), one person's view ("seph thinks we should ...",
// a speaker's "we should ..."), the next call's date and how the meeting itself runs.

import { allMatches, firstOf } from "./all-matches.js";
import { leadingBold, whollyBold } from "./bold-runs.js";
import { cuedAlternation, cueWords } from "./cue-words.js";
import { BODY, inAttendanceList, lineSpeaker, looksLikeFirstName, looksLikeInitials, peopleIn, reporterOf, standupPerson, TASK_BOX } from "./person-names.js";
import { clauseTails, isQuestion, stripConnective } from "./sentence-cues.js";
import { POLL, pollPassed } from "./polls.js";
import { sentenceTags } from "./sentence-tags.js";
import { toldInRow } from "./table-rows.js";
import { titleHeading } from "../title-heading.js";
import { type Block, type NoteText, type Sentence, struckThrough } from "./walk.js";

export interface FoundDecision {
  sentence: Sentence;
  /** The decision's words, without an explicit `Decision:` marker. */
  text: string;
  explicit: boolean;
  /** The sentence after it that completes it: the answer to its question, the group's assent ("None!", "Yes", "Broad agreement."). */
  answer?: Sentence;
}

/** "Decision: ...", "Decision = ...", numbered too: "Decision 2: ...", "Decision n+1: ...". */
const EXPLICIT_MARKER = /^decisions?(?:\s+(?:#?\d{1,3}|[a-z](?:\+1)?))?\s*(?:[:：=]|\s-\s|--|—|–)\s*/i;
/**
 * The resolution labels of minutes kept in a standards body's style: "**ACCEPTED**: The group shall
 * establish editors ...", "RESOLVED: ...". The label vouches for its sentence, so "... do not require
 * group consensus" under it is no missing consensus; it stays in the decision's words.
 */
const RESOLUTION_LABEL = /^(?:accepted|resolved|resolutions?|approved)\s*[:：]\s*\S/i;
const DECISIONS_HEADING = /^(?:decisions?|decided|resolutions?)\b|^(?!(?:no|not)\b)(?:[\w-]+\s+){0,2}(?:conclusions?|outcomes?|agreements?|consensus)\s*:?\s*$/i;
const NOT_A_DECISION = /^not an? decision$/i;
/** An entry of a "Decisions" list or a `Decision:` that records none ("None", "N/A", "TBD"), or only a link. */
const NOTHING_DECIDED = /^(?:(?:(?:decisions?|accepted|resolved|resolutions?|approved)\s*[:：]\s*)?(?:none|n\/?a|nothing|tbd|tba|no decisions?(?: (?:made|taken|this week))?)\s*[.!]*|[-–—]+|<?https?:\/\/\S+>?)$/i;

/** Three or more people named as one subject of agreeing: "Nathan, Arjan, Petr agreed"; for them a person is no subject of a view of their own. */
const SEVERAL_NAMED = String.raw`(?:[^\s,.;:]+,\s+){2,}(?:and\s+)?[^\s,.;:]+\s+(?:(?:all|jointly)\s+)?(?:agreed|decided)`;
const SEVERAL_AGREE = new RegExp(String.raw`^${SEVERAL_NAMED}\b`, "i");

const A_BODY = new RegExp(String.raw`^${BODY}$`, "i");

/** Who "we" is: the people in the meeting speaking as one. */
const GROUP = String.raw`(?:we|several of us|most of us|all of us|both of us|everyone|everybody|the group|the team|the room|the community|office hours|${BODY})`;
/** Who else holds a stance as the meeting's: "Those present thought ...", "WG members present agreed that ...", "The meeting agreed to ...", "Those on the hangout agreed ..."; not some of them ("A couple of people think ..."). */
const NOT_SOME_OF = String.raw`(?<!\b(?:of|some|few|several|many|other|two|three|four|five|new|\d+)\s)`;
const PRESENT = String.raw`(?:${GROUP}|team|${NOT_SOME_OF}(?:folks|people)|all|attendees|participants|maintainers|the maintainers|moderators|the moderators|organi[sz]ers|the organi[sz]ers|group|the meeting|those present|all present|those (?:on|in|at) the (?:call|hangout|meeting|room)|${NOT_SOME_OF}(?:(?:the|all|board|committee|council|team|wg|tsc|sc|core|steering)\s+)?members(?:\s+present)?)`;
const ADVERB = String.raw`(?:have|has|had|all|probably|still|really|also|just|definitely|mostly|generally|certainly|then|now|do|likely|clearly|both|actually|of course|at least|either|finally|eventually|ultimately|unanimously)`;
const ADVERBS = String.raw`(?:${ADVERB}\s+)*`;

/** Talking a thing over before settling it: "discussed and", "reviewed and". */
const TALKED_OVER = String.raw`(?:discussed|reviewed|considered|debated)\s+and\s+`;
/** Words of the verdicts of a vote or a review, of agreement and of support, that several ways of telling a stance share. */
const VERDICTS = ["approved", "accepted", "rejected"];
const PASSED = [...VERDICTS, "adopted", "passed", "carried"];
const AGREED = ["agreed", "decided", "settled"];
const ABOARD = ["supportive", "on board", "onboard"];
const IN_FAVOUR = ["in favor", "in favour"];
/** A shared stance, reached by the meeting: consensus, agreement, a conclusion, broad support, no objections. */
const STANCE_PARTS = cuedAlternation(
  [
    // "concensus" is how notes written in a hurry often spell it.
    // Not the consensus of software: "the consensus mechanism", "consensus issues between clients".
    { words: ["consensus", "concensus", "conclu", "decision"], source: String.raw`(?<![/)]\s?)\bcon[cs]ensus\b(?!\s?\/)(?!\s+(?:mechanisms?|algorithms?|protocols?|engines?|layers?|clients?|nodes?|rules?|specs?|specifications?|issues?|bugs?|failures?|errors?|splits?|code|critical)\b)|\b(?:conclusion|concluded)\b|\b(?:a|the)\s+decision\s+(?:was|has been|had been)\s+(?:made|taken|reached)\b` },
    // Agreement reached, not a contract ("the transfer agreement"): "broad agreement", "agreement on X", "Agreement they should be values".
    { words: ["agreement"], source: String.raw`\b(?:broad|general|wide|full|rough|total|complete|unanimous|mutual|some|in|reached|there's|there is|there was)\s+agreement\b|(?<!\b(?:levels?|kinds?|types?|degrees?|forms?|sorts?) of )\bagreement\s+(?:on|that|to|among|between|about|from|here)\b|^agreement\s+(?:for|they|we|it|this|everyone|everybody)\b` },
    // Alignment is agreement in other words: "it is aligned that we document ...", "we aligned on Fridays".
    // The subject is looked for behind "aligned", once found: tried at every position, the group's many names cost every sentence.
    { words: ["align"], source: String.raw`\baligned(?<=\b(?:it\s+(?:is|was|has been)\s+|${PRESENT}\s+(?:(?:are|were|is|was|have|had|got)\s+)?${ADVERBS})aligned)\s+(?:on|that)\b|\balignment(?<=\b(?:reached|got|have|had)\s+alignment)\s+(?:on|that)\b` },
    // The notes' reading of the room: "It sounds like we mostly cannot keep macOS 10.11", "Sounds like people agree to make things public"; not a need it finds ("sounds like we need ...").
    { words: ["sounds like"], source: String.raw`\bsounds like\s+${PRESENT}\s+${ADVERBS}(?:agree|think|want|do want|don't want|do not want|cannot|can't|can keep|won't|will|are going to|are (?:abandoning|dropping|keeping|moving|sticking)|should)\b` },
    // "people seem generally supportive of the idea", "We are onboard with the change".
    { words: ABOARD, source: String.raw`\b${PRESENT}\s+(?:are|were|is|was|seems?|seemed|appears?|appeared)\s+(?:to\s+be\s+)?(?:generally\s+|broadly\s+|all\s+|largely\s+)?(?:supportive|on\s?board)\b` },
    // "Everyone seemed to agree": the notes' hedge on what the room showed, still its stance.
    // "The SC discussed and accepted PEP 684": what the body did with it after talking it over.
    { words: ["agree", "conclude", "decided", "decides", "settled", "resolved", "voted", "chose", "opted", "confirmed", "reaffirmed", "accepted", "approved", "adopted", "rejected"], source: String.raw`\b${PRESENT}\s+${ADVERBS}(?:(?:seem|seems|seemed|appear|appears|appeared)\s+to\s+|${TALKED_OVER})?(?:agree|agrees|agreed|conclude|concludes|decided|decides|settled|resolved|voted(?!\s+on\s+(?:what|which|whether|how|who)\b)|chose|opted|confirmed|reaffirmed)\b|\b${PRESENT}\s+${TALKED_OVER}(?:accepted|approved|adopted|rejected)\b` },
    // Notes drop the subject: "Agreed to move the meeting.", "Approved that a SIG is needed.", "Outcome: ship it.", "..., but after discussing decided on two branches".
    { words: ["agree", "decided", "concluded", "resolved", "settled", "approved"], source: String.raw`^(?:[^:：]{1,40}[:：]\s*)?(?:${TALKED_OVER})?(?:agreed|decided|concluded|resolved|settled on|approved\s+(?:that|to)\b)\b|^(?:(?:okay|ok|so|yes),?\s+)?(?:(?:generally|broadly|all|unanimously)\s+agree[ds]?\s+(?:that|to|on|this)|agree\s+(?:to|this|we)\s)` },
    { words: AGREED, source: String.raw`\b(?:but|and|so|then)\s+(?:after\s+\w+(?:\s+\w+)?\s+)?(?:(?:ultimately|eventually|finally|then|also)\s+)?(?:decided|agreed)\s+(?:(?:on|to|that)\s+[^\s:]|(?:[\w.-]+\s+){1,3}(?:should|will|would|must|is|are)\b)` },
    // After a clause break too: "Talked with Dan -- while there will be closer collaboration, agreed that Cello stays a project of its own."
    { words: AGREED, source: String.raw`(?:,|\s--|\s[–—])\s+(?:(?:ultimately|eventually|finally|then|also)\s+)?(?:decided|agreed)\s+(?:on|to|that)\s+[^\s:]` },
    // A thing and what was settled of it: "URL determined: rxjs-beta-docs.firebaseapp.com", "Compatibility with existing DBs is approved."
    { words: ["determined", "decided", "chosen", "confirmed", "finalized", "finalised", "settled", "agreed"], source: String.raw`^[\w .-]{1,40}\s(?:determined|decided|chosen|confirmed|finali[sz]ed|settled|agreed)\s*[:：]\s*\S` },
    { words: PASSED, source: String.raw`\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?(?:${TALKED_OVER})?(?:approved|accepted|rejected|adopted)(?:\s*\([^()]*\))?\s*[.!]?$` },
    // "Option 2 was selected as the starting baseline."
    { words: ["selected", "chosen"], source: String.raw`\b(?:was|were|has been|have been)\s+(?:selected|chosen)\s+(?:as|for)\b` },
    // Minutes that tell how the discussion ended: "Discussion ensued, leading to the outcome that ...".
    { words: ["outcome", "decision"], source: String.raw`\b(?:led|leads?|leading)\s+to\s+the\s+(?:outcome|decision)\s+(?:that|of|to)\b|\bthe\s+outcome\s+(?:is|was|being)\s+that\b` },
    // IETF's reading of the room: "The sense of those present was that ...", "sense of the room is to adopt".
    { words: ["sense of"], source: String.raw`\bsense of (?:the room|those present|the (?:group|meeting|wg|working group))\b` },
    // The group recommends or prefers: "We recommended the use of floats", "group recommended implementing the PR", "General recommendation is to follow NumPy", "we prefer the 'm' mode".
    { words: ["recommend", "prefer"], source: String.raw`(?:\b${GROUP}|^group)\s+${ADVERBS}(?:recommend(?:s|ed)?|prefer(?:s|red)?)\b|\b(?:general|overall|our|the group's|the committee's)\s+recommendation\s+(?:is|was)\b` },
    // The body's own word for it: "The SC's decision was to update the definitions."
    { words: ["decision", "position", "verdict"], source: String.raw`\b(?:${BODY}|the group|the team|the room)['’]s\s+(?:decision|position|verdict)\s+(?:is|was)\b` },
    // What the body tells a proposal's authors: "The feedback from the Committee is to attempt it with macros."
    { words: ["feedback", "recommendation", "position", "advice", "guidance"], source: String.raw`\b(?:feedback|recommendation|position|advice|guidance)\s+(?:of|from)\s+(?:${BODY}|the group|the team|the room)\s+(?:is|was)\b` },
    { words: ["outcome", "result", "resol", "agreed", "decided", "verdict", "final", "summar"], source: String.raw`^(?:outcome|result|resolution|resolved|agreed|decided|verdict|final|in summary|to summari[sz]e)\s*(?:[:：]|--|—)` },
    { words: AGREED, source: String.raw`\b(?:is|was|were|been|it's|that's)\s+(?:also\s+|then\s+|finally\s+|further\s+)?(?:widely\s+|generally\s+|broadly\s+)?(?:agreed|decided|settled)\b` },
    { words: ["settl", "decision"], source: String.raw`\bsettl(?:ed|ing) (?:on|that)\b|\b(?:joint|group|team|collective|shared|unanimous) decision\b(?!\s+(?:is|was|will be)\s+(?:needed|required)\b)` },
    // And what the room said as one: "The unanimous feedback was that it is out of scope for 2017."
    { words: ["sentiment", "feeling", "theory", "support", "agreement", "preference", "feedback", "opinion", "view"], source: String.raw`\b(?:general|broad|wide|overall|strong|rough)\s+(?:sentiment|feeling|theory|support|agreement|preference)\b|\b(?:unanimous|general|overall|shared)\s+(?:feedback|opinion|view)\s+(?:was|is)\s+(?:that|to)\b` },
    // What the notes call the way to go: "Moving to a submodule seems like the simplest path forward."
    { words: ["path forward", "way forward"], source: String.raw`\b(?:seems?|seemed|looks?|looked|sounds?)\s+like\s+(?:the|a)\s+(?:\w+\s+)?(?:path|way) forward\b|\bthe\s+(?:\w+\s+)?(?:path|way) forward\s+(?:is|was|seems|will be)\b` },
    { words: ["objection", "concern", "opposition", "disagreement", "dissent"], source: String.raw`\bno (?:\w+ )?(?:objections?|concerns?|opposition|disagreements?|dissent)\b` },
    // Consent by silence: "Absent comments, this will move to stage 2", "No further comments, plan was to merge".
    { words: ["silence", "absent", "comments", "feedback"], source: String.raw`\bsilence\s+(?:as|is|means)\s+(?:an?\s+)?(?:acceptance|consent|approval|agreement)\b|\babsent (?:any |further |other )?(?:comments|objections|concerns|feedback)\b|\bno (?:other|additional|further|more) (?:comments|feedback)\b` },
    { words: ["objects", "objected", "disagree", "objection", "concern"], source: String.raw`\b(?:no one|nobody) (?:objects|objected|disagrees|disagreed|(?:had|raised|has) (?:any )?(?:objections?|concerns?))\b` },
    // Assent all round: "Everyone OK with dropping Python 3.7", "LGTM from everyone", "Approved by the TSC".
    { words: ["ok with", "okay with", "fine with", "happy with", "good with", "happy to"], source: String.raw`\b(?:${GROUP}|all)\s+(?:(?:is|are|was|were|seemed|seems)\s+)?(?:ok|okay|fine|happy|good) with\b|\b(?:${GROUP}|all)\s+(?:(?:is|are|was|were)\s+)?happy to\s+[a-z]` },
    { words: ["lgtm", "thumbs up", "1 from"], source: String.raw`^(?:lgtm|thumbs up)\s+(?:to|for|on)\s+\S|(?:\blgtm|\+1|\bthumbs up) from\s+(?:everyone|everybody|all|the (?:group|room|team|tsc|maintainers))\b` },
    { words: VERDICTS, source: String.raw`\bapproved\s+by\s+(?:the\s+)?(?:tsc|group|team|room|maintainers|everyone|everybody|committee|board|(?:voting\s+)?members)\b` },
    { words: ["voted"], source: String.raw`\bvoted (?:in favou?r|for|to)\b|\bvoted on and (?:adopted|accepted|approved|passed)\b` },
    // Several people named as one subject speak for the meeting: "Nathan, Arjan, Petr agreed that the ballot can start a week later",
    // "Sébastien wraps up and, together with Guillaume and Seth, decides that ..."; one person agreeing is theirs.
    { words: ["agree", "decide"], source: String.raw`^(?!(?:so|then|however|ok|okay|yes|also|finally|after|but|and|if|when)\b)${SEVERAL_NAMED}\s+(?:that|to|on)\b|\btogether with\s+[^.;:]{1,60}?\s+(?:decides|decided|agrees|agreed)\s+(?:that|to|on)\b` },
    // A vote's tally: "Passed: 7-0", "Motion carried 5-1-1", "Vote on the Coordinates SEP. 6-0 in favour."
    { words: ["in favor", "in favour", "passed", "carried", "adopted", "approved"], source: String.raw`\b\d+\s*(?:/|of|out of|[-–:])\s*\d+(?:\s*[-–:]\s*\d+)?\s+in favou?r\b|^(?:(?:the\s+)?motion\s+)?(?:passed|carried|adopted|approved)\s*(?:[:：]|[-–—]{1,2}|\bby\b)?\s*\d+\s*[-–:]\s*\d+\b` },
    { words: ["unanimous"], source: String.raw`\b(?:was|were|is|are|it's)\s+(?:basically\s+|essentially\s+|pretty much\s+)?unanimous\b|\bunanimously\b|\bunanimous\s+(?:vote|decision|agreement|support|consent|approval)\b(?!\s+(?:is|was|will be|would be)\s+(?:needed|required|necessary)\b)` },
    // "Everyone was in favour of ...", "We're all in favor": the group's, not one person's.
    { words: IN_FAVOUR, source: String.raw`\b${PRESENT}\s+(?:was|were|is|are)\s+${ADVERBS}in favou?r\b` },
    { words: IN_FAVOUR, source: String.raw`\b(?:we're|we are)\s+${ADVERBS}in favou?r\b|\b(?:universal|universally|unanimously|all)\s+in favou?r\b` },
    { words: ABOARD, source: String.raw`\b${PRESENT}\s+(?:is|are|was|were|(?:seem|seems|seemed)(?:\s+to\s+be)?)\s+${ADVERBS}on board\b|\b(?:we're|we are)\s+${ADVERBS}on board\b` },
    // An approval: "Approved: the new logo.", "The TSC approved the budget.", "Proposal accepted."
    // A check mark may stand before it: "Vote #12: Approve direction — ✅ Accepted (6-0)".
    { words: VERDICTS, source: String.raw`(?:^|[:;]\s*|\s[-–—]{1,2}\s+)(?:[\u2705\u2714\u2611\u274C\uFE0F]\s*)*(?:approved|accepted|rejected)\b(?!\s+(?:that|whether|if)\b)` },
    // A short subject and its verdict: "Backport accepted.", "Minutes approved".
    { words: VERDICTS, source: String.raw`^(?:[\w.#/–—-]+\s+){1,6}(?:accepted|approved|rejected)\s*[.!]?$` },
    { words: VERDICTS, source: String.raw`\b(?:${GROUP}|maintainers|the maintainers|the board|the committee)\s+${ADVERBS}(?:approved|accepted|rejected)\b` },
    // A proposal's verdict, and, in the minutes' short form, a verdict with who gave it: "Maintainer nomination accepted by SIG.",
    // "Charter adopted by the board". Not one it could give ("could be adopted by TSC"), nor how it gives them ("Requests are
    // approved by the TAC case by case"), nor one told of ("DT noted that Veraison was approved by the TAC").
    { words: PASSED, source: String.raw`\b(?:proposal|rfc|blueprint|motion|vote)\s+(?:(?:was|is|has been|got)\s+)?(?:approved|accepted|rejected|adopted|passed|carried)\b|\b(?<!\b(?:be|is|are|was|were|been)\s+(?:\w+\s+)?)(?:approved|accepted|rejected|adopted)\s+by\s+(?:${BODY}|the (?:group|team|maintainers|members))\b` },
    // "Motion of adding new remediation has passed.", "The motions to approve the minutes were carried."
    { words: PASSED, source: String.raw`\bmotions?\b[^.;:]{0,80}?\b(?:has|have|was|were|is|are)\s+(?:been\s+)?(?:passed|carried|adopted|approved|accepted)\b` },
  ],
  "i",
);
const SHARED_STANCE = STANCE_PARTS.pattern;

/** A condition in brackets, put on what the sentence tells: "(if approved, of course)". */
const CONDITION_ASIDE = /\s*\((?:if|when|once|pending|assuming|subject to)\b[^()]*\)/gi;
/**
 * The stance is missing or still sought: "No conclusion", "not clear there's agreement", "Maybe we can get consensus"; or
 * consensus as the group's process, none reached: "Chairs can call for consensus", "there has to be consensus between
 * the champions and the chairs", "more folks for consensus", "Definition of Consensus"; or one to get to ("drive to a
 * conclusion", "It would be nice to get a conclusion on this"). A comma ends the negation's reach
 * ("No blockers, have consensus to move forward").
 */
const NO_STANCE =
  /\bconsensus[- ]building\b|\b(?:(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?)\s+for|definitions?\s+of|(?:has|have|had|must|needs?)\s+to\s+be|more|for)\s+con[cs]ensus\b|\b(?:get|getting|drive|driving)\s+(?:to\s+)?(?:an?\s+|the\s+|some\s+)?(?:\w+\s+)?(?:con[cs]ensus|conclusion|agreement|decision)\b|\b(?:make sure|ensure)\s+(?:that\s+)?(?:we|everyone|everybody|all)\s+(?:\w+\s+)?agree|\b(?:decided|agreed|concluded|settled)(?: on)? nothing\b|\bagreed? to disagree\b|\b(?:no|not|(?:ca|wo|sha|do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might|ai)n't|without|lack of|less|little|unclear|yet to|hard to|whether|maybe|hopefully|if|try(?:ing)? to|need|needs|reach|reaching|achieve|achieving|seek|seeking|build|building|toward|towards)\b(?:\s+[^\s;,]+){0,4}?\s+(?:con[cs]ensus|conclusions?|agreement|agreed|decisions?|decided|concluded|settled|unanimous|unanimously|approved|accepted|on board)\b/i;

/** An earlier outcome, recalled or told as background: "Jorge reminds that in the last meeting we agreed that ...", "The background is that the SC accepted ...", "Last month we agreed to ...", "Deferred from previous meeting". */
const RECALLED = /^(?:the\s+)?(?:background|context|history)\s+(?:here\s+)?(?:is|was)\b|^(?:for|as|some)\s+(?:context|background)\b|\b(?:remind(?:s|ed)?|recall(?:s|ed)?)\s+(?:\w+\s+)?that\b|\b(?:in|at|during)\s+(?:the|our)\s+(?:last|previous|prior|earlier)\s+(?:meeting|call|session)\b|\b(?:was|were)\s+(?:\w+\s+){0,3}previously\b|^(?:last|previous|prior)\s+(?:week|month|meeting|call|session|time)\b|\bfrom\s+(?:the\s+)?(?:last|previous|prior)\s+(?:meeting|call|session)(?:['’]s)?\b/i;

/**
 * How the meeting itself runs, not what it decided: "We'll read through these at the beginning of the meeting", "In this presentation we will cover ...",
 * "This meeting will be hosted by the co-chair", "Questions on the larger agenda items will be moderated by a speaker list".
 */
const THIS_MEETING = /\b(?:collect|copy|go through|cover|create)\b[^.;]{0,40}?\bagenda\b|\b(?:(?:in|during|for) (?:this|today's|the)|at (?:this|today's)) (?:meeting|call|presentation|session|talk)\b|\bat the (?:beginning|start) of (?:the|this|each|every) (?:meeting|call|session)\b|\b(?:we'll|we will) cover\b|\b(?:this|today's) (?:meeting|call|session) will be \w+ by\b|\bagenda items? will be\b/i;

/** What follows "we will" or "we should" when it is a wait, a guess or a need foreseen, not a plan: "we will see", "we should be able to see", "we should have the numbers", "we should be within free limits", "we will need a runbook", "we will have seen changes by then". */
const NOT_A_PLAN = String.raw`(?!\s+${ADVERBS}(?:see|hear|know|notice|learn|find out|end up|be able to)\b)(?!(?<=\bshould)\s+(?:have\b(?!\s+to\b)|be\s+(?:fine|ok|okay|good|safe|within|close|closer|done|ready|back|available|covered|set)\b))(?!(?<=\b(?:won't|will not))\s+(?:want|have (?:the )?(?:time|bandwidth|capacity))\b)(?!(?<=\b(?:will|won't|will not))\s+${ADVERBS}(?:need|have to)\b)(?!(?<=\bwill)\s+have\s+(?:been|seen|had|done|gone|\w+ed)\b)`;

/** A commitment the group makes: "We will ...", "we'll ...", "We do not need to ...", "The plan is ...". */
const COMMITMENT_PARTS = cuedAlternation(
  [
    { words: ["will", "shall", "should", "want", "plan", "aim", "intend", "going", "need", "have to", "won't"], source: String.raw`\b${GROUP}\s+${ADVERBS}(?:will|shall|should|wants? to|plans? to|plans? on|plans? for|aims? to (?!be\b)|aims? for\b(?=[^.;]*\bto (?!be\b)[a-z])|intends? to|are going to|are not going to|aren't going to|do not need to|don't need to|do not have to|don't have to|won't|will not|shouldn't|should not|do not want|don't want|do not plan|don't plan|do not intend to|don't intend to)\b${NOT_A_PLAN}` },
    { words: ["going", "gonna", "planning", "sticking", "aiming", "moving", "proceeding"], source: String.raw`\b(?:we're|we are)\s+${ADVERBS}(?:going to|gonna|not going to|planning|going with|sticking with|aiming (?:for|to)|moving (?:ahead|forward) with|proceeding with)\b` },
    // What the group refuses to do, said of now: "We are not packaging for Cuda"; not what it finds ("we're not seeing crashes").
    { words: ["we're not", "we are not", "we aren't"], source: String.raw`\b(?:we're not|we are not|we aren't) (?!(?:seeing|hearing|getting|finding|noticing|going|having|expecting|trying|looking|waiting|asking|saying|suggesting|sure)\b|doing (?:this|that|it)\b)[a-z]+ing\b` },
    { words: ["went with", "go with", "stick with", "landed on"], source: String.raw`\bwe\s+${ADVERBS}(?:(?:went|go|stick) with|landed on)\b` },
    // A commitment said as one: "We are committed to bringing a wave matrix feature to HLSL."
    { words: ["committed"], source: String.raw`\b(?:we're|we are|${GROUP}\s+(?:is|are|remains?))\s+${ADVERBS}(?:fully\s+)?committed\s+to\s+(?!the\b|a\b|an\b|this\b|that\b)[a-z]` },
    { words: ["we've"], source: String.raw`\bwe've\s+${ADVERBS}(?:decided|agreed|settled|chosen)\b` },
    // "we'll" of a plan, not of what will merely happen to us ("we'll see", "we'll miss him").
    { words: ["we'll"], source: String.raw`\bwe'll\s+(?!${ADVERBS}(?:need|have to)\b)${ADVERBS}(?!${ADVERB}\b)(?!see\b|hear\b|miss\b|know\b|notice\b|learn\b|lose\b|find out\b|be able\b|get to\b|end up\b|be\s+(?!\w+ing\b))[a-z]+` },
    // The group's goal or focus, not "the goal" of no one in particular, which tells what some work is for ("The goal is to add basic support for SVG").
    { words: ["plan", "goal", "focus", "priority", "decision", "thrust", "next step", "solution", "approach"], source: String.raw`\b(?:our\s+(?:\w+\s+)?(?:plan|goal|focus|priority|decision|thrust|next step|solution|approach)|the\s+(?:\w+\s+)?(?:plan|priority|decision|thrust|next step))\s+(?:(?:right now|there|here|now|for now|for\s+[\w.-]+(?:\s+[\w.-]+)?)\s+)?(?:is|are|was|will be|is going to be)\b(?!\s+(?:discussed|mentioned|presented|not|unclear|still|tbd|undecided|open)\b)` },
    { words: ["plan", "focus", "priority", "decision", "next step"], source: String.raw`^(?:plan|focus|priority|decision|next step)\s+(?:there\s+|here\s+)?(?:is|are|will be|is going to be)\b|^decision\s+was\s+(?:to|that)\b` },
    // A minutes item that opens with the plan, the aim or the decision: "Plan to move the prototype into in-toto-golang", "Aim to deviate as little as possible", "Decision to use the Thursday slot".
    { words: ["plan", "decision", "aim"], source: String.raw`^(?:plan|decision|aim)\s+to\s+(?!be\b)[a-z]` },
    // A plan confirmed: "Yes, that's the plan.", "That is the plan for now." (not "the plan they proposed").
    { words: ["plan"], source: String.raw`\b(?:that's|that is|this is)\s+(?:still\s+)?(?:the|our)\s+(?:current\s+)?plan\b(?=\s*(?:[.!,;]|for now|$))` },
    // A plan given as a lead-in: "Tentative plan: cut 5.0.1 next week.", "Next step -- Zach drafts it.",
    // "eventual solution: a new kind of Allocation" (a solution settled on, not one of several proposed).
    { words: ["plan", " por ", "next step", "decision", "solution", "approach"], source: String.raw`^(?:(?:the\s+)?(?:tentative|current|new|rough|revised|final)\s+)?(?:plan|plan of record|por|next steps?|decision)(?:\s+(?:for|on|about)\s+[^:：]{1,40})?\s*(?:[:：]|--|—)\s*\S|^(?:the\s+)?(?:eventual|final|agreed|chosen|accepted)\s+(?:solution|approach)(?:\s+(?:for|on|about)\s+[^:：]{1,40})?\s*(?:[:：]|--|—)\s*\S` },
    // Not someone else's: "wg-diagnostic's current goal is to ...", "nico: my aim is to get crates released faster".
    { words: ["plan", "intent", "interest", "aim", "priority", "next step", "target"], source: String.raw`(?<!(?:'s|\b(?:my|his|her|their|your))(?:\s+\w+)?\s+)\b(?:plan|intent|interest|aim|priority|next step|target)\s+is\s+to\s+[a-z]` },
    // A ranking the group settles: "MSI installers are a higher priority than Chocolatey.", "ACI to Kubernetes is the priority still",
    // "k8s client -> top priority for Falco 0.37", an item's "not a priority, ...".
    { words: ["priority"], source: String.raw`\b(?:is|are)\s+(?:not\s+)?(?:a\s+|the\s+|our\s+)?(?:higher|lower|top|highest|lowest)\s+priority\b|\b(?:is|are)\s+(?:still\s+)?(?:the|our)\s+(?:main\s+|first\s+)?priority(?:\s+still)?\s*[.!]?$|^not\s+(?:a|our)\s+priority(?=\s*(?:[,.;:!]|$|for\b|now\b|right now\b))|(?:->|→|=>|\s[-–—]{1,2})\s*(?:the\s+)?(?:top|highest|first)\s+priority\b` },
  ],
  "i",
);
const COMMITMENT = COMMITMENT_PARTS.pattern;

/**
 * What of a commitment a speaker says for the group: "Pacu: We will schedule a call next week";
 * not what might happen ("if we ship it, we'll never know", "At some point we'll announce it").
 */
const SPOKEN_PLAN = /^(?!.*\b(?:if|unless|at some point|eventually|someday|some day|maybe|perhaps|probably|never)\b).*\b(?:we\s+will|we'll|we(?:\s+are|'re)\s+(?:going\s+to|gonna)|we\s+won't|we\s+will\s+not)\b/i;

/** Verbs of telling the world, of presenting and of hosting: what "we'll be ..." announces, not a plan ("We'll be releasing 4.5.0 on Friday"). */
const PRESENTING = String.raw`(?:hosting|giving|holding|presenting|attending|advertising|talking|speaking|announcing|promoting|posting|tweeting|blogging)\b`;
/**
 * A commitment whose subject the notes dropped: "Will close the Low German issue.", "Won't backport it."; not a guess or what things do ("Will likely ...", "Will depend on ..."),
 * nor someone's task begun or tried ("Will start contacting sponsors", "Will try to get Harvard to present", "Will follow up with the converters"),
 * nor a question missing its mark: a plural noun after "will" is its subject ("Will teams serve as a motivator"), where a verb would end in -ss or -us ("Will discuss", "Will focus").
 */
const DROPPED_SUBJECT = new RegExp(String.raw`^(?:will|won't|will not|going to|not going to|intend to|intends to)\s+(?!\w+[^\Wsu]s\b)(?!(?:on|in|at|the|a|an|next|this|that|\w+ly|probably|maybe|possibly|need|have|depend|require|happen|become|stay|remain|fail|break|keep|continue|start\s+\w+ing|try\s+to|follow\s+up)\b)(?!be\s+(?!\w+ing\b))(?!be\s+${PRESENTING})[a-z]`, "i");

/**
 * An arrangement written as minutes write it, the thing first: "Responsibilities to be documented on
 * GitHub", "EMC admins to be reviewed every 6 months", "Boxes to be held until #382 is resolved".
 * Not a need or a state ("Dependencies need to be moved", "It is yet to be decided"), nor what a verb before it tells
 * ("Errors seem to be correlated", "Requires account to be registered", "This enables CPack to be run standalone"), nor a question,
 * nor what someone is to let happen to them ("add yourself to be notified"), nor what is still open
 * ("Decision to be made next week") or a list's lead-in ("PRs to be merged:").
 */
const ARRANGED = /^(?:(?!(?:needs?|has|have|had|is|are|was|were|do|does|did|want|wants|yet|still|remains?|going|used|able|likely|expected|supposed|seems?|seemed|appears?|appeared|requires?|required|ensures?|make|makes|enables?|allows?|please|and|or|but|if|when|what|which|who|how|yourself|yourselves|myself|ourselves|themselves|himself|herself|me|us|them|him|her|it|decisions?|items?|topics?|points?|questions?|things?)\b)[\w&.'’/-]+\s+){1,3}to be\s+(?:(?!needed\b)\w+ed|given|done|made|taken|held|kept|sent|shown|written|run|set|chosen|brought)\b(?!.*[?:]\s*$)/i;

/**
 * A choice made, its subject dropped: "Went with the simpler fix.", "Going with option B.", "Picked
 * the second option.", "Move ahead with only IndexedDB serialization", where to begin: "Start with defining critical projects",
 * and what stays as it is: "Keep slack for customers for now.", "leave meeting time at current UTC time". Keeping on
 * doing something is a duty, no choice: "Keep reviewing PRs", "Keep track of ...", "Keep the docs updated".
 */
const CHOICE =
  /^(?:went|going|sticking|stick|go|proceed|proceeding) with\b(?!\s+caution\b)|^(?:landing|landed) on\s+(?!(?:main|master|trunk|nightly|beta|stable|(?:the\s+)?(?:main|master|default)\s+branch)\b)\S|^(?:move|go) (?:ahead|forward) with\b|^(?:start|begin) with\b(?!.*\b(?:introductions?|agenda|round|updates?|roll ?call)\b)|^leave\s+(?:[\w-]+\s+){0,5}(?:as is|as-is|as it is|unchanged|at (?:the )?current)\b|^(?:stick|sticking) to\b|^(?:opted (?:for|to)|chose|picked(?!\s+up\b))\s+\S|^keep\s+(?!(?:track|an eye|an ear|in mind|in touch|up|on|at it|going|calm)\b|\S+ing\b)(?!.*\b(?:posted|updated|informed|in the loop|in sync|up to date|in mind|alive)\b)\S/i;

/** Leave given to do something: "OK to merge.", "It's fine to deprecate it.", "Not safe to backport." */
const PERMISSION =
  /(?:^|[,;:]\s*|\s[-–—]{1,2}\s+)(?:(?:it's|it is|this is|that's|that is|these are|they're|they are|both are|all are|we're|we are)\s+)?(?:not\s+)?(?:ok|okay|good|fine|safe|clear|cleared|ready) to (?:merge|land|ship|release|close|deprecate|remove|drop|proceed|backport|cut|publish|go ahead|go(?=\s*(?:on|with|for|[.!]|$)))\b/i;

/** What is to happen to a release or a change, said of it: "4.7.0 will be released after the holidays", "This will get merged once CI passes", minutes' "PR 35 to be merged on Jan 1st", "oneAPI will not be a priority for this release". Only verbs of a plan: "the connection will be closed" tells how something works. */
const PLANNED =
  /\b(?:will|'ll|is going to|are going to|won't|will not)\s+(?:(?:then|also|soon|just|now)\s+)?(?:be|get)\s+(?:(?!(?:only|automatically)\b)\w+ly\s+)?(?:released|merged|deprecated|backported|reverted|shipped|landed|cut|moved|removed|renamed|dropped|archived|replaced|converted|implemented|adjusted|rescheduled|cancell?ed|retired|kept|added|held|included|shortened|extended|postponed|tested|delayed|pushed|scheduled|published|tagged|put off|selected|invited|organi[sz]ed|revisited|announced|continued|documented|written|in scope|out of scope)\b|\b(?:will|won't|will not)\s+(?:not\s+)?be\s+(?:a|the|our)\s+(?:top\s+|main\s+|high\s+|first\s+|key\s+)?priority\b|(?<!\b(?:need|needs|has|have|had|is|are|was|were|going|want|wants|seems?|appears?|expected|supposed|likely|about|used|yet|ought|how|what|where|when|who|which|whether|if|not|nothing|something|anything|remains?|ready|able|waiting|wait|this|it|that|them|cause|causes|caused|welcome|and)\s)\bto be (?:released|merged|deprecated|backported|reverted|shipped|landed|cut|moved|removed|renamed|dropped|archived|replaced|converted|implemented|adjusted|rescheduled|cancell?ed|retired|kept|delayed|pushed|scheduled|published|tagged)\b/i;

/**
 * What is to be done with a thing of the project's work, any verb in the passive: "A new discussion will be created on wet-boew",
 * "A PR will be opened against image-spec", "The design fund will be used for ...". Of other things it tells how they work
 * ("The connection will be closed after a minute", "No TensorFlow code will be built at runtime"), as it does of "you" and "it",
 * or in a clause of "where" or "how" ("Determine where the new libraries will be stored"); "will be done" tells how work goes.
 */
const PASSIVE_PLAN =
  /(?<!\b(?:you|it|they|this|that)\s|\b(?:where|how|what|which|whether|if|when|once)\b[^,;:]*)\b(?:will|is going to|are going to|won't|will not)\s+(?:(?:then|also|soon|just|now|first)\s+)?be\s+(?:\w+ed|made|given|put|sent|held|kept|shown|written|taken|run|built|brought)\b/i;
/** The things of a project's work that a meeting plans for. */
const WORK_THING =
  /\b(?:PRs?|pull requests?|issues?|discussions?|proposals?|RFCs?|roadmaps?|releases?|branch(?:es)?|meetings?|notes|minutes|docs|documentation|website|blog(?: post)?s?|repo(?:sitory|sitories)?s?|polls?|surveys?|funds?|budgets?|trainings?|workshops?|milestones?|channels?|mailing lists?|forums?|programme|program|requirements?|process|polic(?:y|ies)|votes?|announcements?|e-?mails?|invit(?:e|ation)s?|sessions?|events?|talks?|pages?|codebase|SIGs?|WGs?|working groups?|committees?|teams?|progress|change|changes)\b/i;

/** What the next release is to be about: "The next release will focus on ZK SNARKS", "The upcoming release, 0.4.0, focuses on SSH3 support." */
const RELEASE_FOCUS =
  /\b(?:next|upcoming|coming|following)\s+(?:(?:minor|major|patch|point|beta|stable)\s+)?release\b(?:,?\s+v?\d[\w.-]*,?)?\s+(?:will\s+|is\s+going\s+to\s+)?(?:focus(?:es)?\s+on|be\s+focused\s+on|targets?)\b/i;

/** Who runs or records a meeting: the role the next one's "Chair: @oalders" gives. */
const MEETING_ROLE = String.raw`(?:[Cc]hair|[Hh]ost|[Ff]acilitator|[Mm]oderator|[Ss]ecretary|[Ss]cribe|[Nn]ote[- ]?taker|[Mm]inute[- ]?taker)s?`;

/**
 * Who owns what: "Kriti will own this", "Table page styling - assigned to Rajat", "Release
 * ownership: Rajat", "Sashko as champion", "@mattpodwysocki will champion a proposal", "Jean-Georges
 * Perrin has been elected chair", "Next meeting chair: @oalders". Case matters: "assigned to groups" is not a person's.
 */
const OWNERSHIP = new RegExp(
  String.raw`\b[Ww]ill\s+(?:take\s+)?own(?:ership)?\b|\bassigned\s+to\s+[@A-Z]|^(?:[\w-]+\s+){0,2}(?:[Oo]wners?|[Oo]wnership|[Cc]hampions?)\s*:\s*\S|^(?:@[\w-]+|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?:\s+\([^)]{1,30}\))?\s+(?:as|is|will be|to be|came forward to be|(?:has\s+|have\s+)?(?:agreed|volunteered|offered) to (?:serve as|be))\s+(?:the\s+)?(?:champion|owner|release manager|point of contact|editor|facilitator)\b|\bwill champion\b|\b(?:has been|have been|was|were|is)\s+(?:unanimously\s+)?(?:elected|appointed|re-elected|reelected)\b|\b(?:has been|have been|was|were|is|are|to be)\s+(?:added|named|promoted)\s+(?:as|to)\s+(?:(?:an?|the|new)\s+)*(?:[Mm]aintainer|[Mm]ember|[Rr]eviewer|[Aa]pprover|[Cc]ommitter|(?:[Cc]o-)?[Cc]hair|[Ll]ead|[Oo]wner|[Ee]ditor|[Ll]iaison|[Ss]ecretary|[Tt]reasurer)s?\b|^(?:(?:[Tt]he\s+)?(?:[Nn]ext|[Uu]pcoming)\s+(?:(?:[Mm]eeting|[Cc]all|[Ww]eek|[Ss]ession)(?:'s)?\s+)?${MEETING_ROLE}|${MEETING_ROLE}\s+(?:for\s+)?(?:the\s+)?(?:next|upcoming)\s+(?:meeting|call|week|session))\s*(?:[:：]|\s[-–—])\s*(?!(?:TBD|TBA|N\/?A|[Nn]one|[Nn]obody|[Tt]o be)\b|\?)[@\p{L}]`,
  "u",
);

/**
 * The group as the subject of a stance of its own: "Sean suggested Saturdays and everyone was happy
 * with this" and "mw suggested a list and there was agreement that ..." are the group's, not the
 * person's; "Teddy thinks everyone agreed" is Teddy's.
 */
const GROUP_SPEAKS = new RegExp(String.raw`^${PRESENT}\b`, "i");
const groupAfterPerson = (family: string, text: string, cue: number) =>
  family === "sharedStance" && cue === 0 ? SEVERAL_AGREE.test(text) : family === "sharedStance" && (GROUP_SPEAKS.test(text.slice(cue)) || /^(?:no|there (?:is|was))\b/i.test(text.slice(cue))) && /(?:[,;]|\s[-–—]{1,2}|\band|\bbut|\bso)\s+$/.test(text.slice(0, cue));

/** What "we think/agree/feel" is about, when it is a stance and not a guess ("We think Uptycs was at BlackHat"). */
const GROUP_BELIEF = new RegExp(String.raw`\b${PRESENT}\s+${ADVERBS}(?:continue to\s+|do not\s+|don't\s+)?(?:think|thinks|thought|believe|believes|believed|feel|feels|felt|are confident|are happy|are fine|are okay)\b`, "i");
const EVALUATIVE = /\b(?:should|shouldn't|need|needs|must|worth|correct|right|reasonable|fine|okay|ok|good|great|better|best|mergeable|mergable|makes sense|make sense|like|prefer|too (?:soon|early|late|risky)|enough|sufficient|bug|acceptable|safe|blockers?|blocking|fits?|belongs?|appropriate|premature|ready|in scope|out of scope|necessary|needed|useful|valuable)\b/i;

/** "Let's try it.", "Let Facebook do it." */
const LET_US =
  /^(?:(?:maybe|perhaps|probably)\s+)?(?:(?:let's|lets|let us)(?!\s+(?:get started|start|begin|move on|wrap up|go through|go around|take a (?:quick )?look|look at|keep (?:this|it) short|do (?:a round of )?introductions|sync up|catch up|chat|talk (?:offline|later|more|about)|not forget|remember|keep in mind|see what happens|wait and see|review (?:them|it|this|these|those)(?=\s*[.!]?$)|discuss (?:if|whether|how|what)\b|have (?:an?|some) (?:\w+ )?(?:discussion|chat|conversation)\b(?![^.]*\b(?:next|later|offline|another|tomorrow|async|separately)\b))\b)|let (?!me\b)\w+ (?:do|handle|take|own|drive))\b/i;


/** A target date or version the group aims at: "aiming for Friday", "pushed forward to 4.1.0". */
const WHEN = String.raw`(?:\d+\.\d+(?:\.\d+)*|v\d+|(?:the )?(?:end|start|beginning|middle|week|first week|last week) of|(?:this|next|the following|upcoming|the upcoming) (?:week|month|quarter|year|release|meeting|time)|(?:early |mid |late |mid-|end-of-)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:(?:this|next|the following) )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:mon|tue|tues|wed|thu|thur|thurs|fri)\b(?=\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|(?:today|tomorrow|tonight)\b|q[1-4]\b|\d{4}-\d{2}-\d{2})`;
const TARGET = new RegExp(
  String.raw`\b(?:aim(?:ing|ed)? (?:for|at)|aim(?:ing|ed)? to (?:[a-z]+ ){1,4}(?:in|by|before)|shoot(?:ing)? for|targett?(?:ing|ed)|(?:to|will|'ll|let's) target|slated for|scheduled for|planned for|(?:pushed|moved|bumped|deferred|postponed|punted)(?: forward| back| out)? to|(?:will|'ll|should|to|going to) (?:land|ship|go|be (?:released|included|removed|dropped|deprecated|merged|shipped|reviewed|discussed|revisited|considered|decided)) in(?:to)?|(?:move|bump|defer|postpone|punt|push)(?: (?:it|this|that|them))?(?: forward| back| out)? to)\s+(?:(?:the|a|around|roughly|about|for|release|version)\s+)*(?:[a-z][\w-]*\s+(?=v?\d+\.\d))?${WHEN}`,
  "i",
);
/** A target stated as one: "Target date for 4.6 is end of October", "The release date is Friday", "Deadline: next Friday", "The SC gave Ezio a deadline of Dec 7th". */
const TARGET_IS = new RegExp(
  String.raw`(?:\b(?:target|release date)(?: date| release| version)?(?: for (?:the )?(?:(?:pr|issue|pull request)\s*)?#?[\w.-]+(?: release)?)?\s+(?:is|will be)(?:\s+still)?|^(?:(?:the|our)\s+)?(?:target(?: date| release| version)?|deadline|due(?: date)?)\s*[:：]|\b(?:gave|gives|set)\s+[\w@-]+(?:\s+[\w-]+)?\s+a\s+deadline\s+of|\b(?:set|setting)\s+(?:a|the)\s+deadline\s+(?:of|for|at)|^(?:(?:the|our)\s+)?target\s+(?:is\s+)?to\s+[a-z]+(?:\s+[^\s.;]+){0,8}?)\s+(?:(?:the|a|around|roughly|about|release|version|before|by)\s+)*${WHEN}`,
  "i",
);
const CANCELLED =
  /^(?:cancel|skip)\s+(?:the\s+)?(?:[\w/&.-]+\s+){0,3}(?:meeting|call|sync|session)s?\b|\b(?:meeting|call|sync|session)s?\s+(?:(?:is|are|will be|has been|have been)\s+)?(?:cancell?ed|skipped)\b|\bno (?:meeting|call|session)s? (?:is|are|will be) (?:scheduled|held|planned)\b/i;
/** The meetings' schedule changed, said as minutes say it: "switch meetings to mornings", "Move from bi-weekly to weekly meetings". */
const RESCHEDULED =
  /^(?:switch|move|change|shift)\s+(?:(?:the|our|all|these|future)\s+)?(?:[\w-]+\s+)?(?:meetings?|syncs?)\s+(?:to|from)\b|^(?:switch|move|change|shift|go)\s+from\s+[\w-]+\s+to\s+[\w-]+\s+(?:meetings?|calls?|syncs?)\b/i;

/** When the next meeting is ("The next call is scheduled for Wednesday") is the calendar, not an outcome. */
const NEXT_MEETING = /^(?:the\s+|our\s+)?next\s+(?:[\w-]+\s+){0,2}(?:call|meeting|sync|session|office hours)\b/i;
/** A target already abandoned or already carried out is history: "This was originally slated for ...", "Issues have been moved to 4.2.1". */
const FORMER = /\b(?:originally|previously|was supposed to|used to|has been|have been|had been)\b/i;

/** What was done as a rule before, not decided now: "Historically, ...", "we have always ...". */
const HABIT = /\b(?:historically|traditionally|in the past|have always|has always|usually)\b/i;

/**
 * A rule the group adopts from here on, opening a clause ("Going forward, all PRs need two approvals.")
 * or closing one ("PC will be presumed an HCFS driver from now on."); not who holds a role or does
 * the work from now on ("Darrin will be the new Treasurer going forward", "Ee will be taking the lead going forward").
 */
const RULE =
  /(?:^|[,;:(]\s*|\b(?:so|and|but),?\s+)(?:going forward|moving forward|from now on|from here on(?: out)?)(?:,|\s+(?:we|all|every|each|any|no|the|our)\b)|\b(?:will|shall|is|are|must)\s+(?!be\s+(?:the|a|an|our|his|her|their|\w+ing)\b)[^.;?]{3,120}?\s(?:going forward|from now on|from here on(?: out)?)\s*[.!]?$|^(?:for now|for the time being|until further notice),?\s+(?:keep|stick with|leave|use|stay|continue|hold off|don't|do not)\b/i;
/** A rule in the imperative, opening its sentence: "Don't add the link to the docs until revC3 is confirmed", "do not wait for the remaining packages"; not a reminder ("Don't forget to ..."). */
const PROHIBITION = /^(?:don't|do not|never)\s+(?!(?:be|do anything|forget|think|know|see|have|need|want|like|understand|remember|worry|care|mind|believe|feel|expect|get|seem|hesitate)\b)[a-z]{2,}\b/i;
/** A rule only floated: "Going forward it might be nice to ...". */
const RULE_HEDGED = /\b(?:might|may|could|would|maybe|perhaps|possibly|ideally|hopefully)\b|\b(?:I|we)['’]d\b/i;

/** An agreed deferral: "a topic for another time", "defer this to 4.0.3", "This talk is held over to a future meeting", "Moved to next milestone", "Passed down to the fee subcommittee", "Will take to async for approval", "Should revisit.", "will take it back to GitHub", "The names will be confirmed at the September meeting". */
const DEFERRAL =
  /\b(?:defer(?:red|ring)?|postpone[ds]?|punt(?:ed|ing)?|for another time|another time|(?:a|the) later (?:discussion|meeting|date|topic)|held over (?:to|until|till|for) (?:a|the) (?:future|next|later)\b|(?:move[ds]?|pushed|bumped|deferred) to (?:the )?next milestone|passed (?:down|on|back) to (?:the )?[\w-]+ (?:sub-?)?com+it+ees?|take (?:(?:it|this|that)\s+)?to async\b|follow[- ]up discussion|future blueprint|revisit|sleep on it|mull (?:on|over)|table (?:this|it|that) for now|(?:move|moved|moves|motion|proposal|proposed) to table|tabled|tabling|shelved|hold off|(?<!\bbeen )holding off|(?:put |kept |is |are |remains? )?on hold until|(?<!\b(?:was|were|been|got) )delay(?:ed|ing|s)?\b[^.;:]{0,40}?\buntil\b|(?:take|kick) (?:(?:it|this|that|them|the discussion|discussion)\s+)?back to|leave (?:(?:it|this|that)\s+)?(?:on (?:the )?agenda\s+)?(?:for|to|until) (?:the )?next (?:\w+ )?(?:meeting|call|session|sync|week|time)|(?:take|took|taken|taking|move|moved|moving|bring|brought|bringing)\b[^.;:]{0,40}? to the (?:mailing |email )?list\b(?!\s+of\b)|(?:(?:take|took|taken|taking|move|moved|moving|bring|brought|bringing)\s+(?:(?:this|that|the|further|remaining)\s+)?(?:it|this|that|discussion|conversation|topic|question)|(?:discussion|conversation)\s+(?:will\s+(?:be\s+)?|to\s+(?:be\s+)?|should\s+(?:be\s+)?)?(?:continue[sd]?|move[sd]?|go(?:es)?|held|occur|happen|take place)|continue\s+(?:the\s+)?(?:discussion|conversation))\s+(?:on|in|to|into|via|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:slack|discord|zulip|gitter|matrix|irc|discourse|forum|github(?: discussions?)?|pr|pull request)\b|(?:move|moved|moving|take|took|break|split)\b[^.;:]{0,30}? (?:to|into) (?:the|an?|its own|a separate|a new|a dedicated) (?:github )?issue\b|(?:a|the|final) decision (?:will be|is to be) (?:taken|made)\s+(?:\w+\s+){0,3}?(?:later|in(?:to)? the future|when|once|after|at the next)\b|(?:will|is to|are to) be (?:confirmed|decided|finali[sz]ed|settled|agreed|voted on) (?:at|in|during) (?:the|a|our) (?:[\w-]+ ){0,2}(?:meeting|call|session|sync)\b(?<!\b(?:this|today's) (?:meeting|call|session|sync)))\b/i;
/**
 * "Revisit" that puts nothing off: a topic or a task named ("Revisit CPC meeting times #1289", "Revisit blog post
 * requirements"), with no when ("Revisit the date in one week", "Let's revisit next meeting"), or a need or a chance
 * to ("we need to revisit them together", "a good opportunity to revisit code signing").
 */
const REVISIT_NAMED = /^revisit\b(?!.*\b(?:later|next|again|after|until|till|once|when|tomorrow|(?:this|next|coming) (?:week|month|quarter|year)|in (?:a|an|one|two|three|four|\d+|a few|a couple of|some) (?:hours?|days?|weeks?|months?))\b)|\b(?:need|needs|needed|opportunity|chance)\s+to\s+revisit\b/i;
/** A discussion put off to a meeting of its own: "will be discussed during the next meeting", "discuss in a dedicated call", "They will be addressed in the next meeting", "move the remaining topics to next week". */
const DEFER_TO_MEETING =
  /\b(?:discuss(?:ed|ion)?|continue[ds]?|talk(?:ed)? about (?:it|this|that)|address(?:ed)?|take (?:it|this|that|them) up|pick (?:it|this|that|them) up|move[ds]?)\b[^.?!]*?\s(?:(?:(?:at|in|during|on) )?(?:the )?next (?:\w+ )?(?:meeting|mtg|call|session|sync)|next time|(?<=\b(?:to|until|till|continued|continue|discuss|discussion)\s)next week|in (?:a|the) (?:dedicated|separate|future|follow[- ]up) (?:call|meeting|session))\b/i;

/** A rejection: "not worth pursuing", "this isn't a blocker", "Conclusion is no". */
const REJECTION = /\b(?:not (?:something )?worth|decided against|not going to|no need (?:to(?! discuss)|for)|out of scope|won't fix|wontfix|won't make it (?:in|into|for)|(?:is|are) not (?:in |for |part of )?(?:the )?(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)?|mvp)(?![\w.-])|(?:is not|isn't|not)(?: considered)? (?:a |the )?(?:release )?(?:blocker|release blocking)|release[- ]blocker|release[- ]blocking)\b/i;

/** "No. It's way too slow for CI", "Yes, ..." right after the meeting asked itself what to do. */
const ANSWER = /^(?:yes|no|nope|yep|agreed)\b[.,!:;]|^(?:yes|no)\s*(?:--|—|-)\s|^(?:yes|no|nope|yep|agreed)\s*$|^(?:the\s+)?(?:consensus|answer|conclusion|decision|verdict)\s+(?:is|was)\s*[“"'‘]?(?:yes|no)\b/i;
/** A speaker's answer that gives the meeting's: "DS: yes", "DS: yes, I think so", "Ann: No, let's wait"; not their reasoning ("Martin: Yes, this is possible"). */
const SPOKEN_ANSWER = /^(?:yes|no|nope|yep|agreed)\s*[.!]*$|^(?:yes|no|nope|yep)[,.!]?\s+(?:i think so|i agree|agreed|let's|we (?:should|will|can|won't|shouldn't)|go ahead|do it|sounds good)\b/i;
/** "Yes" and nothing else answers whatever was just asked: "Remove experimental from HGBT in 1.0? / Yes". */
const BARE_YES_NO = /^(?:(?:answer|a|response)\s*:\s*|(?:->|=>|→|-{1,2}|—|–)\s*)?(?:yes|no|nope|yep|not really)\s*[.!]?$/i;
/** The meeting's question to itself with its answer on the same line: "Should we document it on the wiki - Yes", "Do we keep the call? -> No". */
const ANSWERED_QUESTION = /^(?:should|shall|do|can|will|are)\s+we\b[^?]{3,200}?(?:\?\s*|\s)(?:->|=>|→|-{1,2}|—|–)\s*(?:yes|no)\s*[.!]?$/i;
/** The meeting asking for objections ("Any objections to X?") and hearing none: the question is what it agreed to. */
const ASKS_FOR_OBJECTIONS = /\b(?:any|no)\s+(?:\w+\s+)?(?:objections?|concerns?|opposition)\b|\b(?:does|do) (?:anyone|anybody|everyone) (?:object|disagree)\b/i;
/** The group as a speaker: "All: ...", "Everyone: ...", "[everyone] ...". */
const GROUP_AS_SPEAKER = String.raw`^(?:(?:all|everyone|everybody|all present|the group|group|the room)\s*[:：]|\[(?:all|everyone|everybody|the group|group)\])\s*`;
/** The group answering as one: "All: +1", "Everyone: yes, ok to close". */
const GROUP_SAYS = String.raw`${GROUP_AS_SPEAKER}(?:\+1|yes|yep|agreed|agree|ok|okay|lgtm|sounds good|fine`;
const GROUP_VOICE = new RegExp(String.raw`${GROUP_SAYS}|no objections?)\b`, "i");
/** The group answering the question just asked, in its own words: "Do we need to keep the forum? / Group: Not essential, but ...". */
const GROUP_ANSWERS = new RegExp(String.raw`${GROUP_AS_SPEAKER}\S`, "i");
/** The group assenting and saying nothing else ("All: +1"): what it assents to is the line before. */
const GROUP_ASSENT = new RegExp(String.raw`${GROUP_SAYS})\s*[.!]*$`, "i");
/**
 * A vote by name, a motion's tally: "djay, venka, jmckenna: +1", "kalxas, venka: +1; djay: +0". It carries when
 * more voted +1 than -1, two at least: one name's +1 is that person's support ("Stephen: +1"). Alone, it carries
 * the sentence before it; at the end of a sentence (the motion with its tally on the line below), that sentence.
 */
const VOTERS = String.raw`[\p{L}\p{N}_.@[\]-]+(?:\s*,\s*[\p{L}\p{N}_.@[\]-]+)*`;
const NAMED_TALLY = new RegExp(String.raw`(?:^|\s)(?<yes>${VOTERS})\s*:\s*\+1(?<others>(?:\s*;\s*${VOTERS}\s*:\s*[+-]?[01])*)\s*[.!]?$`, "u");
const VOTE_GROUP = new RegExp(String.raw`(?<voters>${VOTERS})\s*:\s*(?<vote>[+-]?[01])`, "gu");

/** Two people or more by name: "MR, FK", "Ann and Bob". */
const ASSENTING_NAMES = String.raw`(?:@[\w-]+|\p{Lu}[\p{L}.'-]*)(?:\s*(?:,|,?\s+and|&)\s*(?:@[\w-]+|\p{Lu}[\p{L}.'-]*))+`;
/** The assent of all, or of two by name, ending what they assent to: "regular day, Dec 19, ok with all", "..., all: supportive", "..., MR, FK agree". */
const ASSENT_ENDING = new RegExp(
  String.raw`(?:[,;]|\s[-–—])\s*(?:(?:ok|okay|fine|agreed)\s+(?:with|by)\s+(?:all|everyone|everybody)|(?:all|everyone|everybody)\s*:?\s*(?:agree[sd]?|supportive|in favou?r|ok|okay)|${ASSENTING_NAMES}\s+agree)\s*[.!]?$`,
  "iu",
);

/** "alone" for a sentence that is only a tally that carried, "ending" for one that ends with it or with the assent of all, else null. */
function carriedTally(plain: string): "alone" | "ending" | null {
  // The end is enough to look at, and the whole of a long sentence costs more.
  if (!plain.includes("+1")) return ASSENT_ENDING.test(plain.length > 80 ? plain.slice(-80) : plain) ? "ending" : null;
  const tally = NAMED_TALLY.exec(plain);
  if (!tally) return null;
  const count = (voters: string) => voters.split(",").length;
  const yes = count(tally.groups!.yes!);
  const no = [...tally.groups!.others!.matchAll(VOTE_GROUP)].reduce((sum, group) => sum + (group.groups!.vote === "-1" ? count(group.groups!.voters!) : 0), 0);
  if (yes < 2 || yes <= no) return null;
  return tally.index === 0 ? "alone" : "ending";
}
/** A verdict alone, in an item under what it judges: "- PR 17223 - Warn on invalid savefig kwargs\n    - approved", "- add @soldair to observers\n  - consensus". */
const BARE_VERDICT = /^(?:approved|accepted|rejected|declined|consensus|agreed|(?:all|everyone|everybody)\s+agree[sd]?)\s*[.!]*$/i;
/** The meeting's own business, which a verdict under it settles nothing of: "Approval of Previous Minutes", "Agenda Bashing". */
const MEETING_PROCEDURE = /\b(?:agenda|minutes|roll ?call|quorum)\b/i;
/** "Closed." answers "Close [Shader improvements]?"; under anything else it may report what happened since. */
const CLOSED = /^closed?\s*[.!]*$/i;

/** What `sentence` judges when it is a verdict alone opening a nested item: the item above it; else null. */
function judgedBy(sentence: Sentence, block: Block): Sentence | null {
  const parent = block.parentItem;
  const judged = parent?.sentences[0];
  if (!judged || !block.itemStart || sentence !== block.sentences[0]) return null;
  const verdict = BARE_VERDICT.test(sentence.plain) || (CLOSED.test(sentence.plain) && isQuestion(judged.plain));
  return verdict && !MEETING_PROCEDURE.test(parent.text) ? judged : null;
}
/** A verdict with no more than who gave it, opening what it settles: "Accepted by quorum. The releases will not wait for the API's." */
const VERDICT_FIRST = new RegExp(String.raw`^(?:unanimously\s+)?(?:accepted|approved|adopted|agreed|carried|passed)(?:\s+(?:unanimously|by\s+(?:quorum|consensus|acclamation|all|everyone|${BODY})))?\s*[.!]$`, "i");
/** A sentence that tells what follows from the one before: "There's broad agreement for this. So we'll go ahead and do it." */
const CONSEQUENCE = /^(?:so|therefore|hence|thus)\b/i;
/** Agreement and nothing else ("Broad agreement.", "Everyone agreed.", "Consensus!"): what was agreed is the sentence before. */
const BARE_AGREEMENT = /^(?:(?:broad|general|full|rough|wide|unanimous)\s+(?:agreement|consensus|support)|(?:everyone|everybody|all|(?:the\s+)?group)\s+agree[sd]?)\s*[.!]*$|^(?:consensus|agreed)\s*!+$/i;
/** An outcome the author labels in brackets after its topic: "Decide on channel strat [Outcome: new label for new compilers]". */
const LABELLED_OUTCOME = /(?:\[(?:outcomes?|decisions?|decided|resolutions?|resolved|conclusions?)\s*[:：=]\s*(?<inSquare>[^[\]]+?)\s*\]|\((?:outcomes?|decisions?|decided|resolutions?|resolved|conclusions?)\s*[:：=]\s*(?<inRound>[^()]+?)\s*\))\s*[.!]?$/i;
/**
 * A vote's result on the line after it: "* Vote - Ask for this to move forward / * Result - Yes". Only one that passed,
 * as with polls (polls.ts): a vote that failed settles nothing. The vote may give its result itself ("Vote: unanimous
 * yes"), so it is not read as a poll, which takes its result from the lines after it or none.
 */
const VOTE_RESULT = /^(?:results?|outcome|verdict)\s*(?:[:：=]|\s-\s|--|—|–)\s*(?:yes|approved|passed|accepted|carried|unanimous(?:ly\s+\w+)?)\s*[.!]?$/i;
const VOTE = /^(?:[\w ]{0,20}\s)?vot(?:e|ed|ing)\b/i;
/**
 * A motion's outcome, with nothing of what was moved: "Motion passed by unanimous consent.",
 * "Carried.", "Unanimously approved.", with its seconding: "Seconded, passed.", "Proposed Jeremy, seconded Mike, passed nem
 * con.": what passed is the motion before it.
 */
const MOTION_OUTCOME =
  /^(?:the\s+)?(?:motion|proposal|resolution)\s+(?:was\s+|has\s+|is\s+)?(?:pas+ed|carried|approved|adopted|accepted)\b[^.;]*[.!]?$|^(?:(?:proposed|moved)\s+(?:by\s+)?[^,;.]{1,40},\s*)?(?:seconded(?:\s+(?:by\s+)?[^,;.]{1,40})?,\s*(?:and\s+)?)?(?:unanimously\s+)?(?:pas+ed|carried|approved|adopted)(?:\s+(?:unanimously|by unanimous consent|without objection|nem\.?\s*con\.?))?\s*[.!]?$/i;
/** Seconding a motion, between the motion and its outcome: "Chris seconded.", "Seconded by Jason.", "Jason: Seconded.", "Denny second motion." */
const SECONDING = /^(?:[^:.]{1,40}:\s*)?seconded\b|^[\p{L} .'-]{1,40}\s(?:seconded|second(?:ed)?\s+(?:the\s+|to\s+)?motion)\b/iu;
/** Adjourning a meeting is its procedure, not an outcome: "Move to adjourn.", "Meeting adjourned at 17:52." */
const ADJOURNING = /\badjourn|\b(?:meeting|call|session)\s+(?:was\s+)?(?:concluded|ended|closed)\b|\bwrapped up the (?:meeting|call|session)\b/i;
const adjourning = (sentence: Sentence, motion: Sentence | undefined) => ADJOURNING.test(sentence.plain) || (motion !== undefined && ADJOURNING.test(motion.plain));
const NONE_HEARD = /^(?:none|nobody|no one|nope|no objections?|no concerns?)(?:\s+(?:heard|raised))?\s*[.!]*$/i;
/** A stance with nothing it is about ("No objections.", "Resolution:"): its content is elsewhere, if anywhere. */
const BARE_STANCE =
  /^(?:(?:the\s+)?(?:outcome|result|resolution|decision|conclusion|consensus|verdict|agreed|decided|approved|summary|in summary|to summari[sz]e)s?|no\s+(?:\w+\s+)?(?:objections?|concerns?|comments)(?:\s+(?:then|here|so far|from me))?)\s*[.!:：]*$/i;
/** A verdict tagged onto what it settles: "prow.falco.org [accepted]", "The new logo (approved)". */
const VERDICT_TAG = /\S\s*[[(](?:accepted|approved|agreed|rejected|declined|decided|adopted|consensus)[\])]\s*[.!]*$/i;
/** An arrow opening a line marks what a discussion came to: "-> let's see how it goes", "=> ship it". */
const ARROW_OUTCOME = /^(?:-{1,2}>|={1,2}>|→|⇒)\s*(?!(?:maybe|perhaps|possibly|not sure|unclear)\b)\S/i;
/** Words after the arrow, not only names: "-> GraphQL API", "-> Ingestor (stable)" draw what feeds what. */
const ARROW_SAYS = /^[^(]*(?<![\p{L}\p{N}_])\p{Ll}/u;
const ASKS_WHAT_TO_DO =
  /\b(?:(?:should|shall|can|could|must|do|will)\s+we|(?:should|shall|may)\s+i\b|do we (?:want|need)|are we (?:going|ok|okay|comfortable|fine)|is it (?:worth|time|ok|okay)|(?:will|would) (?:this|it|that) (?:work|help)|should (?:this|it|that|these|they))\b/i;

/** The chair reading the room: "Ok, I think we are in agreement", "I think everyone agrees": the group's stance, not one person's. */
const READS_THE_ROOM = /\bI\s+think\s+(?:that\s+)?(?:we(?:'re|\s+are)?\s+(?:all\s+)?(?:in\s+agreement|agreed|agree|have\s+(?:a\s+)?consensus)|everyone\s+agrees|there(?:'s|\s+is)\s+(?:a\s+)?consensus)\b/i;
/**
 * One person recording what the group did or plans: "Jens summarized that all present members agreed
 * on all changes", "John said the plan was to publish the issues". What someone thinks the group did stays theirs.
 */
const REPORTS_THE_GROUP = new RegExp(String.raw`\b(?:summari[sz]e[sd]|noted|confirmed|announced|reported|recorded|stated|concluded|recapped)\s+(?:that\s+)?(?:${PRESENT}|all (?:present|attending|voting) members)\s+${ADVERBS}(?:agreed|decided|approved|accepted|concurred|resolved|(?:were|are) in agreement)\b|\b(?:said|says|noted|confirmed|announced|reported|explained|stated|mentioned)\s+(?:that\s+)?the plan\s+(?:is|was)\s+to\b`, "i");
/** One person's view: "seph thinks we should ...", "I think", "Teddy has often advocated that ...". */
const PERSONAL_VIEW =
  /(?:^|[\s(])(i|he|she|@?[\p{L}\p{N}_-]+)(?:\s+|(?<=\b(?:i|he|she))['’]d\s+)(?:(?:really|also|still|often|has often|strongly|would|does not|doesn't)\s+)*(?:think|thinks|suggest|suggests|propose|proposes|say|says|said|notes|noted|points out|pointed out|explains|explained|want|wants|would like|feel|feels|believe|believes|mention|mentions|ask|asks|advocate|advocates|advocated|like|likes|wish|wishes|recommend|recommends|argue|argues|prefer|prefers)\b/giu;
/** A hedge or condition that keeps a "we should" from being a decision: "Maybe we should ...", "If we want more info, we need to ...". */
const HEDGED = /^(?:maybe|perhaps|possibly|potentially|if)\b/i;
/** A hedge just before the group's commitment: "maybe we want to bump the major version", "Probably, if we can help it, we won't ...", "that may be something we want to consider". */
const HEDGED_BEFORE = /\b(?:maybe|perhaps|probably|possibly|hopefully|might|may be something|means that)\b(?:(?!\bbut\b)[^.;:]){0,30}$/i;
/**
 * "We should probably do the same for licenses": a should the notes hedge is a suggestion; "we
 * should consider ...": a thing to think about; "we should try to release more often", "we should strive for
 * parity", "We should think of ideas for ...": an effort urged, nothing settled. The corpus counts "we should think
 * about a better API" as a borderline decision, and "We will probably manually sign some test releases" as a plan.
 */
const HEDGED_SHOULD =
  /\b(?:probably|maybe|perhaps)\s+(?:we\s+)?should\b|\bshould\s+(?:probably|maybe|perhaps|possibly)\b|\bI guess\b|\bshould\s+(?:also\s+|therefore\s+|now\s+|first\s+)?(?:consider|be wary|keep in mind|try\s+(?:to\b|and\b|\w+ing\b)|strive|think (?:about|of))\b/i;
/**
 * An event the group will hold or speak at, announced, not settled: "we'll be advertising this further", "the tutorial that
 * we'll be giving in Pittsburgh", "This Friday we will have a session on mentorship", "We will have a thread on that on
 * Zulip"; not "We will have release branches in libs".
 */
const ANNOUNCED_PLAN = new RegExp(
  String.raw`^[^,;:]{0,20}?\b(?:will|'ll|are going to|'re going to)\s+(?:(?:also|still|then|now|\w+ly)\s+)?(?:be\s+${PRESENTING}|(?:have|host|hold|give|run)\s+(?:an?|our|another|one)\s+(?:[\w-]+\s+){0,2}?(?:session|thread|workshop|tutorial|talk|webinar|meetup|event|hackathon|sprint|presentation|demo|booth)s?\b)`,
  "i",
);
/**
 * A need denied of nothing in particular: "we don't need to do anything", "We don't need to decide anything today";
 * not "We do not need to support building on CentOS6", which drops a thing.
 */
const NOTHING_NEEDED = /^[^,;:]{0,20}?\b(?:do not|don't|does not|doesn't)\s+(?:really\s+|yet\s+)?(?:need|have)\s+to\s+(?:\w+\s+){0,2}?(?:anything|nothing)\b/i;
/** A promise to keep the room informed, not an outcome: "we'll keep you updated", "we'll be reporting more in future meetings". */
const KEEP_INFORMED = /\b(?:will|'ll)\s+(?:keep\s+(?:you|everyone|everybody|folks|people|the group)\s+(?:updated|posted|informed|in the loop)|report\s+(?:back|more)|be reporting|have more (?:updates|info|information|news))\b/i;
/** A line put as a question by its label: "Q: ...", "Question - We want to understand ...". */
const ASKED = /^(?:q|question)\s*(?:[:：]|-+|—)\s*/i;
/** A subordinate clause: "Discussion about whether we should ...", "If we want more info, ...", "..., as we have to", "it was discussed that we should ...". */
const SUBORDINATE = /(?:\b(?:if|whether|when|whenever|unless|until|before|once|because|since|what|how|why|where|which|who|in case|as long as|so that|discussed that)\s+(?:\S+\s+){0,3}|\bas\s+)$/i;
/**
 * The group's verb in a relative clause, said of a thing the sentence names after another word: "It highlights the events we
 * will attend", "List the items we want to be reminded about", "Enabling it would pull in other things we don't want". A
 * thing named first ("One thing we want to complete next year is Android support") or called what the group is to do ("This
 * is clearly a bug we should fix") is the plan, as is what follows an opening phrase or a condition ("In the upcoming
 * version we will ...", "As a note we should backfill these", "if people feel strongly about the meeting times we will revisit").
 */
const RELATIVE_CLAUSE =
  /^(?!(?:in|at|on|as|for|after|before|by|during|within|from|until|over|under|with|to|about|into|of|per)\b)(?!.*\b(?:if|when|once|as soon as|since|while|because|unless|whether|until|after|before)\b)(?:\S+\s+)*?(?!(?:is|are|was|were|be|been|being|seems?|seemed|looks?|like|\w+ly)\b)[\w'’-]+\s+(?:\w+ly\s+)?(?:the|an?|other|some|these|those|any)\s+(?:[\w-]+\s+){0,2}?(?!(?:and|or|but|so|then|yet|nor|because|that|which|who)\b)[\w-]+\s+$/i;
/**
 * The group's verb inside what a thought states or asks, not what the meeting settled: "My concern with automated releases is
 * that we will hit these issues", "my idea is that we don't have to ...", "This discussion is assuming we will be getting more
 * people", "a proof of concept that we should be sharing ideas", and a question asked without its mark: "the question is, do we want to invest the effort".
 */
const THOUGHT_OR_QUESTION =
  /\b(?:(?:idea|concern|worry|fear|question|hope|assumption|guess|risk)s?\b[^.;:]{0,40}?\b(?:is|was)\s*,?\s*(?:that\s+)?|(?:proof|evidence|sign|indication|reminder|feeling|sense|impression)(?:\s+of\s+[\w-]+)?\s+that\s+|assum(?:e|es|ed|ing)\s+(?:that\s+)?|\b(?:do|does|did|can|could|would|should|shall|are)\s+)$/i;
/**
 * What a proposal puts forward, not what the meeting settled: "The proposal is for the two processes to be merged", "Text:
 * We propose the following change ... to be reviewed by the AC", "Summary of proposal: We want to pick project directors ...".
 */
const PROPOSED = /\b(?:(?:we|i)\s+(?:\w+\s+)?propose|(?:the|our|my|this|a)\s+(?:\w+\s+)?proposal\s+(?:is|was)\s+(?:for|to|that))\b|\bproposal\s*(?:[:：]|--|—)/i;
/** A need stated as the means to an end is a prerequisite, not a choice: "In order to update it, we have to ..."; "For now(,) we will ..." is no purpose. */
const PURPOSE = /^(?:(?:so|and|but),?\s+)?(?:in order to|for (?!now\b|the time being\b)[^\s,]+(?: [^\s,]+){0,4} to\b|so that [^\s,]+(?: [^\s,]+){0,4} (?:can|will)\b)/i;
/**
 * Lead-ins of lists whose items are outcomes: "We discussed this and decided that:", "Next steps:";
 * not of the reasons for one ("we think it is exceptional for a few reasons:").
 */
const OUTCOMES_LEAD_IN =
  /\b(?:conclusions?|decisions?|decided|agreed|consensus|outcomes?|resolved|resolutions?|summari[sz]e|next steps?|we think|theory is|plan is|(?<!\bto be )(?:adopted|accepted|approved))\b(?![^.?!]*\b(?:reasons?|because|why)\s*:\s*$)[^.?!]*:\s*$/i;

/** The column of a table of decisions that holds them: "| Decision | Owner |", "| Decision Item | Description |" (by its number). */
const DECISION_COLUMN = /^(?:decisions?(?:\s+items?)?|outcomes?|resolutions?)$/i;

/**
 * A row of a table under a Decisions heading: what its decision column says. Anywhere, a verdict
 * alone in a later cell of a row judges what its first cell names ("| SIP 23: Literal types |
 * Adriaan | Accepted |").
 */
function tableDecision(block: Block): FoundDecision | undefined {
  const place = block.table;
  if (!place || place.row === 0) return undefined;
  if (DECISION_COLUMN.test(place.of.rows[0]![place.column]?.text.trim() ?? "") && DECISIONS_HEADING.test(block.section?.title ?? "")) {
    const told = toldInRow(block);
    return told && { sentence: told, text: told.text, explicit: true };
  }
  const verdict = block.sentences[0];
  const judged = place.of.rows[place.row]![0]?.sentences[0];
  return place.column > 0 && verdict && judged && BARE_VERDICT.test(verdict.plain) && !MEETING_PROCEDURE.test(judged.plain) ? completedBy(judged, verdict) : undefined;
}

/**
 * An item of a list, or a paragraph, under a "Decisions", "Conclusions" or "Outcomes" heading ("#### Conclusion\n\nDecision
 * upheld."); not a checkbox, which is a task ("### Outcomes" / "- [ ] Message Bogidon").
 */
function inDecisionsSection(block: Block): boolean {
  return ((block.kind === "item" && block.itemStart) || block.kind === "paragraph") && DECISIONS_HEADING.test(block.section?.title ?? "") && !TASK_BOX.test(block.sentences[0]?.plain ?? "");
}

/**
 * Under a Decisions heading: an item's first sentence, and its others but questions; a paragraph's
 * first sentence unless it asks one (a paragraph may go on to discuss it).
 */
function explicitInSection(sentence: Sentence, block: Block): boolean {
  if (!inDecisionsSection(block)) return false;
  if (sentence === block.sentences[0]) return block.kind === "item" || !isQuestion(sentence.text);
  return block.kind === "item" && !isQuestion(sentence.text);
}

/**
 * An item of a list of outcomes ("Next steps:") that is none: what there is ("There's some concern
 * about the library skew"), or a link labelled ("Linking issues: https://gist...").
 */
const NOT_A_STEP = /^there(?:'s|’s| is| are| was| were)\b|^[^:]{1,40}:\s*https?:\/\/\S+\s*$/i;

/**
 * Whether a block starts an item of a list whose lead-in introduces outcomes ("We decided:"). The
 * items of a list share their lead-in, so it is tested once for all of them.
 */
function outcomesLeadIn(): (block: Block) => boolean {
  let lastLeadIn: string | null = null;
  let lastOutcomes = false;
  return (block) => {
    if (block.kind !== "item" || !block.itemStart) return false;
    const leadIn = block.leadIn ?? "";
    if (leadIn !== lastLeadIn) {
      lastLeadIn = leadIn;
      lastOutcomes = OUTCOMES_LEAD_IN.test(leadIn) && !RECALLED.test(leadIn);
    }
    return lastOutcomes;
  };
}

const listKey = (block: Block) => `${block.listDepth}\u0000${block.leadIn ?? ""}`;

/**
 * Lists of topics: two or more items, every one in bold ("* **Community feedback**", "* **UX,
 * Design and Marketing**"), or some opening with a bold label ("* **UX/UI priorities**:
 * scrollbar, ..."), which says the list sets its topics in bold. A bold item among plain ones,
 * or alone under a question, is what the discussion came to.
 */
function boldTopicLists(blocks: Block[]): Set<string> {
  const items = new Map<string, { all: number; bold: number; labelled: number }>();
  for (const block of blocks) {
    if (block.kind !== "item" || !block.itemStart) continue;
    const count = items.get(listKey(block)) ?? { all: 0, bold: 0, labelled: 0 };
    count.all++;
    if (whollyBold(block)) count.bold++;
    else if (leadingBold(block) !== null) count.labelled++;
    items.set(listKey(block), count);
  }
  return new Set([...items].filter(([, count]) => count.all >= 2 && (count.bold === count.all || count.labelled > 0)).map(([key]) => key));
}

/**
 * A list item set wholly in bold: how many notes mark what a discussion came to ("- **Allow
 * admin-usage prototype PRs to the main repo**" after the points made). Not in a list of topics
 * (see boldTopicLists), nor a label ("**ACTION**") or a task ("**Action on HC to ...**").
 */
function boldOutcome(block: Block, topicLists: () => ReadonlySet<string>): boolean {
  if (!whollyBold(block) || topicLists().has(listKey(block))) return false;
  const text = block.sentences[0]!.plain;
  return text.split(/\s+/).length >= 3 && !/:\s*$/.test(text) && !isQuestion(text) && !TASK_MARKER.test(text) && !MEETING_FIELD.test(text);
}
const TASK_MARKER = /^(?:actions?|action items?|todo|to-do|ai|next steps?)\b/i;
/** A field of the meeting's header set in bold: "**Chair: KP Singh**", "**Date: 18 October**". */
const MEETING_FIELD = new RegExp(String.raw`^(?:${MEETING_ROLE}|date|time|duration|location|venue|attendees|attendance|participants|present|absent|regrets|apologies|recording|agenda|minutes)\s*[:：]`, "i");

/** The text before `index` in the same clause. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(before.lastIndexOf(", "), before.lastIndexOf("; "), before.lastIndexOf(" -- "), before.lastIndexOf(": "));
  return cut < 0 ? before : before.slice(cut + 2);
}

const globals = new Map<RegExp, readonly RegExp[]>();
/** `pattern` with the g flag, compiled once, as the one part of an alternation. */
function everyMatch(pattern: RegExp): readonly RegExp[] {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = [new RegExp(pattern.source, `${pattern.flags}g`)]));
  return global;
}

/** Whether `pattern`, or the alternation of global `parts`, matches in a main clause of `text`, not inside "if/whether/when ...". */
function inMainClause(pattern: RegExp | readonly RegExp[], text: string): RegExpExecArray | null {
  // exec on the one compiled copy: matchAll would copy the regex on every call.
  const parts = pattern instanceof RegExp ? everyMatch(pattern) : pattern;
  for (let match = firstOf(parts, text, 0); match; match = firstOf(parts, text, match.index + match[0].length)) {
    const before = clauseBefore(text, match.index);
    // After a comma, "where" and "which" tell what happened: "Helm2 was discussed, where it was agreed that ..."
    // (not what is to happen there, "a channel, where we will publish our progress", nor a view: "..., which we think we'd need").
    const told = /^(?:where|which)\s/i.test(before) && (/\b(?:was|were|been)\b/i.test(before) || /ed\b/i.test(match[0])) && text.slice(0, match.index - before.length).endsWith(", ");
    if (told || !SUBORDINATE.test(before)) return match;
  }
  return null;
}

/**
 * "seph thinks ...", "Teddy concluded that ..." where the person is one of this note's. A speaker's
 * line ("Myles: Let's land these at stage 0") is not one person's view by itself: minutes write
 * the chair's summary and the group's answers that way.
 */
function isPersonalView(text: string, cueAt: number, people: ReadonlySet<string>): boolean {
  if (READS_THE_ROOM.test(text) || REPORTS_THE_GROUP.test(text)) return false;
  // A body is no person, though a list of who came may name it ("* TSC members: ...").
  const isPerson = (word: string) => /^(?:i|he|she|@.+)$/i.test(word) || (people.has(word.toLowerCase()) && !A_BODY.test(word));
  // "Teddy did some work here and concluded that ...": the first clause is a person's.
  const subject = /^[\p{L}\p{N}_@-]+/u.exec(stripConnective(text));
  if (subject && isPerson(subject[0]) && !/[,;:]|\s--\s/.test(text.slice(0, cueAt))) return true;
  for (const view of allMatches(PERSONAL_VIEW, text.slice(0, cueAt))) {
    if (isPerson(view[1]!)) return true;
  }
  return false;
}

/** Where a clause of `text` opens with `pattern` (after "So, ", "(" and the like), or -1. */
function clauseOpening(pattern: RegExp, text: string): number {
  const tails = clauseTails(text);
  const tail = tails.find((t) => pattern.test(stripConnective(t)));
  return tail === undefined ? -1 : text.length - tail.length;
}

const at = (match: RegExpExecArray | null) => match?.index ?? -1;
/** `cue`, unless what comes before it puts the sentence forward as a proposal. */
const unlessProposed = (text: string, cue: number) => (cue > 0 && PROPOSED.test(text.slice(0, cue)) ? -1 : cue);

interface Family {
  /** What the family looks for. */
  pattern: RegExp;
  /**
   * Cue words `pattern` cannot match without (see cue-words.ts), looked for first: most sentences
   * have none of a family's words. test/extract/pattern-words.test.ts holds each list to its pattern.
   */
  needs: readonly string[];
  /** A second list of cue words `pattern` also needs one of, where `needs` alone lets too many sentences through. */
  alsoNeeds?: readonly string[];
  /** Where `pattern` finds the family's cue in a sentence's plain text, with the family's guards; -1 if nowhere. */
  find: (text: string, pattern: RegExp) => number;
  /** Not on a line a speaker opens; or, a pattern, only there if the line matches it too. */
  notSpoken?: true | RegExp;
  /** Nor later in a paragraph a speaker opens: "Manuel points out that ... Will reach out to Andreas." is his task. */
  notAfterSpeaker?: true;
  /** Said of a person by nature, so not one person's view when a person says or does it. */
  anyone?: true;
}

/** Words of a plan, a goal or a focus: "The plan is ...", "Our next step is ...". */
const PLAN_WORDS = ["plan", " por ", "goal", "target", "focus", "priority", "decision", "thrust", "next step", "intent", "interest", "aim", "solution", "approach"];

/** Each way a group records its outcome. */
export const FAMILIES = {
  sharedStance: {
    pattern: SHARED_STANCE,
    needs: STANCE_PARTS.words,
    // Only the parts of the pattern whose words the sentence has: they find what the whole would.
    // The cue before the guards: most sentences with the family's words have none, and it costs less than they do.
    find: (text) => {
      const cue = at(inMainClause(STANCE_PARTS.partsFor(text), text));
      // A condition put in brackets on what was agreed leaves the agreement: "We agreed to merge (if approved, of course) the PRs".
      return cue < 0 || NO_STANCE.test(text.includes("(") ? text.replace(CONDITION_ASIDE, "") : text) || RECALLED.test(text) ? -1 : cue;
    },
  },
  commitment: {
    pattern: COMMITMENT,
    needs: [" we ", "of us", "everyone", "everybody", "the group", "the team", "the room", "the community", "office hours", "committee", "council", "board", "working group", " wg ", " sig ", "tsc", "tac", "toc", "pmc", " sc ", "directors", "trustees", ...PLAN_WORDS],
    // The group commits with a verb ("we will", "we're going to", "we've decided"); a plan needs none.
    alsoNeeds: [
      ...["will", "shall", "should", "want to", "wants to", "intend to", "intends to", "going", "gonna", "do not", "don't", "won't"],
      ...["planning", "are not", "'re not", "aren't", "went with", "go with", "stick with", "sticking with", "landed on", "moving", "proceeding", "decided", "agreed", "settled", "chosen", "'ll", "committed", ...PLAN_WORDS],
    ],
    // The cue before the guards: most sentences with the family's words have none, and it costs less than they do.
    find: (text) => {
      const cue = at(inMainClause(COMMITMENT_PARTS.partsFor(text), text));
      if (cue < 0 || HEDGED.test(stripConnective(text)) || HEDGED_SHOULD.test(text) || KEEP_INFORMED.test(text) || ASKED.test(text) || PURPOSE.test(text) || NO_STANCE.test(text) || THIS_MEETING.test(text) || RECALLED.test(text)) return -1;
      if (ANNOUNCED_PLAN.test(text.slice(cue)) || NOTHING_NEEDED.test(text.slice(cue))) return -1;
      return cue > 0 && (HEDGED_BEFORE.test(text.slice(0, cue)) || THOUGHT_OR_QUESTION.test(text.slice(0, cue)) || PROPOSED.test(text.slice(0, cue)) || RELATIVE_CLAUSE.test(clauseBefore(text, cue))) ? -1 : cue;
    },
    // A speaker's "we will ..." announces the group's plan; their "we should ..." is their proposal.
    notSpoken: SPOKEN_PLAN,
  },
  // On a speaker's line the dropped subject is the speaker ("Benny: Will find a big raster"): a task of theirs.
  droppedSubject: {
    pattern: DROPPED_SUBJECT,
    needs: ["will", "won't", "going to", "intend"],
    find: (text, pattern) => {
      // The cue before the guard, which costs more.
      const cue = at(pattern.exec(text));
      return cue >= 0 && NO_STANCE.test(text) ? -1 : cue;
    },
    notSpoken: true,
    notAfterSpeaker: true,
  },
  arranged: { pattern: ARRANGED, needs: [" to be "], find: (text, pattern) => at(pattern.exec(text)), notSpoken: true },
  choice: { pattern: CHOICE, needs: ["landing on", "landed on", "went with", "going with", "sticking with", "stick with", "go with", "proceed", "stick to", "sticking to", "opted", "chose", "picked", "keep", "ahead with", "forward with", "start with", "begin with", "leave"], find: (text, pattern) => at(pattern.exec(text)), notSpoken: true },
  // One speaker's "good to merge" is theirs to give, not the meeting's.
  permission: {
    pattern: PERMISSION,
    needs: ["ok to", "okay to", "good to", "fine to", "safe to", "clear to", "cleared to", "ready to"],
    find: (text, pattern) => at(inMainClause(pattern, text)),
    notSpoken: true,
  },
  planned: {
    pattern: PLANNED,
    needs: ["be", "get"],
    alsoNeeds: [
      ...["released", "merged", "deprecated", "backported", "reverted", "shipped", "landed", "cut", "moved", "removed", "renamed", "dropped"],
      ...["archived", "replaced", "converted", "implemented", "adjusted", "rescheduled", "cancelled", "canceled", "retired", "kept", "added", "held", "included", "shortened", "extended", "postponed", "tested", "delayed", "pushed", "scheduled", "published", "tagged", "put off"],
      ...["selected", "invited", "organized", "organised", "revisited", "announced", "continued", "documented", "written", "priority", "scope"],
    ],
    // "PRs to be merged:" leads into a list.
    // "The next meeting will be held on ..." is the calendar, as in the target family.
    find: (text, pattern) => (HEDGED.test(stripConnective(text)) || FORMER.test(text) || NEXT_MEETING.test(text) || /:\s*$/.test(text) ? -1 : unlessProposed(text, at(inMainClause(pattern, text)))),
  },
  passivePlan: {
    pattern: PASSIVE_PLAN,
    needs: [" be "],
    alsoNeeds: ["will", "going to", "won't"],
    find: (text, pattern) =>
      !WORK_THING.test(text) || HEDGED.test(stripConnective(text)) || FORMER.test(text) || NEXT_MEETING.test(text) || THIS_MEETING.test(text) || /:\s*$/.test(text) ? -1 : unlessProposed(text, at(inMainClause(pattern, text))),
  },
  releaseFocus: {
    pattern: RELEASE_FOCUS,
    needs: ["release"],
    alsoNeeds: ["focus", "target"],
    find: (text, pattern) => (HEDGED.test(stripConnective(text)) || isQuestion(text) ? -1 : at(inMainClause(pattern, text))),
  },
  // Who owns what is a person's by nature: "Kriti will own this" is the meeting's assignment, not Kriti's view.
  ownership: { pattern: OWNERSHIP, needs: ["own", "assigned", "champion", "release manager", "point of contact", "editor", "facilitator", "elected", "appointed", "added", "named", "promoted", "chair", "host", "moderator", "secretary", "scribe", "taker"], find: (text, pattern) => at(pattern.exec(text)), anyone: true },
  groupBelief: {
    pattern: GROUP_BELIEF,
    needs: ["think", "thought", "believe", "feel", "felt", "are confident", "are happy", "are fine", "are okay"],
    find: (text, pattern) => {
      const belief = inMainClause(pattern, text);
      return belief && EVALUATIVE.test(text.slice(belief.index + belief[0].length)) ? belief.index : -1;
    },
  },
  // A clause opens after a space, a parenthesis or the sentence's start: "let" starts a word.
  // A speaker's "let's" that opens what they said moves the meeting ("Myles: Let's land these at stage 0");
  // one at the end of their argument ("..., so let's keep new") is their case.
  // Nor one under a condition the sentence opens with: "If so, let's do it.", "... -- if we have a volunteer from the council, then let's provide one."
  letUs: {
    pattern: LET_US,
    needs: [" let"],
    find: (text, pattern) => {
      const cue = THIS_MEETING.test(text) ? -1 : clauseOpening(pattern, text);
      return cue > 0 && /\b(?:if|unless)\b/i.test(text.slice(0, cue)) ? -1 : cue;
    },
    notSpoken: /^(?:(?:ok|okay|so|alright|all right|then|good|great)[,.!]?\s+)?(?:let's|lets|let us)\b/i,
  },
  target: {
    pattern: TARGET,
    needs: ["aim", "shoot", "target", "slated", "scheduled", "planned", "push", "move", "bump", "defer", "postpone", "punt", "land in", "ship in", "go in", "released in", "included in", "removed in", "dropped in", "deprecated in", "merged in", "shipped in", "reviewed in", "discussed in", "revisited in", "considered in", "decided in"],
    find: (text, pattern) => (FORMER.test(text) || NEXT_MEETING.test(text) ? -1 : at(pattern.exec(text))),
  },
  // A meeting called off: "Cancel 11/24 TSC meeting due to Thanksgiving", "Next 2 TSC meetings cancelled", "no meeting is scheduled in December"; not one recalled ("last week's call was cancelled").
  cancellation: {
    pattern: CANCELLED,
    needs: ["cancel", "skip", "no meeting", "no call", "no session"],
    alsoNeeds: ["meeting", "call", "sync", "session"],
    find: (text, pattern) => (RECALLED.test(text) || /\b(?:last|previous|prior|yesterday)\b/i.test(text) ? -1 : at(pattern.exec(text))),
  },
  rescheduled: { pattern: RESCHEDULED, needs: ["switch", "move", "change", "shift", "from"], alsoNeeds: ["meeting", "call", "sync"], find: (text, pattern) => at(pattern.exec(text)), notSpoken: true },
  targetIs: { pattern: TARGET_IS, needs: ["target", "release date", "deadline", "due"], find: (text, pattern) => (FORMER.test(text) ? -1 : at(pattern.exec(text))) },
  rule: {
    pattern: RULE,
    needs: ["going forward", "moving forward", "from now on", "from here on", "for now", "for the time being", "until further notice"],
    find: (text, pattern) => (RULE_HEDGED.test(text) ? -1 : at(pattern.exec(text))),
  },
  prohibition: { pattern: PROHIBITION, needs: ["don't", "do not", "never"], find: (text, pattern) => at(pattern.exec(text)), notSpoken: true },
  deferral: {
    pattern: DEFERRAL,
    needs: [
      ...["defer", "postpone", "punt", "another time", "later discussion", "later meeting", "later date", "later topic", "held over", "next milestone", "passed down", "passed on", "passed back", "to async", "follow up discussion", "future blueprint"],
      ...["delay", "revisit", "sleep on it", "mull on", "mull over", "table this", "table it", "table that", "to table", "tabled", "tabling", "shelved", "hold off", "holding off", "on hold", "back to", "leave", "to the list", "to the mailing list", "to the email list", "slack", "discord", "zulip", "gitter", "matrix", "irc", "discourse", "forum", "github", " pr", "pull request", " issue", "decision will be", "decision is to be"],
      ...["be confirmed", "be decided", "be finalized", "be finalised", "be settled", "be agreed", "be voted"],
    ],
    // "Historically, the administrators have always deferred to the mentors" tells a habit.
    find: (text, pattern) => {
      if (HABIT.test(text) || RECALLED.test(text)) return -1;
      const deferral = inMainClause(pattern, text);
      return deferral && /^revisit/i.test(deferral[0]) && REVISIT_NAMED.test(text) ? -1 : at(deferral);
    },
  },
  deferToMeeting: {
    pattern: DEFER_TO_MEETING,
    needs: ["discuss", "continue", "talk", "address", "take", "pick", "move"],
    alsoNeeds: ["next", "dedicated", "separate", "future", "follow up"],
    find: (text, pattern) => at(inMainClause(pattern, text)),
  },
  groupVoice: { pattern: GROUP_VOICE, needs: ["all", "everyone", "everybody", "group", "room"], find: (text, pattern) => at(pattern.exec(text)) },
  rejection: {
    pattern: REJECTION,
    needs: ["worth", "against", "not going to", "no need to", "no need for", "out of scope", "won't fix", "wontfix", "won't make it", "is not", "are not", "blocker", "blocking"],
    // "so it wouldn't be a release-blocker", "is probably not going to be in" and, anywhere in the clause before, "some of that may be out of scope"
    // guess; "this isn't a blocker" settles; a quoted "wontfix" names a label.
    find: (text, pattern) => {
      const match = pattern.exec(text);
      const before = match ? text.slice(0, match.index) : "";
      return match && !/\b(?:would|wouldn't|might|may|could)\s+(?:not\s+)?be\s+\S+\s*$|\b(?:might|may|could|probably|likely|possibly|maybe|perhaps)\b[^,;:.]*$/i.test(before) && !/["'“‘`]$/.test(before) ? match.index : -1;
    },
  },
} satisfies Record<string, Family>;
type FamilyName = keyof typeof FAMILIES;
/** The families whose patterns are tried by parts, each part with its words, for the test. */
export const FAMILY_PARTS = { sharedStance: STANCE_PARTS, commitment: COMMITMENT_PARTS };
/** Every family's words, looked for in one pass over a sentence; a family with `alsoNeeds` has a second list. */
const FAMILY_WORDS = cueWords(
  Object.fromEntries(
    Object.entries(FAMILIES as Record<FamilyName, Family>).flatMap(([name, family]) => [[name, family.needs], ...(family.alsoNeeds ? [[`${name} also`, family.alsoNeeds]] : [])]),
  ),
);
/** The families, each with the bits of its words in what FAMILY_WORDS finds: a sentence needs them all. */
const families = (Object.entries(FAMILIES) as Array<[FamilyName, Family]>).map(([name, family]) => ({
  name,
  ...family,
  words: FAMILY_WORDS.bit[name]! | (FAMILY_WORDS.bit[`${name} also`] ?? 0),
}));

/** Whether `text` has the words family `name` needs, for the test. */
export function hasFamilyWords(name: FamilyName, text: string): boolean {
  const { words } = families.find((family) => family.name === name)!;
  return (FAMILY_WORDS.scan(text) & words) === words;
}

/**
 * The first family whose pattern finds its cue in a decision's text, for `npm run eval -- --families`;
 * null for a decision found by its place (a list's lead-in, an answer, an arrow). It reads the text
 * alone, without the note's people or the sentences around it, so it names the family, not the verdict.
 */
export function familyOf(text: string): FamilyName | null {
  const words = FAMILY_WORDS.scan(text);
  return families.find((family) => (words & family.words) === family.words && family.find(text, family.pattern) >= 0)?.name ?? null;
}

const asksWhatToDo = (sentence: Sentence | undefined) => sentence !== undefined && ASKS_WHAT_TO_DO.test(sentence.plain);

/** What a speaker said, without "Myles: ": their hedges and clauses are read as if the line were theirs alone. */
function withoutSpeaker(text: string, people: ReadonlySet<string>): string {
  const speaker = lineSpeaker(text);
  // A speaker is a person: "circle-ci: no" is an item of a list.
  return speaker && (/^[\p{Lu}@]/u.test(speaker.name) || people.has(speaker.name.toLowerCase())) ? speaker.said : text;
}

const inStandup = (sentence: Sentence, people: ReadonlySet<string>) => standupPerson(sentence.block, people, { questionsDiscussed: true }) !== null;

/** A sentence after the first of a paragraph a speaker's label opens ("BT: One thing I want to ask ... we want to ..."): the speaker's still. */
function inSpeakersTurn(sentence: Sentence, people: ReadonlySet<string>): boolean {
  const first = sentence.block.sentences[0];
  if (first === undefined || first === sentence) return false;
  // A topic's label is no speaker: "Fonts: Claas is working on it. ... let's get assets working first."
  const name = lineSpeaker(first.plain)?.name;
  return name !== undefined && (name.startsWith("@") || people.has(name.toLowerCase()) || looksLikeInitials(name) || looksLikeFirstName(name));
}

/**
 * A speaker taking the side of the one before: "TC: Agreed, we're planning to ...", "Mark: Have no
 * objections to 240k." It is their assent, not the meeting's; "Agreed that ..." and "No objections,
 * mrego is the new chair" tell the meeting's.
 */
const SPEAKER_ASSENT = /^(?:(?:yes|ok|okay|sure|yeah|yep)[,.!]?\s+)?(?:i\s+)?(?:(?:fully|strongly|totally|also)\s+)?(?:agree[ds]?\b(?!\s+that\b)|(?:have|had)\s+no\s+objections?\b)/i;

/**
 * A line that names what was discussed: "Discussion about whether it's possible to parse the warnings
 * we don't want". None of 49 such lines in the corpus and the three series is labelled a decision,
 * unless it goes on to tell the outcome ("Discussion on the release, agreed to ship Friday").
 */
const DISCUSSION_OF = /^discussions?\s+(?:about|on|of|around|regarding)\b/i;
/** A line labelled as news for the room, not an outcome: "FYI: the WG leads will be convened ...", "Update: Will have some discussion next week". */
const ANNOUNCED = /^(?:fyi|updates?|reminder|heads[- ]up|announcements?)\s*[:：]/i;
/** A line labelled as a task, which the action items hold: "AI(binji): move this discussion to an issue.", "ACTION : Mentoring committee should discuss ...", "Action item is Jack revise the proposal". */
const TASK_LABELLED = /^(?:action(?:\s+items?)?|ai)\s*(?:\([^)]*\)|\[[^\]]*\])?\s*(?:[:：]|\s-\s)|^action\s+items?\s+(?:is|are)\b/i;
const OUTCOME_TOLD = /\b(?:agreed|decided|concluded|consensus|resolved|settled|outcome)\b/i;

/**
 * Whether `at` is inside a quotation: what someone said or wrote, quoted ("\"We will discuss them with the community.\"",
 * the FAQ's ("Yes, it will still be running in 12 months", "No, we aren't seeking VC funding")), not what the meeting
 * settled; a name quoted before the cue is no quotation of it ("\"Pursuit of Funding\" resolution adopted").
 */
function quotedAt(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (!/["“”]/.test(before)) return false;
  const straight = before.split('"').length - 1;
  const curly = before.split("“").length - before.split("”").length;
  return straight % 2 === 1 || curly > 0;
}

/** A lead-in that says nothing until its list: "Additionally, we decided that:", "The plan is:", "we decided on the following:". The items are the outcomes. */
const EMPTY_LEAD_IN = /\b(?:that|is|are|was|were|following|as follows|below)\s*:\s*$/i;

/** `last` and `beforeLast` are the sentences before, where an answer looks for its question. */
function inferred(sentence: Sentence, last: Sentence | undefined, beforeLast: Sentence | undefined, people: ReadonlySet<string>): boolean {
  const text = withoutSpeaker(sentence.plain, people);
  if (isQuestion(text) || BARE_STANCE.test(text) || EMPTY_LEAD_IN.test(text) || (text !== sentence.plain && SPEAKER_ASSENT.test(text)) || (DISCUSSION_OF.test(text) && !OUTCOME_TOLD.test(text))) return false;
  // One speaker's "GE: No." answers for GE, not for the meeting, unless it answers what the meeting asked itself to do
  // ("Should we pick that back up?" / "DS: yes, I think so"); a stand-up's "* George\n  * Will start the tests" is George's.
  // Whether it is a stand-up's is looked up only when asked: few sentences need to know.
  let spoken: boolean | undefined = text !== sentence.plain || undefined;
  if ((spoken ? SPOKEN_ANSWER : ANSWER).test(text) && (asksWhatToDo(last) || asksWhatToDo(beforeLast)) && !inStandup(sentence, people)) return true;
  if (last && GROUP_ANSWERS.test(text) && (isQuestion(last.plain) || asksWhatToDo(last))) return true;
  // Every tag closes a bracket, and the test is far cheaper than the pattern.
  if ((text.includes(")") || text.includes("]")) && VERDICT_TAG.test(text)) return true;
  // A speaker's arrow is their point: "[melissa] -> check with Greg on the cgroup work".
  if (ARROW_OUTCOME.test(text) && ARROW_SAYS.test(text) && text === sentence.plain) return true;
  const words = FAMILY_WORDS.scan(text);
  // Asked only of a sentence with a family's words: few have any.
  if (words === 0 || ANNOUNCED.test(text) || TASK_LABELLED.test(text)) return false;
  for (const family of families) {
    if ((words & family.words) !== family.words || (family.notSpoken && (spoken ??= inStandup(sentence, people)) && (family.notSpoken === true || !family.notSpoken.test(text)))) continue;
    if (family.notAfterSpeaker && reporterOf(sentence, people)) continue;
    // Later in a speaker's paragraph the speaker still talks: "Hugo: We have too many EIPs. We want to find a process
    // for handling these." is Hugo's wish, as "Hugo: we want to ..." would be, and "Mark: ... It is good to merge." his
    // leave; "We will ..." stays the group's plan.
    if (family.notSpoken && !spoken && (family.notSpoken === true || !family.notSpoken.test(text)) && inSpeakersTurn(sentence, people)) continue;
    const cue = family.find(text, family.pattern);
    if (cue >= 0 && !quotedAt(text, cue) && (family.anyone || groupAfterPerson(family.name, text, cue) || !isPersonalView(text, cue, people))) return true;
  }
  return false;
}

/** Who moved or seconded a motion, on a line of its own: "Proposed by: Cart", "Seconded by Jason." */
const MOVED_BY = /^(?:proposed|moved|seconded|sponsored|raised)\s+by\b/i;

/**
 * The motion an outcome passed, past its seconding: earlier in the outcome's paragraph, or, for an
 * outcome that opens its paragraph, the paragraph before it in the section, past "Proposed by: X"
 * ("## Opening a bank account / Cart shall open a bank account ... / Proposed by: Cart / Unanimously
 * approved."). Undefined if there is no motion before it: the outcome stands alone ("Passed: 7-0"
 * after a list of votes).
 */
function motionBefore(blocks: readonly Block[], at: number, outcome: Sentence): Sentence | undefined {
  const block = blocks[at]!;
  const moved = (sentence: Sentence) => (MOTION_OUTCOME.test(sentence.plain) || isQuestion(sentence.plain) ? undefined : sentence);
  for (let i = block.sentences.indexOf(outcome) - 1; i >= 0; i--) {
    const sentence = block.sentences[i]!;
    if (!SECONDING.test(sentence.plain)) return moved(sentence);
  }
  if (block.sentences[0] !== outcome || block.kind !== "paragraph") return undefined;
  for (let b = at - 1; b >= 0 && b >= at - 4; b--) {
    const before = blocks[b]!;
    if (before.section !== block.section || before.kind !== "paragraph") return undefined;
    const last = before.sentences.at(-1);
    if (!last || MOVED_BY.test(last.plain) || SECONDING.test(last.plain)) continue;
    return moved(last);
  }
  return undefined;
}

/** A decision told in two sentences: a question with its answer, a motion with its outcome, a proposal with its assent. */
function completedBy(subject: Sentence, answer: Sentence): FoundDecision {
  return { sentence: subject, text: `${subject.text} ${answer.text}`, explicit: false, answer };
}

/**
 * @example extractDecisions(walkNote(md.parse("Discussion. Conclusion is that we ship.", env), 0))
 *   // [{ text: "Conclusion is that we ship.", explicit: false, sentence }]
 */
export function extractDecisions(note: NoteText): FoundDecision[] {
  const found: FoundDecision[] = [];
  const people = peopleIn(note);
  const underOutcomesLeadIn = outcomesLeadIn();
  // Found once, when a note first has an item in bold.
  let topics: ReadonlySet<string> | undefined;
  const topicLists = () => (topics ??= boldTopicLists(note.blocks));
  const title = titleHeading(note.sections);
  // The two sentences before, where an answer looks for its question.
  let last: Sentence | undefined;
  let beforeLast: Sentence | undefined;
  // A paragraph that is only "Resolution:" puts the outcome in the paragraph after it.
  let outcomeNext = false;
  // Where the count of the last poll that passed ends.
  let countedUntil = -1;
  for (let at = 0; at < note.blocks.length; at++) {
    const block = note.blocks[at]!;
    if (at <= countedUntil) continue;
    // Who came is no outcome, even under "... support consensus:"; nor is one struck through.
    if (block.kind === "heading" || block.kind === "cell" || inAttendanceList(block) || struckThrough(block)) {
      outcomeNext = false;
      // A cell is no prose, but a table of decisions or a verdict column holds some.
      const row = block.kind === "cell" ? tableDecision(block) : undefined;
      if (row) found.push(row);
      // A heading is a topic, unless its author marks it as the decision: "### Decision: move CI to GitHub Actions".
      // Not the note's title, which the page shows apart from the note, with no anchor.
      const heading = block.kind === "heading" && block.section !== title ? block.sentences[0] : undefined;
      const marker = heading ? EXPLICIT_MARKER.exec(heading.text) : null;
      if (heading && marker && heading.text.length > marker[0].length) found.push({ sentence: heading, text: heading.text.slice(marker[0].length), explicit: true });
      // Or labels it as a resolution: "### Resolved: Ed and Arjan to alternate weeks running this meeting".
      else if (heading && RESOLUTION_LABEL.test(heading.plain)) found.push({ sentence: heading, text: heading.text, explicit: true });
      continue;
    }
    const afterMarker = outcomeNext && block.kind === "paragraph";
    outcomeNext = block.kind === "paragraph" && block.sentences.length === 1 && BARE_STANCE.test(block.sentences[0]!.plain) && /[:：]\s*$/.test(block.sentences[0]!.plain);
    for (const sentence of block.sentences) {
      const before = last;
      const beforeThat = beforeLast;
      beforeLast = last;
      last = sentence;
      const motion = MOTION_OUTCOME.test(sentence.plain) ? motionBefore(note.blocks, at, sentence) : undefined;
      if (sentence.comments.length > 0 && sentence.comments.some((c) => NOT_A_DECISION.test(c))) continue;
      // "None" records no decision, unless it answers "Any objections?".
      if (NOTHING_DECIDED.test(sentence.plain) && !(before && isQuestion(before.plain))) continue;
      const marker = EXPLICIT_MARKER.exec(sentence.text);
      const tagged = marker ? null : sentenceTags(sentence.text);
      const judged = judgedBy(sentence, block);
      const tally = carriedTally(sentence.plain);
      const stance = found.at(-1);
      if (before && stance?.sentence === before && !stance.answer && before === block.sentences[0] && VERDICT_FIRST.test(before.plain) && !isQuestion(sentence.plain)) {
        // What the verdict opening its item or paragraph settled is the sentence after it.
        found[found.length - 1] = completedBy(before, sentence);
        continue;
      }
      if (marker && sentence.text.length > marker[0].length) {
        found.push({ sentence, text: sentence.text.slice(marker[0].length), explicit: true });
      } else if (tagged?.kinds.has("decision")) {
        found.push({ sentence, text: tagged.rest, explicit: true });
      } else if ((sentence.text.endsWith("]") || sentence.text.endsWith(")") || sentence.text.endsWith(".")) && LABELLED_OUTCOME.test(sentence.text)) {
        const label = LABELLED_OUTCOME.exec(sentence.text)!.groups!;
        found.push({ sentence, text: label.inSquare ?? label.inRound!, explicit: true });
      } else if (sentence.explicitId || explicitInSection(sentence, block) || RESOLUTION_LABEL.test(sentence.plain)) {
        // "1. Does adding ProcessArray seem like the right way forward? YES." is one decision, its question answered.
        if (before && found.at(-1)?.sentence === before && isQuestion(before.plain) && BARE_YES_NO.test(sentence.plain)) {
          found.pop();
          found.push({ ...completedBy(before, sentence), explicit: true });
        } else {
          found.push({ sentence, text: sentence.text, explicit: true });
        }
      } else if (block.quoted) {
        continue;
      } else if (sentence === block.sentences[0] && (((afterMarker || underOutcomesLeadIn(block)) && !isQuestion(sentence.text) && !NOT_A_STEP.test(sentence.plain)) || boldOutcome(block, topicLists))) {
        found.push({ sentence, text: sentence.text, explicit: false });
      } else if (before && VOTE_RESULT.test(sentence.plain) && VOTE.test(before.plain)) {
        if (found.at(-1)?.sentence === before) found.pop();
        found.push(completedBy(before, sentence));
      } else if (ANSWERED_QUESTION.test(sentence.plain)) {
        found.push({ sentence, text: sentence.text, explicit: false });
      } else if (before && isQuestion(before.plain) && ((NONE_HEARD.test(sentence.plain) && ASKS_FOR_OBJECTIONS.test(before.plain)) || BARE_YES_NO.test(sentence.plain))) {
        // "Yes" alone says nothing: the decision is the question with its answer.
        if (found.at(-1)?.sentence !== before) found.push(completedBy(before, sentence));
      } else if (before && (before.block === block || before.block === note.blocks[at - 1]) && (GROUP_ASSENT.test(sentence.plain) || tally === "alone")) {
        // What it assents to is just above it: not across a heading or a list of who came.
        if (found.at(-1)?.sentence !== before) found.push({ sentence: before, text: before.text, explicit: false });
      } else if (tally === "ending") {
        found.push({ sentence, text: sentence.text, explicit: false });
      } else if (judged) {
        if (found.at(-1)?.sentence === judged) found.pop();
        found.push(completedBy(judged, sentence));
      } else if (before && BARE_AGREEMENT.test(sentence.plain) && !isQuestion(before.plain)) {
        // "Casey prefers a list with an archive. Broad agreement.": the proposal, with its assent.
        if (found.at(-1)?.sentence === before) found.pop();
        found.push(completedBy(before, sentence));
      } else if (motion) {
        // Adjourning is no outcome, nor is the motion it passes; asked only of what would be one, as few sentences are.
        if (adjourning(sentence, motion)) continue;
        // "Hilmar proposes to ... Chris seconded. Motion passed by unanimous consent.": the motion, with its outcome.
        if (found.at(-1)?.sentence === motion) found.pop();
        found.push(completedBy(motion, sentence));
      } else if (POLL.test(sentence.plain) && sentence === block.sentences[0]) {
        if (adjourning(sentence, motion)) continue;
        // The count is the poll's: "[unanimous consent]" under it is no decision of its own.
        countedUntil = pollPassed(note.blocks, at);
        if (countedUntil > at) found.push({ sentence, text: sentence.text, explicit: false });
      } else if (inferred(sentence, before, beforeThat, people) && !adjourning(sentence, motion)) {
        // "There's broad agreement for this. So we'll go ahead and do it.": one outcome, told with its consequence.
        if (stance && stance.sentence === before && !stance.answer && !stance.explicit && before.block === block && CONSEQUENCE.test(sentence.plain)) {
          found[found.length - 1] = { ...stance, text: `${stance.text} ${sentence.text}`, answer: sentence };
        } else if (before && before.block === block && isQuestion(before.plain) && ANSWER.test(sentence.plain) && found.at(-1)?.sentence !== before) {
          // "Can we expose internal tests? No. There are few of them.": the answer says nothing without its question.
          found.push(completedBy(before, sentence));
        } else {
          found.push({ sentence, text: sentence.text, explicit: false });
        }
      }
    }
  }
  return found;
}
