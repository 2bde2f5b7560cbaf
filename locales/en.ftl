# leadgap's messages in English. Every other file in this folder has the same keys; a test
# fails when one lacks a key. Keep a placeable's name the same in every language.
# Register: plain, direct, second person.

## Counts

files-count = { $count ->
    [one] { $count } file
   *[other] { $count } files
}

## Errors

error-no-input = { $path }: no such file or directory
error-store = cannot write the store at `{ $path }`: { $reason }
error-interrupted = interrupted
io-not-found = no such file or directory
io-permission-denied = permission denied
io-already-exists = it already exists
io-is-a-directory = it is a directory
io-not-a-directory = not a directory
io-storage-full = no space left on the device
io-read-only = the file system is read-only
io-invalid-data = the contents are not valid

## Report, Markdown, charts and the rater form (report-, md-, chart-, form-)
# These messages go into HTML and Markdown as they are: keep them free of <, >, & and |.
# Values that are markup (<em>…</em>, <kbd>s</kbd>) come in as placeables.
# $role is a rater's id: self, manager, peer, report or coach.

report-title = Leadership readiness report
report-page-title = Leadership readiness report: { $name }
report-unnamed = Unnamed
report-self-title = { $name }, self-assessment of { $date }
report-rated-title = { $role ->
    [manager] { $name }, rated by a manager on { $date }
    [peer] { $name }, rated by a peer on { $date }
    [report] { $name }, rated by a report on { $date }
   *[coach] { $name }, rated by a coach on { $date }
}
# A label before its value: "Readiness: 75/100".
report-label = { $label }:
report-summary = Summary
report-readiness = Readiness
report-readiness-means = how far the traits reach their targets
report-barrier-load = Barrier load
report-barrier-load-means = how strongly the barriers hold back
report-largest-gaps = Largest gaps
report-active-barriers = Active barriers
report-none = none
report-traits = Traits
report-barriers = Barriers
report-trait = Trait
report-barrier = Barrier
report-level = Level
report-severity = Severity
report-target = Target
report-threshold = Threshold
report-chart-target = Chart (┃ = target)
report-chart-threshold = Chart (┃ = threshold)
report-note-gap = gap
report-note-active = active
report-too-few-answers = too few answers
report-plan = Plan
report-no-action = No gap or active barrier calls for an action.
report-within-days = Within { $days } days
report-done-when = Done when:
report-since = Since { $date }
report-how = How these figures are made
report-method = Each statement is answered on the rubric's scale; reverse-keyed statements are turned around first. A dimension's level is the mean of its answers placed on 0–100% of the scale, and it is scored only when at least half of its statements are answered. A trait's gap is how far its mean falls short of the target; a barrier is active when its level reaches the threshold. Each action is written mainly for one dimension: it scores that dimension's weighted gap (or active barrier) in full and half of each other one it helps, and the plan takes the best action for each of the most pressing dimensions first. The weights, targets and thresholds are the rubric author's judgement, and three to five statements per dimension make each level a rough measure: these results are for the person's own development, not for selecting or ranking people.
# $list: the rubrics' ids, versions and hashes.
report-rubrics = Rubrics: { $list }.
report-dimension = Dimension
report-then = Then
report-now = Now
report-change = Change
report-barriers-off = Barriers no longer active: { $names }
report-barriers-on = Barriers now active: { $names }
report-no-switch = No barrier switched on or off.
report-left-plan = Left the plan: { $actions }
report-new-in-plan = New in the plan: { $actions }
report-done = Done: { $action }
report-360 = 360 view
report-360-of = 360 view: { $name }
# $raters: who rated the person, a sentence of its own ("self, 1 manager and 4 peers").
report-rated-by = Rated by { $raters }.
report-self = Self
report-others = Others
report-as-barrier = { $name } (barrier)
md-gap = Gap
md-status = Status
md-met = met
md-below = below
md-no-action-yet = No action is called for yet.
md-days = { $days } days
# $score: a figure such as 1.25.
md-score = score { $score }
md-plan-of = Plan: { $who }
md-assessment = assessment { $id }
md-what-moved = What moved: { $before } → { $after }
md-in-days = { $action } ({ $days } days)
chart-traits-title = Trait levels against targets
chart-barriers-title = Barrier severities
chart-short-of-target = short of target
chart-target-met = target met
chart-target = target
chart-threshold = threshold
chart-below-threshold = below threshold
form-title-self = Your leadership self-assessment ({ $name })
form-title-others = Feedback on { $name }
form-answered = Answered { $answered } of { $total }
form-intro-self = { $count } statements about how you work, about { $minutes } minutes. Answer for the past few months, as it was, not as you mean it to be.
# $cant_say: the answer "Can’t say", in italics.
form-intro-others = { $count } statements about how { $name } works, as you have seen it as { $role ->
    [manager] their manager
    [peer] a peer
    [report] someone who reports to them
    [coach] their coach
   *[self] yourself
}, about { $minutes } minutes. Answer from what you have seen; choose { $cant_say } where you have not seen enough.
# $anonymity: who sees the answers (form-anonymity-group or form-anonymity-known).
form-no-name = This page does not ask your name. { $anonymity }
form-anonymity-group = Answers and comments from your role are shown only as a group of three or more people; with fewer they are pooled with others’ or left out, so no answer can be traced to you. Comments are shown as written: leave out what would give you away.
form-anonymity-known = As one known person, your answers and comments are shown as your role’s view.
# $key: the key s; $cant_say: the answer "Can’t say".
form-keys = With the keyboard: Tab moves between statements, the arrow keys between answers, a digit answers the statement you are on and moves to the next, { $key } is { $cant_say }.
form-keep = Nothing you enter leaves this page unless you send the file. So that you can stop and come back, your answers are kept in this browser, on this device, until you save the file; saving clears them.
form-cant-say = Can’t say
form-note = A note on “{ $dimension }” (optional)
form-own-words = In your own words
form-own-words-hint = Each is optional. Be specific: what you saw, and what difference it would make.
form-start-self = Start: what should you start doing?
form-stop-self = Stop: what should you stop doing?
form-continue-self = Continue: what should you keep doing?
form-start = Start: what should { $name } start doing?
form-stop = Stop: what should { $name } stop doing?
form-continue = Continue: what should { $name } keep doing?
form-save = Save answer file
form-saved = Saved
form-send-back =
    Send that file back to whoever asked you. If no file appeared (some mail programs and
    phones block downloads), copy the text below into a mail or a text file instead.
form-copy-label = The answer file, to copy
form-saved-as = Your answers were saved as { $file }.
# $count chooses the form; $left is where the page puts that number.
form-saved-as-left = { $count ->
    [one] Your answers were saved as { $file } ({ $left } statement without an answer, saved as “Can’t say”).
   *[other] Your answers were saved as { $file } ({ $left } statements without an answer, saved as “Can’t say”).
}
form-mail-title = Feedback on { $name }: what to do
form-mail-ask = { $name } is working on how they lead and would value your view. It takes one page in your browser: no account, no program to install.
form-mail-open = Open the page for your role (attached) in any current browser, on a computer or a phone. It works offline and sends nothing anywhere.
form-mail-answer = Answer each statement from what you have seen; choose "Can't say" where you have not seen enough. The comments are optional, and welcome.
form-mail-save = Press "Save answer file" and send the file it saves back to me. If no file appears, copy the text the page shows into your reply.
form-mail-which = Which page, and how long it takes:
form-mail-who = { $role ->
    [self] { $name }, about themselves
    [manager] { $name }'s manager
    [peer] a peer of { $name }
    [report] someone who reports to { $name }
   *[coach] { $name }'s coach
}
form-mail-page = { $file }: { $who }; { $count } statements, about { $minutes } minutes
form-mail-who-sees = Who sees what: the page never asks your name. Answers from peers and from direct reports are shown only as a group of three or more; with fewer, they are pooled with others' answers, or left out when too few people stand behind them. A manager's and a coach's answers are shown by role, as each is one known person. Comments are shown the same way, as written.
form-mail-by = Please send your file back by: ____________
form-error-subject = --subject must name the person in plain text, such as --subject "Jane Doe"
form-wrote-kit = wrote { $count } pages and { $mail } in { $dir }: send each rater the page for their role, with the text of { $mail } in the mail
form-wrote = wrote { $path } ({ $count } statements for a { $role })
## Reading files: answers, tables of answers, rubrics

input-is-directory = is a directory
input-not-regular = is not a regular file (a pipe or a device?)
input-regular-only = { $what }; leadgap reads regular files only
input-too-large = file is larger than { $kib } KiB; leadgap refuses files this large
input-not-utf8 = file is not valid UTF-8 (bad byte at offset { $offset }); save it as UTF-8
input-row-too-long = a row is longer than { $kib } KiB; leadgap refuses rows this long
files-is-symlink = is a symbolic link
files-not-regular = is not a regular file
files-regular-only = { $what }; leadgap writes only over a regular file or a new name
files-no-such-directory = there is no such directory
files-cannot-write-in = cannot write in { $dir }: { $why }
answers-empty-file = file is empty; an answer file needs an [answers] table (`leadgap template` writes one)
answers-date-is-time = `date` { $value } is a time of day; give the day answered, such as 2026-11-22
answers-rubrics-empty = `rubrics` is empty; name at least one rubric id or leave the key out
answers-rubric-twice = rubric `{ $id }` is listed twice in `rubrics`; list each id once
answers-rubric-not-loaded = rubric `{ $id }` is not loaded (see `leadgap rubric list`; add it with --rubrics DIR)
answers-missing-table = missing [answers] table; put each answer under it as `question-id = 1..5` (see `leadgap template`)
answers-question-other-rubric = ; it belongs to rubric `{ $rubric }`, which this file's `rubrics` does not list
answers-did-you-mean = ; did you mean `{ $near }`?
answers-question-unknown = question `{ $id }` is not in the rubrics this file is for{ $hint }
answers-outside-scale = question `{ $id }`: { $value } is outside the scale { $min }..{ $max }
answers-not-whole = { $value } is not a whole number
answers-not-number = { $value } is not a number
answers-array-not-number = an array is not a number
answers-table-not-number = a table is not a number
answers-kind-not-number = a { $kind } is not a number
answers-bad-value = question `{ $id }`: { $what }; answer a whole number from { $min } to { $max }, or "skip"
answers-comment-not-text = comment `{ $topic }`: a { $kind } is not text; write it in quotes
answers-rater-unknown = rater `{ $rater }` is not one of self, manager, peer, report, coach
answers-comment-topic-unknown = comment `{ $topic }` is neither start, stop, continue nor a dimension id of this file's rubrics
answers-comment-too-long = comment `{ $topic }` has { $count } characters; keep it to at most { $max }
answers-cannot-read = cannot read: { $reason }
answers-cannot-read-header = cannot read the header row: { $reason }
answers-table-empty = file is empty; the first row must name the columns
answers-column-twice = column `{ $column }` appears twice (columns { $first } and { $second }); give each question or field one column
answers-row-length = row has { $len } fields, the header has { $expected }
answers-no-sheet = the workbook has no sheet
answers-not-xlsx = is not an Excel workbook (.xlsx) that can be read: { $reason }
answers-sheet-empty = the first sheet is empty; its first row must name the columns
answers-date-out-of-range = the date { $value } is out of range
answers-cell-error = the cell holds an error ({ $error }), not an answer
answers-column-unknown = column `{ $column }` is neither a question id of the loaded rubrics (nor a question's text, nor anything ending in [question-id]) nor one of { $fields }, start, stop, continue, `comment: DIMENSION-ID`; to leave it out, add { $flag }
answers-column-question = question `{ $id }`
answers-column-comment = comment `{ $topic }`
answers-columns-same = columns { $first } and { $second } are both { $what }; give each question or field one column
answers-bad-date = date `{ $value }` is not a date such as 2026-11-22
finding-blind-spot = blind spot
finding-hidden-strength = hidden strength
rubric-not-loaded = rubric `{ $id }` is not loaded; `leadgap rubric list` shows the loaded ones
rubric-empty-file = file is empty; a rubric needs `id`, `title`, `version`, `kind` and at least one [[dimension]]
rubric-unknown-field-hint = {" "}(fields are checked: mind the spelling)

## Checking a rubric ($what is one of: rubric, dimension, question, action)

check-what = { $what ->
    [rubric] rubric
    [dimension] dimension
    [question] question
   *[action] action
}
check-bad-id = { check-what } id `{ $id }` must match [a-z0-9][a-z0-9-]*: lowercase letters, digits and dashes
check-id-empty = { check-what } id must not be empty
check-id-taken = { check-what } id `{ $id }` is already used in { $first }; ids must be unique among all loaded rubrics
check-field-empty = `{ $field }` must not be empty
check-scale-order = scale min ({ $min }) must be less than max ({ $max })
check-scale-bounds = scale bounds must lie within -{ $limit }..={ $limit }
check-scale-labels = scale { $min }..{ $max } needs exactly { $want } labels, one per point, but has { $count }
check-no-dimension = rubric `{ $id }` has no [[dimension]]; add at least one
check-action-field-empty = action `{ $id }`: `{ $field }` must not be empty
check-horizon = action `{ $id }`: horizon { $horizon } must be 30, 60 or 90 (days)
check-addresses-empty = action `{ $id }`: `addresses` must name at least one dimension id
check-owner-action = action `{ $id }`
check-owner-dimension = dimension `{ $id }`
check-owner-question = question `{ $id }`
check-name-empty = dimension `{ $id }`: `name` must not be empty
check-weight-positive = dimension `{ $id }`: weight { $weight } must be a number greater than 0
check-weight-range = dimension `{ $id }`: weight { $weight } is out of range; weights are relative, keep them between { $min } and { $max }
check-threshold-in-traits = dimension `{ $id }`: `threshold` is for barriers; a traits rubric uses `target`
check-target-range = dimension `{ $id }`: target { $target } must be above the scale's min ({ $min }) and at most its max ({ $max })
check-default-target = dimension `{ $id }`: the default target { $target } is outside the scale { $min }..{ $max }; set `target`
check-target-in-barriers = dimension `{ $id }`: `target` is for traits; a barriers rubric uses `threshold`
check-threshold-range = dimension `{ $id }`: threshold { $threshold } must be greater than 0 and at most 1
check-no-questions = dimension `{ $id }` has no questions; add at least one [[dimension.question]]
check-question-id-empty = dimension `{ $id }`: question id must not be empty
check-text-empty = question `{ $id }`: `text` must not be empty
check-text-others-empty = question `{ $id }`: `text_others` must not be empty; leave it out instead
check-observers-empty = { $owner }: `observers` must name at least one of self, manager, peer, report, coach
check-observer = { $owner }: observer { $reason }
check-listed-twice = { $owner }: `{ $id }` is listed twice in `{ $field }`; list each id once
check-related-unknown = dimension `{ $id }`: related id `{ $related }` is not a dimension of any loaded rubric
check-addresses-unknown = action `{ $id }`: addresses `{ $dimension }`, which is not a dimension of any loaded rubric

## Default scale

scale-strongly-disagree = Strongly disagree
scale-disagree = Disagree
scale-neither = Neither agree nor disagree
scale-agree = Agree
scale-strongly-agree = Strongly agree
## Screens: the questionnaire (ask-), choosing parts (choose-), checkin, template, forget

ask-not-a-terminal = `leadgap assess` asks its questions in a terminal, but stdin or stderr is not one. To answer without a terminal, write a blank answer file with `leadgap template > answers.toml`, fill it in, then run `leadgap score answers.toml`
ask-resume-hint = Your answers so far are saved; run { $command } to resume.
ask-interrupted = Interrupted. { $hint }
ask-rescued = The store could not be written; your answers are in { $path }.
ask-rescue-failed = The store could not be written, and neither could a file elsewhere.
ask-rescued-score = The store could not be written; your answers are in { $path }. Score them later with { $command }.
ask-rescue-nowhere = neither the store nor a file elsewhere could be written
ask-unfinished-unreadable = the unfinished run in { $path } cannot be read ({ $reason }); starting a new one
ask-in-progress = You have an assessment in progress, started on { $date }: { $answered } of { $total } statements answered.
ask-resume = Resume it?
ask-discard = { $count ->
    [one] Start over and discard that answer?
   *[other] Start over and discard those { $count } answers?
}
ask-nothing-changed = Nothing changed: your answers stay saved. Run { $command } when you want to go on.
ask-saved = Saved: { $answered } of { $total } statements answered. Run { $command } to go on where you left off.
ask-saved-skipped = Saved: { $answered } of { $total } statements answered, { $skipped } skipped. Run { $command } to go on where you left off.
ask-intro-title = leadgap: where you stand on the way to Director or VP
ask-intro-private = Your answers are kept in { $path } and never leave this machine.
ask-intro-size = { $count } statements, in { $parts ->
    [one] one part
   *[other] { $parts } parts
}: { $titles }. About { $minutes } minutes.
ask-intro-how = Answer as things are today, not as you would like them to be. Skip what you cannot judge; go back at any time; save and quit to finish later.
ask-subject = Whom do these answers describe?
ask-subject-default = Me
ask-rater = Who is answering?
ask-rater-self = self: I am answering about myself
ask-rater-manager = manager: I manage this person
ask-rater-peer = peer: I work alongside this person
ask-rater-report = report: this person manages me
ask-rater-coach = coach: I coach this person
ask-store-warning = leadgap: warning: { $reason }
ask-carrying-on = Carrying on: your answers stay in memory and are written to a file at the end.
ask-question-vanished = question `{ $id }` vanished from the loaded rubrics
ask-how-far = How far do you agree?
ask-skip = Skip this one
ask-back = Back to the previous question
ask-save-and-quit = Save and quit (resume later)
ask-keys-digits = { $min }–{ $max } answer · ↑↓ and Enter choose · s skip · b back · q save and quit
ask-keys = ↑↓ and Enter choose · s skip · b back · q save and quit
ask-yes = yes
ask-no = no
ask-comments-intro = Last, in your own words (optional: press Enter to skip any).
ask-comment-start-self = Start: what should you start doing?
ask-comment-stop-self = Stop: what should you stop doing?
ask-comment-continue-self = Continue: what should you keep doing?
ask-comment-start-other = Start: what should { $name } start doing?
ask-comment-stop-other = Stop: what should { $name } stop doing?
ask-comment-continue-other = Continue: what should { $name } keep doing?
ask-they = they
ask-label-saved = assessment { $id }
ask-label-not-saved = not saved
ask-answers-written = Answers written to { $path }.
ask-saved-as = Saved as { $id } in { $path }. See the plan again with { $plan }; in three months, run { $assess } again and { $compare } shows what moved.
ask-answers-safe = your answers are safe in { $path }; once the store is writable, keep them with { $command }
ask-answers-still-unfinished = your unfinished answers are still in the store's unfinished run; run { $command } again once the store is writable
choose-screener-offer = Besides the core pair ({ $core }), leadgap has { $parts } further parts. { $count } quick statements can show which of them fit you.
choose-screener-ask = Answer them first?
choose-screener-place = Screener [{ $place }/{ $total }]
choose-skip = Skip
choose-keys = 1–5 answer · ↑↓ and Enter choose · s skip
choose-part = { $title } ({ $count } statements)
choose-fits = fits your answers
choose-which = What will you answer? (space to choose, Enter when done)
choose-at-least-one = Choose at least one part.
checkin-not-a-terminal = `leadgap checkin` asks in a terminal, but stdin or stderr is not one. Without a terminal, change the plan with `leadgap plan start|done|drop|undo ACTION [--note TEXT] [--on YYYY-MM-DD]` and `leadgap plan note ACTION TEXT`; `leadgap plan` lists the actions and their ids
checkin-resume-hint = What you recorded before is kept; { $command } shows it.
checkin-nothing-open = Nothing in the plan is open: every action is done or dropped.
checkin-nothing-open-hint = Add one of your own with `leadgap plan add`, or answer again with `leadgap assess`.
checkin-title = leadgap check-in: { $count ->
    [one] { $count } open action
   *[other] { $count } open actions
} of the plan made { $date }.
checkin-how = For each: done, started, not yet or dropped, then a note if you like.
checkin-done-when = Done when: { $text }
checkin-now = Now: { $status }; due { $due }
checkin-now-overdue = Now: { $status }; due { $due }, overdue
checkin-done = Done
checkin-started = Started
checkin-in-progress = Still in progress
checkin-not-yet = Not yet
checkin-drop = Drop it (not proposed again for 180 days)
checkin-where = Where does it stand?
checkin-note = A note: what was done, the evidence (Enter for none)
checkin-nothing-changed = Nothing changed. Check in again when something has moved.
checkin-recorded = Recorded. `leadgap plan --format ics` puts the due days in your calendar.
template-title = leadgap answer file
template-how =
    Replace each "skip" with your answer, then run: leadgap score FILE
    Leave "skip" where you cannot answer; a dimension needs at least half of its
    questions answered to be scored.
template-scale = Scale: { $legend }
template-your-name = Your name
template-raters = self, manager, peer, report or coach
template-date = optional: the day you answered
template-about =
    Each statement is about { $name }, as you have seen them work; statements a { $rater }
    cannot judge are left out.
template-about-unnamed =
    Each statement is about the person, as you have seen them work; statements a { $rater }
    cannot judge are left out.
template-the-person = The person
forget-what = say what to forget: an assessment ID (see `leadgap history`), --client NAME for a client's data, or --all for everything
forget-nothing = Nothing to forget: there is no such data.
forget-assessment = assessment { $id }
forget-client = everything kept for client `{ $client }` ({ $files })
forget-everything = everything leadgap keeps in { $path } ({ $files }; your own rubrics stay)
forget-will-delete = leadgap forget will delete { $files }:
forget-not-asking = not deleting { $what } without asking; run it in a terminal, or add --yes
forget-confirm = Delete { $what }? This cannot be undone.
forget-nothing-deleted = Nothing deleted.
forget-removed = removed { $path }
forget-done = Forgot { $what }.
## Tables, plan and command messages

# Shared words of the tables, and the helpers the Markdown and HTML reports use too.
table-na = n/a
table-none = none
table-unnamed = Unnamed
# Joins a list: "a, b and c". The comma goes between all but the last two items.
table-list-comma = {", "}
table-list-and = { $rest } and { $last }
# Between the rater and the date in "Jane Doe (self, 2026-11-22)".
table-meta-comma = {", "}
# Heading of a person's results: "Jane Doe (self, 2026-11-22)".
table-who = { $subject } ({ $meta })
table-rater-self = self
table-rater-manager = manager
table-rater-peer = peer
table-rater-report = report
table-rater-coach = coach
table-kind-traits = traits
table-kind-barriers = barriers
table-kind-trait = trait
table-kind-barrier = barrier
table-group-self = Self
table-group-managers = { $count ->
    [one] Manager
   *[other] Managers ({ $count })
}
table-group-coaches = { $count ->
    [one] Coach
   *[other] Coaches ({ $count })
}
table-group-peers = Peers ({ $count })
table-group-reports = Reports ({ $count })
# Who rated a person: "self, 1 manager, 4 peers and 2 reports".
table-raters-self = self
table-raters-selves = { $count } self ratings
table-raters-managers = { $count ->
    [one] { $count } manager
   *[other] { $count } managers
}
table-raters-peers = { $count ->
    [one] { $count } peer
   *[other] { $count } peers
}
table-raters-reports = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
table-raters-coaches = { $count ->
    [one] { $count } coach
   *[other] { $count } coaches
}
table-raters-none = no raters
table-raters-withheld = ; others' views are not shown: with fewer than { $min } raters besides the person, an answer could be traced to whoever gave it
table-raters-folded = ; { $groups } counted only in Others, so that no answer can be traced to a person
table-findings-no-comparison = No comparison
table-findings-withheld = others' views are withheld, as too few raters stand behind them.
table-findings-no-self = there is no self-assessment.
table-findings-no-others = no one else has rated this person.
table-findings-delta = self minus others, in points of the scale; for a barrier a negative Δ means others see it more strongly.
table-findings-blind-spots = Blind spots
table-findings-blind-spots-text = the self-view is { $gap }+ points better than others' view: { $list }.
table-findings-hidden-strengths = Hidden strengths
table-findings-hidden-strengths-text = others' view is { $gap }+ points better than the self-view: { $list }.
table-finding = { $label }: { $text }
table-better = better
table-worse = worse
table-same = same
table-too-few = too few: { $answered } of { $questions }
table-result-note = Levels, targets, thresholds and gaps are % of the answer scale. These results are for your own development, not for selecting or ranking people.
# The scores of a file.
table-headline = Readiness { $readiness }  ·  Barrier load { $barrier_load }
table-rubric-readiness = readiness { $value }
table-rubric-barrier-load = barrier load { $value }
table-head-trait = Trait
table-head-level = Level
table-head-target = Target
table-head-gap = Gap
table-head-barrier = Barrier
table-head-severity = Severity
table-head-threshold = Threshold
table-head-status = Status
table-met = met
table-active = active
table-below = below
table-no-plan = No plan
# "No plan: why." The label is in bold.
table-no-plan-line = { $label }: { $why }.
table-no-plan-too-few = no dimension has enough answers to score yet
table-no-plan-nothing = no gap or active barrier calls for one
table-head-when = When
table-head-action = Action
table-head-score = Score
table-done-when = Done when:
table-days = { $count } days
# history
table-head-id = Id
table-head-date = Date
table-head-subject = Subject
table-head-rater = Rater
table-head-readiness = Readiness
table-head-barrier-load = Barrier load
table-assessment = assessment { $id }
# compare
table-compared = Compared:
table-head-dimension = Dimension
table-head-kind = Kind
table-head-then = Then
table-head-now = Now
table-head-change = Change
table-barriers-off = Barriers no longer active:
table-barriers-on = Barriers now active:
table-barriers-same = No barrier switched on or off.
table-plan-same = The plan's top actions are the same.
table-plan-left = Left the plan:
table-plan-new = New in the plan:
table-plan-item = { $text } ({ $days })
table-done-between = Done in between:
# feedback (360)
table-360-title = { $subject } — 360 view
table-head-others = Others
table-blind-spot = blind spot
table-hidden-strength = hidden strength
feedback-comments = Comments
feedback-comments-manager = Manager
feedback-comments-peers = Peers
feedback-comments-reports = Reports
feedback-comments-coach = Coach
feedback-comments-others = Others
feedback-comments-withheld = { $count ->
    [one] { $count } comment withheld: too few raters stand behind it.
   *[other] { $count } comments withheld: too few raters stand behind them.
}
# cohort
cohort-title = Cohort:
cohort-respondents = { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}
cohort-median = median { $median } (IQR { $q1 }–{ $q3 })
cohort-place = { $value }, percentile { $percentile }
cohort-me = Me: { $who } — readiness { $readiness }, barrier load { $barrier_load }
cohort-head-active = Active
cohort-head-mean = Mean
cohort-head-sd = SD
cohort-head-median = Median
cohort-head-iqr = IQR
cohort-head-alpha = Alpha
cohort-head-me = Me
cohort-head-pct = Pct
cohort-note = Levels in % of the scale; IQR from the first to the third quartile. Gap, Active: share of people with a gap or with the barrier active. Alpha: Cronbach's alpha of the dimension's questions (pairwise); under 0.7 they do not measure one thing well together.
# Added after cohort-note when a person is placed in the group.
cohort-note-me = {" "}Me: the person given with --me; Pct: their percentile within the group.
cohort-weak-item = { $question } in { $dimension } (r = { $r })
cohort-weak = Questions that do not go with the rest of their dimension (corrected item–total correlation under { $under }): { $list }.
# The plan and what has been done of it.
plan-title = Your plan
plan-top = { $title } — top { $shown } of { $count } actions, highest priority first
plan-status-todo = todo
plan-status-doing = doing
plan-status-done = done
plan-status-dropped = dropped
plan-status-doing-since = doing since { $day }
plan-status-done-on = done { $day }
plan-status-dropped-on = dropped { $day }
plan-origin-own = own
plan-origin-earlier = earlier plan
plan-summary = Made { $made } (assessment { $assessment }) · answer again on { $again } · { $done } of { $count } done
plan-none-added = no gap or active barrier calls for one, and you have added none
plan-due = due { $day }
plan-overdue = overdue
plan-note = Note { $day }:
plan-hint-steps = Change an action with `leadgap plan start|done|drop|undo ID`, add a note with `leadgap plan note ID TEXT`, or go through them all with `leadgap checkin`.
plan-no-action = No action is called for yet.
plan-md-title = Plan: { $who }
plan-progress = Progress on the plan
plan-done-line = { $text } (done { $day })
# rubric list and rubric show
rubric-show-head-statements = Statements
rubric-show-head-version = Version
rubric-show-head-title = Title
rubric-show-from = from { $source }
rubric-show-about = ({ $id }, version { $version }, { $kind })
rubric-show-scale = Scale: { $labels }
rubric-show-target = target { $goal } of the scale
rubric-show-threshold = active from { $goal } of the scale
rubric-show-dimension = [{ $id }] weight { $weight }, { $setting }
rubric-show-head-question = Question
rubric-show-head-statement = Statement
rubric-show-head-keyed = Keyed
rubric-show-reverse = reverse
rubric-show-actions = Actions
rubric-show-action = { $id }  ·  { $days }  ·  for { $primary }
rubric-show-also = {" "}(also { $others })
# The calendar file (.ics).
ics-calendar = leadgap plan: { $subject }
ics-now = Now: { $status }. Mark it with `leadgap plan done { $id }`.
ics-reassess = Answer leadgap again
ics-reassess-description = Run `leadgap assess`, then `leadgap compare` shows what moved since the plan was made.
# Messages of the plan's steps.
plan-ics-not-saved = `--format ics` is the calendar of the current plan: run `leadgap plan --format ics`, without an assessment id
plan-record-unreadable = the plan's record { $path } cannot be read ({ $reason }); what was done of the plan is left out
plan-note-empty = a note needs some text
plan-noted = Noted on `{ $action }`
plan-already = `{ $action }` was already { $status }
plan-undone = Took back the last change of `{ $action }`: it is { $status }
plan-now = `{ $action }` is { $status } as of { $day }
# What a step did, as a sentence: the message above, then a full stop.
plan-said = { $said }.
plan-said-with-note = { $said }, with a note.
plan-nothing-to-undo = nothing to undo: `{ $action }` has had no status change
plan-unknown-action = no action `{ $action }` in the current plan; `leadgap plan` lists the ids in its Id column, and `leadgap plan --format json` as `id`
plan-add-empty = an action needs a text and a --done-when that says what shows it is done
plan-add-unknown-dimension = no dimension `{ $dimension }` in the loaded rubrics; `leadgap rubric show ID` lists a rubric's dimensions
plan-add-twice = `{ $dimension }` is named twice in --addresses
plan-add-not-an-id = `{ $id }` is not an id: lowercase letters, digits and `-`, starting with a letter or digit, such as `weekly-skip-level`
plan-add-taken = the id `{ $id }` is taken by another action; choose another with --id
plan-added = Added `{ $id }` to your plan, due { $day }.
# Saved assessments: history, plan ID, compare, report.
saved-damaged = skipping damaged file { $path }: { $reason }
saved-someone = someone
saved-self-view = { $who }'s self-assessment
saved-other-view = a { $rater }'s view of { $who }
saved-none = no saved assessments yet; run { $assess }, or { $score }
saved-none-for-client = no saved assessments for client `{ $client }` yet; run { $assess }, or { $score }
saved-no-such = no saved assessment `{ $id }`; { $history } lists them
saved-compare-one = compare needs two saved assessments and there is one; answer again in a few months with { $assess }
saved-compare-views = this compares { $before } with { $after }: a change may be the other view, not a change in the person
saved-report-format = leadgap writes reports as HTML or Markdown, not `.{ $ext }`; name the file .html or .md, or say which with --format (an HTML report prints to PDF from a browser)
saved-report-feedback-not-self = --feedback is left out: the report is not of a self-assessment
saved-report-feedback-skipped = { $count ->
    [one] { $count } feedback file was left out: about someone else, or a self-assessment
   *[other] { $count } feedback files were left out: about someone else, or a self-assessment
}
saved-wrote = wrote { $path }
# score
score-plan-needs-csv = --plan chooses the rows of --format csv (one per plan action); add --format csv, or leave --plan out: the other formats show the plan already
# The progress line of a long batch; $count and $rate are filled in as it runs.
score-progress = { $count } files scored ({ $rate })
score-saved-as = { $file }: saved as { $id }
score-summary = scored { $count ->
    [one] { $count } file
   *[other] { $count } files
}, { $failed } failed, in { $seconds } s
score-nothing = nothing to score: no *.toml answer file in the folders given, and no row in the CSV files
# cohort and feedback
cohort-items-needs-csv = --items chooses the rows of --format csv (one per question); add --format csv
cohort-none-scored = no answer file could be scored; there is no group to describe
cohort-none-by-raters = no answer file is by the raters chosen with --rater; there is no group to describe
cohort-too-small = the group has { $count } people; percentiles are shown from { $min } on
feedback-named-twice = { $count } answer file(s) named more than once; each counts once
feedback-nameless = { $count } answer file(s) left out: they name no `subject`, so they cannot be set beside anyone's view
feedback-nobody = no answer file is about { $subject }
feedback-none-scored = no answer file could be scored
# rubric check
rubric-show-unknown-text = { $what } is not in rubric `{ $rubric }`
rubric-show-missing-texts = { $file }: { $count ->
    [one] { $count } text
   *[other] { $count } texts
} missing, shown in English instead: { $list }
rubric-show-check-ok = ok: { $file } — rubric `{ $rubric }`: { $dimensions } dimensions, { $questions } questions, { $actions } actions
hint-no-command = there is no command `{ $name }`; `leadgap help` lists them
# The store.
store-no-home = could not find a config directory for leadgap; set LEADGAP_HOME or pass --home DIR
store-warning = leadgap: warning: { $message }
store-home-not-a-folder = is not a directory; set LEADGAP_HOME (or --home) to a folder
store-client-name = client name `{ $name }` has no letters or digits; give a name such as `jane-doe`
store-symlink = is a symbolic link; leadgap does not follow links inside its store
store-symlink-not-followed = a symbolic link, not followed out of the store
store-not-a-file = is not a regular file
store-not-regular = not a regular file
store-privacy-symlink = { $path } is a symbolic link; leadgap does not follow links inside its store, so what it points to is not used
store-privacy-readable = { $path } can be read by other users; `chmod { $mode } { $path }` keeps it private
store-record-damaged = it cannot be read ({ $reason }); move it aside to start the plan's record afresh
store-client-moved = moved { $from } to { $to }: each client now has a folder of their own
store-client-old-folder = { $folder } was written by leadgap 0.1, whose folder names different client names could share; it is not read as `{ $client }`'s. Move it to { $to } if everything in it is theirs
store-no-such-assessment = no saved assessment `{ $id }`; `leadgap history` lists them

## Lists

# Between the items of a list written on one line.
list-separator = {"; "}
