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
