//! Comments in an answer file (SPEC section 2, `[comments]`): free text under a topic, one of
//! `start`, `stop`, `continue` or a dimension id of the file's rubrics, at most
//! [`MAX_CHARS`] characters each.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::rubric::RubricSet;

/// The topics every answer file may comment on, in the order they are asked.
pub const TOPICS: [&str; 3] = ["start", "stop", "continue"];

/// The longest comment, in characters.
pub const MAX_CHARS: usize = 2000;

/// Comments by topic.
pub type Comments = BTreeMap<String, String>;

/// Why a comment under `topic` cannot be taken from a file for `rubrics`, if it cannot.
pub fn problem(topic: &str, text: &str, rubrics: &[String], set: &RubricSet) -> Option<String> {
    let known = TOPICS.contains(&topic)
        || set
            .dimension(topic)
            .is_some_and(|(r, _)| rubrics.contains(&r.id));
    if !known {
        return Some(crate::t!(
            "answers-comment-topic-unknown",
            topic = crate::text::clean(topic)
        ));
    }
    let n = text.chars().count();
    (n > MAX_CHARS).then(|| {
        crate::t!(
            "answers-comment-too-long",
            topic = topic,
            count = n,
            max = MAX_CHARS
        )
    })
}

/// The `[comments]` table of an answer file, or nothing when there are none. Topics are
/// checked ids (`start`, dimension ids), so bare keys; texts are TOML basic strings, so any
/// text reads back as is.
pub fn toml_table(comments: &Comments) -> String {
    if comments.is_empty() {
        return String::new();
    }
    let mut t = String::from("\n[comments]\n");
    for (topic, text) in comments {
        let _ = writeln!(t, "{topic} = {}", crate::text::toml_string(text));
    }
    t
}

/// How a topic reads for a person: `Start`, or the dimension's name.
pub fn topic_name<'a>(topic: &'a str, set: &'a RubricSet) -> std::borrow::Cow<'a, str> {
    match topic {
        "start" => "Start".into(),
        "stop" => "Stop".into(),
        "continue" => "Continue".into(),
        id => set
            .dimension(id)
            .map_or_else(|| id.into(), |(_, d)| d.name.as_str().into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_the_three_words_or_a_dimension_of_the_file_s_rubrics() {
        let set = RubricSet::builtin().unwrap();
        let core: Vec<String> = crate::rubric::DEFAULT_RUBRICS
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(problem("start", "x", &core, &set), None);
        assert_eq!(problem("strategic-planning", "x", &core, &set), None);
        assert!(problem("Start", "x", &core, &set).is_some());
        assert!(problem("strategic-planning", "x", &["leading-up".to_string()], &set).is_some());
        assert_eq!(problem("stop", &"é".repeat(MAX_CHARS), &core, &set), None);
        assert!(
            problem("stop", &"é".repeat(MAX_CHARS + 1), &core, &set)
                .unwrap()
                .contains("2001 characters")
        );
    }

    #[test]
    fn the_table_reads_back_as_written() {
        let comments: Comments = [
            (
                "start".to_string(),
                "Say \"no\"\nmore; \u{7f} é".to_string(),
            ),
            ("stop".to_string(), "x".to_string()),
        ]
        .into();
        let text = format!("[answers]\n{}", toml_table(&comments));
        let v: toml::Table = toml::from_str(&text).unwrap();
        assert_eq!(
            v["comments"]["start"].as_str(),
            Some(comments["start"].as_str())
        );
        assert_eq!(toml_table(&Comments::new()), "");
    }
}
