//! Languages (SPEC section 10): which one a person reads, and the rubrics' texts in it.
//!
//! The language comes from `--lang` (or `LEADGAP_LANG`), else from the first of `LC_ALL`,
//! `LC_MESSAGES` and `LANG` that names a language leadgap has, else English. A rubric's
//! texts in another language are read by the rubric module. Ids, numbers and scores never
//! change with the language.

/// A language leadgap has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Vi,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Vi, Lang::Zh];

    /// The tag leadgap writes (`<html lang=…>`, file names).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Vi => "vi",
            Lang::Zh => "zh",
        }
    }

    /// The language a tag or a locale names, if leadgap has it: `es`, `es-MX`,
    /// `es_ES.UTF-8`, `zh`, `zh-Hans`, `zh_CN`, `vi_VN`... Traditional Chinese is not
    /// Simplified Chinese.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let base = tag.split(['.', '@']).next().unwrap_or("");
        let mut parts = base.split(['-', '_']);
        let language = parts.next()?.to_ascii_lowercase();
        let rest: Vec<String> = parts.map(|p| p.to_ascii_lowercase()).collect();
        match language.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "vi" => Some(Lang::Vi),
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(p.as_str(), "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::Zh)
            }
            _ => None,
        }
    }

    /// The language to use: `chosen` (from `--lang` or `LEADGAP_LANG`) when leadgap has it,
    /// else the first locale variable that names one, else English. `env` reads a variable.
    pub fn pick(chosen: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(tag) = chosen {
            return Lang::from_tag(tag).unwrap_or_default();
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|var| env(var))
            .find_map(|value| Lang::from_tag(&value))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locales_name_languages() {
        for (tag, want) in [
            ("es", Some(Lang::Es)),
            ("es_ES.UTF-8", Some(Lang::Es)),
            ("es-MX", Some(Lang::Es)),
            ("vi_VN", Some(Lang::Vi)),
            ("zh", Some(Lang::Zh)),
            ("zh-Hans", Some(Lang::Zh)),
            ("zh_CN.UTF-8", Some(Lang::Zh)),
            ("zh-Hant", None),
            ("zh_TW", None),
            ("C", None),
            ("POSIX", None),
            ("fr_FR.UTF-8", None),
            ("en_GB", Some(Lang::En)),
        ] {
            assert_eq!(Lang::from_tag(tag), want, "{tag}");
        }
    }

    #[test]
    fn the_choice_goes_flag_then_locale_variables_in_order() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let both = env(&[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "es_ES.UTF-8")]);
        assert_eq!(Lang::pick(None, both), Lang::Vi);
        assert_eq!(Lang::pick(Some("zh"), both), Lang::Zh);
        assert_eq!(Lang::pick(Some("xx"), both), Lang::En);
        assert_eq!(Lang::pick(None, env(&[("LANG", "es_ES.UTF-8")])), Lang::Es);
        // A locale leadgap has not ("C") passes to the next variable.
        assert_eq!(
            Lang::pick(None, env(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(Lang::pick(None, env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
    }
}
