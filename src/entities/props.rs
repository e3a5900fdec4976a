//! Properties of extraction over any Unicode text: it returns, and every
//! mention is a non-empty range on character boundaries, in text order within
//! its entity.

use proptest::prelude::*;

use super::{Entities, Kind, extract, link, tokens};

/// Pieces that reach the corners of the byte arithmetic: names and dotted
/// initials in several scripts, spaces that are not ASCII, marks that combine
/// or join, scripts without case or written right to left, controls,
/// apostrophes and abbreviations.
const PIECES: &[&str] = &[
    // Names and the words around them.
    "Smith",
    "Kim Jong Un",
    "Xi Jinping",
    "United States of America",
    "United States",
    "Democratic People\u{2019}s Republic of Korea",
    "the",
    "of",
    "The",
    "Mr.",
    "President",
    "al-Assad",
    "von der",
    "de",
    "University",
    "North Korean",
    "Later",
    "Seoul",
    "DPRK",
    "Beijing",
    // Dotted initials: Latin, accented, Greek, Cyrillic.
    "J.",
    "J.É",
    "É.",
    "É.J.",
    "Ø.",
    "Д.С",
    "Д.С.",
    "Α.Ε",
    "Α.Ε.",
    "Ж.",
    "U.S.",
    "U.S.A.",
    "D.P.R.K.",
    // Accented and other-script names.
    "José",
    "Ørsted",
    "Łódź",
    "Müller",
    "Dvořák",
    "Достоевский",
    "Παπαδόπουλος",
    "İstanbul",
    // Spaces and line breaks.
    " ",
    " ",
    " ",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{202f}",
    "\u{2009}",
    "\u{85}",
    "\n",
    "\t",
    "\r\n",
    // Combining marks, joiners, emoji.
    "e\u{301}",
    "\u{301}",
    "\u{308}",
    "\u{200d}",
    "\u{200b}",
    "\u{feff}",
    "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
    "\u{1f44d}\u{1f3fd}",
    // Scripts without case, right to left.
    "習近平",
    "北京",
    "東京都",
    "محمد",
    "שלום",
    "\u{202e}",
    "\u{200f}",
    // Controls.
    "\0",
    "\u{7}",
    "\u{1b}[31m",
    "\u{7f}",
    // Apostrophes and punctuation.
    "'s",
    "\u{2019}s",
    "\u{2019}",
    "'",
    "O'Brien",
    "Kim\u{2019}s",
    ".",
    ",",
    "-",
    "\u{2014}",
    "\u{2011}",
    "(",
    ")",
    "\u{201c}",
    "\u{201d}",
    "&",
    "AT&T",
    "\u{2026}",
    // Words that linking reads around names.
    "the film ",
    "the band ",
    " people",
    "HMS ",
    "Prize in ",
    ", England",
    "east of ",
    " Jr.",
    " arap ",
    " College",
    "Royal ",
    "the novelist ",
    " is a village",
    " Festival",
    " (EAC)",
    " (BiH)",
    "Jan 21",
    "Sept. 3",
    "church of St ",
    "Saint ",
    "released by ",
    "the quarry owner ",
    " from ",
    "Oman",
    "\u{2013}",
    "U.S.",
    " as in ",
    "Tango",
    "Quebec, ",
    "five, ",
    "Kospi",
    "Tante ",
    " II of ",
    "\nPIKE: ",
    "\nANCHOR (",
    "): ",
    "\nSheryl, ",
    " thanked ",
    " Department",
    "Estadio ",
    " de la ",
    " Valley of ",
    " Province",
    "God",
    "aunt ",
    "mr. ",
    " st ",
    "#",
    "SowetoDerby",
    "baton rouge",
];

/// Text made of [`PIECES`] and single characters of any kind.
fn biased_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[A-Z][a-z]{1,8}",
    ];
    proptest::collection::vec(piece, 0..48).prop_map(|parts| parts.concat())
}

/// Any text: arbitrary characters, or the pieces above.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![1 => any::<String>(), 3 => biased_text()]
}

/// Every mention of `found` is a non-empty range of `text` on character
/// boundaries, and each entity's mentions are in text order and apart.
fn check(text: &str, found: &Entities) -> Result<(), TestCaseError> {
    for e in found
        .people
        .iter()
        .chain(&found.places)
        .chain(&found.organisations)
    {
        prop_assert!(!e.mentions.is_empty(), "{e:?}");
        for r in &e.mentions {
            prop_assert!(r.start < r.end, "empty mention {r:?} in {text:?}");
            prop_assert!(text.get(r.clone()).is_some(), "{r:?} cuts {text:?}");
        }
        for pair in e.mentions.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start, "{e:?} in {text:?}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn extract_keeps_to_character_boundaries(text in any_text()) {
        check(&text, &extract(&text))?;
    }

    #[test]
    fn tokens_keep_to_character_boundaries(text in any_text()) {
        let mut last = 0;
        for t in tokens::tokenize(&text) {
            prop_assert!(t.start < t.end && t.start as usize >= last, "{t:?} in {text:?}");
            prop_assert!(text.get(t.range()).is_some(), "{t:?} cuts {text:?}");
            last = t.end as usize;
        }
    }

    /// Linking takes any spans, even ones that cut characters: those are
    /// ignored, and the rest are cleaned within the text.
    #[test]
    fn linking_any_spans_keeps_to_character_boundaries(
        text in biased_text(),
        spans in proptest::collection::vec(
            (any::<prop::sample::Index>(), 0usize..40, any::<bool>(), 0usize..3),
            0..12,
        ),
    ) {
        let spans = spans.into_iter().map(|(at, len, snap, kind)| {
            let mut start = at.index(text.len() + 1);
            let mut end = (start + len).min(text.len());
            if snap {
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
            }
            let kind = [Kind::Person, Kind::Place, Kind::Organisation][kind];
            (start..end, kind)
        });
        check(&text, &link::link_spans(&text, spans))?;
    }
}
