//! The reader's language. Pure; imports nothing.
//!
//! A page's language is never an error: any tag a page can carry (`uk`, `es-ES`, `ar`, even a
//! malformed one) gives a [`Lang`]. Its *words* come from the nearest language the widget has
//! translations for (English when there is none: never Russian as a stand-in for Ukrainian,
//! Belarusian or a Baltic language), while its *locale* keeps the page's own tag, so numbers and
//! dates are formatted by the browser's `Intl` in the page's own locale. The words are data
//! (`lang/*.json`): native builds carry them all, the WebAssembly module English only, and the
//! page hands over its reader's language with [`load_words`].

use std::sync::Mutex;

/// The language table generated from `lang/*.json` by `build.rs`: `CODES`, `NAMES`, `KEYS`,
/// `TEXTS` (the languages this build carries).
mod table {
    include!(concat!(env!("OUT_DIR"), "/lang_table.rs"));
}

/// The reader's language: which words to use (a language of `lang/*.json`), and which locale
/// formats numbers and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lang {
    /// Index into the language table (0 is English).
    words: u8,
    /// An index into the registry of page locales; `0` means the words' own code.
    locale_id: u8,
}

/// Locale tags pages asked for that differ from a words code (`uk`, `es-ES`, `ru-RU`). Index `i`
/// here is `locale_id` `i + 1`. A page has a handful; past [`MAX_LOCALES`] the words' code is used.
static LOCALES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// How many distinct page locales are remembered (ids are a `u8`, 0 is reserved).
const MAX_LOCALES: usize = 254;

/// The longest tag passed on to `Intl` (BCP 47 allows more; real pages use far less).
const MAX_TAG_CHARS: usize = 35;

impl Lang {
    /// English, the language every other falls back to.
    pub const EN: Lang = Lang {
        words: 0,
        locale_id: 0,
    };

    /// Every language with words, English first (the files in `lang/`).
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..table::CODES.len()).filter_map(|i| {
            Some(Lang {
                words: u8::try_from(i).ok()?,
                locale_id: 0,
            })
        })
    }

    /// The language whose words have `code` exactly (`en`, `uk`), if there is one.
    pub fn with_code(code: &str) -> Option<Lang> {
        Lang::all().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language for a page's tag (`en`, `ru-RU`, `uk`, `es-ES`, `ar`, ``): words from the
    /// tag's primary subtag when we have them, else English; the locale is the tag itself when it
    /// is well-formed, else the words' code. Never fails.
    pub fn negotiate(tag: &str) -> Lang {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let words = Lang::with_code(primary).unwrap_or(Lang::EN);
        let tag = tag.replace('_', "-");
        if !well_formed(&tag) || tag.eq_ignore_ascii_case(words.code()) {
            return words;
        }
        Lang {
            locale_id: register(&tag),
            ..words
        }
    }

    /// The code of the words (`en`, `ru`, `uk`, …), as used for the keys of translated texts.
    pub fn code(self) -> &'static str {
        table::CODES.get(self.index()).copied().unwrap_or("en")
    }

    /// The text of `key` (`ui.reset`, `format.month.3`, …) in this language (English where the
    /// language file lacks it), or `None` for a key no language file has.
    pub fn text(self, key: &str) -> Option<&'static str> {
        let i = table::KEYS.binary_search(&key).ok()?;
        let carried = table::TEXTS.get(self.index()).and_then(|row| row.get(i)).copied();
        carried
            .or_else(|| loaded_text(self.index(), i))
            .or_else(|| table::TEXTS.first().and_then(|row| row.get(i)).copied())
    }

    /// The language's name in itself (`Українська`), known without its words.
    pub fn name(self) -> &'static str {
        table::NAMES.get(self.index()).copied().unwrap_or("English")
    }

    /// Whether this build has the language's words, carried or handed over by [`load_words`].
    pub fn has_words(self) -> bool {
        self.index() < table::TEXTS.len()
            || LOADED
                .lock()
                .is_ok_and(|l| l.iter().any(|(i, _)| *i == self.index()))
    }

    /// The locale numbers and dates are formatted in: the page's tag (`uk`, `es-ES`) or the
    /// words' code.
    pub fn locale(self) -> String {
        let registered = usize::from(self.locale_id)
            .checked_sub(1)
            .and_then(|i| LOCALES.lock().ok().and_then(|l| l.get(i).cloned()));
        registered.unwrap_or_else(|| self.code().to_string())
    }

    /// A small number naming the locale, for caches of formatters.
    pub fn locale_key(self) -> usize {
        if self.locale_id == 0 {
            MAX_LOCALES + 1 + self.index()
        } else {
            usize::from(self.locale_id)
        }
    }

    /// Position in the language table.
    pub fn index(self) -> usize {
        usize::from(self.words)
    }
}

/// Languages whose words the page handed over, by index: each text a slice of one leaked copy
/// of the words file (a page loads a language once and keeps it).
static LOADED: Mutex<Vec<(usize, Vec<&'static str>)>> = Mutex::new(Vec::new());

fn loaded_text(index: usize, key: usize) -> Option<&'static str> {
    let loaded = LOADED.lock().ok()?;
    let (_, texts) = loaded.iter().find(|(i, _)| *i == index)?;
    texts.get(key).copied().filter(|t| !t.is_empty())
}

/// Separates a key from its text in a words file.
pub const WORDS_KEY_END: char = '\u{1f}';
/// Ends one key and text in a words file.
pub const WORDS_RECORD_END: char = '\u{1e}';

/// Takes the words of the language `code` from a words file (`key␟text␞` records, made from
/// `lang/<code>.json` by the build), for a build that does not carry them. Keys it does not know
/// are ignored, keys it lacks stay English. Returns whether the language is known.
pub fn load_words(code: &str, file: &str) -> bool {
    let Some(lang) = Lang::with_code(code) else {
        return false;
    };
    if lang.has_words() {
        return true;
    }
    let file: &'static str = Box::leak(file.to_string().into_boxed_str());
    let mut texts = vec![""; table::KEYS.len()];
    for record in file.split(WORDS_RECORD_END) {
        if let Some((key, text)) = record.split_once(WORDS_KEY_END) {
            if let Ok(i) = table::KEYS.binary_search(&key.trim_start_matches('\n')) {
                texts[i] = text;
            }
        }
    }
    LOADED.lock().map(|mut l| l.push((lang.index(), texts))).is_ok()
}

/// `language(-subtag)*`: 2–8 letters, then subtags of 1–8 letters or digits (BCP 47's shape,
/// which is what `Intl` accepts without throwing for the tags pages carry).
fn well_formed(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    tag.len() <= MAX_TAG_CHARS
        && (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The id of `tag` in the registry, adding it if new; `0` (the words' code) when full.
fn register(tag: &str) -> u8 {
    let Ok(mut locales) = LOCALES.lock() else {
        return 0;
    };
    let found = locales.iter().position(|t| t.eq_ignore_ascii_case(tag));
    let index = match found {
        Some(i) => i,
        None if locales.len() < MAX_LOCALES => {
            locales.push(tag.to_string());
            locales.len() - 1
        }
        None => return 0,
    };
    u8::try_from(index + 1).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(tag: &str) -> &'static str {
        Lang::negotiate(tag).code()
    }

    #[test]
    fn lang_negotiates_words_by_primary_subtag() {
        assert_eq!(words("ru-RU"), "ru");
        assert_eq!(Lang::negotiate("EN"), Lang::EN);
        assert_eq!(words("de_AT"), "de");
        assert_eq!(words("uk-UA"), "uk");
        assert_eq!(words("pl"), "pl");
        assert_eq!(Lang::negotiate("fr").locale(), "fr");
    }

    #[test]
    fn lang_a_page_language_without_words_draws_in_english_with_its_own_locale() {
        for tag in ["es-ES", "ar", "be", "lt", "lv", "et", "he", "kk"] {
            let lang = Lang::negotiate(tag);
            assert_eq!(lang.code(), "en", "{tag}: never Russian as a stand-in");
            assert_eq!(
                lang.locale(),
                tag,
                "{tag}: numbers and dates in the page's locale"
            );
        }
        assert_ne!(
            Lang::negotiate("ar").locale_key(),
            Lang::negotiate("es-ES").locale_key()
        );
        assert_eq!(Lang::negotiate("ru-RU").locale(), "ru-RU");
        assert_eq!(
            Lang::negotiate("ru").locale_key(),
            Lang::with_code("ru").unwrap().locale_key()
        );
    }

    #[test]
    fn lang_malformed_tags_fall_back_to_english_words_and_code() {
        for tag in [
            "",
            "x",
            "<script>",
            "en--GB",
            "a very long tag",
            "12",
            "e\u{301}n",
        ] {
            let lang = Lang::negotiate(tag);
            assert_eq!(lang.code(), "en", "{tag:?}");
            assert_eq!(lang.locale(), "en", "{tag:?}");
        }
        assert_eq!(Lang::negotiate(&"de-".repeat(40)).locale(), "de");
    }

    #[test]
    fn lang_words_handed_over_at_run_time_are_used() {
        // Native builds carry every language; a language the build lacks is handed over as a
        // words file. Here: a made-up language code is unknown and refused.
        assert!(!load_words("xx", "ui.reset\u{1f}Zurück\u{1e}"));
        assert!(load_words("de", "ui.reset\u{1f}ignored: carried already\u{1e}"));
        assert_eq!(Lang::negotiate("de").text("ui.reset"), Some("Zoom zurücksetzen"));
        assert!(Lang::all().all(Lang::has_words));
        assert_eq!(Lang::negotiate("uk").name(), "Українська");
    }

    #[test]
    fn lang_texts_come_from_the_language_files() {
        let uk = Lang::negotiate("uk");
        assert_eq!(uk.text("lang.name"), Some("Українська"));
        assert_eq!(Lang::EN.text("format.month.3"), Some("March"));
        assert_eq!(Lang::EN.text("no.such.key"), None);
        assert!(Lang::all().count() >= 6);
    }
}
