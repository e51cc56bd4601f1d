// What the site takes for a decision, one family of phrasing per table, with the traps that look
// like a decision and are not (negations, questions, one person's view, status reports).

import { describe, expect, test } from "vitest";
import { familyOf } from "../../src/extract/decisions.js";
import { parse } from "../helpers/parse.js";

interface Case {
  input: string;
  expected: string[];
}

const decisionsOf = (input: string) => parse(input).decisions.map((d) => d.text);

function table(cases: Case[]) {
  test.each(cases)("$input", ({ input, expected }) => {
    expect(decisionsOf(input)).toEqual(expected);
  });
}

describe("a shared stance the meeting reached is a decision", () => {
  table([
    { input: "FINAL: Sticking with same date/time", expected: ["FINAL: Sticking with same date/time"] },
    { input: "The final release of 2.0 is out.", expected: [] },
    { input: "Discussion about shipping a libc? Conclusion is that this is not something worth pursuing.", expected: ["Conclusion is that this is not something worth pursuing."] },
    { input: "General consensus is that a bot might be too aggressive.", expected: ["General consensus is that a bot might be too aggressive."] },
    { input: "General concensus to move forward with the `_ext/` model.", expected: ["General concensus to move forward with the _ext/ model."] },
    { input: "No concensus yet.", expected: [] },
    // "Agreement" opening a line of shorthand is the room's; a contract is not.
    { input: "Should capabilities be resources? Agreement they should be values", expected: ["Agreement they should be values"] },
    { input: "Agreement for need", expected: ["Agreement for need"] },
    { input: "Agreement with the vendor is signed.", expected: [] },
    { input: "There is broad support for a blueprint to make it strict.", expected: ["There is broad support for a blueprint to make it strict."] },
    { input: "General feeling is that we _want_ to support everything.", expected: ["General feeling is that we want to support everything."] },
    { input: "The suggestion is to cache submodules. No objections were raised.", expected: ["No objections were raised."] },
    { input: "There were 4 TSC members present and all voted in favor.", expected: ["There were 4 TSC members present and all voted in favor."] },
    { input: "After some discussion, we agree these are concerns.", expected: ["After some discussion, we agree these are concerns."] },
    { input: "The group decided to drop CentOS 6.", expected: ["The group decided to drop CentOS 6."] },
    // The meeting, or those on the call, as the group: the minutes' own word for who agreed; the meeting ending is none.
    { input: "The meeting agreed to continue discussion on the SDK channel.", expected: ["The meeting agreed to continue discussion on the SDK channel."] },
    { input: "Those on the hangout agreed that this was something OT should be able to represent.", expected: ["Those on the hangout agreed that this was something OT should be able to represent."] },
    { input: "The meeting concluded at 17:52.", expected: [] },
    // What the body did with a thing after talking it over.
    {
      input: "- The SC discussed and accepted PEP 684.\n- Reviewed and agreed the recommendation for deprecated operators.\n- The SC discussed the proposal.\n",
      expected: ["The SC discussed and accepted PEP 684.", "Reviewed and agreed the recommendation for deprecated operators."],
    },
    { input: "We have decided to keep both flags.", expected: ["We have decided to keep both flags."] },
    { input: "Agreed to move office hours to Thursdays.", expected: ["Agreed to move office hours to Thursdays."] },
    { input: "Outcome: ship it as is.", expected: ["Outcome: ship it as is."] },
    { input: "Result: we keep both flags.", expected: ["Result: we keep both flags."] },
    { input: "Resolution: drop Python 2.", expected: ["Resolution: drop Python 2."] },
    { input: "Everyone was in favour of switching to GitHub Actions.", expected: ["Everyone was in favour of switching to GitHub Actions."] },
    { input: "We are all in favor of the new logo.", expected: ["We are all in favor of the new logo."] },
    { input: "Universal in favor.", expected: ["Universal in favor."] },
    { input: "thumbs up to finalise", expected: ["thumbs up to finalise"] },
    { input: "The group confirmed the separation between acquisition and use.", expected: ["The group confirmed the separation between acquisition and use."] },
    { input: "Option 2 was selected as the starting baseline.", expected: ["Option 2 was selected as the starting baseline."] },
    { input: "The sense of those present was that the document must stay neutral.", expected: ["The sense of those present was that the document must stay neutral."] },
    { input: "Goal here is to get the basics in. Group agreed.", expected: ["Goal here is to get the basics in. Group agreed."] },
    { input: "We proposed it. The chair read silence as consent.", expected: ["The chair read silence as consent."] },
    { input: "The Chairs wrapped up the meeting and the call concluded.", expected: [] },
    { input: "Nobody objected to the new schedule.", expected: ["Nobody objected to the new schedule."] },
    // A stance and what follows from it are one outcome; one person's view is not half of one.
    { input: "There's broad agreement for this. So we'll go ahead and do it.", expected: ["There's broad agreement for this. So we'll go ahead and do it."] },
    { input: "Seph likes it. So we'll go ahead and do it.", expected: ["So we'll go ahead and do it."] },
    { input: "- Move to 4pm UTC from November 8th?\n- Yes, that's decided\n- Is that decided?\n", expected: ["Yes, that's decided"] },
    // Alignment is agreement in other words; still sought, it is none.
    { input: "For signing local images, it is aligned that we document the new experience.", expected: ["For signing local images, it is aligned that we document the new experience."] },
    { input: "We aligned on keeping the release on Fridays.", expected: ["We aligned on keeping the release on Fridays."] },
    { input: "The team has reached alignment on the API shape.", expected: ["The team has reached alignment on the API shape."] },
    { input: "We need alignment on the API shape before we start.", expected: [] },
    // A verdict alone under what it judges is the decision on it; alone at the top, it judges nothing.
    { input: "- PR 17223 - Warn on invalid savefig keyword arguments\n    - approved\n    - some concern about the slop\n", expected: ["PR 17223 - Warn on invalid savefig keyword arguments approved"] },
    { input: "Approved.", expected: [] },
    // Assent alone does the same; exclaimed, it agrees to the sentence before.
    { input: "* add @soldair to observers\n  - consensus\n* Create Terminology.md\n", expected: ["add @soldair to observers consensus"] },
    { input: "- Do we agree on trying the new process?\n    - all agree!!!\n", expected: ["Do we agree on trying the new process? all agree!!!"] },
    { input: "We retitle point 3 to exploring.\n\nConsensus!\n", expected: ["We retitle point 3 to exploring. Consensus!"] },
    { input: "Consensus\n\n- ship it\n", expected: [] },
    // A verdict in a later cell of a table's row judges what the row's first cell names; the meeting's procedure is no decision.
    {
      input: "|Topic|Reviewers|Accepted/Rejected|\n|---|---|---|\n|SIP 23: Literal-based singleton types|Adriaan|Accepted|\n|SIP-NN: prefix types|Adriaan|Pending|\n|Approval of the minutes||Approved|\n",
      expected: ["SIP 23: Literal-based singleton types Accepted"],
    },
    { input: "* Approval of Previous Minutes, All\n    * Approved.\n* Agenda Bashing, All\n    * Approved.\n", expected: [] },
    { input: "* Close [Shader improvements](https://github.com/minetest/minetest/pull/11854)?\n    * Closed.\n* Issue 12092\n    * Closed.\n", expected: ["Close Shader improvements? Closed."] },
    // Alignment of data is no agreement, and does not hide the consensus it follows.
    { input: "The general consensus is that this may be part of the features we need for managing alignment of data.", expected: ["The general consensus is that this may be part of the features we need for managing alignment of data."] },
    { input: "The columns are aligned on the left edge.", expected: [] },
    { input: "The community has agreed to add new org maintainers.", expected: ["The community has agreed to add new org maintainers."] },
    // A person proposes, the room agrees: the group's stance.
    { input: "@mw suggested a list of these crates and there was agreement that it should not be in the main repo.", expected: ["@mw suggested a list of these crates and there was agreement that it should not be in the main repo."] },
    { input: "We talked for a while and ultimately decided to focus on the technical angle first.", expected: ["We talked for a while and ultimately decided to focus on the technical angle first."] },
    // Voting on what to discuss runs the meeting; it settles nothing.
    { input: "We then voted on what to talk about.", expected: [] },
    // Asked, even with a dash after the question mark, or with no question mark.
    { input: "* no objections? -", expected: [] },
    { input: "any problem with the recommendations, want TSC ok with general approach", expected: [] },
    // A governing body by its acronym is the group, not a person: "TAC agreed", "the TOC chose".
    { input: "TAC agreed to take to an email vote.", expected: ["TAC agreed to take to an email vote."] },
    { input: "The TOC chose to archive the project.", expected: ["The TOC chose to archive the project."] },
    { input: "Moving to a submodule seems like the simplest path forward.", expected: ["Moving to a submodule seems like the simplest path forward."] },
    { input: "The way forward is a plugin API.", expected: ["The way forward is a plugin API."] },
    { input: "Is there a path forward for the plugin API?", expected: [] },
    { input: "The vote was unanimous.", expected: ["The vote was unanimous."] },
    { input: "- VOTE:  Unanimous approval.\n", expected: ["VOTE:  Unanimous approval."] },
    { input: "Approved: the new logo.", expected: ["Approved: the new logo."] },
    // A body that meets and decides speaks as the group does.
    { input: "Committee agrees that removing a symbolic link should not require -Force.", expected: ["Committee agrees that removing a symbolic link should not require -Force."] },
    { input: "The steering committee decided to add PyQIR.", expected: ["The steering committee decided to add PyQIR."] },
    { input: "Generally agree that the two cmdlets would be useful.", expected: ["Generally agree that the two cmdlets would be useful."] },
    { input: "Seph agrees that the cmdlets would be useful.", expected: [] },
    { input: "Committee finally decides not to count abstentions as no's.", expected: ["Committee finally decides not to count abstentions as no's."] },
    { input: "WG members present agreed that the repositories should wait.", expected: ["WG members present agreed that the repositories should wait."] },
    { input: "All present agreed on moving forward with a soft release.", expected: ["All present agreed on moving forward with a soft release."] },
    { input: "Team agrees it's fine, but move the FAQ to the website.", expected: ["Team agrees it's fine, but move the FAQ to the website."] },
    { input: "Agree to do this.", expected: ["Agree to do this."] },
    { input: "Okay, agree this definition doesn't work.", expected: ["Okay, agree this definition doesn't work."] },
    { input: "Jason: Agree that studios can pick an older version. Agree with SC.", expected: [] },
    { input: "5/6 in favor", expected: ["5/6 in favor"] },
    { input: "Motion of adding new remediation has passed.", expected: ["Motion of adding new remediation has passed."] },
    { input: "The motions to approve the minutes were carried.", expected: ["The motions to approve the minutes were carried."] },
    { input: "Meeting minutes for May 2022 approved", expected: ["Meeting minutes for May 2022 approved"] },
    { input: "We skipped a formal vote, it's basically unanimous that nobody wants the prefix.", expected: ["We skipped a formal vote, it's basically unanimous that nobody wants the prefix."] },
    { input: "We prefer the 'm' mode because browsers support it.", expected: ["We prefer the 'm' mode because browsers support it."] },
    { input: "Zach prefers the old mode.", expected: [] },
    { input: "From above: joint decision, explore NumFOCUS as fiscal host.", expected: ["From above: joint decision, explore NumFOCUS as fiscal host."] },
    { input: "Unanimous consent on setting the date.", expected: ["Unanimous consent on setting the date."] },
    // A vote's tally, and the group's recommendation, as board and working-group minutes record them.
    { input: "Motion: adopt the 2020 budget.\n\nPassed: 7-0", expected: ["Passed: 7-0"] },
    // A motion's outcome in its paragraph records the motion, past its seconding; adjourning is procedure.
    {
      input: "Hilmar proposes to increase the board membership by one. Chris seconded. Motion passsed by unanimous consent.",
      expected: ["Hilmar proposes to increase the board membership by one. Motion passsed by unanimous consent."],
    },
    { input: "Ewan moves to accept the bylaws. Seconded by Jason. Carried.", expected: ["Ewan moves to accept the bylaws. Carried."] },
    // The seconding and the outcome in one sentence: "Seconded, passed.", "Proposed X, seconded Y, passed nem con."; not seconding alone, nor one left open.
    { input: "Motion: approve letter of support. Seconded, passed.", expected: ["Motion: approve letter of support. Seconded, passed."] },
    {
      input: "The meeting thanked Yunhai for his service. Proposed **Jeremy Bennett**, seconded **Mike Thompson**, passed nem con.",
      expected: ["The meeting thanked Yunhai for his service. Proposed Jeremy Bennett, seconded Mike Thompson, passed nem con."],
    },
    { input: "Motion: let Raniere hire his friend for now. Seconded.", expected: [] },
    { input: "Motion: let Raniere hire his friend for now. Seconded, passed???", expected: [] },
    {
      input: "## Opening a bank account\n\nCart shall open a bank account on behalf of the Foundation.\n\nProposed by: Cart\n\nUnanimously approved.\n",
      expected: ["Cart shall open a bank account on behalf of the Foundation. Unanimously approved."],
    },
    { input: "(4) Motion to approve the policy.\n\n- Owen - Yes\n- Ann - Yes\n\nPassed: 7-0\n", expected: ["Passed: 7-0"] },
    { input: "Chris: Move to adjourn. Jason: Seconded. Motion passed by unanimous consent.\n\nMeeting adjourned with unanimous consent at 17:52 UTC.", expected: [] },
    { input: "Motion carried 5-1.", expected: ["Motion carried 5-1."] },
    { input: "Failed tests: 3-4 of them.", expected: [] },
    { input: "The following proposals were voted on and adopted:", expected: ["The following proposals were voted on and adopted:"] },
    { input: "We recommended the use of float values for complex numbers.", expected: ["We recommended the use of float values for complex numbers."] },
    { input: "General recommendation is to follow the NumPy approach.", expected: ["General recommendation is to follow the NumPy approach."] },
    { input: "Seph recommended the use of floats.", expected: [] },
    { input: "- group recommended implementing the PR\n", expected: ["group recommended implementing the PR"] },
    { input: "The TSC approved the budget.", expected: ["The TSC approved the budget."] },
    { input: "Proposal accepted.", expected: ["Proposal accepted."] },
    { input: "**The Directors decided** that a server was not needed at present.", expected: ["The Directors decided that a server was not needed at present."] },
    { input: "- October 19th – Minutes approved\n", expected: ["October 19th – Minutes approved"] },
    { input: "Quorum was reached and the minutes were approved by the voting members of the TAC.", expected: ["Quorum was reached and the minutes were approved by the voting members of the TAC."] },
    { input: "- Vote #12: Approve direction — ✅ Accepted (6-0, 1 absent)\n", expected: ["Vote #12: Approve direction — ✅ Accepted (6-0, 1 absent)"] },
    { input: "- proposal to table for now pending further communication with the Board\n", expected: ["proposal to table for now pending further communication with the Board"] },
    { input: "Has the proposal been approved?", expected: [] },
    { input: "Everyone OK with dropping Python 3.7.", expected: ["Everyone OK with dropping Python 3.7."] },
    { input: "LGTM from everyone, merge it.", expected: ["LGTM from everyone, merge it."] },
    { input: "Approved by the TSC.", expected: ["Approved by the TSC."] },
    { input: "No concerns raised.", expected: ["No concerns raised."] },
    { input: "Are we OK with dropping Python 3.7?", expected: [] },
    { input: "Mike is OK with that. We are not fine with it yet.", expected: [] },
    { input: "There was broad agreement to drop CentOS 6.", expected: ["There was broad agreement to drop CentOS 6."] },
    { input: "In summary: the standard should convey many kinds of status.", expected: ["In summary: the standard should convey many kinds of status."] },
    { input: "Backport accepted.", expected: ["Backport accepted."] },
    { input: "Approval of the last minutes - approved and merged.", expected: ["Approval of the last minutes - approved and merged."] },
    { input: "Vote passed among present TSC members.", expected: ["Vote passed among present TSC members."] },
    { input: "* Group agreed that 3 TSC members from each facility is fine\n", expected: ["Group agreed that 3 TSC members from each facility is fine"] },
    { input: "Everyone seemed to agree this is the right approach.", expected: ["Everyone seemed to agree this is the right approach."] },
    { input: "We thought of three branches, but after discussing decided on two.", expected: ["We thought of three branches, but after discussing decided on two."] },
    { input: "URL determined: beta-docs.example.org", expected: ["URL determined: beta-docs.example.org"] },
    { input: "Compatibility with existing DBs is approved.", expected: ["Compatibility with existing DBs is approved."] },
    { input: "The PR was approved by Zach yesterday.", expected: [] },
    { input: "Everyone is on board with the change.", expected: ["Everyone is on board with the change."] },
    { input: "Not everyone is on board.", expected: [] },
    { input: "Make sure there are people on board to test the release.", expected: [] },
    { input: "Members agreed to shift the working group meetings to monthly.", expected: ["Members agreed to shift the working group meetings to monthly."] },
    { input: "- Discussion ensued, leading to the outcome that the new wording is enough to move forward.\n", expected: ["Discussion ensued, leading to the outcome that the new wording is enough to move forward."] },
    { input: "The outcome was that we keep the old name.", expected: ["The outcome was that we keep the old name."] },
    { input: "- Talked with Pardha and Dan -- while there will be closer collaboration, agreed that Cello should stay a project of its own.\n", expected: ["Talked with Pardha and Dan -- while there will be closer collaboration, agreed that Cello should stay a project of its own."] },
    { input: "Alice, who agreed to help last year, is away.", expected: [] },
    // "SC" is a body like "TSC"; its decision in its own words; how a request ended.
    { input: "The SC decided to ask typing-sig for delegates.", expected: ["The SC decided to ask typing-sig for delegates."] },
    { input: "The SC accepted PEP 655 (Marking individual TypedDict items as required).", expected: ["The SC accepted PEP 655 (Marking individual TypedDict items as required)."] },
    { input: "Steering Council reviewed PEP 632 and agreed distutils should be deprecated.", expected: ["Steering Council reviewed PEP 632 and agreed distutils should be deprecated."] },
    { input: "The SC's decision was to update the definitions.", expected: ["The SC's decision was to update the definitions."] },
    { input: "Java 21 required a decision and that led to the decision of \"Update right after the 2024-03 release\".", expected: ["Java 21 required a decision and that led to the decision of \"Update right after the 2024-03 release\"."] },
    { input: "The script decided nothing.", expected: [] },
    // Three or more people named as one subject agree for the meeting; one person agreeing is theirs.
    { input: "* Nathan, Arjan, Petr agreed that the ballot can start a week later.\n", expected: ["Nathan, Arjan, Petr agreed that the ballot can start a week later."] },
    { input: "Sébastien wraps up and, together with Guillaume and Seth, decides that a new thread is opened.", expected: ["Sébastien wraps up and, together with Guillaume and Seth, decides that a new thread is opened."] },
    { input: "* Nathan agreed that the ballot can start a week later.\n", expected: [] },
    { input: "So, then, Alice agreed to do it.", expected: [] },
    // A body named in the list of who came ("* TSC members: ...") is still no person whose view it is.
    { input: "Attending:\n* TSC members: atbrakhi, gterzian\n\nrego: This predates it. TSC has decided to move discussion to public on GitHub.\n", expected: ["TSC has decided to move discussion to public on GitHub."] },
  ]);
});

describe("the group consenting by silence or as one voice is a decision", () => {
  table([
    { input: "Absent comments, this will move to stage 2.", expected: ["Absent comments, this will move to stage 2."] },
    { input: "No further comments, plan was to merge.", expected: ["No further comments, plan was to merge."] },
    { input: "All: yes, ok to close.", expected: ["All: yes, ok to close."] },
    { input: "Myles: Let's land these at stage 0.\n\nAll: +1\n", expected: ["Myles: Let's land these at stage 0."] },
    { input: "Any objections to allowing self-nominations? None!", expected: ["Any objections to allowing self-nominations? None!"] },
    { input: "Casey: prefers a proper list with an archive. Broad agreement.", expected: ["Casey: prefers a proper list with an archive. Broad agreement."] },
    { input: "Sean suggested publishing on Saturdays and everyone was happy with this.", expected: ["Sean suggested publishing on Saturdays and everyone was happy with this."] },
    { input: "- Simon: Do we need to keep the old forum\n  - Group: Not essential, but good to archive it.\n", expected: ["Group: Not essential, but good to archive it."] },
    { input: "- Group: reviewing the forum threads\n", expected: [] },
    { input: "- [everyone] ok with introducing the layered approach first\n", expected: ["[everyone] ok with introducing the layered approach first"] },
    { input: "Teddy thinks everyone agreed.", expected: [] },
    // The assent of all, or of two by name, ending what they assent to; one person's is their own.
    { input: "- regular day, Dec 19, ok with all\n- TB: bring a student into the mentees, all: supportive.\n- FK: keep the 1PM slot over the summer, MR, FK agree\n- FK: keep the 1PM slot over the summer, MR agrees\n", expected: ["regular day, Dec 19, ok with all", "TB: bring a student into the mentees, all: supportive.", "FK: keep the 1PM slot over the summer, MR, FK agree"] },
    // A proposal and the room's silence: "Brian would like to turn it off - no objections", "Nobody objects.", "TSC happy to mirror."
    { input: "Brian would like to turn it off - no objections.", expected: ["Brian would like to turn it off - no objections."] },
    { input: "Brian thinks there are no objections.", expected: [] },
    // The notes' reading of the room; not a need it finds.
    {
      input: "* It sounds like we mostly cannot keep macOS 10.11.\n* It sounds like we need transaction support first\n* rego: Sounds like people agree to make things public.\n",
      expected: ["It sounds like we mostly cannot keep macOS 10.11.", "rego: Sounds like people agree to make things public."],
    },
    // The consensus of software is none; one told as past, neither.
    // Nor is the consensus a name stands for: "Proof of Elapsed Time (PoET) Consensus", "Consensus/Validation".
    { input: "- Proof of Elapsed Time (PoET) Consensus\n- Consensus/Validation\n- Validation/consensus\n", expected: [] },
    { input: "- Dapp devs don't care about the consensus mechanism.\n- Then we found a consensus issue between geth and parity.\n- Lane: There was consensus previously on gitter.\n", expected: [] },
    { input: "- Moving to quay.io: no opposition to and support for moving\n", expected: ["Moving to quay.io: no opposition to and support for moving"] },
    { input: "Nobody objects. TSC happy to mirror.", expected: ["Nobody objects.", "TSC happy to mirror."] },
    { input: "Any objections to allowing self-nominations? Some, yes.", expected: [] },
    // The meeting's answer to its own question, as its consensus: the question with it.
    {
      input: "- Should we have a whitepaper for each code stack?  Consensus was “no” -- it has no implementation details.\n- Should we ship? The answer is yes.\n",
      expected: ["Should we have a whitepaper for each code stack? Consensus was “no” -- it has no implementation details.", "Should we ship? The answer is yes."],
    },
    { input: "* Remove the experimental flag in 1.0?\n  * Yes\n", expected: ["Remove the experimental flag in 1.0? Yes"] },
    { input: "- Is the council in favor of a workshop? **Answer: Yes**\n", expected: ["Is the council in favor of a workshop? Answer: Yes"] },
    // A vote and its result on the line under it are one decision; a result with no vote before it, or a vote that failed, is none.
    { input: "* Fund the docs push\n  * Vote - Ask for this to move forward\n    * Result - Yes\n* Result - Yes\n", expected: ["Vote - Ask for this to move forward Result - Yes"] },
    { input: "* Vote: move the meeting to Tuesdays\n  * Result - No\n", expected: [] },
    // A motion's tally by name carries it when more voted +1 than -1, two at least; one person's +1 is their support.
    {
      input: "* Motion 1: Approve minutes of PSC meeting 28\n  djay, venka, jmckenna: +1\n* Motion 2: Use main as the default branch\n\n`kalxas[m], jmckenna, venka: +1; djay: +0`\n",
      expected: ["Motion 1: Approve minutes of PSC meeting 28 djay, venka, jmckenna: +1", "Motion 2: Use main as the default branch"],
    },
    { input: "* Motion 3: Drop Python 2\n\n`ann, bob: +1; cat, dan, eve: -1`\n\nStephen: +1\n", expected: [] },
    // What a tally carries is just above it, not across a heading.
    { input: "We looked at the logs.\n\n## Motions\n\nann, bob, cat: +1\n", expected: [] },
    // A verdict opening its item, with no more than who gave it, settled the sentence after it.
    {
      input: "* Discuss: stop relying on the draft spec\n  * Accepted by quorum. Our releases should be independent of the spec's.\n  * Approved by the TSC. Should we announce it?\n",
      expected: ["Accepted by quorum. Our releases should be independent of the spec's.", "Approved by the TSC."],
    },
    // "Approved that ..." drops its subject as "Agreed that ..." does.
    { input: "- Approved that an Observability SIG is needed.\n", expected: ["Approved that an Observability SIG is needed."] },
    // Under a decisions heading, a question and its bare answer are one decision.
    { input: "## Decisions\n\n1. Does adding ProcessArray seem like the right way forward? YES.\n2. Ship it.\n", expected: ["Does adding ProcessArray seem like the right way forward? YES.", "Ship it."] },
    // The chair reading the room states the group's stance; "Phil thinks" is still Phil's.
    { input: "- Brad: Sounds good, no rush.\n- Amit: Ok, I think we are in agreement.\n- Phil thinks we are in agreement.\n", expected: ["Amit: Ok, I think we are in agreement."] },
    // Someone recording what the group did states its stance; what someone thinks it did is theirs.
    {
      input: "Jens and Kerstin attended.\n\n- Jens summarized that all present members agreed on all changes during the call.\n- Kerstin noted that everyone decided to wait.\n- Jens thinks everyone agreed on the changes.\n",
      expected: ["Jens summarized that all present members agreed on all changes during the call.", "Kerstin noted that everyone decided to wait."],
    },
    // A verdict after talking it over, and a verdict with the body that gave it; an outside body's acceptance is no verdict of the group's.
    {
      input:
        "- The Engine Programmer Guide project was discussed and **Approved**.\n- Maintainer nomination accepted by SIG.\n- Charter adopted by the board.\n- The talk was accepted by the conference.\n- The draft was discussed and reviewed.\n- Specific to the TAC, but could be adopted by TSC.\n- Requests are approved by the TAC on a case by case basis.\n- DT noted that Veraison was approved by the TAC, and is ready for next steps.\n",
      expected: ["The Engine Programmer Guide project was discussed and Approved.", "Maintainer nomination accepted by SIG.", "Charter adopted by the board."],
    },
    // A rule closing its clause with "from now on", "going forward"; one only floated, or work told as ongoing, is none.
    {
      input: "- PC will be presumed an HCFS driver from now on.\n- The meeting is biweekly from now on.\n- It might be nice to have a changelog going forward.\n- He was working on it going forward.\n- Darrin Grant will be the new Treasurer going forward.\n- Ee will be taking the lead on it going forward.\n",
      expected: ["PC will be presumed an HCFS driver from now on.", "The meeting is biweekly from now on."],
    },
    // A target with its date: "Target to have ... by ...", "Set a deadline for ..."; a target with no date is none.
    {
      input: "- Target to have the draft by the end of July.\n- Set a deadline for Nov 30, giving two weeks for review.\n- Target audience is developers.\n",
      expected: ["Target to have the draft by the end of July.", "Set a deadline for Nov 30, giving two weeks for review."],
    },
    // The room's feedback as one, and someone telling the plan; what someone thinks it is stays theirs.
    {
      input: "Alan and John attended.\n\n- The unanimous feedback was that it is out of scope for 2017.\n- John said the plan was to publish the issues as an XML dump.\n- John thinks the plan was to publish the issues.\n- General feedback on the docs: too long.\n",
      expected: ["The unanimous feedback was that it is out of scope for 2017.", "John said the plan was to publish the issues as an XML dump."],
    },
    // "It was also agreed", and a verdict with an aside after it; what was only talked over is none.
    {
      input: "- It was also agreed that there should be a way to push a custom state.\n- Quorum was later reached and the minutes were approved (with removal of the attendance part).\n- It was also discussed whether it should be agreed.\n",
      expected: ["It was also agreed that there should be a way to push a custom state.", "Quorum was later reached and the minutes were approved (with removal of the attendance part)."],
    },
    // A condition in brackets on what was agreed leaves the agreement; a stance denied is none, condition or not.
    {
      input: "- We agreed to review carefully and merge (if approved, of course) the PRs having the label.\n- Not agreed yet (if ever).\n",
      expected: ["We agreed to review carefully and merge (if approved, of course) the PRs having the label."],
    },
    // No disagreement, no dissent: consent as "no objections" is; some disagreement is none.
    {
      input: "- There is no disagreement about the booth.\n- The namespaces should all be approved, there was no dissent after the emails.\n- There is some disagreement about the booth.\n",
      expected: ["There is no disagreement about the booth.", "The namespaces should all be approved, there was no dissent after the emails."],
    },
    // The answer after a dash or an arrow, on the question's own line or the next.
    { input: "* Should we document it on the wiki - Yes\n* Should we ask Bob - he knows\n", expected: ["Should we document it on the wiki - Yes"] },
    { input: "* Do we keep the weekly call? -> No\n", expected: ["Do we keep the weekly call? -> No"] },
    { input: "* Drop Python 2 in 1.0?\n  * -> yes\n", expected: ["Drop Python 2 in 1.0? -> yes"] },
    { input: "Is this a blocker for 5.15?\n\nGE: No.\n", expected: [] },
    // One speaker siding with another agrees for themselves.
    { input: "TC: Agreed, we're planning to make it more widely known shortly.\n\nMark: Have no objections to 240k.\n\nAlex: We agreed to move office hours to Thursdays.\n", expected: ["Alex: We agreed to move office hours to Thursdays."] },
    // What the chair tells of the room is the meeting's.
    { input: "- [simeon] Agreed that we should use browser-neutral names for new APIs.\n- rego: No objections, mrego is the new chair\n", expected: ["[simeon] Agreed that we should use browser-neutral names for new APIs.", "rego: No objections, mrego is the new chair"] },
    // A speaker's bare answer to what the meeting asked itself to do gives the meeting's; their reasoning does not.
    { input: "NF: Should I do that in the form of a PR to the repo?\n\nDS: yes\n", expected: ["DS: yes"] },
    { input: "PS: should we pick that back up?\n\nDS: yes, I think so\n", expected: ["DS: yes, I think so"] },
    { input: "Can we do it?\n\nMartin: Yes, this is theoretically possible\n", expected: [] },
  ]);
});

describe("a poll that passed is a decision; one that failed, or has no count, is not", () => {
  table([
    { input: "**POLL:** support Ben Smith as co-chair.\n\n| SF | F | N | A | SA |\n|--|--|--|--|--|\n| 13 | 0 | 1 | 0 | 0 |\n", expected: ["POLL: support Ben Smith as co-chair."] },
    { input: "Poll: Accept for stage 0\n\n[unanimous consent]\n", expected: ["Poll: Accept for stage 0"] },
    { input: "Poll to send the 2.0 spec to CR.\n\nSF: 6\nF: 1\nN: 0\nA: 0\nSA: 0\n", expected: ["Poll to send the 2.0 spec to CR."] },
    { input: "POLL: we will drop the flag.\n\nSF: 0\nF: 1\nN: 2\nA: 5\nSA: 3\n", expected: [] },
    { input: "Poll: who wants to keep the flag?\n\nSome discussion.\n", expected: [] },
  ]);
});

describe("a stance about nothing in particular is not a decision by itself", () => {
  table([
    // Agreement as a concept, and a count of people agreeing to help, are not the meeting's.
    { input: "Mark: there are different levels of agreement between consumer and producer.", expected: [] },
    { input: "5 new people agreed to help manage the attestation predicates.", expected: [] },
    { input: "No objections.", expected: [] },
    { input: "Sarah: no objections then.", expected: [] },
    { input: "Resolution:", expected: [] },
    { input: "Discussion on consensus building", expected: [] },
    { input: "**Resolution**:\n\nReach out to the TypeScript team.\n", expected: ["Reach out to the TypeScript team."] },
    { input: "Resolution:\n\n1. Split the parser out.\n2. Keep the old name.\n", expected: ["Split the parser out.", "Keep the old name."] },
  ]);
});

describe("a missing, sought or questioned stance is not", () => {
  table([
    { input: "Question about whether we should integrate it ourselves. No conclusion.", expected: [] },
    { input: "No clear consensus on the naming.", expected: [] },
    // A negation stays in its clause: "no dissent; everyone agreed" is agreement.
    { input: "There was basically no dissent; everyone agreed we should abandon it.", expected: ["There was basically no dissent; everyone agreed we should abandon it."] },
    { input: "Consensus on location?", expected: [] },
    { input: "Maybe we can get consensus next time.", expected: [] },
    { input: "A short doc is needed to make sure we all agree on the scope.", expected: [] },
    { input: "It does not sound like there's obvious consensus.", expected: [] },
    { input: "We don't have consensus.", expected: [] },
    { input: "These tests don't reflect broader implementation consensus.", expected: [] },
    { input: "We can't wait, so we agreed to ship.", expected: ["We can't wait, so we agreed to ship."] },
    { input: "Not clear there's agreement yet.", expected: [] },
    { input: "Teddy says the warnings are gone. Teddy looked into it and concluded that it is not obvious how to restore them.", expected: [] },
    { input: "Alessandro says the patch works. Alessandro is in favor of merging it.", expected: [] },
    { input: "The vote on the proposal was not unanimous.", expected: [] },
    { input: "Unanimous consent is needed for this change.", expected: [] },
    { input: "Folks were in favor of more tests but no decision was made.", expected: [] },
    { input: "Currently working to achieve consensus before moving forward.", expected: [] },
    { input: "The only thing we need to reach consensus on is the membership program.", expected: [] },
    { input: "Agreed to disagree on whether the third step is required.", expected: [] },
    { input: "We signed the transfer agreement.", expected: [] },
    // A comma ends the negation's reach.
    { input: "No blockers, have consensus to move forward.", expected: ["No blockers, have consensus to move forward."] },
    { input: "No blockers, but no consensus yet.", expected: [] },
    // Consensus as the group's process, none reached: called for, required, defined; not one reached ("Consensus was reached to ...").
    { input: "Chairs can call for consensus and make a decision.", expected: [] },
    { input: "For something to become a work item, there has to be consensus between the champions and the chairs.", expected: [] },
    { input: "We should have more folks for consensus.", expected: [] },
    { input: "Refine the definition of consensus", expected: [] },
    { input: "Consensus was reached to move the meeting to Fridays.", expected: ["Consensus was reached to move the meeting to Fridays."] },
    // A conclusion still to get to is none reached.
    { input: "Maybe we can take the next step and drive to a conclusion.", expected: [] },
    { input: "It would be nice to get a conclusion on this discussion.", expected: [] },
  ]);
});

describe("a commitment of the group is a decision", () => {
  table([
    { input: "We are committed to bringing a wave matrix feature to HLSL.", expected: ["We are committed to bringing a wave matrix feature to HLSL."] },
    { input: "The TSC is committed to supporting LTS releases.", expected: ["The TSC is committed to supporting LTS releases."] },
    { input: "We are committed to the community.", expected: [] },
    // "For now" is when, not what for; "For this to work" is a purpose, and what it needs no choice.
    { input: "For now we will focus on discuss and github!", expected: ["For now we will focus on discuss and github!"] },
    { input: "For the 1.0 release we will cut a branch.", expected: ["For the 1.0 release we will cut a branch."] },
    { input: "For this to work we will have to add a runbook.", expected: [] },
    // What the group is not doing, said of now, is a refusal; what it is not seeing is a finding.
    { input: "We are not packaging for Cuda.", expected: ["We are not packaging for Cuda."] },
    { input: "We aren't shipping 32-bit builds.", expected: ["We aren't shipping 32-bit builds."] },
    { input: "We're not seeing crashes.", expected: [] },
    { input: "The web uses a single host, we're not doing that, so the host could be reached through several paths.", expected: [] },
    // An aim to do something is a plan; an aim for a state is a wish.
    { input: "We aim for diploma students to create a blog post at the end of their project.", expected: ["We aim for diploma students to create a blog post at the end of their project."] },
    { input: "We plan for USoC in late summer.", expected: ["We plan for USoC in late summer."] },
    { input: "- Aim to deviate as little as possible from the standard ARM build.\n", expected: ["Aim to deviate as little as possible from the standard ARM build."] },
    { input: "Will PJRT stay? Yes, that's the plan.", expected: ["Will PJRT stay? Yes, that's the plan."] },
    // What the next release is to be about; asked or hedged, it is not settled.
    { input: "The upcoming release, 0.4.0, focuses on SSH3 support. The next release will focus on ZK SNARKS.", expected: ["The upcoming release, 0.4.0, focuses on SSH3 support.", "The next release will focus on ZK SNARKS."] },
    { input: "Should the next release focus on docs? Maybe the next release will focus on docs.", expected: [] },
    { input: "Is that the plan? That's the plan they proposed, but we disagreed.", expected: [] },
    { input: "- Plan to move prototype stuff into in-toto-golang, maybe Witness\n", expected: ["Plan to move prototype stuff into in-toto-golang, maybe Witness"] },
    { input: "- Plan to be at KubeCon\n- Planned to merge it last week\n", expected: [] },
    { input: "Decision to use the monthly Thursday 13:00-14:00 slot.", expected: ["Decision to use the monthly Thursday 13:00-14:00 slot."] },
    { input: "Decision to be made next week.", expected: [] },
    // An arrangement written thing first: "Responsibilities to be documented on GitHub"; not a need, an open question, a lead-in or an instruction.
    { input: "- EMC admins to be reviewed every 6 months\n- Responsibilities to be documented on GitHub\n", expected: ["EMC admins to be reviewed every 6 months", "Responsibilities to be documented on GitHub"] },
    { input: "Dependencies need to be moved. It is yet to be decided. Points to be discussed? Add yourself to be notified of crashes.\n\nPRs to be merged:\n", expected: [] },
    // Nor what a verb before "to be" tells: a thing that seems so, what a step requires, ensures or enables, what had to be.
    {
      input: "- Errors seem to be correlated with agent communication\n- Requires account to be registered in keystore.\n- This enables CPack to be run standalone.\n- Had to be done quickly to support the project.\n- Make sure to be integrated into the workflow.\n- GH org to be implemented on helm chart\n",
      expected: ["GH org to be implemented on helm chart"],
    },
    { input: "Decision was to move browser driver output to dev/null", expected: ["Decision was to move browser driver output to dev/null"] },
    { input: "[TamsilAmani] to be added as a committer.", expected: ["[TamsilAmani] to be added as a committer."] },
    // A decision struck through was taken back.
    { input: "- ~~We will move the meeting to Fridays.~~\n- We will keep Thursdays.\n", expected: ["We will keep Thursdays."] },
    { input: "We **will** merge the custom toolchain work.", expected: ["We will merge the custom toolchain work."] },
    { input: "For now, we will use a hack to transpile CommonJS.", expected: ["For now, we will use a hack to transpile CommonJS."] },
    { input: "_Then_ we will tackle the dependencies one at a time.", expected: ["Then we will tackle the dependencies one at a time."] },
    { input: "We're going to keep using an old SDK.", expected: ["We're going to keep using an old SDK."] },
    { input: "We are going with option B.", expected: ["We are going with option B."] },
    { input: "For now, we are moving ahead with the release.", expected: ["For now, we are moving ahead with the release."] },
    { input: "- New release: decided to go for a new release (1.1).\n", expected: ["New release: decided to go for a new release (1.1)."] },
    // On a speaker's line, "we will" announces the group's plan; "we should" is the speaker's proposal, and a plan hedged or conditional is none.
    { input: "Pacu: We will schedule a call next week to gather partners.", expected: ["Pacu: We will schedule a call next week to gather partners."] },
    // A speaker named by a first name and an initial: their "we want" is their argument, their "we will" the group's plan.
    { input: "Luke I: We want to emphasize that capabilities can be subdivided.", expected: [] },
    { input: "Sam K.: We don't want two versions of the same module.", expected: [] },
    { input: "Luke I: We will schedule a call next week.", expected: ["Luke I: We will schedule a call next week."] },
    { input: "Dan: We're gonna talk about it at TPAC.", expected: ["Dan: We're gonna talk about it at TPAC."] },
    { input: "We don't intend to publish the spec ourselves.", expected: ["We don't intend to publish the spec ourselves."] },
    { input: "The committee plans to use a subset of the Web Platform Tests.", expected: ["The committee plans to use a subset of the Web Platform Tests."] },
    { input: "intend to merge a PR for this soon", expected: ["intend to merge a PR for this soon"] },
    { input: "Going to on say that the idea is appealing.", expected: [] },
    { input: "In principle we should be able to see how much code we use.", expected: [] },
    { input: "Amit: So, we should encourage people to come.", expected: [] },
    { input: "Paul: At some point we'll make an announcement.", expected: [] },
    { input: "RGN: Agree, if we ship without the exception then we'll never know.", expected: [] },
    // Later in a speaker's paragraph the speaker still talks: their "we want" is theirs, their "we will" the group's plan;
    // a paragraph a person's wish opens ("Mike would like ...") has no speaker's label, and the group may answer in it.
    { input: "Hugo: We have too many EIPs all at once. We want to find a process for handling these.", expected: [] },
    { input: "Zach: We now have a review channel. We should update the PR template.", expected: [] },
    { input: "Pacu: We looked at it. We will schedule a call next week.", expected: ["We will schedule a call next week."] },
    { input: "We looked at it. We want to keep the releases monthly.", expected: ["We want to keep the releases monthly."] },
    { input: "Mike would like #6607 to land in this. So let's wait a couple days for this, but not weeks.", expected: ["So let's wait a couple days for this, but not weeks."] },
    // So is any family a speaker's line does not state for the group; a stance the group takes stays the group's.
    { input: "Mark: I looked at the patch. It is good to merge.", expected: [] },
    { input: "I looked at the patch. It is good to merge.", expected: ["It is good to merge."] },
    { input: "Dan: We discussed it. We decided to go with option B.", expected: ["We decided to go with option B."] },
    // A stand-up's part of a person the note names is theirs; a topic with a first name's spelling is no person.
    { input: "Attendees:\n* [x] George Smith\n\nUpdates:\n* George\n  * Next would like to work on testing.\n    * Will start running local tests.\n", expected: [] },
    { input: "- Decisions:\n  - Genesis\n    - Will not take a position at this time\n", expected: ["Genesis", "Will not take a position at this time"] },
    { input: "- Hendrik did a demo of local testing\n  - Going to present in the next meeting\n", expected: [] },
    { input: "* Manuel points out that stateful signatures will be coming. Will reach out to Andreas.\n\nZach asked about the PR. OK to merge.\n", expected: ["OK to merge."] },
    { input: "Michel - we have full conference support. Will create an Indico page.\n", expected: [] },
    { input: "We do not need to support _building_ osquery on CentOS6.", expected: ["We do not need to support building osquery on CentOS6."] },
    { input: "The current apple key is Teddy's, and we do not plan on using that.", expected: ["The current apple key is Teddy's, and we do not plan on using that."] },
    { input: "The plan is to adopt the layer approach after 4.0.1.", expected: ["The plan is to adopt the layer approach after 4.0.1."] },
    { input: "Our goal is to build packages with CPack.", expected: ["Our goal is to build packages with CPack."] },
    { input: "Tentative plan: cut 5.0.1 next week.", expected: ["Tentative plan: cut 5.0.1 next week."] },
    { input: "Current POR: remove the requirement for a file extension.", expected: ["Current POR: remove the requirement for a file extension."] },
    { input: "The council will publish the budget in March.", expected: ["The council will publish the budget in March."] },
    { input: "The TSC will vote on it next week.", expected: ["The TSC will vote on it next week."] },
    { input: "Target is to have these questions resolved by the next call.", expected: ["Target is to have these questions resolved by the next call."] },
    { input: "The next feature that we are aiming for is to get IPv6 working.", expected: ["The next feature that we are aiming for is to get IPv6 working."] },
    { input: "Goal is to look at things happening in core and provide feedback.", expected: [] },
    { input: "Proposal: move the meeting to Thursdays. Idea: maybe a bot could label PRs.", expected: [] },
    { input: "The interest is to cut a 4.5.1.", expected: ["The interest is to cut a 4.5.1."] },
    { input: "When we confirm CPack is working, we should remove the old scripts.", expected: ["When we confirm CPack is working, we should remove the old scripts."] },
    { input: "This is clearly a bug we should fix.", expected: ["This is clearly a bug we should fix."] },
    { input: "Supporting MSI installers is a higher priority than Chocolatey.", expected: ["Supporting MSI installers is a higher priority than Chocolatey."] },
    { input: "Is this a higher priority?", expected: [] },
    // How the meeting itself runs is no outcome.
    { input: "We'll read through these at the beginning of the meeting.", expected: [] },
    { input: "In this presentation we will cover how open metadata helps.", expected: [] },
    { input: "We will drop Python 2 in this release.", expected: ["We will drop Python 2 in this release."] },
    // The ranking said as "the priority", with an arrow, or denied in an item; not a priority asked about or a label.
    { input: "ACI to Kubernetes is the priority still", expected: ["ACI to Kubernetes is the priority still"] },
    { input: "- k8s client -> top priority for Falco 0.37\n", expected: ["k8s client -> top priority for Falco 0.37"] },
    { input: "- not a priority, this must not be a blocker for any release\n", expected: ["not a priority, this must not be a blocker for any release"] },
    { input: "Not a priority label, just a typo.", expected: [] },
    { input: "The board shows what is the priority.", expected: [] },
    // "For now" is no purpose: "For now we are going to ..." is the plan; "For this to work, we will ..." a means to an end.
    { input: "For now we are going to leave this detail in the API implementation.", expected: ["For now we are going to leave this detail in the API implementation."] },
    { input: "For this to work, we will rebuild the images.", expected: [] },
  ]);
});

describe("a commitment with its subject dropped, and who owns what, are decisions", () => {
  table([
    { input: "* Will close the Low German issue since that's how we do dialects\n", expected: ["Will close the Low German issue since that's how we do dialects"] },
    { input: "* Will rename the label to Roadmap\n", expected: ["Will rename the label to Roadmap"] },
    { input: "* Going to move forward with the new repo\n", expected: ["Going to move forward with the new repo"] },
    { input: "Amit: Going to look at the scheduler.", expected: [] },
    { input: "* Will depend on PR 5836\n", expected: [] },
    { input: "* Will likely start with smaller tables.\n", expected: [] },
    // A plural noun after "will" is the subject of a question missing its mark; a verb there ends in -ss or -us.
    { input: "* Will teams serve as a motivator for people to contribute\n", expected: [] },
    { input: "* Will discuss it with the board\n* Will focus on the docs\n", expected: ["Will discuss it with the board", "Will focus on the docs"] },
    { input: "* Will keep working on the scheduler.\n", expected: [] },
    { input: "Benny: Will find a huge raster for testing!", expected: [] },
    { input: "* Won't have time for any significant project effort in the near term\n", expected: [] },
    { input: "* Will changing the key impact anyone?\n", expected: [] },
    { input: "Kriti will own this.", expected: ["Kriti will own this."] },
    { input: "Kriti says the docs need a home. Kriti will take ownership of the docs.", expected: ["Kriti will take ownership of the docs."] },
    { input: "Table page styling - assigned to Rajat for now.", expected: ["Table page styling - assigned to Rajat for now."] },
    { input: "* Release owner: Rajat\n", expected: ["Release owner: Rajat"] },
    { input: "Categories can be assigned to groups.", expected: [] },
    { input: "Sashko as champion", expected: ["Sashko as champion"] },
    { input: "@mattpodwysocki will champion a proposal with @trxcllnt.", expected: ["@mattpodwysocki will champion a proposal with @trxcllnt."] },
    { input: "* Release ownership: Rajat\n", expected: ["Release ownership: Rajat"] },
    { input: "The editor is open on the left.", expected: [] },
    { input: "Ruffin White was added as Approver; Florencia Cabral was added as Member.", expected: ["Ruffin White was added as Approver; Florencia Cabral was added as Member."] },
    { input: "Sam has been promoted to maintainer.", expected: ["Sam has been promoted to maintainer."] },
    { input: "The library was added as a submodule.", expected: [] },
    // Who runs or records the next meeting; not when nobody does yet.
    { input: "- Next meeting chair: @oalders\n- Next meeting secretary: @sjn\n", expected: ["Next meeting chair: @oalders", "Next meeting secretary: @sjn"] },
    { input: "Note taker for next meeting: Leonid", expected: ["Note taker for next meeting: Leonid"] },
    { input: "- Next meeting host: TBD\n- Chair: Alice\n", expected: [] },
    // With no subject, a task begun or tried is someone's, not a choice; the group's ("We will start tagging PRs") is.
    { input: "Will start contacting sponsors", expected: [] },
    { input: "Will try to get Harvard to present in two weeks.", expected: [] },
    { input: "Will follow up with the converters next meeting.", expected: [] },
    { input: "Will switch ruby container jobs initially.", expected: ["Will switch ruby container jobs initially."] },
    { input: "We will start tagging PRs for the release.", expected: ["We will start tagging PRs for the release."] },
  ]);
});

describe("a choice made, leave given or a change's release planned is a decision", () => {
  table([
    { input: "Went with the simpler fix.", expected: ["Went with the simpler fix."] },
    { input: "Picked the second option.", expected: ["Picked the second option."] },
    // Landing on a choice; not a change landing on a branch.
    { input: "- Landing on `subject` as it aligns with the manifest.\n- We landed on weekly calls.\n- Landed on main last week.\n", expected: ["Landing on subject as it aligns with the manifest.", "We landed on weekly calls."] },
    // Agreeing, with the subject dropped, on what the group needs; one speaker's "Agree" stays theirs.
    { input: "- Agree we need to have more regular updates.\n- Jason: Agree that studios can pick an older version.\n", expected: ["Agree we need to have more regular updates."] },
    { input: "- Proceeding with the 3.13.0 release as planned, no RC3\n- Proceeding with caution is wise.\n", expected: ["Proceeding with the 3.13.0 release as planned, no RC3"] },
    // Who agreed to take a role has it.
    { input: "Przemyslaw Wysocki (Intel) has agreed to serve as the release manager for the next version.", expected: ["Przemyslaw Wysocki (Intel) has agreed to serve as the release manager for the next version."] },
    { input: "Picked up the flaky test from last week.", expected: [] },
    { input: "- Stick to GitHub until it fails to meet our needs\n", expected: ["Stick to GitHub until it fails to meet our needs"] },
    { input: "Zach: went with the simpler fix", expected: [] },
    { input: "Keep slack for customers for now.", expected: ["Keep slack for customers for now."] },
    { input: "- keep it for now, but on the back boiler to iron out issues\n", expected: ["keep it for now, but on the back boiler to iron out issues"] },
    { input: "- Keep reviewing the open PRs\n- Keep track of the flaky tests\n- Keep an eye on the nightly builds\n- Keep the docs updated\n", expected: [] },
    { input: "OK to merge.", expected: ["OK to merge."] },
    { input: "Jean-Georges Perrin has been elected chair of the TSC for 12 months.", expected: ["Jean-Georges Perrin has been elected chair of the TSC for 12 months."] },
    { input: "We are good to go on the switch-over from Google Groups.", expected: ["We are good to go on the switch-over from Google Groups."] },
    { input: "It's not safe to backport this.", expected: ["It's not safe to backport this."] },
    { input: "We can do this piecemeal -- it's okay to land partial aarch64 support.", expected: ["We can do this piecemeal -- it's okay to land partial aarch64 support."] },
    { input: "Is it OK to merge?", expected: [] },
    { input: "Zach: good to merge", expected: [] },
    { input: "4.7.0 will be released after the holidays.", expected: ["4.7.0 will be released after the holidays."] },
    // With how it will be done between; "automatically" tells how a process works.
    { input: "- The CLI will continue as is, and will be independently released.\n- The tests will be automatically merged.\n", expected: ["The CLI will continue as is, and will be independently released."] },
    { input: "- This issue will be in scope for RC1.\n- This issue is in scope of the charter.\n", expected: ["This issue will be in scope for RC1."] },
    { input: "The meeting will be moved to start an hour early.", expected: ["The meeting will be moved to start an hour early."] },
    { input: "- tailwind linter won't be added to ci for now.\n", expected: ["tailwind linter won't be added to ci for now."] },
    { input: "Meetings will be held on the third Tuesday of the month. The next meeting will be held on January 26.", expected: ["Meetings will be held on the third Tuesday of the month."] },
    { input: "Trailing commas will be reviewed in November.", expected: ["Trailing commas will be reviewed in November."] },
    { input: "Target for 4.3.0 is still June 15th.", expected: ["Target for 4.3.0 is still June 15th."] },
    { input: "Notes will be kept in the team-mgmt repo.", expected: ["Notes will be kept in the team-mgmt repo."] },
    { input: "It will be discussed in detail.", expected: [] },
    { input: "In future meetings a person will be selected to take meeting notes.", expected: ["In future meetings a person will be selected to take meeting notes."] },
    { input: "Lindsey Heagy will be invited to join the meetings.", expected: ["Lindsey Heagy will be invited to join the meetings."] },
    { input: "Specs are going to be written and implementation should follow.", expected: ["Specs are going to be written and implementation should follow."] },
    { input: "pre-commit will be implemented along the lines of the design document.", expected: ["pre-commit will be implemented along the lines of the design document."] },
    { input: "Having the PR open does not cause this to be implemented.", expected: [] },
    { input: "Once CI is green, this will be merged.", expected: ["Once CI is green, this will be merged."] },
    { input: "This will probably be merged next week.", expected: [] },
    { input: "The connection will be closed after a minute.", expected: [] },
    // Any verb in the passive, said of a thing of the project's work; not of how things work, nor in a clause of where or how.
    { input: "A new discussion will be created on wet-boew to gather more feedback.", expected: ["A new discussion will be created on wet-boew to gather more feedback."] },
    { input: "A PR will be opened against opencontainers/image-spec.", expected: ["A PR will be opened against opencontainers/image-spec."] },
    { input: "No TensorFlow code will be built at runtime.", expected: [] },
    { input: "For vats inside a web page, you will be limited on ways to connect.", expected: [] },
    { input: "Determine where the new binary libraries will be stored", expected: [] },
    { input: "This work will be done a third-party lib at a time.", expected: [] },
    { input: "The release has been cut.", expected: [] },
    { input: "Ready to ship 1.0 for Ember 2.7 next week.", expected: ["Ready to ship 1.0 for Ember 2.7 next week."] },
    { input: "Make the static server configurable, to be merged on Jan 1st.", expected: ["Make the static server configurable, to be merged on Jan 1st."] },
    { input: "It needs to be merged first.", expected: [] },
    { input: "PRs to be merged:", expected: [] },
    { input: "- RC1 to be delayed by a few days for getting IAM pieces in\n", expected: ["RC1 to be delayed by a few days for getting IAM pieces in"] },
    { input: "A working meeting will be scheduled to discuss the items further.", expected: ["A working meeting will be scheduled to discuss the items further."] },
    { input: "- Blog posts, whitepapers, etc. welcome to be published\n- Question about interested people and to be scheduled meeting slots.\n", expected: [] },
    { input: "django-tasks will be put off until the 6.0 release", expected: ["django-tasks will be put off until the 6.0 release"] },
    // Where to begin, moving ahead with one way, leaving a thing as it is; not the meeting's own order, nor a comment left.
    { input: "Move ahead with only IndexedDB serialization for postMessage.", expected: ["Move ahead with only IndexedDB serialization for postMessage."] },
    { input: "* Start with defining critical projects\n", expected: ["Start with defining critical projects"] },
    { input: "* leave meeting time at current UTC time\n", expected: ["leave meeting time at current UTC time"] },
    { input: "Start with introductions.", expected: [] },
    { input: "Leave a comment on the issue.", expected: [] },
  ]);
});

describe("a wish, a guess, a question or a report is not a commitment", () => {
  table([
    // A need, a duty or a limit states the problem, not what the meeting chose to do about it.
    { input: "But we need to get the toil down first.", expected: [] },
    // A hedge just before the commitment.
    {
      input: "- Before we thought of a minor version, but maybe we want to bump the major version.\n- Probably, if we can help it, we won't be spending it on one person.\n- Mapping memory, that may be something we want to consider.\n- This probably means that we will prioritize design questions.\n- After the release we will tag it.\n",
      expected: ["After the release we will tag it."],
    },
    // A thing to think about, a promise to keep the room informed, a line put as a question.
    {
      input: "- We should consider having something in between.\n- mrego: we'll keep you updated when we have more info\n- Hopefully next year we'll have time.\n- Question - We want to understand code contributions.\n- We should update the docs.\n",
      expected: ["We should update the docs."],
    },
    // A line that names what was discussed, unless it goes on to the outcome.
    {
      input: "- Discussion about whether we can parse the warnings we don't want.\n- Discussion on the release, agreed to ship Friday.\n",
      expected: ["Discussion on the release, agreed to ship Friday."],
    },
    // Not one in a clause the sentence leaves behind.
    { input: "Probably not more meetings, but we're aiming to be more responsive.", expected: ["Probably not more meetings, but we're aiming to be more responsive."] },
    { input: "Notably, we must codesign to use the hardened runtime.", expected: [] },
    { input: "We cannot use the shared chat server for customers yet.", expected: [] },
    { input: "Unfortunately, we won't have time to introduce every new person.", expected: [] },
    { input: "In full generality, we won't need the term compartment.", expected: [] },
    { input: "We should probably do the same for licenses.", expected: [] },
    { input: "TL;DR maybe we should invite them to our meeting call.", expected: [] },
    { input: "It's on a personal card, but we should be within free limits.", expected: [] },
    { input: "We should be very liberal in what we label.", expected: ["We should be very liberal in what we label."] },
    { input: "Discussion about whether we should make a changelog.", expected: [] },
    { input: "Discussion started with the deprecation of Helm2, where it was agreed that migration to Helm3 should continue.", expected: ["Discussion started with the deprecation of Helm2, where it was agreed that migration to Helm3 should continue."] },
    { input: "I will ask for a communication channel, where we will publish our progress.", expected: [] },
    // Nor in a relative clause, said of a thing the sentence names after another word; a thing named first, or called what
    // the group is to do, is the plan, as is what follows an opening phrase.
    { input: "It highlights the events we will attend.", expected: [] },
    { input: "List the items we want to be reminded about.", expected: [] },
    { input: "Enabling it would pull in other things we don't want as errors.", expected: [] },
    { input: "One thing we want to complete next year is Android support.", expected: ["One thing we want to complete next year is Android support."] },
    { input: "This is clearly a bug we should fix.", expected: ["This is clearly a bug we should fix."] },
    { input: "In the upcoming stable version we will restore support for CentOS 7.", expected: ["In the upcoming stable version we will restore support for CentOS 7."] },
    { input: "As a note we should backfill these.", expected: ["As a note we should backfill these."] },
    { input: "Barry created a doc and the group will consolidate feedback into it.", expected: ["Barry created a doc and the group will consolidate feedback into it."] },
    { input: "No real progress answering the CI question, which we think we'd need.", expected: [] },
    // Nor inside what a thought states or asks: a worry, an idea, an assumption, a question missing its mark.
    { input: "My concern with automated releases is that we will hit these issues.", expected: [] },
    { input: "This roundtable was a proof of concept that we should be sharing ideas with each other.", expected: [] },
    { input: "martin: my idea is that we don't have to do all these things.", expected: [] },
    { input: "This discussion is assuming we will be getting more people interested.", expected: [] },
    { input: "the question is, do we want to invest the effort in that area", expected: [] },
    { input: "The conclusion is that we will ship it.", expected: ["The conclusion is that we will ship it."] },
    { input: "Discussion is that we should be very liberal in what we label.", expected: ["Discussion is that we should be very liberal in what we label."] },
    { input: "If we want more info, we need to talk to Ryan.", expected: [] },
    { input: "Maybe we should give people a window.", expected: [] },
    { input: "seph thinks we should ship a config file.", expected: [] },
    { input: "Ted will try to find out.\n\n* Ted: We should have more committers.\n", expected: [] },
    { input: "This doesn't have any tests yet, but we'll probably see one soon.", expected: [] },
    { input: "In order to update it, we have to move everything to the source layer.", expected: [] },
    { input: "For CI to test the endpoint security stuff, we need to sign the builds.", expected: [] },
    { input: "For CI to test it, we will sign the builds.", expected: [] },
    { input: "It is hard to ship binaries, as we basically have to compile them for each distribution.", expected: [] },
    { input: "So we'll be fine.", expected: [] },
    { input: "We should have the numbers by Friday.", expected: [] },
    { input: "We will see if this is a problem.", expected: [] },
    { input: "The plan was discussed but not finalized.", expected: [] },
    { input: "We decided nothing today.", expected: [] },
    // A line labelled as news for the room: "FYI:", "Update:", "Reminder:"; a status may give a verdict.
    { input: "FYI: the WG group leads will be convened towards the end of the week to share readouts.", expected: [] },
    { input: "Update: Will have some discussion next week about the plans for 2016.", expected: [] },
    { input: "Status: Deferred to August/September", expected: ["Status: Deferred to August/September"] },
    { input: "Let's get started. Let's take a look at the open PRs.", expected: [] },
    { input: "Let's have an open discussion now on how to grow a community.", expected: [] },
    // Who runs this meeting and how its agenda is handled are its procedure; moving the meeting is a decision.
    { input: "Note: This meeting will be hosted by the subgroup co-chair Sam Clegg (@sbc100)", expected: [] },
    { input: "Questions on the larger agenda items will be moderated by a speaker list.", expected: [] },
    { input: "The meeting will be moved to Thursdays.", expected: ["The meeting will be moved to Thursdays."] },
    { input: "Let's have a discussion next week on the budget.", expected: ["Let's have a discussion next week on the budget."] },
    { input: "We'll be releasing 4.5.0 on Friday.", expected: ["We'll be releasing 4.5.0 on Friday."] },
    { input: "We can update the website.", expected: [] },
    { input: "Should we ship these at all?", expected: [] },
    { input: "Do we want to just stream events, that gets away from the SQL engine", expected: [] },
    { input: "https://github.com/osquery/osquery/pull/5706 merged.", expected: [] },
    { input: "@directionless went through the signup, and we are now live at https://funding.communitybridge.org/projects/osquery", expected: [] },
    // An effort urged is no outcome: "we should try to ...", "we should strive for ...", "we should think of ..."; trying a thing is ("We should try it.").
    { input: "We should try to release early, release often.", expected: [] },
    { input: "we should try adopting the multi-node-pool deployment strategy, which may help with scale-down", expected: [] },
    { input: "Arjan observes that for consistency, we should strive for parity between XML and annotations.", expected: [] },
    { input: "We should think of ideas for how to use the money.", expected: [] },
    { input: "We should try it.", expected: ["We should try it."] },
    { input: "We should aim for community defined extensions.", expected: ["We should aim for community defined extensions."] },
    // An event the group will hold or speak at, announced: no outcome; not what the group will be doing to the project ("We'll be releasing 4.5.0 on Friday.").
    { input: "This Friday we will have a session on mentorship.", expected: [] },
    { input: "We'll be hosting a workshop for researchers in June.", expected: [] },
    { input: "We will have a thread on that on Zulip.", expected: [] },
    { input: "Will be talking about it at Devcon.", expected: [] },
    { input: "We will have release branches in libs.", expected: ["We will have release branches in libs."] },
    { input: "Will be releasing 4.5.0 on Friday.", expected: ["Will be releasing 4.5.0 on Friday."] },
    // A line labelled as a task is the action items' ("AI(binji): ...", "ACTION: ..."); a TODO may say what was settled.
    { input: "AI(binji): move this discussion to an issue.", expected: [] },
    { input: "ACTION: the committee should discuss these assessments.", expected: [] },
    { input: "Action item is Jack revise the proposal so the changes are approved.", expected: [] },
    { input: "TODO: Let's add some people as needed.", expected: ["TODO: Let's add some people as needed."] },
    // A need denied of nothing in particular settles nothing; one that drops a thing does ("We do not need to support CentOS6").
    { input: "Softly feeling we don't need to do anything.", expected: [] },
    { input: "We don't need to decide anything today.", expected: [] },
    { input: "We do not need to support building osquery on CentOS6.", expected: ["We do not need to support building osquery on CentOS6."] },
    // What someone said or wrote, quoted, is not what the meeting settled; a name quoted before the cue is no quotation of it.
    { input: "\"We will discuss them with the community and see where it goes from there.\"", expected: [] },
    { input: "The FAQ answers (\"Yes, it will still be running in a year!\", \"No, we aren't seeking VC funding\").", expected: [] },
    { input: "The \"fast path\" proposal was accepted.", expected: ["The \"fast path\" proposal was accepted."] },
    { input: "Everyone should try and focus on the LTS releases.", expected: [] },
  ]);
});

describe("what the group thinks is right is a decision; what it merely believes is not", () => {
  table([
    { input: "After some discussion on slack, we think it's worth cutting 4.2.0 now.", expected: ["After some discussion on slack, we think it's worth cutting 4.2.0 now."] },
    { input: "Right now, we think we like CPack enough.", expected: ["Right now, we think we like CPack enough."] },
    { input: "We discussed privileges and we thought best to wait until the teams are set.", expected: ["We discussed privileges and we thought best to wait until the teams are set."] },
    { input: "We don't think we need it.", expected: ["We don't think we need it."] },
    { input: "Several of us think it's too soon.", expected: ["Several of us think it's too soon."] },
    { input: "We think Uptycs was at BlackHat.", expected: [] },
    { input: "Those present thought it would be sufficient to prepare a list of questions.", expected: ["Those present thought it would be sufficient to prepare a list of questions."] },
    { input: "Those present thought the venue was in Vienna.", expected: [] },
    // A body, or everyone, thinks in the singular.
    { input: "The council thinks we should leave it alone.", expected: ["The council thinks we should leave it alone."] },
    { input: "Everyone feels this is the right approach.", expected: ["Everyone feels this is the right approach."] },
    { input: "Bob thinks we should leave it alone.", expected: [] },
    { input: "The committee feels that, despite its benefits, the proposal doesn't fit the criteria for 3.0.", expected: ["The committee feels that, despite its benefits, the proposal doesn't fit the criteria for 3.0."] },
    { input: "The feedback from the Committee is to implement it with macros.", expected: ["The feedback from the Committee is to implement it with macros."] },
    { input: "The feedback from users is mixed.", expected: [] },
    // A name in any script is a person's view.
    { input: "Sébastien suggests to postpone the removal of XML syntax.", expected: [] },
    { input: "Moderators decided to let the issue be discussed.", expected: ["Moderators decided to let the issue be discussed."] },
    { input: "**Vote on the Coordinates SEP.** 6-0 in favour.\n\nThe score was 6-0 at half time.\n", expected: ["Vote on the Coordinates SEP. 6-0 in favour."] },
    { input: "We conclude that the implementation helps with usability but limits extensibility. To conclude, the call ended.", expected: ["We conclude that the implementation helps with usability but limits extensibility."] },
    { input: "A couple of people think it would be great to have monthly releases.", expected: [] },
    { input: "Many members agreed to schedule some hours each week for triage.", expected: [] },
  ]);
});

describe("let's is a decision", () => {
  table([
    { input: "Let's try it.", expected: ["Let's try it."] },
    { input: "So maybe let's wait a couple of weeks.", expected: ["So maybe let's wait a couple of weeks."] },
    { input: "* Signing?\n  * Let Facebook do it.\n", expected: ["Let Facebook do it."] },
    { input: "It sounds like we can keep windows7, so let's do it.", expected: ["It sounds like we can keep windows7, so let's do it."] },
    // Under a condition the sentence opens with, it waits on the condition; one after it is the plan's.
    { input: "If so, let's do it.", expected: [] },
    { input: "I would reply as-is -- if we have a volunteer from the council, then let's provide one.", expected: [] },
    { input: "martin: Let's arrange a time with Mukilan to walk through this if others aren't available.", expected: ["martin: Let's arrange a time with Mukilan to walk through this if others aren't available."] },
    { input: "Let me check the logs.", expected: [] },
    { input: "Let's sync up this week.", expected: [] },
    { input: "Standup isn't really working - let's talk about alternatives.", expected: [] },
    { input: "It is early days, so let's see what happens.", expected: [] },
    { input: "Myles: Lets land these at stage 0.", expected: ["Myles: Lets land these at stage 0."] },
    // A speaker's "let's" at the end of their argument is their case; "let's not forget" a reminder.
    { input: "Martin: people define classes as case classes for it, so let's give it to classes", expected: [] },
    { input: "Adriaan: Also let's not forget the big Scaladoc impact.", expected: [] },
    { input: "MDawson: if it's not slowing projects down, this might be something we want to do.", expected: [] },
    // How the meeting collects and orders its agenda is its procedure.
    { input: "Let's collect all potential agenda items here before the meeting.", expected: [] },
    { input: "Let's review them.", expected: [] },
    { input: "Martin: let's discuss if we can do it later", expected: [] },
    { input: "Let's review the budget next week.", expected: ["Let's review the budget next week."] },
    { input: "Let's add the release to the agenda for next meeting.", expected: ["Let's add the release to the agenda for next meeting."] },
    // An acute accent typed for the apostrophe, as on some keyboards.
    { input: "let´s discuss when Maria is back", expected: ["let´s discuss when Maria is back"] },
    { input: "Let´s see what happens.", expected: [] },
    // Later in a speaker's paragraph the speaker still argues; a topic's label is no speaker.
    { input: "* Martin: The tests are slow. We have too many of them, so let's keep the old runner.\n", expected: [] },
    { input: "* Fonts: Claas is working on local fonts. Repo size is an issue: let's get assets working first.\n", expected: ["Repo size is an issue: let's get assets working first."] },
    { input: "We will then attempt to create a coherent agenda that fits in the 60m slot.", expected: [] },
  ]);
});

describe("a target date or version is a decision", () => {
  table([
    { input: "The release is scheduled for Friday.", expected: ["The release is scheduled for Friday."] },
    { input: "Okay, we can aim for wasmtime 14.0 for both CLI changes.", expected: ["Okay, we can aim for wasmtime 14.0 for both CLI changes."] },
    { input: "We aim for wasmtime to be faster.", expected: [] },
    // What a group will (not) put first is its plan.
    { input: "oneAPI will not be a priority for this release", expected: ["oneAPI will not be a priority for this release"] },
    { input: "Docs will be the top priority next quarter.", expected: ["Docs will be the top priority next quarter."] },
    { input: "So we can aim to do it in November.", expected: ["So we can aim to do it in November."] },
    // A month by its name or abbreviation, not any word that starts like one.
    { input: "Pushed to Sept 3.", expected: ["Pushed to Sept 3."] },
    { input: "Took the experiments and moved to separate repo.", expected: [] },
    { input: "The next call is scheduled for Wednesday, 14th October.", expected: [] },
    { input: "Currently aiming for Friday.", expected: ["Currently aiming for Friday."] },
    { input: "So extension support was pushed forward to 4.1.0.", expected: ["So extension support was pushed forward to 4.1.0."] },
    { input: "We've soft targeted September 1st.", expected: ["We've soft targeted September 1st."] },
    { input: "Targeting this week.", expected: ["Targeting this week."] },
    { input: "This will land in 4.5.0.", expected: ["This will land in 4.5.0."] },
    { input: "While we target 10.11, we run CI on a 10.14 machine.", expected: [] },
    { input: "Target SDK is still 10.12.", expected: [] },
    { input: "4.3.0 packages being pushed to stable", expected: [] },
    { input: "This was originally slated for the end of the month.", expected: [] },
    { input: "All outstanding issues have been moved to 4.2.1.", expected: [] },
    { input: "Target date for 4.6 is end of October.", expected: ["Target date for 4.6 is end of October."] },
    { input: "Merge target for PR #16 is Monday, Apr 28th", expected: ["Merge target for PR #16 is Monday, Apr 28th"] },
    { input: "* Given no objections, the new release will be tagged as 1.0.0\n* A decision was made to remove the problematic builds.\n* No decision was made.\n", expected: ["Given no objections, the new release will be tagged as 1.0.0", "A decision was made to remove the problematic builds."] },
    { input: "* v1.10 release planned for Wed Dec 18th\n* preliminary target is before mid-April\n* planned for wed and thu\n", expected: ["v1.10 release planned for Wed Dec 18th", "preliminary target is before mid-April"] },
    { input: "The release date for 5.0 is 2021-01-12.", expected: ["The release date for 5.0 is 2021-01-12."] },
    { input: "Is the target date for 4.6 end of October?", expected: [] },
    { input: "Target: end of month.", expected: ["Target: end of month."] },
    { input: "The SC gave Ezio a deadline of Dec 7th to get everything migrated over.", expected: ["The SC gave Ezio a deadline of Dec 7th to get everything migrated over."] },
    { input: "Decision for next steps: finish the MVP before a full demo.", expected: ["Decision for next steps: finish the MVP before a full demo."] },
    { input: "Deadline: next Friday.", expected: ["Deadline: next Friday."] },
    { input: "Due: whenever someone has time.", expected: [] },
    { input: "The old packs will be removed in 5.0.", expected: ["The old packs will be removed in 5.0."] },
    { input: "However, the op is not targetted for the upcoming release.", expected: ["However, the op is not targetted for the upcoming release."] },
  ]);
});
describe("a meeting's note to itself is not a rejection", () => {
  table([
    { input: "(no need to discuss) Chris would like help with a page in the SRE guide.", expected: [] },
    { input: "No need to backport it.", expected: ["No need to backport it."] },
  ]);
});

describe("a deferral or a rejection is a decision", () => {
  table([
    { input: "This is seen as a larger topic for another time.", expected: ["This is seen as a larger topic for another time."] },
    { input: "The double traceback issue not considered a blocker", expected: ["The double traceback issue not considered a blocker"] },
    // A habit told is no deferral; one person's wish to revisit is theirs, and so is their rule.
    {
      input: "- Historically, the administrators have always deferred to the mentors\n- I told them why not, but I’d like to revisit what we recommend.\n- Moving forward, I’d like the mentors to agree that the work is sufficient.\n- Deferred to the next meeting.\n",
      expected: ["Deferred to the next meeting."],
    },
    { input: "Neutrality of this working group - Leave for next meeting", expected: ["Neutrality of this working group - Leave for next meeting"] },
    // What is left out of a release: "is NOT v1", "won't make it for v1"; not a property ("not 1.2.3-compatible").
    { input: "- “Advanced” patch planning with deps.dev is NOT v1\n- elimination of phase - won't make it for v1\n", expected: ["“Advanced” patch planning with deps.dev is NOT v1", "elimination of phase - won't make it for v1"] },
    { input: "This is not 1.2.3-compatible.", expected: [] },
    { input: "No need for champion / spec work now", expected: ["No need for champion / spec work now"] },
    { input: "We will discuss this in more detail next meeting.", expected: ["We will discuss this in more detail next meeting."] },
    { input: "Will have pubsub in two weeks, tabling this till then.", expected: ["Will have pubsub in two weeks, tabling this till then."] },
    { input: "Holding off on that until the release.", expected: ["Holding off on that until the release."] },
    { input: "The names will be confirmed at the September meeting.", expected: ["The names will be confirmed at the September meeting."] },
    { input: "The dates are to be decided at the next community call.", expected: ["The dates are to be decided at the next community call."] },
    { input: "The agenda will be confirmed at this meeting.", expected: [] },
    { input: "It was confirmed at the last meeting.", expected: [] },
    { input: "Discuss again next time, Tony needs to go.", expected: ["Discuss again next time, Tony needs to go."] },
    // Put off to the next meeting in other words: addressed, taken up, moved there; not moving on within this one.
    { input: "They will be addressed in the next meeting.", expected: ["They will be addressed in the next meeting."] },
    { input: "Running out of time, let move the remaining topics to next week", expected: ["Running out of time, let move the remaining topics to next week"] },
    { input: "- Discuss in next mtg\n", expected: ["Discuss in next mtg"] },
    { input: "Let's move on to the next topic.", expected: [] },
    { input: "We moved the notes to the new repository.", expected: [] },
    { input: "Mahout on Spark is on hold until Eric picks it up.", expected: ["Mahout on Spark is on hold until Eric picks it up."] },
    { input: "IPFS has been holding off on governance.", expected: [] },
    { input: "It really blocks on the toolchain. So, we think we should defer this to 4.0.3.", expected: ["So, we think we should defer this to 4.0.3."] },
    { input: "Tabled until the next meeting.", expected: ["Tabled until the next meeting."] },
    { input: "Delay decisions until next week.", expected: ["Delay decisions until next week."] },
    { input: "The build was delayed until the fix landed.", expected: [] },
    { input: "Facebook has said they can keep signing, so this isn't a blocker.", expected: ["Facebook has said they can keep signing, so this isn't a blocker."] },
    { input: "We won't ship packs in the package anymore.", expected: ["We won't ship packs in the package anymore."] },
    { input: "A GUI is out of scope for osquery.", expected: ["A GUI is out of scope for osquery."] },
    { input: "Closing it as won't fix.", expected: ["Closing it as won't fix."] },
    { input: "Brief discussion, but will take it back to GitHub.", expected: ["Brief discussion, but will take it back to GitHub."] },
    { input: "This will be discussed during the next meeting.", expected: ["This will be discussed during the next meeting."] },
    { input: "* Moving discussion on GSoC to next week\n* TO BE CONTINUED NEXT WEEK -- security\n* We discussed what ships next week.\n", expected: ["Moving discussion on GSoC to next week", "TO BE CONTINUED NEXT WEEK -- security"] },
    { input: "We'll discuss it again at the next governance meeting.", expected: ["We'll discuss it again at the next governance meeting."] },
    // Taken to the mailing list, not added to a list of things.
    { input: "darrel (chair): take this to the list/issues and move on", expected: ["darrel (chair): take this to the list/issues and move on"] },
    { input: "We moved the naming question to the mailing list.", expected: ["We moved the naming question to the mailing list."] },
    // Taken to a chat or a forum: the discussion, not a thing moved there.
    { input: "Move this discussion to Slack to make a decision about these users.", expected: ["Move this discussion to Slack to make a decision about these users."] },
    { input: "Discussion will continue in the contributor slack channel.", expected: ["Discussion will continue in the contributor slack channel."] },
    { input: "We moved the CI notifications to Slack. Discussion in Slack was lively.", expected: [] },
    { input: "Leave on agenda for next week.", expected: ["Leave on agenda for next week."] },
    { input: "Myles, kick back to issue tracker and set up a call to discuss.", expected: ["Myles, kick back to issue tracker and set up a call to discuss."] },
    { input: "Add it to the list of available doc versions.", expected: [] },
    { input: "Eric: Move this to the issue.", expected: ["Eric: Move this to the issue."] },
    { input: "We found a bug in the issue tracker.", expected: [] },
    { input: "Discussion shelved, as it's likely to be resolved by the new dependency handling.", expected: ["Discussion shelved, as it's likely to be resolved by the new dependency handling."] },
    { input: "A decision will be taken into the future when all those items are acted on.", expected: ["A decision will be taken into the future when all those items are acted on."] },
    { input: "Discuss in a dedicated call: how to move to a vote.", expected: ["Discuss in a dedicated call: how to move to a vote."] },
    { input: "The RFC is semver-minor, so it wouldn't be a release-blocker.", expected: [] },
    // A guess anywhere in the clause before the rejection; one in an earlier clause leaves it settled.
    { input: "We have other ideas, so some of that may be out of scope", expected: [] },
    { input: "It's not problematic for gecko, so probably it's not going to get pulled-in soon", expected: [] },
    { input: "It may look odd, but this is out of scope for 4.x.", expected: ["It may look odd, but this is out of scope for 4.x."] },
    { input: "We won't want two confusing commands a year from now.", expected: [] },
    { input: "TJ: We will need a runbook, and only codenvy.io has one.", expected: [] },
    { input: "But it means we will have seen changes in a new VFX Platform version.", expected: [] },
    { input: "Yeah, we'll have to figure that one out.", expected: [] },
    { input: "Clarify the triage workflow around the \"wontfix\" label.", expected: [] },
    { input: "The log4j 1.2.15 is probably not going to be in the 2022-03 repository.", expected: [] },
    { input: "Then it was discussed that we should care about moving the release dates.", expected: [] },
    // Held over, a later topic, moved to the next milestone, passed down to a subcommittee, taken to async.
    { input: "This talk is held over to a future meeting.", expected: ["This talk is held over to a future meeting."] },
    { input: "Security fixes for archived images is a later topic", expected: ["Security fixes for archived images is a later topic"] },
    { input: "- Moved to next milestone\n", expected: ["Moved to next milestone"] },
    { input: "Passed down to the fee subcommittee for further evaluation.", expected: ["Passed down to the fee subcommittee for further evaluation."] },
    { input: "Will take to async for approval.", expected: ["Will take to async for approval."] },
    { input: "- ToDo (next milestone)\n", expected: [] },
    { input: "The word was passed on to the next speaker.", expected: [] },
    { input: "* Discussion should occur on github\n", expected: ["Discussion should occur on github"] },
    { input: "Discussion to be continued in the PR.", expected: ["Discussion to be continued in the PR."] },
    { input: "The discussion happened on GitHub last week.", expected: [] },
    // "Revisit" that puts nothing off: a topic or a task named with no when, a need or a chance to revisit; not "Revisit the date in one week".
    { input: "Revisit CPC meeting times #1289", expected: [] },
    { input: "Revisit blog post requirements", expected: [] },
    { input: "I just extrapolated the ones we had, but we need to revisit them together.", expected: [] },
    { input: "Revisit release branch date decision in one week.", expected: ["Revisit release branch date decision in one week."] },
    { input: "Should revisit.", expected: ["Should revisit."] },
  ]);
});

describe("a meeting called off is a decision; one recalled is not", () => {
  table([
    { input: "- Cancel 11/24 TSC meeting due to US Thanksgiving\n", expected: ["Cancel 11/24 TSC meeting due to US Thanksgiving"] },
    { input: "Next 2 TSC meetings cancelled (12/22 & 12/29).", expected: ["Next 2 TSC meetings cancelled (12/22 & 12/29)."] },
    { input: "Last week's meeting was cancelled.", expected: [] },
    { input: "Cancel the subscription before renewing it.", expected: [] },
    // No meeting scheduled, and the schedule changed: "switch meetings to mornings"; not a meeting's view nor code's calls.
    { input: "Noting how busy December can be, no meeting is scheduled in that month.", expected: ["Noting how busy December can be, no meeting is scheduled in that month."] },
    { input: "- switch meetings to mornings.\n", expected: ["switch meetings to mornings."] },
    { input: "* Move from bi-weekly to weekly meetings\n", expected: ["Move from bi-weekly to weekly meetings"] },
    { input: "Switch to the meeting view to see it.", expected: [] },
    { input: "Move the API calls to a worker.", expected: [] },
    { input: "Is no meeting scheduled for May?", expected: [] },
  ]);
});

describe("a rule the group adopts from here on is a decision; one floated is not", () => {
  table([
    // A rule in the imperative opening its sentence; not a reminder, advice or an option weighed.
    { input: "- **Don't** add the link to the docs until revC3 compatibility is confirmed\n- do not wait for the remaining packages\n- Never merge on a Friday.\n", expected: ["Don't add the link to the docs until revC3 compatibility is confirmed", "do not wait for the remaining packages", "Never merge on a Friday."] },
    { input: "- Don't forget to fill out the survey\n- Don't be afraid to ask for help\n- Don't do anything and wait for users to ask\n- Alex: don't like the warnings\n", expected: [] },
    { input: "Going forward, all PRs need two approvals.", expected: ["Going forward, all PRs need two approvals."] },
    { input: "So from now on, releases are cut from the release branch.", expected: ["So from now on, releases are cut from the release branch."] },
    { input: "Going forward it might be nice to have a bot.", expected: [] },
    { input: "Moving forward with the plan requires approval.", expected: [] },
    { input: "Is this the process going forward?", expected: [] },
    { input: "For now, keep editorializing out.", expected: ["For now, keep editorializing out."] },
    { input: "For now, it works.", expected: [] },
  ]);
});

describe("an answer to the meeting's own question about what to do is a decision", () => {
  table([
    { input: "Docker can emulate aarch64, will this work for CI?\n\nNo. It's way too slow for CI\n", expected: ["No. It's way too slow for CI"] },
    // The answer with its question, when they share a paragraph or item: "Yes, as examples." says nothing alone.
    { input: "Should we ship these at all? Yes, as examples.", expected: ["Should we ship these at all? Yes, as examples."] },
    { input: "- Can we expose internal tests? No. There is only one sanity check test.\n", expected: ["Can we expose internal tests? No. There is only one sanity check test."] },
    { input: "do we need subscriptions and web socket first?  Not really", expected: ["do we need subscriptions and web socket first? Not really"] },
    { input: "Does the fork work from `osqueryi`? Yes. The implementation is not general.", expected: [] },
  ]);
});

describe("an arrow opening a line marks what a discussion came to", () => {
  table([
    { input: "* Discourse or gitter?\n  * -> let's move support questions to discourse\n", expected: ["-> let's move support questions to discourse"] },
    { input: "* -> make the loading page template-able\n", expected: ["-> make the loading page template-able"] },
    { input: "* -> maybe a bot could help\n", expected: [] },
    // Arrows that draw what feeds what name things and say nothing.
    { input: "* Collectors\n  * -> CollectSub (relied on by OCI, Deps.dev)\n  * -> GraphQL API\n", expected: [] },
    // A speaker's arrow is their point.
    { input: "- [melissa] -> check with Greg on the cgroup work.\n- Melissa: -> work on the LSM hooks.\n", expected: [] },
  ]);
});

describe("a verdict tagged onto what it settles is a decision", () => {
  table([
    { input: "- prow.falco.org [accepted]\n- The new logo (approved).\n- Move the CI (tbd)\n", expected: ["prow.falco.org [accepted]", "The new logo (approved)."] },
    { input: "[accepted]\n", expected: [] },
  ]);
});

describe("a group's goal or someone else's is not a decision; the meeting's plan is", () => {
  table([
    { input: "Goal is to bring in companies and give them a channel for their input.", expected: [] },
    { input: "The working group's current goal is to move the diagnostics into a crate.", expected: [] },
    { input: "Our goal is to try building packages inside cpack.", expected: ["Our goal is to try building packages inside cpack."] },
    // "The goal" or "the focus" of no one in particular tells what some work is for; "my aim", one person's.
    { input: "The goal is to add basic support for SVG.", expected: [] },
    { input: "For RFCs, the goal is to determine if the proposal seems directionally correct.", expected: [] },
    { input: "The focus now is to get the rest of the patches approved upstream.", expected: [] },
    { input: "nico: my aim is to get crates released faster.", expected: [] },
    { input: "Our focus for 4.1 is the new toolchain.", expected: ["Our focus for 4.1 is the new toolchain."] },
    // A solution the meeting settled on, not one put forward.
    { input: "- our solution will be like SpiderMonkey's: always zero the input register first\n- eventual solution: a new kind of Allocation\n", expected: ["our solution will be like SpiderMonkey's: always zero the input register first", "eventual solution: a new kind of Allocation"] },
    { input: "- Solution: use a new allocator\n- Proposed solution: a new allocator\n", expected: [] },
    // A question someone brings is the meeting's: the plan under it is no part of theirs.
    {
      input: "Attendees: Amanieu, Chris\n\n## Notes\n\n- Amanieu: using regalloc3 in Cranelift?\n  - Chris: would be great to see numbers\n  - plan: get RA3 reviewed and published first\n- Chris: worked on the assembler\n  - plan: finish the x64 backend\n",
      expected: ["plan: get RA3 reviewed and published first"],
    },
    { input: "The main priority is to fix the Linux builds.", expected: ["The main priority is to fix the Linux builds."] },
    // What a proposal puts forward is not yet the meeting's: "The proposal is for ...", "We propose ...", "Proposal: ...".
    { input: "The proposal is for the two processes to be merged.", expected: [] },
    { input: "We propose that the meeting will be moved to Thursdays.", expected: [] },
    { input: "Summary of proposal: we want to pick directors quickly.", expected: [] },
    { input: "We will accept the proposal for the next major version.", expected: ["We will accept the proposal for the next major version."] },
  ]);
});

describe("who came is not an outcome", () => {
  table([
    { input: "## Attending\n\n* Nicholas C. Zakas\n\nThe following are absent but support consensus:\n\n* Kai Cataldo (@kaicataldo)\n", expected: [] },
    // Notes run on under "### Attendees" with no heading of their own: what follows the list is the meeting's business.
    {
      input: "### Attendees\n\n* Gabriel Becker\n* Jeroen Ooms\n\nIt was the consensus of those present that the objectives are clear.\n",
      expected: ["It was the consensus of those present that the objectives are clear."],
    },
  ]);
});

describe("items of a list introduced as outcomes are decisions", () => {
  table([
    { input: "The following proposals were adopted:\n\n- SCP-002: Clarify the migration path\n\nItems to be approved:\n\n- the budget\n", expected: ["SCP-002: Clarify the migration path"] },
    // A lead-in that says nothing until its list is no outcome of its own; one that says what was agreed is.
    { input: "Additionally, we decided that:\n\n- we keep the old branch\n\nThe consensus is that we do as we have since the last release:\n\n- one release a month\n", expected: ["we keep the old branch", "The consensus is that we do as we have since the last release:", "one release a month"] },
    // What there is, or a link labelled, is no step.
    {
      input: "Next Steps:\n\n- update dpkg (small, seems safe with testing)\n- Linking issues: https://gist.example.org/instructions.txt\n- There's some concern about the library version skew.\n",
      expected: ["update dpkg (small, seems safe with testing)"],
    },
    // The reasons for a stance are its arguments.
    { input: "We think pre-release software is exceptional for a few reasons:\n\n* it is often undocumented\n* some questions will no longer make sense\n", expected: [] },
    {
      input: "We discussed this for a bit, and decided that:\n\n* We should merge #6014.\n* Tags are immutable\n",
      expected: ["We should merge #6014.", "Tags are immutable"],
    },
    { input: "What are the next steps here:\n\n1. A production provisioning profile\n2. How does this work in CI?\n", expected: ["A production provisioning profile"] },
    { input: "Some floated ideas:\n\n* openssl update\n* automating releases\n", expected: [] },
    // An earlier meeting's outcome, recalled, is not this meeting's.
    { input: "Jorge reminds that in the last meeting we agreed that we needed:\n\n1. A better motivation\n2. A migration tool\n", expected: [] },
    { input: "At the previous meeting we decided to drop it. Today we agreed to keep it.", expected: ["Today we agreed to keep it."] },
    { input: "The background is that in 2018 the committee accepted the proposal.", expected: [] },
    // So is one told as last month's, or carried from the last meeting; "from last week" may be this meeting's reply to it.
    { input: "Last month we agreed to support the Verilator modeling project.", expected: [] },
    { input: "- Deferred from previous meeting.\n", expected: [] },
    { input: "Summary: Follow up from last meeting's motion “We will begin a discussion with the board.”", expected: [] },
    { input: "Joe: no additional comments from last week, plan was to merge.", expected: ["Joe: no additional comments from last week, plan was to merge."] },
    // A bold item among the points made is what the discussion came to; a list of bold items is of topics.
    {
      input: "## Admin prototypes\n\n- We have admin uploads\n- Do we dump it on the admin repo\n  - **No**\n- **Allow admin-usage prototype PRs to the main repo**\n  - with an Admin suffix\n",
      expected: ["Do we dump it on the admin repo No", "Allow admin-usage prototype PRs to the main repo"],
    },
    { input: "- How does the compare utility work?\n  - **Don't make any changes for now.**\n", expected: ["Don't make any changes for now."] },
    { input: "* Inventory\n  * **Community feedback and validation**\n    * What is the inventory?\n  * **Prioritization criteria definition**\n", expected: [] },
    // A list that opens some items with a bold label sets its topics in bold.
    { input: "- Docs moving forward\n- **UX/UI priorities**: scrollbar, editable filenames\n- **Notebook talk at Google**\n  - They were interested in scheduling\n", expected: [] },
    { input: "- Notes\n- **Action on HC to find the failing test.**\n- **ACTION**\n", expected: [] },
    // A link set in bold is a link: the call's header "- **Time:** ...\n- **[Join video call](...)**".
    { input: "- **Time:** Tuesday, 17:00 UTC\n- **[Join video call via Zoom](https://zoom.example/j/1)**\n- **[Code of Conduct](https://example.org/conduct)**\n", expected: [] },
    // The header's fields set in bold: "- **Chair: KP Singh**" names who ran this meeting.
    { input: "- **Duration:**\n- **Chair: KP Singh**\n- **Date: 18 October 2023**\n- Participants: Dan, Joe\n", expected: [] },
    // A list that records no decision says so.
    { input: "## Decisions\n\n* None\n\n## Notes\n\nDecision: N/A\n\n* Decisions:\n  * https://example.org/roadmap.md\n", expected: [] },
    { input: "Any objections to allowing self-nominations? None!", expected: ["Any objections to allowing self-nominations? None!"] },
  ]);
});

describe("decisions are whole sentences, found on the line where they start", () => {
  test("a line that is short only without its link's address, or that ends in a word that goes on, does not end a sentence", () => {
    const meeting = parse("Intro.\n\nThe [initial BPF implementation\nPR](https://github.com/osquery/osquery/pull/6571) broke Thrift, so we will revert it.\n\nWe will sort the list of\nPRs by age.\n");
    expect(meeting.decisions.map((d) => [d.line, d.text])).toEqual([
      [3, "The initial BPF implementation PR broke Thrift, so we will revert it."],
      [6, "We will sort the list of PRs by age."],
    ]);
  });
  test("a full stop in an aside that opens mid-sentence ends no sentence; one in an aside of its own does", () => {
    const meeting = parse("Next Steps:\n\n- update thrift (coordination point with SDKs. Seems scary)\n\nIt is the most recent. (This is probably cmake. We will answer it.)\n");
    expect(meeting.decisions.map((d) => d.text)).toEqual(["update thrift (coordination point with SDKs. Seems scary)", "We will answer it.)"]);
  });
  test("a link written out with a query string does not end the sentence at its question mark", () => {
    const meeting = parse("- We agreed to refactor the templates, see [https://chat.example/p17?thread_ts=17.11&cid=C0](https://chat.example/p17?thread_ts=17.11&cid=C0)\n");
    expect(meeting.decisions.map((d) => d.text)).toEqual(["We agreed to refactor the templates, see https://chat.example/p17?thread_ts=17.11&cid=C0"]);
  });
  test("a line opening with a label starts a sentence however long the line before it", () => {
    const meeting = parse("Intro.\n\nPoll: should we explore the use of lifecycle as an alternative to the sunset fields\nResult: 9:3 in favour\n");
    expect(meeting.decisions.map((d) => [d.line, d.text])).toEqual([[4, "Result: 9:3 in favour"]]);
  });
  test("in a paragraph written a statement a line, each short line is a sentence of its own", () => {
    const meeting = parse("Intro.\n\nDaylight Savings Time\nWe will keep meeting at 16:00 UTC\n");
    expect(meeting.decisions.map((d) => [d.line, d.text])).toEqual([[4, "We will keep meeting at 16:00 UTC"]]);
  });
  test("joins a sentence hard-wrapped at 70 columns and reports its first line", () => {
    const meeting = parse("Intro.\n\nWe think that while we work through the github side, we should grant\nMike committer access. There are no verbal objections in\nthe meeting.\n");
    expect(meeting.decisions.map((d) => [d.line, d.text])).toEqual([
      [3, "We think that while we work through the github side, we should grant Mike committer access."],
      [4, "There are no verbal objections in the meeting."],
    ]);
  });

  test("splits a one-line paragraph into its sentences", () => {
    const meeting = parse("Discussion about shipping a libc? Conclusion is that this is not worth pursuing. Stefano has done seven libraries.\n");
    expect(meeting.decisions.map((d) => [d.line, d.text])).toEqual([[1, "Conclusion is that this is not worth pursuing."]]);
  });

  test("ignores decision cues quoted from elsewhere", () => {
    expect(decisionsOf("We had an agenda note:\n\n> We will merge it.\n")).toEqual([]);
  });
});

describe("authors stay in control", () => {
  test("takes `Decision:` paragraphs and items under a Decisions heading as explicit decisions", () => {
    const meeting = parse("Decision: Ship 4.3.0 on Friday.\n\nDecision - keep the old API.\n\nDecisions: grants range from $1,000 to $100,000.\n\nDecision-making is slow.\n\n## Decisions\n\n* Move the meeting to Tuesdays\n");
    expect(meeting.decisions.map((d) => [d.text, d.explicit])).toEqual([
      ["Ship 4.3.0 on Friday.", true],
      ["keep the old API.", true],
      ["grants range from $1,000 to $100,000.", true],
      ["Move the meeting to Tuesdays", true],
    ]);
  });

  test("takes a numbered `Decision 2:`, `Decision = ...` and an outcome labelled in brackets after its topic as explicit decisions", () => {
    const meeting = parse("Decision 1: `sealed` is the keyword\nDecision n: members are public by default\n\nDecision = TSC post should be aspirational\n\n- Decide on channel strat [Outcome: new label for new compilers, run two labels]\n- Naming (decision: keep the old name).\n- See the [outcome: tbd] below and more\n\nDecisions made so far: none\n");
    expect(meeting.decisions.map((d) => [d.text, d.explicit])).toEqual([
      ["sealed is the keyword", true],
      ["members are public by default", true],
      ["TSC post should be aspirational", true],
      ["new label for new compilers, run two labels", true],
      ["keep the old name", true],
    ]);
  });

  test("takes a resolution's label as the author's statement of a decision, whatever its sentence says of consensus", () => {
    const meeting = parse('**ACCEPTED**: The group shall name editors who decide which changes do not require group consensus (i.e. "Needs Consensus" PRs).\n\nRESOLVED: Use the Thursday slot.\n\nResolved: none\n\nThe issue was resolved: the fix landed.\n');
    expect(meeting.decisions.map((d) => [d.text, d.explicit])).toEqual([
      ['ACCEPTED: The group shall name editors who decide which changes do not require group consensus (i.e. "Needs Consensus" PRs).', true],
      ["RESOLVED: Use the Thursday slot.", true],
    ]);
  });

  test("takes each row of a table of decisions under a Decisions heading, told by its number in the description column", () => {
    const meeting = parse("## Decisions\n\nDecision Item | Description\n-|-\n**44.1** | Next meetings will be 15:00 UTC.\n\n| Decision | Owner |\n|-|-|\n| Drop CentOS 6 | Ann |\n| 12 | Bob |\n\n## Notes\n\n| Decision | Who |\n|-|-|\n| Ship it | Ann |\n");
    expect(meeting.decisions.map((d) => [d.line, d.text, d.explicit])).toEqual([
      [5, "Next meetings will be 15:00 UTC.", true],
      [9, "Drop CentOS 6", true],
    ]);
  });

  test("takes every sentence of an item under a Decisions heading, but not a question", () => {
    const meeting = parse("### Decisions\n\n- Tom on point for app structure. Martijn to write the mobile chapter. Forms can come later. Who owns the docs?\n");
    expect(meeting.decisions.map((d) => [d.text, d.explicit])).toEqual([
      ["Tom on point for app structure.", true],
      ["Martijn to write the mobile chapter.", true],
      ["Forms can come later.", true],
    ]);
  });

  test("takes the first sentence of each paragraph under a conclusion heading as an explicit decision", () => {
    const meeting = parse("### Warning on lowercase type names\n\nWe looked at it.\n\n#### Conclusion\n\nThe compiler will warn on lowercase type names. We may narrow it later.\n\nDecision upheld.\n");
    expect(meeting.decisions.map((d) => [d.line, d.text, d.explicit])).toEqual([
      [7, "The compiler will warn on lowercase type names.", true],
      [9, "Decision upheld.", true],
    ]);
  });
  test("a consensus heading holds outcomes too, but not a 'No consensus' heading or a question left in a template", () => {
    const meeting = parse("#### Consensus\n\nMove forward with the digital style.\n\n#### No consensus\n\nThe naming of the option.\n\n#### Conclusion\n\n(approved or tabled?)\n");
    expect(meeting.decisions.map((d) => [d.line, d.text, d.explicit])).toEqual([[3, "Move forward with the digital style.", true]]);
  });
  test("takes items under a conclusions or outcomes heading as explicit decisions, but not its checkboxes, which are tasks", () => {
    const meeting = parse("### meeting conclusion\n\n- Merge segwit\n\n### Outcomes\n\n- [ ] Message Bogidon about the change\n\n### Conclusion of the pros and cons\n\n- It is slow\n");
    expect(meeting.decisions.map((d) => [d.line, d.text, d.explicit])).toEqual([[3, "Merge segwit", true]]);
  });

  test("takes a heading that starts with `Decision:` as an explicit decision, unless it is the note's title; no other heading", () => {
    const meeting = parse("# Decision: the title\n\n## CI\n\n### Decision: move CI to GitHub Actions\n\n### We will talk about it later\n\nNotes.\n");
    expect(meeting.decisions.map((d) => [d.line, d.text, d.explicit])).toEqual([[5, "move CI to GitHub Actions", true]]);
    // Two top-level headings are topics, not a title.
    expect(parse("# CI\n\nNotes.\n\n# Decision: drop Travis\n").decisions.map((d) => [d.line, d.text])).toEqual([[5, "drop Travis"]]);
  });

  test("takes a sentence tagged [decision], at its start or among the tags closing it, as an explicit decision without its tags", () => {
    const meeting = parse("* Alexandru R \\- set up the home page \\[decision\\] \\[todo\\]\n* [decision] We ship on Friday.\n* See below for the [decision] markers\n* Meeting notes [link]\n");
    expect(meeting.decisions.map((d) => [d.line, d.text, d.explicit])).toEqual([
      [1, "Alexandru R - set up the home page", true],
      [2, "We ship on Friday.", true],
    ]);
  });

  test("takes a sentence with {#id} as an explicit decision with that id", () => {
    const meeting = parse("The TSC reviewed the budget. {#budget-reviewed}\n");
    expect(meeting.decisions.map((d) => [d.id, d.text, d.explicit])).toEqual([["budget-reviewed", "The TSC reviewed the budget.", true]]);
  });

  test("takes a heading labelled as a resolution as an explicit decision, whole", () => {
    const meeting = parse("# Minutes\n\n## Agenda\n\n### Resolved: Ed and Arjan to alternate weeks running this meeting.\n\n### Resolved issues\n\nNotes.\n");
    expect(meeting.decisions.map((d) => [d.line, d.text, d.explicit])).toEqual([[5, "Resolved: Ed and Arjan to alternate weeks running this meeting.", true]]);
  });

  test("drops an inferred decision marked `<!-- not a decision -->`", () => {
    expect(decisionsOf("We will merge the toolchain work. <!-- not a decision --> Let's try it.")).toEqual(["Let's try it."]);
  });
});

test("names the family of phrasing a decision was found by, for npm run eval -- --families", () => {
  expect(["We will ship it.", "General consensus is that we wait.", "Aiming for Friday.", "OK to merge.", "Yes"].map(familyOf)).toEqual([
    "commitment",
    "sharedStance",
    "target",
    "permission",
    null,
  ]);
});

test("a decision made of a question and its answer shows both on the page", () => {
  const [decision] = parse("* Remove the *experimental* flag in 1.0?\n  * Yes\n").decisions;
  expect(decision?.html).toBe("Remove the <em>experimental</em> flag in 1.0? Yes");
});
