//! `leadgap assess`: the questionnaire, saved after every answer, scored and kept at the end.

use std::collections::BTreeMap;
use std::io::Write;

use super::Context;
use crate::answers::{Answer, AnswerSheet, Answers, Rater};
use crate::cli::AssessArgs;
use crate::error::{Error, Exit, Result};
use crate::questionnaire::{self, Choice, Prompter, Screen};
use crate::render::{Scored, table};
use crate::rubric::{Rubric, RubricSet};
use crate::score;
use crate::store::{self, Assessment, Kept, Store, Unfinished};

/// About how long one statement takes to read and answer.
const SECONDS_PER_QUESTION: usize = 10;

/// The question ids of `rubrics`, in rubric and dimension order.
fn questions_of(rubrics: &[&Rubric]) -> Vec<String> {
    rubrics
        .iter()
        .flat_map(|r| r.dimensions.iter())
        .flat_map(|d| d.questions.iter().map(|q| q.id.clone()))
        .collect()
}

/// The first question without an answer (a skip counts as an answer), or the end.
pub fn first_unanswered(order: &[String], answers: &BTreeMap<String, Kept>) -> usize {
    order
        .iter()
        .position(|id| !answers.contains_key(id))
        .unwrap_or(order.len())
}

fn resume_hint(ctx: &Context) -> String {
    crate::t!("ask-resume-hint", command = ctx.leadgap("assess"))
}

pub fn run(ctx: &Context, args: &AssessArgs, out: &mut dyn Write) -> Result<Exit> {
    if !questionnaire::is_interactive() {
        return Err(Error::Usage(crate::t!("ask-not-a-terminal")));
    }
    let set = ctx.rubrics()?;
    let store = ctx.store()?;
    // Rubrics named with --rubric; without, a new run asks which to take.
    let given: Option<&[String]> = (!args.rubrics.is_empty()).then_some(args.rubrics.as_slice());
    for id in given.unwrap_or_default() {
        set.require(id)?;
    }
    let p = Prompter::new(ctx.stderr_color);
    questionnaire::install_interrupt_handler(&resume_hint(ctx));

    let resumable = if args.restart {
        None
    } else {
        match store.unfinished() {
            Ok(u) => u.filter(|u| {
                u.rubrics.iter().all(|r| set.get(r).is_some())
                    && u.order.iter().all(|q| set.question(q).is_some())
            }),
            Err(damaged) => {
                ctx.warn(crate::t!(
                    "ask-unfinished-unreadable",
                    path = damaged.path.display().to_string(),
                    reason = damaged.reason.to_string()
                ));
                None
            }
        }
    };
    let mut saver = Saver {
        store: &store,
        set: &set,
        failed: false,
    };
    let mut run = match resumable {
        Some(u) => {
            let answered = u.answers.len().min(u.order.len());
            let started = u.started.get(..10).unwrap_or(&u.started).to_string();
            p.say(&crate::t!(
                "ask-in-progress",
                date = started,
                answered = answered,
                total = u.order.len()
            ))?;
            if p.confirm(&crate::t!("ask-resume"), true)? {
                u
            } else if p.confirm(&crate::t!("ask-discard", count = answered), false)? {
                new_run(ctx, args, &set, given, &mut saver, &p)?
            } else {
                p.say(&crate::t!(
                    "ask-nothing-changed",
                    command = ctx.leadgap("assess")
                ))?;
                return Ok(Exit::Success);
            }
        }
        None => new_run(ctx, args, &set, given, &mut saver, &p)?,
    };

    if !ask(&set, &mut run, &mut saver, &p)? {
        if saver.failed {
            let text = answer_file(&set, &run);
            return match store::write_rescue_file(&text) {
                Some(path) => {
                    p.say(&crate::t!(
                        "ask-rescued-score",
                        path = path.display().to_string(),
                        command = score_later(ctx, &path)
                    ))?;
                    Ok(Exit::CantCreate)
                }
                None => Err(Error::Store {
                    path: store.dir().to_path_buf(),
                    source: std::io::Error::other(crate::t!("ask-rescue-nowhere")),
                }),
            };
        }
        let skipped = run
            .answers
            .values()
            .filter(|k| Answer::from(**k) == Answer::Skip)
            .count();
        let answered = run.answers.len() - skipped;
        let (total, command) = (run.order.len(), ctx.leadgap("assess"));
        p.say(&if skipped > 0 {
            crate::t!(
                "ask-saved-skipped",
                answered = answered,
                total = total,
                skipped = skipped,
                command = command
            )
        } else {
            crate::t!(
                "ask-saved",
                answered = answered,
                total = total,
                command = command
            )
        })?;
        return Ok(Exit::Success);
    }
    let comments = ask_comments(&p, run.subject.as_deref(), run.rater)?;
    p.clear();
    finish(ctx, args, &set, &store, &run, comments, out)
}

fn new_run(
    ctx: &Context,
    args: &AssessArgs,
    set: &RubricSet,
    given: Option<&[String]>,
    saver: &mut Saver<'_>,
    p: &Prompter,
) -> Result<Unfinished> {
    let store = saver.store;
    p.clear();
    p.say(&crate::t!("ask-intro-title"))?;
    p.say(&crate::t!(
        "ask-intro-private",
        path = store.dir().display().to_string()
    ))?;
    p.say("")?;
    let ids = match given {
        Some(ids) => ids.to_vec(),
        None => super::choose::rubrics(p, set)?,
    };
    let rubrics: Vec<&Rubric> = ids.iter().filter_map(|id| set.get(id)).collect();
    let mut order = questions_of(&rubrics);

    // Another rater is not asked what their role cannot observe.
    let observable = |order: &mut Vec<String>, rater: Rater| {
        order.retain(|id| {
            set.question(id).is_none_or(|q| {
                set.rubrics[q.rubric].dimensions[q.dimension].questions[q.question]
                    .observed_by(rater)
            })
        })
    };
    if let Some(rater) = args.rater {
        observable(&mut order, rater);
    }
    // What is asked, and how long it takes, once the parts (and the rater, if given) are known.
    let minutes = (order.len() * SECONDS_PER_QUESTION).div_ceil(60);
    let titles: Vec<&str> = rubrics.iter().map(|r| r.title.as_str()).collect();
    p.say("")?;
    p.say(&crate::t!(
        "ask-intro-size",
        count = order.len(),
        parts = titles.len(),
        titles = crate::text::clean(&titles.join(&crate::t!("list-separator"))),
        minutes = minutes
    ))?;
    p.say(&crate::t!("ask-intro-how"))?;
    p.say("")?;

    let subject = match &args.subject {
        Some(s) => s.clone(),
        None => {
            let default = store
                .client()
                .map(str::to_string)
                .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
                .unwrap_or_else(|| crate::t!("ask-subject-default"));
            p.input(&crate::t!("ask-subject"), &default)?
        }
    };
    let rater = match args.rater {
        Some(r) => r,
        None => {
            let items = [
                crate::t!("ask-rater-self"),
                crate::t!("ask-rater-manager"),
                crate::t!("ask-rater-peer"),
                crate::t!("ask-rater-report"),
                crate::t!("ask-rater-coach"),
            ];
            let rater = Rater::ALL[p.select(&crate::t!("ask-rater"), &items, 0)?];
            observable(&mut order, rater);
            rater
        }
    };

    let seed = args
        .shuffle
        .then(|| args.seed.unwrap_or_else(|| fastrand::u64(..)));
    if let Some(seed) = seed {
        fastrand::Rng::with_seed(seed).shuffle(&mut order);
    }
    let run = Unfinished {
        format: store::FORMAT,
        started: jiff::Timestamp::now().to_string(),
        client: ctx.client.clone(),
        subject: Some(subject),
        rater,
        rubrics: ids,
        seed,
        order,
        answers: BTreeMap::new(),
    };
    saver.save(&run, p)?;
    Ok(run)
}

/// Saves the run after every answer. When the store cannot be written it says so once and
/// carries on: the answers stay in memory, and Ctrl-C or the end writes them elsewhere.
struct Saver<'a> {
    store: &'a Store,
    set: &'a RubricSet,
    failed: bool,
}

impl Saver<'_> {
    fn save(&mut self, run: &Unfinished, p: &Prompter) -> Result<()> {
        if !self.failed {
            let saved = {
                let _saving = questionnaire::SAVING.lock();
                self.store.save_unfinished(run)
            };
            match saved {
                Ok(()) => return Ok(()),
                Err(e) => {
                    self.failed = true;
                    p.say(&format!(
                        "{}\n{}",
                        crate::t!(
                            "ask-store-warning",
                            reason = crate::text::clean(&e.to_string())
                        ),
                        crate::t!("ask-carrying-on")
                    ))?;
                }
            }
        }
        questionnaire::set_rescue(Some(answer_file(self.set, run)));
        Ok(())
    }
}

/// The run's answers as a standard answer file.
fn answer_file(set: &RubricSet, run: &Unfinished) -> String {
    let rubrics: Vec<&Rubric> = run.rubrics.iter().filter_map(|id| set.get(id)).collect();
    crate::template::answer_file(&rubrics, run.subject.as_deref(), run.rater, None, &|q| {
        run.answers.get(&q.id).map(|k| Answer::from(*k))
    })
}

/// Asks from the first unanswered question to the end. Returns false on "save and quit".
fn ask(set: &RubricSet, run: &mut Unfinished, saver: &mut Saver<'_>, p: &Prompter) -> Result<bool> {
    let total = run.order.len();
    let mut pos = first_unanswered(&run.order, &run.answers);
    while pos < total {
        let id = run.order[pos].clone();
        let q = set
            .question(&id)
            .ok_or_else(|| anyhow::anyhow!(crate::t!("ask-question-vanished", id = &id)))?;
        let rubric = &set.rubrics[q.rubric];
        let dim = &rubric.dimensions[q.dimension];
        let previous = run.answers.get(&id).map(|k| match Answer::from(*k) {
            Answer::Value(v) => Choice::Answer(v),
            Answer::Skip => Choice::Skip,
        });
        let statement = crate::template::statement(
            &dim.questions[q.question],
            run.subject.as_deref(),
            run.rater,
        );
        let screen = Screen {
            place: pos + 1,
            total,
            answered: run.answers.len(),
            dimension: &dim.name,
            statement: &statement,
            scale: &rubric.scale,
            previous,
        };
        match p.question(&screen)? {
            Choice::Answer(v) => {
                run.answers.insert(id, Kept::Value(v));
                saver.save(run, p)?;
                pos += 1;
            }
            Choice::Skip => {
                run.answers.insert(id, Kept::from(Answer::Skip));
                saver.save(run, p)?;
                pos += 1;
            }
            Choice::Back => pos = pos.saturating_sub(1),
            Choice::SaveAndQuit => {
                saver.save(run, p)?;
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// The three comment fields of SPEC section 2, each optional (Enter skips it).
fn ask_comments(
    p: &Prompter,
    subject: Option<&str>,
    rater: Rater,
) -> Result<crate::comments::Comments> {
    p.say(&crate::t!("ask-comments-intro"))?;
    let prompts = match (rater, subject) {
        (Rater::Myself, _) => [
            crate::t!("ask-comment-start-self"),
            crate::t!("ask-comment-stop-self"),
            crate::t!("ask-comment-continue-self"),
        ],
        (_, name) => {
            let name = name.map_or_else(|| crate::t!("ask-they"), |n| crate::text::clean(n).into());
            [
                crate::t!("ask-comment-start-other", name = &name),
                crate::t!("ask-comment-stop-other", name = &name),
                crate::t!("ask-comment-continue-other", name = &name),
            ]
        }
    };
    let mut comments = crate::comments::Comments::new();
    for (topic, prompt) in crate::comments::TOPICS.iter().zip(prompts) {
        let text: String = p
            .optional_text(&prompt)?
            .trim()
            .chars()
            .take(crate::comments::MAX_CHARS)
            .collect();
        if !text.is_empty() {
            comments.insert(topic.to_string(), text);
        }
    }
    Ok(comments)
}

fn finish(
    ctx: &Context,
    args: &AssessArgs,
    set: &RubricSet,
    store: &Store,
    run: &Unfinished,
    comments: crate::comments::Comments,
    out: &mut dyn Write,
) -> Result<Exit> {
    let sheet = AnswerSheet {
        rubrics: run.rubrics.clone(),
        subject: run.subject.clone(),
        rater: run.rater,
        date: Some(ctx.today().to_string()),
        comments,
        answers: Answers::from_ids(
            set,
            run.answers
                .iter()
                .map(|(k, v)| (k.as_str(), Answer::from(*v))),
        ),
    };
    // Actions done or dropped lately are not proposed again (SPEC 8).
    let record = super::plan::record_or_warn(ctx, store);
    let excluded = super::plan::excluded(ctx, record.as_ref(), sheet.date.as_deref());
    let all = score::score_excluding(set, &sheet, usize::MAX, &excluded);
    let mut assessment = Assessment::new(
        set,
        &sheet,
        &all,
        run.client.as_deref(),
        "assess",
        jiff::Timestamp::now().to_string(),
    );
    let saved = store.save(&mut assessment);

    let label = match &saved {
        Ok(_) => crate::t!("ask-label-saved", id = &assessment.id),
        Err(_) => crate::t!("ask-label-not-saved"),
    };
    let shown = assessment.scores(args.top);
    table::scores(
        out,
        set,
        Scored {
            file: &label,
            sheet: &sheet,
            scores: &shown,
        },
        ctx.look,
    )
    .map_err(Error::stdout)?;
    out.flush().map_err(Error::stdout)?;

    let rubrics: Vec<&Rubric> = run.rubrics.iter().filter_map(|id| set.get(id)).collect();
    let answer_file = || {
        crate::template::answer_file(
            &rubrics,
            sheet.subject.as_deref(),
            sheet.rater,
            sheet.date.as_deref(),
            &|q| sheet.answers.get(set.question(&q.id)?.number),
        ) + &crate::comments::toml_table(&sheet.comments)
    };
    if let Some(path) = &args.save_answers {
        if path.as_os_str() == "-" {
            out.write_all(answer_file().as_bytes())
                .map_err(Error::stdout)?;
        } else {
            crate::files::write_named(path, answer_file().as_bytes()).map_err(|e| Error::Io {
                path: path.clone(),
                source: e,
            })?;
            ctx.say(crate::t!(
                "ask-answers-written",
                path = path.display().to_string()
            ));
        }
    }
    match saved {
        Ok(path) => {
            store.clear_unfinished()?;
            let width = console::Term::stderr()
                .size_checked()
                .map_or(80, |(_, cols)| usize::from(cols));
            ctx.say(crate::text::fill(
                &crate::t!(
                    "ask-saved-as",
                    id = &assessment.id,
                    path = path.display().to_string(),
                    plan = ctx.leadgap("plan"),
                    assess = ctx.leadgap("assess"),
                    compare = ctx.leadgap("compare")
                ),
                width,
            ));
            Ok(Exit::Success)
        }
        Err(e) => {
            // The store cannot be written: the answers must still be somewhere safe.
            let rescue = store::write_rescue_file(&answer_file());
            match rescue {
                Some(file) => ctx.warn(crate::t!(
                    "ask-answers-safe",
                    path = file.display().to_string(),
                    command = score_later(ctx, &file)
                )),
                None => ctx.warn(crate::t!(
                    "ask-answers-still-unfinished",
                    command = ctx.leadgap("assess")
                )),
            }
            Err(e)
        }
    }
}

/// The command that scores and keeps a rescued answer file.
fn score_later(ctx: &Context, file: &std::path::Path) -> String {
    ctx.leadgap(&format!(
        "score {} --save",
        super::shell_word(&file.display().to_string())
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resumes_at_the_first_question_without_an_answer() {
        let order: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        let mut answers = BTreeMap::new();
        assert_eq!(first_unanswered(&order, &answers), 0);
        answers.insert("a".to_string(), Kept::Value(3));
        answers.insert("b".to_string(), Kept::from(Answer::Skip));
        assert_eq!(first_unanswered(&order, &answers), 2);
        answers.insert("d".to_string(), Kept::Value(1));
        assert_eq!(first_unanswered(&order, &answers), 2);
        answers.insert("c".to_string(), Kept::Value(1));
        assert_eq!(first_unanswered(&order, &answers), 4);
    }
}
