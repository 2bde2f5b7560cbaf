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
