//! A coach's kit for a 360: one form per role and a short text to paste into the mail that
//! sends them (what to do, how long it takes, who sees what).

use std::fmt::Write;

use crate::answers::Rater;
use crate::rubric::Rubric;

/// The roles a kit has a page for: the person first (a self-view to set the others beside),
/// then every other rater.
pub const ROLES: [Rater; 5] = [
    Rater::Myself,
    Rater::Manager,
    Rater::Peer,
    Rater::Report,
    Rater::Coach,
];

/// Minutes to allow for `statements` statements and the comments: about nine seconds a
/// statement (79 take 10–15 minutes in the terminal), and two minutes for the comments.
pub fn minutes(statements: usize) -> usize {
    (statements * 9).div_ceil(60) + 2
}

/// The rater as the page addresses them: "as a peer".
pub fn as_role(role: Rater) -> &'static str {
    match role {
        Rater::Myself => "yourself",
        Rater::Manager => "their manager",
        Rater::Peer => "a peer",
        Rater::Report => "someone who reports to them",
        Rater::Coach => "their coach",
    }
}

/// Who sees a rater's answers, as the page tells them (SPEC section 9).
pub fn anonymity(role: Rater) -> &'static str {
    match role {
        Rater::Peer | Rater::Report => {
            "Answers and comments from your role are shown only as a group of three or more \
             people; with fewer they are pooled with others’ or left out, so no answer can be \
             traced to you. Comments are shown as written: leave out what would give you away."
        }
        Rater::Manager | Rater::Coach => {
            "As one known person, your answers and comments are shown as your role’s view."
        }
        Rater::Myself => "",
    }
}

/// One page per role and the mail text, each with its file name.
pub struct Kit {
    pub pages: Vec<(String, String)>,
    pub mail: (String, String),
}

/// The kit for a 360 on `subject` over `rubrics`.
pub fn kit(rubrics: &[&Rubric], subject: &str) -> Kit {
    let pages: Vec<(String, String)> = ROLES
        .iter()
        .map(|&role| {
            (
                super::file_name(subject, role),
                super::page(rubrics, subject, role),
            )
        })
        .collect();
    let name = crate::text::clean(subject);
    let mut t = String::new();
    let _ = writeln!(t, "Feedback on {name}: what to do\n");
    let _ = writeln!(
        t,
        "{name} is working on how they lead and would value your view. It takes one page in \
         your browser: no account, no program to install.\n"
    );
    let _ = writeln!(
        t,
        "1. Open the page for your role (attached) in any current browser, on a computer or a \
         phone. It works offline and sends nothing anywhere."
    );
    let _ = writeln!(
        t,
        "2. Answer each statement from what you have seen; choose \"Can't say\" where you have \
         not seen enough. The comments are optional, and welcome."
    );
    let _ = writeln!(
        t,
        "3. Press \"Save answer file\" and send the file it saves back to me. If no file \
         appears, copy the text the page shows into your reply.\n"
    );
    let _ = writeln!(t, "Which page, and how long it takes:");
    for &role in &ROLES {
        let n = super::statements(rubrics, role).len();
        let who = match role {
            Rater::Myself => format!("{name}, about themselves"),
            Rater::Manager => format!("{name}'s manager"),
            Rater::Peer => format!("a peer of {name}"),
            Rater::Report => format!("someone who reports to {name}"),
            Rater::Coach => format!("{name}'s coach"),
        };
        let _ = writeln!(
            t,
            "- {}: {who}; {n} statements, about {} minutes",
            super::file_name(subject, role),
            minutes(n)
        );
    }
    let _ = writeln!(
        t,
        "\nWho sees what: the page never asks your name. Answers from peers and from direct \
         reports are shown only as a group of three or more; with fewer, they are pooled with \
         others' answers, or left out when too few people stand behind them. A manager's and \
         a coach's answers are shown by role, as each is one known person. Comments are shown \
         the same way, as written."
    );
    let _ = writeln!(t, "\nPlease send your file back by: ____________");
    Kit {
        pages,
        mail: (format!("{}-mail.txt", super::slug(subject)), t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kit_has_a_page_per_role_and_counts_each_role_s_statements() {
        let set = crate::rubric::RubricSet::builtin().unwrap();
        let rubrics: Vec<&Rubric> = crate::rubric::DEFAULT_RUBRICS
            .iter()
            .map(|id| set.get(id).unwrap())
            .collect();
        let kit = kit(&rubrics, "Alex Rivera");
        let names: Vec<&str> = kit.pages.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "alex-rivera-self.html",
                "alex-rivera-manager.html",
                "alex-rivera-peer.html",
                "alex-rivera-report.html",
                "alex-rivera-coach.html"
            ]
        );
        let peers = super::super::statements(&rubrics, Rater::Peer).len();
        let line = format!(
            "- alex-rivera-peer.html: a peer of Alex Rivera; {peers} statements, about {} minutes",
            minutes(peers)
        );
        assert!(kit.mail.1.contains(&line), "{}", kit.mail.1);
        assert!(kit.mail.1.contains("group of three or more"));
        assert_eq!(kit.mail.0, "alex-rivera-mail.txt");
        assert_eq!(minutes(79), 14);
    }
}
