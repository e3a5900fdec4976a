//! Titles of works given with their year: a quoted title and its year in
//! brackets (`"Iwaki no Kaze" (1960)`), and the lines of a list of works
//! under a heading such as `Discography` (`- Marea Alta (Discos Fuentes,
//! 1978)`, `- Meghla Dupur by Nirmala Basu (1934)`). Names inside such a
//! title are the work's words there, not mentions; the label, the maker and
//! the same names elsewhere stay. So are the names inside the titles of
//! other pages listed under `See also` that describe a subject rather than
//! name one (`- List of lighthouses in Norway`, `- Music of Norway`).

use std::ops::Range;

use super::*;

/// Words of a heading over a list of works, any case.
const WORKS_HEADINGS: &[&str] = &[
    "albums",
    "bibliography",
    "books",
    "discography",
    "filmography",
    "films",
    "novels",
    "publications",
    "recordings",
    "releases",
    "singles",
    "songs",
    "works",
];

/// Whether `group`, the inside of brackets, gives a year and nothing of a
/// life or a span of years: one number of four figures and no other
/// figures, no dash (`1978`, `Discos Fuentes, 1978`, `1960, Nippon
/// Columbia`; not `1974–1996`, `1990s`, nor `born 1950`).
fn a_year(group: &str) -> bool {
    let words = || group.split([' ', ',']).filter(|w| !w.is_empty());
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    words().filter(|w| year(w)).count() == 1
        && !group.contains(['–', '—', '-'])
        // No other figures (`1990s`, `12 May 1960`).
        && words().all(|w| year(w) || !w.bytes().any(|b| b.is_ascii_digit()))
        && !words().any(|w| {
            matches!(w, "born" | "b." | "died" | "d." | "c." | "circa" | "aged" | "age")
        })
}

/// How far a title's brackets or opening quote are looked for, in bytes:
/// titles and years are short, and a long line is not read again for each
/// of its quotes.
const REACH: usize = 200;

/// The range of the title of the quoted work that ends at the closing quote
/// `close` (the title without its quotes), if a year in brackets follows it
/// (`"Iwaki no Kaze" (1960)`) and it opens on the line that starts at
/// `line_start`, at most [`REACH`] bytes before.
fn quoted_with_year(text: &str, line_start: usize, close: usize) -> Option<Range<usize>> {
    let quote = text[close..].chars().next()?;
    let after = &text[close + quote.len_utf8()..];
    let group = after.strip_prefix(" (")?;
    let shut = memchr::memchr(b')', &group.as_bytes()[..group.len().min(REACH)])?;
    let group = &group[..shut];
    if !a_year(group) || !group.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let open = match quote {
        '"' => '"',
        '\u{201d}' => '\u{201c}',
        _ => return None,
    };
    let mut from = line_start.max(close.saturating_sub(REACH));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let start = text[from..close].rfind(open)? + from + open.len_utf8();
    Some(start..close)
}

/// The range of the title a list's line gives, if the line is one of a list
/// of works: `- ` or `* ` first, a title (quoted or not), maybe ` by ` and
/// its maker, and a year in brackets last; under a heading with a word of
/// [`WORKS_HEADINGS`] above the list.
fn listed_title(
    text: &str,
    line: Range<usize>,
    known: &mut Option<(usize, bool)>,
) -> Option<Range<usize>> {
    let body = &text[line.clone()];
    let marker = ["- ", "* ", "\u{2022} "]
        .iter()
        .find(|m| body.starts_with(**m))?;
    let body = body.trim_end();
    let open = body.rfind(" (")?;
    if !body.ends_with(')') || !a_year(&body[open + 2..body.len() - 1]) {
        return None;
    }
    let mut title = line.start + marker.len()..line.start + open;
    if let Some(by) = text[title.clone()].find(" by ") {
        title.end = title.start + by;
    }
    let words = &text[title.clone()];
    if words.contains([',', ':', '–', '—', ';']) || words.contains(" - ") {
        return None;
    }
    works_heading_above(text, line.start, known).then_some(title)
}

/// Whether the nearest line above `at` that is not a list's line nor blank
/// is a heading (five words at most, no full stop at its end) with a word
/// of [`WORKS_HEADINGS`]. `known` holds the answer found last and where:
/// for a later line of the same list it stands, and the list is not read
/// again.
fn works_heading_above(text: &str, at: usize, known: &mut Option<(usize, bool)>) -> bool {
    let listed = |l: &str| {
        let l = l.trim();
        l.is_empty() || l.starts_with(['-', '*', '\u{2022}'])
    };
    if let Some((from, found)) = *known
        && from <= at
        && text[from..at].lines().all(listed)
    {
        *known = Some((at, found));
        return found;
    }
    let found = heading_above(text, at);
    *known = Some((at, found));
    found
}

/// [`works_heading_above`], read anew.
fn heading_above(text: &str, at: usize) -> bool {
    let above = text[..at]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with(['-', '*', '\u{2022}']));
    above.is_some_and(|l| {
        l.split_byte(b' ').count() <= 5
            && !l.ends_with('.')
            && l.split_byte(b' ').any(|w| {
                WORKS_HEADINGS.iter().any(|h| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .eq_ignore_ascii_case(h)
                })
            })
    })
}

/// The spans (in text order, apart) without those inside a title given
/// with its year ([`quoted_with_year`], [`listed_title`]), at that mention
/// only.
pub(super) fn without_titles_with_years(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut titles: Vec<Range<usize>> = Vec::new();
    // The line of the span before: each line is found and read once.
    let mut line = 0..0;
    // Whether the list read last is under a heading of works, and where.
    let mut heading = None;
    for s in &spans {
        if s.start < line.end {
            continue;
        }
        let start = text[..s.start].rfind('\n').map_or(0, |i| i + 1);
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[s.end()..]).map_or(text.len(), |i| s.end() + i);
        line = start..end;
        let words = &text[line.clone()];
        if !words.contains(" (") {
            continue;
        }
        titles.extend(listed_title(text, line.clone(), &mut heading));
        for (at, _) in words.match_indices(['"', '\u{201d}']) {
            titles.extend(quoted_with_year(text, start, start + at));
        }
    }
    without_spans_within(spans, &titles)
}

/// Small words a page's title that names one thing may hold in lower case
/// (`Tour du Rwanda`, `Church of the Holy Cross`, `Birkat al-Mawz`).
const TITLE_LINKS: &[&str] = &[
    "a", "al", "and", "at", "da", "de", "del", "der", "des", "di", "do", "du", "el", "et", "for",
    "in", "la", "le", "of", "on", "the", "to", "van", "von", "y",
];

/// Whether the list item `item` (its words, after the list's marker) is
/// the title of a page about a subject rather than a name: a word in lower
/// case that is no small linking word (`Progressive rock in Scandinavia`,
/// `List of castles in Ireland`), or an ordinary word and `of` or `in`
/// first (`Music of Norway`, `Cycling in Rwanda`).
fn describes(item: &str) -> bool {
    let mut words = item.split_byte(b' ').filter(|w| !w.is_empty());
    // A particle joined by a hyphen counts as one (`Birkat al-Mawz`).
    let lower = |w: &&str| {
        let w = w.trim_end_matches(',');
        w.starts_with(|c: char| c.is_lowercase())
            && !TITLE_LINKS.contains(&w.split_byte(b'-').next().unwrap_or(w))
    };
    let first_two = (words.next(), words.next());
    item.split_byte(b' ').any(|w| lower(&w))
        || matches!(first_two, (Some(first), Some("of" | "in")) if evidence::common_word(first))
}

/// The spans (in text order, apart) without those inside the items of a
/// `See also` list that describe a subject ([`describes`]): a heading line
/// `See also`, then lines that begin `- `, `* ` or `• `, up to the first
/// line that is neither such a line nor blank.
pub(super) fn without_see_also_titles(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut titles: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&text.as_bytes()[from..], b"See also") {
        let heading = from + found;
        from = heading + "See also".len();
        // The heading alone on its line.
        let starts_line = heading == 0 || text.as_bytes()[heading - 1] == b'\n';
        let rest = &text[from..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        if !starts_line || !rest[..line_end].trim().trim_end_matches(':').is_empty() {
            continue;
        }
        let items = list_items(text, from + line_end..text.len());
        from = items.last().map_or(from, |item| item.end);
        titles.extend(
            items
                .into_iter()
                .filter(|item| describes(&text[item.clone()])),
        );
    }
    without_spans_within(spans, &titles)
}

/// The items of a list that starts at `within.start` (in `within`): lines
/// that begin `- `, `* ` or `• `, blank lines among them passed over, up
/// to the first line that is neither. Each item as the range of its text
/// after the marker, without the spaces at its end.
pub(super) fn list_items(text: &str, within: Range<usize>) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let mut line_start = within.start;
    for line in text[within].split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let body = line.trim_end();
        if body.is_empty() {
            continue;
        }
        let Some(marker) = ["- ", "* ", "\u{2022} "]
            .iter()
            .find(|m| body.starts_with(**m))
        else {
            break;
        };
        items.push(start + marker.len()..start + body.len());
    }
    items
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn names_inside_a_title_given_with_its_year_are_no_mentions() {
        let [people, places, orgs] = linked(
            "{P|Hanamura Yukiko} sang \"{L|Iwaki} no {P|Kaze}\" (1960) for {O|Nippon Columbia}. \
             She was born in {L|Iwaki}.\n\nSelected singles\n\n- \"{P|Yuki Onna} no Uta\" \
             (1967, {O|Nippon Columbia})\n- {P|Marea Alta} ({O|Discos Fuentes}, 1978)\n- \
             {P|Meghla Dupur} by {P|Nirmala Basu} (1934)\n",
        );
        assert_eq!(people, ["Hanamura Yukiko", "Nirmala Basu"]);
        assert_eq!(places, ["Iwaki"]);
        assert_eq!(orgs, ["Nippon Columbia", "Discos Fuentes"]);
    }

    #[test]
    fn names_inside_see_also_titles_that_describe_a_subject_are_no_mentions() {
        let [_, places, orgs] = linked(
            "{L|Runcu} lies on the {L|Iza}.\n\nSee also\n\n- {L|Iza Valley}\n- Wooden \
             churches of {L|Maramure\u{219}}\n- List of castles in {L|Ireland}\n- Music of \
             {L|Norway}\n- {L|Birkat al-Mawz}\n- {O|Ratak Air}\n\n{L|Norway} is far.\n",
        );
        assert_eq!(
            places,
            ["Runcu", "Iza", "Iza Valley", "Birkat al-Mawz", "Norway"]
        );
        assert_eq!(orgs, ["Ratak Air"]);
        // Not without the heading.
        let [_, places, _] = linked("Related\n\n- Music of {L|Norway}\n");
        assert_eq!(places, ["Norway"]);
    }

    #[test]
    fn a_list_after_a_list_of_works_is_read_under_its_own_heading() {
        let [people, _, _] = linked(
            "Discography\n\n- {P|Marea Alta} (1978)\n- {P|Noche Clara} (1980)\n\nPlayers\n\n- \
             {P|Ana Ruiz} (1978)\n- {P|Omar Said} (1981)\n",
        );
        assert_eq!(people, ["Ana Ruiz", "Omar Said"]);
    }

    #[test]
    fn members_lives_and_lists_under_other_headings_stay() {
        let [people, places, _] = linked(
            "Members\n\n- {P|Edison Valencia} – piano (1977–1996)\n- {P|Ana Ruiz} (1978)\n\n\
             Notable people\n\n- {P|Salim Nasser} (born 1950)\n- {P|Omar Said} (1961)\n\n\
             {P|Omar Said} said \"{L|Lima}\" (the city) and \"{L|Cusco}\" (1990s).",
        );
        assert_eq!(
            people,
            ["Edison Valencia", "Ana Ruiz", "Salim Nasser", "Omar Said"]
        );
        assert_eq!(places, ["Lima", "Cusco"]);
    }
}
