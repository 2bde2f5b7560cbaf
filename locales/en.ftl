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
