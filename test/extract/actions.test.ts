// Who is to do what: one family of phrasing per table, with the traps that name someone but give
// them nothing to do (thanks, status, things that are not people, questions).

import { describe, expect, test } from "vitest";
import { parse } from "../helpers/parse.js";

interface Case {
  input: string;
  /** [owner, sentence] per action. */
  expected: Array<[string, string]>;
}

const actionsOf = (input: string) => parse(input).actions.map((a) => [a.owner, a.text]);

function table(cases: Case[]) {
  test.each(cases)("$input", ({ input, expected }) => {
    expect(actionsOf(input)).toEqual(expected);
  });
}

describe("a person who commits to a verb owns an action", () => {
  table([
    { input: "@directionless will click some buttons to set it up.", expected: [["@directionless", "@directionless will click some buttons to set it up."]] },
    { input: "Groob will investigate getting an apple shared cert.", expected: [["Groob", "Groob will investigate getting an apple shared cert."]] },
    // A first name with the initials of a surname, one or two: "Andy B", "Andy BS".
    { input: "- Andy BS will email Jimmy about access.\n- Andy B will add it to his email.\n", expected: [["Andy BS", "Andy BS will email Jimmy about access."], ["Andy B", "Andy B will add it to his email."]] },
    { input: "Dave Voell has taken the action to draft the charter.", expected: [["Dave Voell", "Dave Voell has taken the action to draft the charter."]] },
    { input: "(Teddy is probably going to take a pass at this)", expected: [["Teddy", "(Teddy is probably going to take a pass at this)"]] },
    { input: "These could use a windows review. Thor says he'll take a look.", expected: [["Thor", "Thor says he'll take a look."]] },
    { input: "@davidtwco and @pnkfelix mentioned that they would endeavour to find some time for it.", expected: [["@davidtwco and @pnkfelix", "@davidtwco and @pnkfelix mentioned that they would endeavour to find some time for it."]] },
    // Only a person volunteers: a name in the lower case the note gives no other sign of.
    { input: "We have a prototype, so mw volunteered to gather some data.", expected: [["mw", "We have a prototype, so mw volunteered to gather some data."]] },
    // Going to a place is no task.
    { input: "Gus is going to next TC39 meeting.", expected: [] },
    { input: "@zwass offers to make a foundation section on the webpage.", expected: [["@zwass", "@zwass offers to make a foundation section on the webpage."]] },
    { input: "Zach and Mike will try to follow up.", expected: [["Zach and Mike", "Zach and Mike will try to follow up."]] },
    {
      input: "Discussion is that we should be very liberal in what we label -- Mike will do this.",
      expected: [["Mike", "Discussion is that we should be very liberal in what we label -- Mike will do this."]],
    },
    { input: "Lauren to confirm with Mike.\n\nLauren says the date works.", expected: [["Lauren", "Lauren to confirm with Mike."]] },
    { input: "> Teddy is planning on more refactor work.", expected: [["Teddy", "Teddy is planning on more refactor work."]] },
    { input: "Seph: I'll write up a proposal.", expected: [["Seph", "Seph: I'll write up a proposal."]] },
    { input: "Zach: I will be out next week.", expected: [] },
    { input: "Note: I'll send the slides.", expected: [] },
    { input: "Who wants to be in that meeting?\n\nSeveral volunteers -- Alessandro, Zach, seph", expected: [["Alessandro, Zach, seph", "Several volunteers -- Alessandro, Zach, seph"]] },
    { input: "Volunteers are needed for the docs.", expected: [] },
    { input: "Osquery will now build with clang 11.", expected: [] },
    { input: "CI will fail on that branch.", expected: [] },
    { input: "Zach will build the release.", expected: [["Zach", "Zach will build the release."]] },
    // A first name the note gives no other sign of, known to compromise's lexicon; other words before "to" are not.
    { input: "Tom to write an RFC around optional service injections.", expected: [["Tom", "Tom to write an RFC around optional service injections."]] },
    // Several names before "to": one the lexicon knows vouches for the others, which it does not.
    { input: "Jeff and Camdon to chat afterwards. Jeff/Ryan/Camdon to sync offline.", expected: [["Jeff and Camdon", "Jeff and Camdon to chat afterwards."], ["Jeff/Ryan/Camdon", "Jeff/Ryan/Camdon to sync offline."]] },
    { input: "Camdon and Ryder to chat afterwards.", expected: [] },
    // A task tag closing the sentence ("\\[todo\\]" in a Google Docs export), but not one the sentence mentions.
    { input: "* Xander \\- Open a PR for the survey \\[todo\\] \\[decision\\]\n* Some work we can ask of the new subcommittee [todo]\n* See below for the [todo] markers\n", expected: [["Xander", "Xander - Open a PR for the survey [todo] [decision]"], ["unassigned", "Some work we can ask of the new subcommittee [todo]"]] },
    { input: "Dockerfile to build and test osquery on Linux published.", expected: [] },
    { input: "Starting to port more libraries to the source layer.", expected: [] },
    { input: "Time to cut a release.", expected: [] },
    // Initials opening "to" and a verb are how minutes name people; the capitals of software are not.
    { input: "RP to produce the release on Monday.", expected: [["RP", "RP to produce the release on Monday."]] },
    { input: "PR to fix the crash on startup. CI to run on every push. GUI to add new shows.", expected: [] },
    { input: "@japaric reviewed it.\n\njaparic to add a request template.", expected: [["japaric", "japaric to add a request template."]] },
    // Initials the note uses for people (in the attendance lines, tagging an item) are people everywhere.
    { input: "Present:\nJS RP\nApologies: YJ\n\nRP should review it. YJ can update the docs.", expected: [["RP", "RP should review it."], ["YJ", "YJ can update the docs."]] },
    { input: "- Sprint planning [SR / YJ]\n  - SR/YJ should incorporate the feedback.\n", expected: [["SR/YJ", "SR/YJ should incorporate the feedback."]] },
    { input: "- Planning [WIP]\n\nWIP should be done soon.", expected: [] },
    { input: "Seth is to obtain more info about SLIP 22.", expected: [["Seth", "Seth is to obtain more info about SLIP 22."]] },
    { input: "Andy needs to do more benchmarks.", expected: [["Andy", "Andy needs to do more benchmarks."]] },
    // Whom someone asks to act owns the task.
    { input: "Phil asked John M to bring this to the TSC voting list.", expected: [["John M", "Phil asked John M to bring this to the TSC voting list."]] },
    { input: "We asked them to fix it.", expected: [] },
    // A question only in a short aside after a dash leaves the promise standing.
    { input: "Markus will schedule the next meeting - one month?", expected: [["Markus", "Markus will schedule the next meeting - one month?"]] },
    { input: "Will Markus schedule the next meeting?", expected: [] },
    { input: "Rob and Ron to co-work on getting wireframes logged on github (images? links to files themselves)?", expected: [["Rob and Ron", "Rob and Ron to co-work on getting wireframes logged on github (images? links to files themselves)?"]] },
    { input: "intend to merge a PR for this soon", expected: [] },
    // An arrow leads to what came of the point: the owner is after it.
    { input: "* unclear how it would work > Joost will ask the province for details", expected: [["Joost", "unclear how it would work > Joost will ask the province for details"]] },
    { input: "Docker needs to be updated.", expected: [] },
    // "AP", an action point, with its owners.
    { input: "* SPEC certification (AP Andy: follow-up)\n* A simple MPI library? (AP Kenneth, Fotis)\n* AP Kenneth: plan a date for a call\n* AP CS Principles is a course.\n", expected: [["Andy", "SPEC certification (AP Andy: follow-up)"], ["Kenneth, Fotis", "A simple MPI library?"], ["Kenneth", "AP Kenneth: plan a date for a call"]] },
    // "AP:" marks a task when a handle follows; "AP: will send it" is what someone with those initials said.
    { input: "* AP: @fkiraly write the overview on PR 377\n* AP: will send the slides\n", expected: [["@fkiraly", "AP: @fkiraly write the overview on PR 377"], ["AP", "AP: will send the slides"]] },
    // The owner before the marker: initials, a handle or a person the note names; not a word that only qualifies the marker.
    { input: "* DU todo: check if GitHub supports forking a project twice\n* FK action: simplify greatly\n* Next action: simplify the form\n", expected: [["DU", "DU todo: check if GitHub supports forking a project twice"], ["FK", "FK action: simplify greatly"]] },
    { input: "Michel should merge the pull request. EDI should help people with ISO dates. Docker should be updated.", expected: [["Michel", "Michel should merge the pull request."]] },
    { input: "* Plugins gaps -> Melissa to post top priorities in the issue\n", expected: [["Melissa", "Plugins gaps -> Melissa to post top priorities in the issue"]] },
    { input: "@lemeurherve volunteers", expected: [["@lemeurherve", "@lemeurherve volunteers"]] },
    { input: "Move the API endpoint so CI/CD will point to new stuff.", expected: [] },
    { input: "Mike has volunteered to triage the new issues.", expected: [["Mike", "Mike has volunteered to triage the new issues."]] },
    // Agreeing to do something is taking it on; agreeing to a thing is not. Either of two people may own it.
    { input: "Rafael and Fabio agree to explore the implementation details further.", expected: [["Rafael and Fabio", "Rafael and Fabio agree to explore the implementation details further."]] },
    { input: "Nick agrees to the change.", expected: [] },
    // Happy to do something is a willingness, not a task taken (labellers of three projects agree on it).
    { input: "Ryan is happy to hand off his role to Nick.", expected: [] },
    { input: "Action item [fred]: figure out a path forward with the OTP team", expected: [["fred", "Action item [fred]: figure out a path forward with the OTP team"]] },
    { input: "Yee or David to give final review", expected: [["Yee or David", "Yee or David to give final review"]] },
    { input: "Windows or Linux will be supported.", expected: [] },
    { input: "Kirk is willing to take on an RFC for better formatting.", expected: [["Kirk", "Kirk is willing to take on an RFC for better formatting."]] },
    { input: "Seph has an AI to check the signing cert.", expected: [["Seph", "Seph has an AI to check the signing cert."]] },
    { input: "Only four members were present so Alan will initiate a vote via email.", expected: [["Alan", "Only four members were present so Alan will initiate a vote via email."]] },
    { input: "Next Monday Olivier will create the release branch.", expected: [["Olivier", "Next Monday Olivier will create the release branch."]] },
    // A dash between the name and the promise, as minutes written a line a person often have it.
    { input: "- FK - will then redraft the timeline\n- Windows - will crash\n", expected: [["FK", "FK - will then redraft the timeline"]] },
    { input: "Split the parser out so @JamesHenry can maintain it separately.", expected: [] },
    { input: "Cell selection work needs to be done by Rajat.", expected: [["Rajat", "Cell selection work needs to be done by Rajat."]] },
    { input: "The draft will be reviewed by @zwass.", expected: [["@zwass", "The draft will be reviewed by @zwass."]] },
    { input: "This needs to be done by Friday.", expected: [] },
    { input: "It will be handled by GitHub Actions.", expected: [] },
    { input: "The PR was merged by Zach.", expected: [] },
    // A first name and a surname, the way formal minutes name people; two capitalised words are more often a thing.
    { input: "Rebecca Schlussel will review the past optimizations.", expected: [["Rebecca Schlussel", "Rebecca Schlussel will review the past optimizations."]] },
    { input: "Lee Byron to reach out to Facebook.", expected: [["Lee Byron", "Lee Byron to reach out to Facebook."]] },
    { input: "Review by Zach Wasserman and Teddy Reed will follow.", expected: [] },
    { input: "Windows Defender will block the installer.", expected: [] },
    { input: "Docker Desktop will ship it next week.", expected: [] },
    { input: "**Rick O'Connor** to get the HW and SW groups together.", expected: [["Rick O'Connor", "Rick O'Connor to get the HW and SW groups together."]] },
    { input: "Mike McCamon will send the mission statement.", expected: [["Mike McCamon", "Mike McCamon will send the mission statement."]] },
    // One first name the lexicon knows vouches for the other full names with it; alone, an unknown one is not taken.
    { input: "**Duncan Bees** and **Yunhai Shang** to upload the slides.", expected: [["Duncan Bees and Yunhai Shang", "Duncan Bees and Yunhai Shang to upload the slides."]] },
    { input: "Yunhai Shang will upload the slides.", expected: [] },
    // Names in any script, as people write their own.
    { input: "Björn will write the draft.", expected: [["Björn", "Björn will write the draft."]] },
    { input: "Zoë and Sam will update the docs.", expected: [["Zoë and Sam", "Zoë and Sam will update the docs."]] },
    { input: "Stefan Müller will check the build.", expected: [["Stefan Müller", "Stefan Müller will check the build."]] },
    { input: "Łukasz: I'll review it.", expected: [["Łukasz", "Łukasz: I'll review it."]] },
    { input: "Thanks to Zoë for the notes. She'll send them out.", expected: [["Zoë", "She'll send them out."]] },
    // What someone is reported to have said they will do.
    { input: "Matthew indicated he will do an async vote of the TSC.", expected: [["Matthew", "Matthew indicated he will do an async vote of the TSC."]] },
    // A title before the name ends no sentence, and is no part of the owner's name.
    { input: "Ms. Ortiz confirmed she will send the agenda. Dr. Smith will review it.", expected: [["Ortiz", "Ms. Ortiz confirmed she will send the agenda."], ["Smith", "Dr. Smith will review it."]] },
    { input: "Matthew noted that the release will slip.", expected: [] },
  ]);
});

describe("who counts as a person comes from the note", () => {
  table([
    { input: "seph will remove it from the PRs.", expected: [["seph", "seph will remove it from the PRs."]] },
    { input: "seph can make a copyright change PR after that's merged.", expected: [["seph", "seph can make a copyright change PR after that's merged."]] },
    {
      input: "seph says the split works. seph, Stefano, Teddy, and Nick should try to split this up a bit.",
      expected: [["seph, Stefano, Teddy, and Nick", "seph, Stefano, Teddy, and Nick should try to split this up a bit."]],
    },
    { input: "Azure can use cpack and push places.", expected: [] },
    { input: "Bob to send the survey.", expected: [["Bob", "Bob to send the survey."]] },
    // A bare task after a name, in more verbs; one a roll call or a stance also writes needs what it acts on.
    {
      input: "* Cache\n    * Mark begin the conversations with the governance board\n        * Etienne present to the meetup\n* Damien report stale issues into helpdesk issues\n* [simeon] open to the possibility of logic execution\n- AP(mrobinson): propose this plan on a Zulip channel\n",
      expected: [
        ["Mark", "Mark begin the conversations with the governance board"],
        ["Etienne", "Etienne present to the meetup"],
        ["Damien", "Damien report stale issues into helpdesk issues"],
        ["mrobinson", "AP(mrobinson): propose this plan on a Zulip channel"],
      ],
    },
    // Leaving the meeting is no task.
    { input: "Josh needs to leave.\n\nMartin has to drop off early.\n\nMartin needs to review the PR.\n\nTom to run the meeting.\n", expected: [["Martin", "Martin needs to review the PR."], ["Tom", "Tom to run the meeting."]] },
    // Leaving, promised or not, misspelt or not, is no task; leaving something for others to read is.
    {
      input: "Notes\n\n* kenan is going to leave the GESIS Notebooks team at the end of August 2020\n* Martin needs to leaves the room.\n* Sam will quit the project.\n* Tom will leave a comment on the PR.\n",
      expected: [["Tom", "Tom will leave a comment on the PR."]],
    },
    // A name the lexicon does not know is known from the attendance table; a thing is not.
    {
      input: "### Attendance\n\n| Name (Affiliation) | Present |\n|---|---|\n| Prasanth Pulavarthi (Microsoft) | yes |\n\n### Agenda\n\n- Social: Prasanth to post\n- Mayank to send the email\n- Terraform to manage the DNS\n",
      expected: [["Prasanth", "Social: Prasanth to post"]],
    },
    // Names and a bare task opening an item: a first name or someone the note knows, not a thing.
    { input: "- Chris review the PR\n- Everyone review this 2 page doc before next meeting\n- Docs update the site\n- Azure add a new region\n", expected: [["Chris", "Chris review the PR"], ["Everyone", "Everyone review this 2 page doc before next meeting"]] },
    { input: "Azure to send the logs.", expected: [] },
    { input: "* Next steps:\n    * Comparison to existing system\n    * Alice to ping Bob\n", expected: [["Alice", "Alice to ping Bob"]] },
    { input: "## Attendees\n\n- Alice (Acme)\n- Bob\n\n## Notes\n\nBob to send the survey.", expected: [["Bob", "Bob to send the survey."]] },
    { input: "Present: Alice, Bob, Carol\n\nCarol should update the calendar.", expected: [["Carol", "Carol should update the calendar."]] },
    // Front matter can list who came, as Jekyll and Hugo notes do.
    { input: "---\nparticipants:\n  - Felipe\n  - zuzka\n---\n\n- zuzka to review the PR\n- Azure to send the logs\n", expected: [["zuzka", "zuzka to review the PR"]] },
    { input: "---\nattendees: Bob Smith, kwame\n---\n\nkwame to send the survey.", expected: [["kwame", "kwame to send the survey."]] },
    // An item can list who came, and a list under the attendance heading can follow the template's own lead-in.
    { input: "1. **Volunteer to take minutes**\n    * Attending: yorik, sliptonic, hyarion\n\n2. **Housekeeping**\n    * yorik to create an issue for repo cleanup\n", expected: [["yorik", "yorik to create an issue for repo cleanup"]] },
    { input: "## Present\n__Use github alias__\n* Ulises Gascon: @ulisesgascon\n* Javier Leal: @jgleal\n\n## Agenda\n\n- Ulises to check if we need to patch the repos\n", expected: [["Ulises", "Ulises to check if we need to patch the repos"]] },
    { input: "Attendees:\n\n- Alice\n- Release team\n\nRelease to packages is done.", expected: [] },
    // Initials the attendance list gives ("Syd Bauman (SB)") name people later; a company's ("(IBM)") does not.
    {
      input: "Present: Syd Bauman (SB), Martin Holmes (MH), Bob Smith (IBM)\n\nSB and MH should set up virtual hosts. IBM should set up hosts.",
      expected: [["SB and MH", "SB and MH should set up virtual hosts."]],
    },
    { input: "You can build with it, and tests pass.", expected: [] },
    { input: "Forking should work.", expected: [] },
    { input: "* users should upgrade to 4.3.0\n* tests will fail on CentOS\n", expected: [] },
    { input: "Thanks to @smjert for fixing the majority of them!", expected: [] },
    { input: "But Teddy will probably be back then.", expected: [] },
    // What someone will be doing in their own time is news, not a task; what they will be doing for the project is one.
    { input: "Zach will be starting full time at Cal Poly around August 6th. He will be working mostly on JupyterHub.", expected: [] },
    { input: "Tim will be speaking about Binder at PyconDE in October.", expected: [] },
    { input: "Tim will be looking into the flaky test.", expected: [["Tim", "Tim will be looking into the flaky test."]] },
    { input: "Seb intends to write the SIP.", expected: [["Seb", "Seb intends to write the SIP."]] },
    { input: "Joe going to create some docs on Mahout.", expected: [["Joe", "Joe going to create some docs on Mahout."]] },
    { input: "Joe going to the conference.", expected: [] },
    // Whom the meeting decided would act, told what they should do, or gave a deadline.
    { input: "The Steering Council decided Thomas would be sending the note to the author.", expected: [["Thomas", "The Steering Council decided Thomas would be sending the note to the author."]] },
    { input: "Additionally, the SC informed Łukasz he should work on the CLA process.", expected: [["Łukasz", "Additionally, the SC informed Łukasz he should work on the CLA process."]] },
    { input: "The SC gave Ezio a deadline of Dec 7th to get everything migrated over.", expected: [["Ezio", "The SC gave Ezio a deadline of Dec 7th to get everything migrated over."]] },
    { input: "@smjert is working on this, with help from @theopolis.", expected: [] },
    { input: "Will Facebook do the build?", expected: [] },
  ]);
});

describe("he or she is the person just named", () => {
  table([
    { input: "Asked about the plan, Seb said not really, but he promised to push on it soon.\n\nMin joined. She agreed to write the summary.\n", expected: [["Seb", "Asked about the plan, Seb said not really, but he promised to push on it soon."], ["Min", "She agreed to write the summary."]] },
    // A sentence's first word is its subject only if it can be a name: "Because ..." is not.
    { input: "Seb spoke. Because the thread returned to naming, he intends to split it.", expected: [["Seb", "Because the thread returned to naming, he intends to split it."]] },
    {
      input: "@theopolis has some anecdotes about older libc. He'll try to dig those up.",
      expected: [["@theopolis", "He'll try to dig those up."]],
    },
    {
      input: "Apple approved us for hardware. It is enroute to seph's desk, and when it arrives, he'll figure out access.",
      expected: [["seph", "It is enroute to seph's desk, and when it arrives, he'll figure out access."]],
    },
    { input: "Mike is in favor of this. He'll give seph an overview.", expected: [["Mike", "He'll give seph an overview."]] },
    { input: "Zach and Teddy met the LF folks. They'll write up the notes.", expected: [["Zach and Teddy", "They'll write up the notes."]] },
    { input: "Alessandro and Teddy are working on it. Once this is further, they'll need help testing.", expected: [] },
    { input: "He'll try.", expected: [] },
  ]);
});

describe("TODO and action-item markers name the owner or leave the task unassigned", () => {
  table([
    // An action point, as an action item is; the marker in brackets with its owner.
    { input: "- *Action Point* Jake to ask the kit team.\n- Action point Jake to contact the kit team.\n", expected: [["Jake", "Action Point Jake to ask the kit team."], ["Jake", "Action point Jake to contact the kit team."]] },
    { input: "- [AI Jake Howard] send the email to teams\n- [AI Peter Law ]: create the tasks\n- [AI] send the form\n", expected: [["Jake Howard", "[AI Jake Howard] send the email to teams"], ["Peter Law", "[AI Peter Law ]: create the tasks"], ["unassigned", "[AI] send the form"]] },
    { input: "TODO: seph: Make an issue", expected: [["seph", "TODO: seph: Make an issue"]] },
    { input: "> Follow up is manually syncing changes (TODO: Ted).", expected: [["Ted", "Follow up is manually syncing changes (TODO: Ted)."]] },
    { input: "TODO: Write some text we can paste into PRs.", expected: [["unassigned", "TODO: Write some text we can paste into PRs."]] },
    // A marker makes a question the task; one asking who or what is not, nor a question with no marker.
    {
      input: "* ACTION: Ed to check with Gavin how easily it can be extracted, so we can put it in EclipseLink?\n* (AI) Who else?\n* Ed to check with Gavin, so we can put it in EclipseLink?\n",
      expected: [["Ed", "ACTION: Ed to check with Gavin how easily it can be extracted, so we can put it in EclipseLink?"]],
    },
    { input: "Action item: @zwass to update the docs", expected: [["@zwass", "Action item: @zwass to update the docs"]] },
    { input: "todo by Matthew to check over the PR", expected: [["Matthew", "todo by Matthew to check over the PR"]] },
    // Who leads a task, said after it; not of work reported done.
    {
      input: "- Create an issue to track, Ulises lead\n- Add a reminder to the slack channels (Ulises lead)\n- Need to reduce bundle size (being led by Flarnie & Claudio, with community help).\n- Hire a new maintainer, team lead\n- Release 4.2 shipped last week (led by Zach).\n",
      expected: [
        ["Ulises", "Create an issue to track, Ulises lead"],
        ["Ulises", "Add a reminder to the slack channels (Ulises lead)"],
        ["Flarnie & Claudio", "Need to reduce bundle size (being led by Flarnie & Claudio, with community help)."],
      ],
    },
    { input: "* [ ] @seph review the PR\n* [x] Ship 4.3.0\n* [ ] Update the changelog\n", expected: [["@seph", "[ ] @seph review the PR"], ["unassigned", "[ ] Update the changelog"]] },
    { input: "Action items:\n\n* Review the rework\n", expected: [["unassigned", "Review the rework"]] },
    { input: "We have some actionable items from this meeting:\n\n- [x] Terry will submit a PR to update the maintainer list\n", expected: [["Terry", "[x] Terry will submit a PR to update the maintainer list"]] },
    // The meeting's own action list ticks its tasks off later; they were still its tasks.
    { input: "## Action items\n\n- [x] @per: make an RFC issue for mode changes\n- [ ] @per: add a debugging example\n", expected: [["@per", "[x] @per: make an RFC issue for mode changes"], ["@per", "[ ] @per: add a debugging example"]] },
    { input: "## Review of previous action items\n\n- [x] @maxnbk: ask for more details\n", expected: [] },
    // A bold lead-in heads the list as a heading would; alone on its line it is no task.
    { input: "## Closing\n\nAdjourned.\n\n**Action Items**\n\n- [x] PMO to deliver the embed code\n- [ ] Revise the submission form\n", expected: [["PMO", "[x] PMO to deliver the embed code"], ["unassigned", "[ ] Revise the submission form"]] },
    // A table of tasks: the task in its action column, the owner in the same row's owner column.
    {
      input: "| Owner | Action | Due |\n|---|---|---|\n| Junjie Bu | Conduct a follow-up poll on meeting time | Next meeting |\n| ? | Collate the docs | - |\n| Alex | Record the decisions -- Done | - |\n",
      expected: [["Junjie Bu", "Conduct a follow-up poll on meeting time"], ["unassigned", "Collate the docs"]],
    },
    { input: "## Action items\n\n| Action | Due |\n|---|---|\n| Send the survey | Friday |\n", expected: [["unassigned", "Send the survey"]] },
    { input: "| Task | Status |\n|---|---|\n| Send the survey | Done |\n\n| What | When | Who |\n|---|---|---|\n| Collate documentation | April | all |\n", expected: [] },
    { input: "Action items:\n\n* Done: release 1.2\n* Completed - the survey\n* Summary doc (draft circulated) -- Done\n", expected: [] },
    { input: "Action: Carol to file an issue for the crash.", expected: [["Carol", "Action: Carol to file an issue for the crash."]] },
    { input: "AI: Dave will look into the flaky test.", expected: [["Dave", "AI: Dave will look into the flaky test."]] },
    // A verb that opens the task is no owner, nor is the marker a speaker.
    { input: "- AI: Need to visit the recusal process [Aaron? Phil?]\n", expected: [["unassigned", "AI: Need to visit the recusal process [Aaron? Phil?]"]] },
    { input: "- AI: Need to visit the recusal process [Aaron]\n- AI: Try to reproduce it\n- AI: update the docs\n", expected: [["Aaron", "AI: Need to visit the recusal process [Aaron]"], ["unassigned", "AI: Try to reproduce it"], ["unassigned", "AI: update the docs"]] },
    { input: "TODO: Windows tables to be reviewed.", expected: [["unassigned", "TODO: Windows tables to be reviewed."]] },
    // A numbered table of tasks tells each in its description column.
    {
      input: "## Actions\n\nAction Item | Description\n-|-\n**44.1** | Reach out to more exchanges and wallets.\n**44.2** | Publish second report.\n",
      expected: [["unassigned", "Reach out to more exchanges and wallets."], ["unassigned", "Publish second report."]],
    },
    // A marker may carry its number; after a speaker, the task is the speaker's own.
    { input: "- Action 13.2: Brett to leave a note in the Gitter channel\n", expected: [["Brett", "Action 13.2: Brett to leave a note in the Gitter channel"]] },
    {
      input: "- Silvan: TODO - Mention this effort on Discourse\n- [Kris] todo: propose a new repo for the installers\n- Linux: TODO: fix the build\n",
      expected: [["Silvan", "Silvan: TODO - Mention this effort on Discourse"], ["Kris", "[Kris] todo: propose a new repo for the installers"], ["unassigned", "Linux: TODO: fix the build"]],
    },
    { input: "- Infra:\n  - Actionables:\n    1. Try lighter compression with lz4\n", expected: [["unassigned", "Try lighter compression with lz4"]] },
    // In an action list, a name in brackets opening an item is its owner; a tag is not.
    {
      input: "## Action items\n\n- [ ] [leogr] Schedule a monthly meeting\n- [ ] [thomas] help with GH project and labels\n- [docs] update the page\n",
      expected: [["leogr", "[ ] [leogr] Schedule a monthly meeting"], ["thomas", "[ ] [thomas] help with GH project and labels"], ["unassigned", "[docs] update the page"]],
    },
    { input: "TODO: Windows to be reviewed.", expected: [["unassigned", "TODO: Windows to be reviewed."]] },
    { input: "Next step: Zach to draft the blog post.", expected: [["Zach", "Next step: Zach to draft the blog post."]] },
    { input: "AI: Zach - Cut the release candidate.", expected: [["Zach", "AI: Zach - Cut the release candidate."]] },
    { input: "Action: Docs - write more of them.", expected: [["unassigned", "Action: Docs - write more of them."]] },
    // W3C-style minutes: "Action on X to ...", "Actions: X to ...".
    { input: "Action on SB to schedule the calls.", expected: [["SB", "Action on SB to schedule the calls."]] },
    { input: "Actions: Dan to perform one last English review before submission.", expected: [["Dan", "Actions: Dan to perform one last English review before submission."]] },
    { input: "Action on everyone to read the document.", expected: [["unassigned", "Action on everyone to read the document."]] },
    { input: "**Action** JR to schedule a meeting with Gábor.", expected: [["JR", "Action JR to schedule a meeting with Gábor."]] },
    { input: "Action plan to migrate the docs.", expected: [] },
    { input: "action FK: open an issue on the failing build", expected: [["FK", "action FK: open an issue on the failing build"]] },
    { input: "action FK write to her again", expected: [["FK", "action FK write to her again"]] },
    // Where a task stands is no new task, even said by its owner; nor is coming back to it some day.
    // Work marked done, by a word opening it or by a tick emoji, is no task; in the meeting's own action list a tick is as "[x]" is.
    { input: "- COMPLETED: Find a volunteer to run the SIG elections\n- :white_check_mark: @sptramer - Schedule SIG triage meetings\n- \u2705 Ann to schedule the kickoff\n- Bob to send the invite\n", expected: [["Bob", "Bob to send the invite"]] },
    { input: "## Action items\n\n- [x] Ann to schedule the kickoff\n- :white_check_mark: Bob to send the invite\n", expected: [["Ann", "[x] Ann to schedule the kickoff"], ["Bob", ":white_check_mark: Bob to send the invite"]] },
    { input: "#### Action Items\n* Fatih to get Tobias in touch with Nordix\n    * [Fatih] Still pending unfortunately. Will come back to this as soon as I get some time.\n* Ann: in progress\n* Bob: write the pending release notes\n", expected: [["Fatih", "Fatih to get Tobias in touch with Nordix"], ["Bob", "Bob: write the pending release notes"]] },
    // "Action item" and the handles it is for, closing a sentence; a mention of one is no task.
    { input: "- Pick a date, exact time pending, action item @alice\n- Review the RFC (action item @bob and @carol)\n- We discussed the action item @bob raised last week.\n", expected: [["@alice", "Pick a date, exact time pending, action item @alice"], ["@bob and @carol", "Review the RFC (action item @bob and @carol)"]] },
    // "Name will:" over a list of bare tasks gives each to them, and is no task itself.
    { input: "- @nzakas will:\n  - Follow up with the npm team\n  - Write a highlight on the release\n- Windows will:\n  - crash\n", expected: [["@nzakas", "Follow up with the npm team"], ["@nzakas", "Write a highlight on the release"]] },
    { input: "Matthew asked Aleksei to:\n\n- Do some experiments on the permissions\n- Create a proposal for the workflows\n", expected: [["Aleksei", "Do some experiments on the permissions"], ["Aleksei", "Create a proposal for the workflows"]] },
    // An action list's lead-in may name who does its items.
    { input: "* **Roadmap**\n  - How do we distill a process for this?\n  - **Action Items** (Eric & Kris)\n    - Build a roadmap and a process for input\n", expected: [["Eric & Kris", "Build a roadmap and a process for input"]] },
    { input: "## Notes\n\nTODO [Ann]:\n\n- write the docs\n\nAction items (Bob):\n\n- send the mail\n", expected: [["Ann", "write the docs"], ["Bob", "send the mail"]] },
    // A name, a dash and a bare task, as "Name: task" is; a thing before the dash is a topic.
    { input: "## Agenda\n\n- Upload issues\n  - Jonathan - create a tool for editing feedstocks. Sync up with John\n  - John K - Update staged recipes with the new token.\n  - Eric — send out the announcement\n  - Windows - update the installer\n", expected: [["Jonathan", "Jonathan - create a tool for editing feedstocks."], ["John K", "John K - Update staged recipes with the new token."], ["Eric", "Eric — send out the announcement"]] },
    // "I" after a word is the speaker, not a surname's initial: "Monday I" is no one.
    { input: "- Amit: Monday I will look at the logs.\n- Matt K will review it.\n", expected: [["Amit", "Amit: Monday I will look at the logs."], ["Matt K", "Matt K will review it."]] },
    // A speaker promising with someone names both; a day is no one.
    { input: "- Amit: Hudson and I will look at grant soundness.\n- Amit: Monday and I will look.\n", expected: [["Amit, Hudson", "Amit: Hudson and I will look at grant soundness."], ["Amit", "Amit: Monday and I will look."]] },
    // After the colon the task may open in capitals; the word before it must then be a name.
    { input: "* Action Emil: Update the meeting invite.\n* Action Plan: Update the docs.\n", expected: [["Emil", "Action Emil: Update the meeting invite."]] },
    { input: "ACTION REQUIRED please review the budget.", expected: [] },
    { input: "**Action point:** break the selector spec into its own spec.", expected: [["unassigned", "Action point: break the selector spec into its own spec."]] },
    { input: "Chris H will get the domain.", expected: [["Chris H", "Chris H will get the domain."]] },
    // Minutes that tag tasks with initials: the marker in bold or capitals, the owner in brackets at either end.
    { input: "**Action** fixed dataset links in the codebase [ACB]", expected: [["ACB", "Action fixed dataset links in the codebase [ACB]"]] },
    { input: "**Action** code PR [SM / RP]", expected: [["SM / RP", "Action code PR [SM / RP]"]] },
    { input: "ACTION: ACB, check code and start running attacks", expected: [["ACB", "ACTION: ACB, check code and start running attacks"]] },
    { input: "- action TB, respond to the foundation\n- Action Jan, Feb and March: none\n", expected: [["TB", "action TB, respond to the foundation"]] },
    { input: "[Action: JY to restructure the project readme]", expected: [["JY", "[Action: JY to restructure the project readme]"]] },
    { input: "ACTION for next sprint: clean up the output folder issues.", expected: [["unassigned", "ACTION for next sprint: clean up the output folder issues."]] },
    { input: "Suggestion that RP could examine training a model to predict risk ACTION [RP]", expected: [["RP", "Suggestion that RP could examine training a model to predict risk ACTION [RP]"]] },
    // A marker with only its owner labels the list below it; a task reported done at its end is done.
    { input: "- **ACTION** [name=Ray Raspberry]\n  - Bring up Forum creation to #cross-department\n", expected: [] },
    { input: "- Action Let them know that we will be suggesting some additions [JS] DONE\n- Fix the links [WIP]\n", expected: [] },
  ]);
});

describe("items and headings of an action list carry their owner", () => {
  table([
    // A heading that says when the actions were given is an action list's.
    {
      input: "## Actions Assigned today\n\n- Sage to update the project board\n- Barney to review SEP19\n",
      expected: [
        ["Sage", "Sage to update the project board"],
        ["Barney", "Barney to review SEP19"],
      ],
    },
    { input: "## Actions agreed\n\n- Publish the schedule\n", expected: [["unassigned", "Publish the schedule"]] },
    // A task struck through is done or dropped.
    {
      input: "## Action items\n\n* ~~Emil: Upload the PPT from the 2021-10-14 community meeting to the community repo.~~\n* Emil: Add summit planning to the agenda.\n* Tobias: ~~Add link~~ Link the thread.\n",
      expected: [
        ["Emil", "Emil: Add summit planning to the agenda."],
        ["Tobias", "Tobias: Add link Link the thread."],
      ],
    },
    { input: "## Actions assigned last week\n\n- Sage to update the project board\n", expected: [] },
    // An owner in doubt is still a task: "(?)", "(maybe Niko?)".
    {
      input: "### Action items\n\n- gather statistics about where we spend our time (?)\n- draw up a proposal for the analysis (maybe Niko?)\n",
      expected: [
        ["unassigned", "gather statistics about where we spend our time (?)"],
        ["unassigned", "draw up a proposal for the analysis (maybe Niko?)"],
      ],
    },
    {
      input: "### Takeaways\n\n* Sort and vet people for core loaders (Sean/Johannes)\n* Review Medium Article (all)\n* Create user stories - Bjorn, Glenn & Riccardo\n* Fix the flaky test - Windows\n",
      // "(all)" and "- Windows" name no owner; under "Takeaways" a task that opens with a verb is one all the same.
      expected: [
        ["Sean/Johannes", "Sort and vet people for core loaders (Sean/Johannes)"],
        ["unassigned", "Review Medium Article (all)"],
        ["Bjorn, Glenn & Riccardo", "Create user stories - Bjorn, Glenn & Riccardo"],
        ["unassigned", "Fix the flaky test - Windows"],
      ],
    },
    { input: "## Action Points :muscle:\n\n* Write blogpost about mirror infrastructure\n", expected: [["unassigned", "Write blogpost about mirror infrastructure"]] },
    {
      input: "## Tasks\n\n- Add the code of conduct to the club guide\n  (@jonleung)\n- Send an announcement in Slack\n\n# Software Task Group Minutes\n\n- Review the roadmap\n",
      expected: [["@jonleung", "Add the code of conduct to the club guide (@jonleung)"], ["unassigned", "Send an announcement in Slack"]],
    },
    { input: "- Tasks\n  - **Research Jekyll.**\n", expected: [] },
    // A review of earlier actions reports on them; a task given there still counts.
    {
      input: "**Action Item Review**\n\n* DM reviewed the action items\n* KT reported no progress on the white paper\n* DM asked for volunteers for a blog post\n  * Alec Fernandez took the action and will sync with Dave\n",
      expected: [["Alec Fernandez", "Alec Fernandez took the action and will sync with Dave"]],
    },
    // So does a follow-up on past meetings' items.
    { input: "## Followup from past meetings\n\n- Ernest: still need logo for footer\n- Donald - no reason to wait\n- Mark will take care of the announcement\n", expected: [["Mark", "Mark will take care of the announcement"]] },
    {
      input: "## Tasking (5 min)\n\n- @philiptaron: communicate the vote on Discourse\n- @K900: extend invite to nix-darwin to org\n",
      expected: [["@philiptaron", "@philiptaron: communicate the vote on Discourse"], ["@K900", "@K900: extend invite to nix-darwin to org"]],
    },
    // Subheadings group an action section's tasks, unless it listed them first: then the minutes go on under them.
    { input: "## Action items\n\n### Release\n\n- Cut the RC - Zach\n", expected: [["Zach", "Cut the RC - Zach"]] },
    { input: "Present: Carlton, Zach\n\n## Action items\n\n- Cut the RC - Zach\n\n### Django on the Med\n\n- Carlton led the roadmapping session\n", expected: [["Zach", "Cut the RC - Zach"]] },
    // A marker opening a line starts a task there, in a paragraph wrapped with no full stops.
    {
      input: "2. Experiments update [ACB]: has created most of the models\n   list of glitches to follow\n   ACTION: ACB, check code and start running attacks\n",
      expected: [["ACB", "ACTION: ACB, check code and start running attacks"]],
    },
    { input: "### Action point follow ups from previous meetings\n\n- Triage update\n", expected: [] },
    // A topic that names next steps is no list of them: the dialogue under it holds no tasks.
    { input: "* Next steps on the Temporal proposal\n  * MPT: You made some decisions there.\n  * PD: There are a couple of translation methods.\n", expected: [] },
    { input: "* Next steps\n  * Zach: review the PR\n", expected: [["Zach", "Zach: review the PR"]] },
    {
      input: "## Next steps\n\n- nisse: docs for the policy format\n- filippo: reach out to the Trillian folks\n",
      expected: [
        ["nisse", "nisse: docs for the policy format"],
        ["filippo", "filippo: reach out to the Trillian folks"],
      ],
    },
    { input: "* [ ] Zach: review the PR\n* [ ] Windows: fix the build\n", expected: [["Zach", "[ ] Zach: review the PR"], ["unassigned", "[ ] Windows: fix the build"]] },
    { input: "## Action items\n\n- linux: docs for the policy format\n", expected: [["unassigned", "linux: docs for the policy format"]] },
    { input: "## Action items\n\n- Linux: fix the audit tests\n- Windows: sign the MSI\n", expected: [["unassigned", "Linux: fix the audit tests"], ["unassigned", "Windows: sign the MSI"]] },
    { input: "## Agenda points & Actions\n\n### Release\n\n- joltz: on to the release\n- phyro: the status is the same\n", expected: [] },
    // GitHub's CI product is a topic, not a list of tasks.
    { input: "## GitHub Actions\n\nRob asked if there are limits, recalling something about 2000 hours.\n\n## Actions\n\nRob to check the limits.\n", expected: [["Rob", "Rob to check the limits."]] },
    // The same with the speakers known from the attendance list: the section is the minutes, its lines a chat.
    {
      input: "**Community attendance:**\n- joltz\n- phyro\n\n## Agenda points & Actions\n\n### Release\n\n- _joltz:_ on to the release\n- _phyro:_ the status is the same\n- _phyro:_ I'll make a forum post.\n",
      expected: [["phyro", "phyro: I'll make a forum post."]],
    },
    {
      input: "## Action Items\n\n### Contact LF about the CLA -- seph\n\n### v4 date -- Lauren to confirm with Mike\n",
      expected: [
        ["seph", "Contact LF about the CLA -- seph"],
        ["Lauren", "v4 date -- Lauren to confirm with Mike"],
      ],
    },
    {
      input: "## Action items\n\n* Make an issue (Zach)\n* @seph: tag the release\n* Review Teddy's rework\n",
      expected: [
        ["Zach", "Make an issue (Zach)"],
        ["@seph", "@seph: tag the release"],
        ["unassigned", "Review Teddy's rework"],
      ],
    },
    { input: "## Next steps\n\n* Needs polish\n* Shallow clones -- Alessandro\n", expected: [["Alessandro", "Shallow clones -- Alessandro"]] },
    { input: "* Add ccache -- https://github.com/osquery/osquery/issues/5967\n* Windows -- Alessandro\n", expected: [] },
    { input: "* **Actions**\n  * Share the draft with the validators\n", expected: [["unassigned", "Share the draft with the validators"]] },
    { input: "* **Actions taken**\n  * Shared the draft with the validators\n", expected: [] },
  ]);
});

describe("minutes written as dialogue or a statement a line name their owners", () => {
  table([
    { input: "Sbc: [takes an action item to rename]", expected: [["Sbc", "Sbc: [takes an action item to rename]"]] },
    { input: "Konrad: Has taken the action to draft it", expected: [["Konrad", "Konrad: Has taken the action to draft it"]] },
    // "Will be" and a verb in -ing is a plan; "will be" and anything else, a state.
    { input: "- Konrad:  Will be pushing code to Satish\n- Konrad: will be fine with it\n- Konrad: will be out next week\n", expected: [["Konrad", "Konrad:  Will be pushing code to Satish"]] },
    { input: "MW: happy to drive this", expected: [["MW", "MW: happy to drive this"]] },
    { input: "Owen: I'm planning to do both of these right away.", expected: [["Owen", "Owen: I'm planning to do both of these right away."]] },
    { input: "Frank: I volunteered to create a PR.", expected: [["Frank", "Frank: I volunteered to create a PR."]] },
    { input: "Frank: I can check it offline.", expected: [["Frank", "Frank: I can check it offline."]] },
    { input: "Frank: I can see why it fails.", expected: [] },
    { input: "martin: I can give an update on our general approach\n\nRob: I'm willing to postpone it until a resolution.\n\n* [carlos] Question: when an iframe is embedded, will extension APIs apply to it (e.g. DNR)?\n", expected: [] },
    // An offer in other words, a time after the speaker's name, and a task later in the line with its subject dropped.
    {
      input: "**Tim:** I'm happy to review them and ping relevant people.\n\n[Julien] I am ready to handle the onboarding load\n\nNix: I of course volunteer to take care of this :)\n\n**Sam** [8:54](https://www.youtube.com/watch?v=Q&t=534s): I'll make a note of that in the PR.\n\nTL: 80% written up, will post today.\n\nTL: Probably no need to wait for it, but will check in with the team.\n\nEric: Very close to having everyone happy with it; then will go to async consensus.\n",
      expected: [
        ["Tim", "Tim: I'm happy to review them and ping relevant people."],
        ["Julien", "[Julien] I am ready to handle the onboarding load"],
        ["Nix", "Nix: I of course volunteer to take care of this :)"],
        ["Sam", "Sam 8:54: I'll make a note of that in the PR."],
        ["TL", "TL: 80% written up, will post today."],
        ["TL", "TL: Probably no need to wait for it, but will check in with the team."],
      ],
    },
    // Asked in the passive, after a phrase of time; not a thing asked to be changed.
    { input: "By then, Heather is asked to update the proposal.\n\nThe proposal is asked to be revised.\n", expected: [["Heather", "By then, Heather is asked to update the proposal."]] },
    // An update with nothing to update is a report the meeting hears.
    { input: "## Research updates\n\n* Piper update\n* Martin update on Hive\n* Chris update the docs\n", expected: [["Chris", "Chris update the docs"]] },
    // "I can" with a task is an offer the minutes record, also in the lower case and after a first sentence; initials that spell a word are a speaker too.
    {
      input: "AR: Ok I can do the spec.\n\nCW: i can talk to our publication person about that.\n\nAT: There are also Web Platform Tests. I can work on those.\n\nAR: I can imagine the C API is easier.\n",
      expected: [["AR", "AR: Ok I can do the spec."], ["CW", "CW: i can talk to our publication person about that."], ["AT", "I can work on those."]],
    },
    { input: "Frank: I need to update the spec to remove the separators.", expected: [["Frank", "Frank: I need to update the spec to remove the separators."]] },
    // A speaker with a surname or a role; "Yes;" or "No;" before the task; "action to" in the speaker's words.
    { input: "David Benjamin: I don't remember the PR. Happy to take another look.", expected: [["David Benjamin", "Happy to take another look."]] },
    { input: "dret (in chat): volunteers to help with the +yaml doc", expected: [["dret", "dret (in chat): volunteers to help with the +yaml doc"]] },
    { input: "Rich: Yes; will discuss offline.", expected: [["Rich", "Rich: Yes; will discuss offline."]] },
    { input: "Luke I: I'll write up the proposal.", expected: [["Luke I", "Luke I: I'll write up the proposal."]] },
    // A speaker's own plan.
    { input: "1. @sjn: Planning on writing an intro page based on his talk\n", expected: [["@sjn", "@sjn: Planning on writing an intro page based on his talk"]] },
    { input: "Maria: plans to draft the release notes.", expected: [["Maria", "Maria: plans to draft the release notes."]] },
    { input: "Maria: plans to be around next week.", expected: [] },
    { input: "Rich: No, will not merge it.", expected: [] },
    { input: "Rich: action to work with Kevin on the milestones", expected: [["Rich", "Rich: action to work with Kevin on the milestones"]] },
    { input: "Open Questions: will the API change?", expected: [] },
    // A person given a bare task in an item of their own; not a reference, nor advice later in a line of dialogue.
    { input: "- #5874 Don't process CSS imports\n    - Intend to ship.\n    - Nathan: land.\n    - Stef: debug open issues on CI.\n", expected: [["Nathan", "Nathan: land."], ["Stef", "Stef: debug open issues on CI."]] },
    { input: "- Paris: ask Michelle to attend the public meeting\n- Bob: ask whether it works?\n", expected: [["Paris", "Paris: ask Michelle to attend the public meeting"]] },
    // A stand-up's "update" is a report: a noun before a comma or a parenthesis.
    { input: "- Erik: update, lab coms, some oauthenticator stuff\n- Min: update (Georgiana working on Traefik)\n- Kelly: update the docs\n", expected: [["Kelly", "Kelly: update the docs"]] },
    { input: " - PR6562: Add systemd to startup_items\n - PR6593: Add the systemd_units table\n", expected: [] },
    { input: "* Joseph: would love to discuss lens distortion. Nick: Contact Ronald at Facebook.\n", expected: [] },
    // What a speaker will want or need is no task.
    { input: "Kerby: will want a container that has Qt.", expected: [] },
    // Later in an item of an action list, a name and a colon are a turn in a discussion, not an owner.
    { input: "## Follow Ups\n\n* Larry: anything about ARM runners? Andrew: not currently planned, but M1 runners are in beta.\n", expected: [] },
    // A stand-up: each person heads their part, and "will ..." there is theirs.
    {
      input: "TSC Attendees:\n* [x] Greg Denton\n* [x] Lars van der Bijl\n\nNotes:\n* Updates\n  * Greg\n    * Ramping back up now, will reach out to Brian.\n  * Lars\n    * Has some fixes, will work with Brian to merge them.\n    * Working on packaging.\n",
      expected: [
        ["Greg", "Ramping back up now, will reach out to Brian."],
        ["Lars", "Has some fixes, will work with Brian to merge them."],
      ],
    },
    { input: "Need an owner for this work. Diego has volunteered.", expected: [["Diego", "Diego has volunteered."]] },
    { input: "#### Ben\n\n* Error code work is finished!\n* Will start working on a new codemod.\n", expected: [["Ben", "Will start working on a new codemod."]] },
    { input: "* [x] MRB: core team emeritus invites\n    * I will be making the PR today.\n", expected: [["MRB", "I will be making the PR today."]] },
    { input: "* [Brandt] Wanted to chat about the air gap roadmap\n    * Will follow up with opening some issues\n", expected: [["Brandt", "Will follow up with opening some issues"]] },
    // Who speaks first in a paragraph takes the task its later sentence drops the subject of.
    { input: "* Manuel points out that stateful signatures will be coming. Will reach out to Andreas.\n", expected: [["Manuel", "Will reach out to Andreas."]] },
    // The meeting putting its topic off, to later or elsewhere, with the subject dropped, is no one's task; a state or what stays as it is neither; a task after them is.
    {
      input:
        "* Hudson: No reason to commit to anything today\n    * Will discuss post-Constantinople, we'll have more context then\n* Ryan: Good with the proposal. Will take to async for approval.\n* Eric: Let's put out a call. Will carry forward discussion on Zulip.\n* Heather: Invitation was sent. Will re-send in a week or so. Will likely be a bi-weekly call.\n* Hudson: A fundraiser was created. Will keep detail anonymous for now.\n* Mark: Good idea. Will revisit this next month.\n",
      expected: [["Heather", "Will re-send in a week or so."]],
    },
    {
      input: "* Jack: Good idea. Will take a look at the draft.\n* [Brandt] Wanted to chat\n    * Will discuss it with the infra team\n* [Mara] Council survey\n    * Will discuss more at the next meeting\n",
      expected: [["Jack", "Will take a look at the draft."], ["Brandt", "Will discuss it with the infra team"]],
    },
    { input: "- Peter is invited to JLab in March. Will mention HSF in his talk.\n", expected: [["Peter", "Will mention HSF in his talk."]] },
    // Handles a line of who came lists, in lower case, digits and all, are people.
    { input: "Attending: markelog, m_gol, gibson042\n\n## Pull requests\n\n* #1421\n  - gibson042 to land\n* markelog to land a fix for IE8\n* tests to run on IE8\n", expected: [["gibson042", "gibson042 to land"], ["markelog", "markelog to land a fix for IE8"]] },
    // A promise on a condition is none yet.
    { input: "attending: jdm, mrego\n\njdm: There are no criteria. If the change notes include safety fixes, I'll try to include those.\n", expected: [] },
    // A mention Google Docs exports as a link to the person's address names a person.
    { input: "* [Xander Cesari](mailto:xander@example.org) to host the call.\n* Xander Cesari to host the call.\n", expected: [["Xander Cesari", "Xander Cesari to host the call."], ["Xander Cesari", "Xander Cesari to host the call."]] },
    { input: "* Xander Cesari to host the call.\n", expected: [] },
    // A list whose lead-in is a person the note knows.
    { input: "Mark: hello.\n\nErnest: hi.\n\nErnest:\n\n- Kubernetes is live on AWS!\n- Will add monitoring next week.\n\nDocs:\n\n- Will add a page.\n", expected: [["Ernest", "Will add monitoring next week."]] },
    // Minutes that open a paragraph with who speaks, and a colon or a dash.
    { input: "Michel - we have full conference support. Will create an Indico page.\n\nDario: had a thread on the list. Will send a summary.\n", expected: [["Michel", "Will create an Indico page."], ["Dario", "Will send a summary."]] },
    // Who raised a topic takes its follow-up: the item under "Georgi suggested ..." is Georgi's.
    {
      input: "- Georgi suggested doing a test release to verify the workflows\n  - Going to work with Roger on that\n- Discussed the release process\n  - Will check with Roger on this\n",
      expected: [["Georgi", "Going to work with Roger on that"]],
    },
    // The sentence's subject goes on to the task after "and".
    { input: "Sean made a #docs channel in Slack, and will add all TSC members as admins.", expected: [["Sean", "Sean made a #docs channel in Slack, and will add all TSC members as admins."]] },
    { input: "Alex has a new project, and will no longer be spending much time with osquery.", expected: [] },
    { input: "Windows made the build fail, and will need a fix.", expected: [] },
    { input: "Zach knows some branding people so will talk to them.", expected: [["Zach", "Zach knows some branding people so will talk to them."]] },
    { input: "@whitequark has further ideas, will expand in another meeting", expected: [["@whitequark", "@whitequark has further ideas, will expand in another meeting"]] },
    { input: "The build is slow, will look at it. If it passes, will merge tomorrow.", expected: [] },
    // A body given a task.
    { input: "TSC to ask for Mac help on Slack. The board to be informed.", expected: [["TSC", "TSC to ask for Mac help on Slack."]] },
    { input: "Everyone to review the minutes. Everybody to be notified.", expected: [["Everyone", "Everyone to review the minutes."]] },
    { input: "- Each WG to document their purpose through a Charter.\n", expected: [["Each WG", "Each WG to document their purpose through a Charter."]] },
    { input: "- Cello and Explorer teams to connect, bring a path forward back to the TSC\n", expected: [["Cello and Explorer teams", "Cello and Explorer teams to connect, bring a path forward back to the TSC"]] },
    { input: "Need the team to look at it.", expected: [] },
    { input: "- WG members to review and comment on the new PR\n", expected: [["WG members", "WG members to review and comment on the new PR"]] },
    { input: "- TSC members to vote on the charter by Friday\n", expected: [["TSC members", "TSC members to vote on the charter by Friday"]] },
    // Members welcomed to a place are given nothing.
    { input: "Welcome to the new members. Core members to the front of the queue.", expected: [] },
    // A dash between a person and "to": elsewhere a dash splits the sentence.
    { input: "- @timlegge - to look for a time for a meeting next week\n", expected: [["@timlegge", "@timlegge - to look for a time for a meeting next week"]] },
    { input: "- Lauren -- to send the invite\n", expected: [["Lauren", "Lauren -- to send the invite"]] },
    { input: "- Windows - to be decided\n", expected: [] },
    { input: "- Packaging - to the mailing list\n", expected: [] },
    // The meeting's next step, and whose it is; how a discussion ended, and who is to act on it.
    { input: "Next step after agreement is Tim to reach out to other teams.", expected: [["Tim", "Next step after agreement is Tim to reach out to other teams."]] },
    { input: "The next step is to offer meetings as a perk.", expected: [] },
    {
      input: "- Discussion ensued leading to the outcome that Arnaud will work with Mike Dolan on it.\n",
      expected: [["Arnaud", "Discussion ensued leading to the outcome that Arnaud will work with Mike Dolan on it."]],
    },
    // A group is no person: "Members agreed to ..." is the meeting's decision.
    { input: "Members agreed to shift the meetings to monthly.", expected: [] },
    { input: "quentinlesceller: yes absolutely can review that", expected: [["quentinlesceller", "quentinlesceller: yes absolutely can review that"]] },
    // The speaker's line goes on: a later sentence opening with "I'll" is theirs; a condition's is not taken.
    { input: "ajeffrey: Sure. I'll fix up the website too.", expected: [["ajeffrey", "I'll fix up the website too."]] },
    { input: "jdm: It depends. If the notes include fixes, I'll try to include those. Can make progress on CI though.", expected: [] },
    // HackMD's author tag names the speaker.
    { input: "[name=Ray Raspberry] I'll call a council meeting.", expected: [["Ray Raspberry", "[name=Ray Raspberry] I'll call a council meeting."]] },
    { input: "Wrap up the spec.\n\n[@zcbenz to update spec]\n", expected: [["@zcbenz", "[@zcbenz to update spec]"]] },
    {
      input: "* [rob] We discussed this before.\n* [oliver] I will follow up with engineering on this.\n* [x] Ship 4.3.0\n",
      expected: [["oliver", "[oliver] I will follow up with engineering on this."]],
    },
    // Minutes that open a speaker's paragraph with their first name in parentheses; a word that is no name is a tag.
    {
      input: "(Florian) will take a look\n\n(Estelle) all attributes should be merged by Monday. Will add a warning note once drafts are merged.\n\n(Optional) add tests for it.\n",
      expected: [
        ["Florian", "(Florian) will take a look"],
        ["Estelle", "Will add a warning note once drafts are merged."],
      ],
    },
    { input: "Action for Myles to review the document.", expected: [["Myles", "Action for Myles to review the document."]] },
    // "AI" and its owners, with the colon: without it the words are about artificial intelligence.
    { input: "AI Matt G and Kevin: will take a look at how to align this.\n\nAI Safety will publish a report.\n\nAI Ethics: Kevin presented.\n", expected: [["Matt G and Kevin", "AI Matt G and Kevin: will take a look at how to align this."]] },
    { input: "Action for all to review the document.", expected: [["unassigned", "Action for all to review the document."]] },
    { input: "Action Item for Michael: Land the PR and get it on the agenda.", expected: [["Michael", "Action Item for Michael: Land the PR and get it on the agenda."]] },
    // The chair assigns by addressing someone: a verb after the comma, not a remark the minutes credit to them.
    {
      input: "Present: Joyee, Jeremiah, Matteo\n\n## Build\n\n* Joyee, discuss in next build WG and come up with specific requests.\n* All, comment and then we'll decide.\n* Jeremiah, different perf concerns from async_hooks.\n* Matteo, today don't have to turn on promise hooks.\n* Joyee, thanks for the update.\n",
      expected: [
        ["Joyee", "Joyee, discuss in next build WG and come up with specific requests."],
        ["All", "All, comment and then we'll decide."],
      ],
    },
    // Who someone is, or what they have been doing, is no task: a short phrase after the comma that opens with no command, or "been".
    {
      input: "Present: Joyee, Eugene Yokota, Michael\n\nBoard members:\n\n* Eugene Yokota, community representative\n* Joyee, senior engineering manager.\n\nMichael, been working towards that MVP.\n\nJoyee, update docs.\n",
      expected: [["Joyee", "Joyee, update docs."]],
    },
    // Asked "can you ...?" to do something, the one addressed owns it, in a speaker's line too; asked to say or know something in the meeting, not.
    {
      input: "Present: MS, Andreas\n\nMS, can you look into updating the unversioned link?\n\nTL: Summarizing issue. Andreas, can you explain your objection?\n\njdm: Alan, can you write the main thrust of the blog post?\n\nBob, can you hear me?\n\nDocker, can you build it?\n",
      expected: [
        ["MS", "MS, can you look into updating the unversioned link?"],
        ["Alan", "jdm: Alan, can you write the main thrust of the blog post?"],
      ],
    },
    { input: "* ACTION:\n  * Joe - squash & merge;\n  * Michael - open PR to move to stage 3\n", expected: [["Joe", "Joe - squash & merge;"], ["Michael", "Michael - open PR to move to stage 3"]] },
    { input: "Action items:\n\n* Completed - the survey\n", expected: [] },
    { input: "Joe: Needs to bring the policy docs over from Node Admin", expected: [["Joe", "Joe: Needs to bring the policy docs over from Node Admin"]] },
    // A speaker who asks, with the subject after "Can" or "Will", takes no task, "?" or not; one who says "can" or "will" and a verb does.
    {
      input: "* [Simeon] Can you provide some examples\n* [Rob] Can we get Florian over any other channel and conclude the same.\n* [craig] Will this context support modal dialogs (alert, confirm, prompt, etc.)\n* [Rob] Will ping Florian.\n* [Nova] can look into it\n\nMichael: Can we get board approval by the next Meeting (April 26 I think)?\n",
      expected: [["Rob", "[Rob] Will ping Florian."], ["Nova", "[Nova] can look into it"]],
    },
    {
      // Two speakers make a dialogue: its speakers are people, so "Myles can ..." is a task.
      input: "Myles: Good question.\n\nSarah: Agreed.\n\nMyles can take on the action item of talking to Node.\n",
      expected: [["Myles", "Myles can take on the action item of talking to Node."]],
    },
    { input: "Note: this is long.\n\nMyles can take it.\n", expected: [] },
    {
      input: "- _dburkett:_ It looked fairly straightforward, so I should be able to fit that in today; I will also try to get to the wallet PR.\n",
      expected: [["dburkett", "dburkett: It looked fairly straightforward, so I should be able to fit that in today; I will also try to get to the wallet PR."]],
    },
    { input: "- _joltz:_ Thanks, I'll throw a few minutes at it as well.\n", expected: [["joltz", "joltz: Thanks, I'll throw a few minutes at it as well."]] },
    { input: "Note: I'll be out next week.\n", expected: [] },
    { input: "Benny: Will find a huge raster for testing!", expected: [["Benny", "Benny: Will find a huge raster for testing!"]] },
    // What the speaker did, then will do, the subject dropped; not what others will.
    { input: "- Vinyl: might have a lead and will look into it\n- (Estelle) Created a color picker. Created hue and will be creating the other pages.\n- Kim: once it is in, people will nitpick it and will affect the talk.\n", expected: [["Vinyl", "Vinyl: might have a lead and will look into it"], ["Estelle", "Created hue and will be creating the other pages."]] },
    // "Will" before a verb in the past is someone called Will, reported on: no task of the speaker's.
    { input: "- (Florian) Will merged the last reference page.\n- (Florian) will write the guide pages.\n", expected: [["Florian", "(Florian) will write the guide pages."]] },
    { input: "We're not confident to merge this without a test. Assigned: @blesh", expected: [["@blesh", "We're not confident to merge this without a test."]] },
    { input: "**Assignee to find a contact in trilinos' spack: Luc**\n\n**Assignee for an example spack: Cedric**\n", expected: [["Luc", "Assignee to find a contact in trilinos' spack: Luc"], ["Cedric", "Assignee for an example spack: Cedric"]] },
    { input: "- Can we charge the hosting to the SPI card in future? (Peter to ask)\n", expected: [["Peter", "Can we charge the hosting to the SPI card in future?"]] },
    { input: "- Restore the CI: assigned to FrancescoC\n", expected: [["FrancescoC", "Restore the CI: assigned to FrancescoC"]] },
    { input: "* Host the docs (Zughy)\n    * Assigned to rubenwardy to move it to GitHub\n\nAssigned to groups of three to discuss.\n", expected: [["rubenwardy", "Assigned to rubenwardy to move it to GitHub"]] },
    { input: "It was decided that Brett would start a discussion on Discourse. We agreed that it would be fine.", expected: [["Brett", "It was decided that Brett would start a discussion on Discourse."]] },
    { input: "They agreed Bernhard should open an issue. We agreed Windows should be supported.", expected: [["Bernhard", "They agreed Bernhard should open an issue."]] },
    { input: "@rpignolet is expected to add some comments. The release is expected to slip.", expected: [["@rpignolet", "@rpignolet is expected to add some comments."]] },
    { input: "- Notes: TODO(lwander): ping reviewers on old PRs\n- Windows: TODO list is long\n", expected: [["lwander", "Notes: TODO(lwander): ping reviewers on old PRs"]] },
    { input: "* Update the docs, assigned to: Carol\n", expected: [["Carol", "Update the docs, assigned to: Carol"]] },
    { input: "seph will fix it. Assigned: @seph", expected: [["seph", "seph will fix it."]] },
    // Alone under an agenda item's heading, the label says who leads the item; the tasks are in what follows.
    { input: "### 1. Teach the tool to cache applets\n\nAssignee: @attie\n\n- @whitequark to guide as necessary\n", expected: [["@whitequark", "@whitequark to guide as necessary"]] },
    { input: "Status: assigned: nobody yet.", expected: [] },
  ]);
});

describe("boxes and lists that hold no tasks", () => {
  table([
    { input: "## Attendance\n\n* TSC Attendees:\n  * [ ] Allan Johns - NVIDIA\n  * [x] Stephen Mackenzie - NVIDIA\n", expected: [] },
    // The heading may say whose attendance it lists; a heading that only mentions attendance heads the business.
    { input: "## Voting member attendance\n\n* [x] Kimball Thurston - Chairperson, Weta Digital\n* [ ] Bill Roberts, Adobe\n", expected: [] },
    { input: "## Roll call\n\n* [ ] Sean Looper, Amazon Web Services\n", expected: [] },
    { input: "### Voting member rollcall:\n\n*   [X] Sean Grady, ZLC\n*   [ ] Fernando Rijo Cedeno, Zowe Explorer Squad\n", expected: [] },
    { input: "## Improving meeting attendance\n\n* [ ] Ann to post the calendar invite\n", expected: [["Ann", "[ ] Ann to post the calendar invite"]] },
    { input: "### Attendees\n\n* Joseph Rickert\n* Jeroen Ooms\n\nJoseph will contact Martin to set up a meeting.\n", expected: [["Joseph", "Joseph will contact Martin to set up a meeting."]] },
    { input: "## Agenda\n\n* [ ] Windows Shell PR\n* [ ] Hopefully a release soon\n", expected: [] },
    { input: "## Notes\n\n* [ ] Update the changelog\n", expected: [["unassigned", "[ ] Update the changelog"]] },
    // Boxes with the discussion nested under them tick off an agenda's topics, all over the note; what an item says may still be a task.
    {
      input: "# Shepherded items\n\n* [ ] RFC 2753 unwind/ffi interaction\n    - created a zulip stream\n\n# Triage\n\n* [ ] Review last week's action items\n* [ ] Ann to tag the release\n\n## Action items\n\n- [ ] Send the survey\n",
      expected: [["Ann", "[ ] Ann to tag the release"], ["unassigned", "[ ] Send the survey"]],
    },
    // A name in title case is no task: a list of places to post, people to ask.
    { input: "## Where to post\n\n* [ ] CodePen\n* [ ] Mozilla Evangelists Group\n* [ ] Windows Shell PR\n* [ ] ()\n", expected: [] },
    { input: "## Action items\n\n* Archive the old channels\n  * Slack\n  * google-group\n", expected: [["unassigned", "Archive the old channels"]] },
    // Under a topic, not a task, the items are tasks of their own.
    // The owner in parentheses in an item's label; tasks taken off the list are not.
    // "Assigned" opening a task names its owner, or none yet.
    {
      input: "### JIRA focus\n\n1. Assigned to Trevor to repro: [Build failed on AArch64](https://issues.apache.org/jira/browse/MAHOUT-2139)\n1. Assigned: [Web site check](https://issues.apache.org/jira/browse/MAHOUT-2152)\n",
      expected: [
        ["Trevor", "Assigned to Trevor to repro: Build failed on AArch64"],
        ["unassigned", "Assigned: Web site check"],
      ],
    },
    // A task tagged "(todo)"; one marked "DONE" in capitals is done; a marker carried forward is still one.
    {
      input: "- Rebuild JIRA - let's start grooming tasks (todo)\n- **Action (Jonah)**: Create calendar entries **DONE** - see <https://example.org/msg>\n- Carried forward **Action (Jonah)**: Update the participation rules.\n",
      expected: [
        ["unassigned", "Rebuild JIRA - let's start grooming tasks (todo)"],
        ["Jonah", "Carried forward Action (Jonah): Update the participation rules."],
      ],
    },
    // Under a "Next steps" heading an item that opens with a verb is a task; a finding is not, nor what a "Next steps:" lead-in weighs.
    {
      input: "### Summary and next steps\n\n* Push 14.2 out\n* Needs polish\n* Compilation time is slow\n\n## Dependencies\n\nNext Steps:\n\n- update thrift (seems scary)\n",
      expected: [["unassigned", "Push 14.2 out"]],
    },
    // Outside an action list, a task closing with its owner's tag: a name, a handle's first part ("parispittman"), "owner: ...".
    {
      input: "* Attendees:\n    * parispittman\n    * nikhita\n* Topics:\n    * Follow up with CNCF [owner: Derek Carr]\n    * Give out zoom credentials to 3 others [Paris]\n    * Establish a public channel. [Nikhita]\n    * [Michelle] CoCC election check in\n    * Discussed the budget. [Nikhita]\n    * action items from the team meeting [nikhita]\n",
      expected: [
        ["Derek Carr", "Follow up with CNCF [owner: Derek Carr]"],
        ["Paris", "Give out zoom credentials to 3 others [Paris]"],
        ["Nikhita", "Establish a public channel."],
      ],
    },
    // A marker, its owner and a dash: "Action Item @llvm-beanz - Move to merge."; a marker that says there is nothing to do is no task.
    { input: "* PR 317\n  * Action Item @llvm-beanz - Move to merge.\n", expected: [["@llvm-beanz", "Action Item @llvm-beanz - Move to merge."]] },
    { input: "Action items: None\n\nTODO: n/a\n\nActions - none this week\n", expected: [] },
    // An action marked by its letter in brackets, in capitals; "(a)" numbers a list.
    {
      input: "- Naming\n    - (A) Andrea to ask CDF if they can buy the domain\n    - (A) Andrea: set up a doc for the roadmap\n    - [AI] Erik will comment on the issue\n- (a) the first option is cheaper\n",
      expected: [
        ["Andrea", "(A) Andrea to ask CDF if they can buy the domain"],
        ["Andrea", "(A) Andrea: set up a doc for the roadmap"],
        ["Erik", "[AI] Erik will comment on the issue"],
      ],
    },
    // An earlier meeting's tasks, gone through for their status, are not this meeting's; what came of them may be.
    {
      input: "3. Review of actions\n    1. FK: update the governance proposal\n        * not done, Tim will do it this week\n    2. action ML: contact the applicants\n4. Go through the open action items\n    * Jana to write the summary\n5. Budget\n    * Jana to write the budget\n",
      expected: [
        ["Tim", "not done, Tim will do it this week"],
        ["Jana", "Jana to write the budget"],
      ],
    },
    {
      input: "- Action Items From Last SIG meeting\n    - Andrea to ask CDF if they can buy the domain\n        - Done, waiting for response\n    - Tracy to reach out to the meetup organizers\n        - Oleg to reach out to Garima\n",
      expected: [["Oleg", "Oleg to reach out to Garima"]],
    },
    // Under a heading that reviews earlier tasks, the list's items restate them and "Assigned:" says whose they were;
    // the discussion nested under an item, and a section that is not a review, may hold new ones.
    {
      input:
        "## Review of actions\n\n- **Florian Zaruba** to reach out to members.\n  - Held up. Shteryana and Hugh to discuss to resolve this.\n\n## Previous Action Items\n\n* Set up the meeting\n\t* Assigned: Greg\n\t* Greg will speak to Warren tomorrow\n\n## 12. Review Actions from Meeting #7\n\n### Complete\n\n- ACTION 6.3: Subcommittee to review feedback.\n\n## Summary of actions\n\n- **Florian Zaruba** to reach out to members.\n",
      expected: [
        ["Shteryana and Hugh", "Shteryana and Hugh to discuss to resolve this."],
        ["Greg", "Greg will speak to Warren tomorrow"],
        ["Florian Zaruba", "Florian Zaruba to reach out to members."],
      ],
    },
    {
      input: "## Open action items\n\n- 2020/06/09 (sid): Draft guidance for vendors.\n- Docs (optional): write the guide\n\nClosing the following items as this work is in progress:\n\n- 2020/09/22: Kyle/Mikael to add an issue\n",
      expected: [
        ["sid", "2020/06/09 (sid): Draft guidance for vendors."],
        ["unassigned", "Docs (optional): write the guide"],
      ],
    },
    {
      input: "## Action items\n\n- Sovereign Tech Fund\n    - Emma: Get a project ready\n    - Check with fellows if billing is ok\n",
      expected: [
        ["Emma", "Emma: Get a project ready"],
        ["unassigned", "Check with fellows if billing is ok"],
      ],
    },
    { input: "## Action items\n\n* Follow-ups:\n  * Update the repo\n", expected: [["unassigned", "Update the repo"]] },
    {
      input: "## Decisions / Action Items\n\n* Decisions:\n  * Engage with LFX to shut the group down\n* Action Items:\n  * Update the repo\n  * Check what is still connected:\n    * Slack\n",
      expected: [["unassigned", "Update the repo"]],
    },
    {
      input: "Action Items:\nMDawson & Myles will talk to Node\nWe need a proposal - MDawson will take the first draft.\n",
      expected: [["MDawson & Myles", "MDawson & Myles will talk to Node"], ["MDawson", "We need a proposal - MDawson will take the first draft."]],
    },
  ]);
});

describe("authors stay in control", () => {
  test("drops an action marked `<!-- not an action -->`", () => {
    expect(actionsOf("@zwass will update the docs. <!-- not an action --> seph will tag it.")).toEqual([["seph", "seph will tag it."]]);
  });

  test("names each owner as written for the people pages, and none for an unassigned task", () => {
    const meeting = parse("Zach and @Mike will try to follow up.\n\nTODO: Write the blog post.\n");
    expect(meeting.actions.map((a) => a.names)).toEqual([["Zach", "@Mike"], []]);
  });
});
