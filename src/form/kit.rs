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

/// Who sees a rater's answers, as the page tells them (SPEC section 9).
pub fn anonymity(role: Rater) -> String {
    match role {
        Rater::Peer | Rater::Report => crate::t!("form-anonymity-group"),
        Rater::Manager | Rater::Coach => crate::t!("form-anonymity-known"),
        Rater::Myself => String::new(),
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
    let name = crate::text::clean(subject).into_owned();
    let mut t = String::new();
    let _ = writeln!(
        t,
        "{}\n",
        crate::t!("form-mail-title", name = name.as_str())
    );
    let _ = writeln!(t, "{}\n", crate::t!("form-mail-ask", name = name.as_str()));
    let _ = writeln!(t, "1. {}", crate::t!("form-mail-open"));
    let _ = writeln!(t, "2. {}", crate::t!("form-mail-answer"));
    let _ = writeln!(t, "3. {}\n", crate::t!("form-mail-save"));
    let _ = writeln!(t, "{}", crate::t!("form-mail-which"));
    for &role in &ROLES {
        let n = super::statements(rubrics, role).len();
        let who = crate::t!("form-mail-who", role = role.as_str(), name = name.as_str());
        let _ = writeln!(
            t,
            "- {}",
            crate::t!(
                "form-mail-page",
                file = super::file_name(subject, role),
                who = who,
                count = n,
                minutes = minutes(n)
            )
        );
    }
    let _ = writeln!(t, "\n{}", crate::t!("form-mail-who-sees"));
    let _ = writeln!(t, "\n{}", crate::t!("form-mail-by"));
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
