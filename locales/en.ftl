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
