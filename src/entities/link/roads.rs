//! Roads named by their numbers (`U.S. Route 84`, `State Road 689`, `NM
//! 96`, `I-95`): one place each, where the tagger leaves the number out,
//! takes the road for a body, or passes a state's code by.

use super::*;

/// Words that end a road's name before its number (`Route 66`, `Highway
/// 2`, `Interstate 40`).
const ROAD_WORDS: &[&str] = &["Highway", "Interstate", "Route"];

/// Words that make `Road` a numbered road's word before them (`State Road
/// 689`, `County Road 0142`), and that a road's name may begin with
/// outside the tagger's span (`State Road 689` at a sentence's start).
const JURISDICTIONS: &[&str] = &[
    "County",
    "Farm",
    "Federal",
    "Forest",
    "National",
    "Provincial",
    "Regional",
    "State",
    "Trunk",
];

/// Codes that name a road with a number after them in a text about roads
/// (`US 84`, `NM 96`, `SR 20`): the United States', its states', and state
/// and county roads'; sorted, for a binary search.
const CODES: &[&str] = &[
    "AK", "AL", "AR", "AZ", "CA", "CO", "CR", "CT", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
    "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
    "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "SR", "TN", "TX", "US", "UT", "VA",
    "VT", "WA", "WI", "WV", "WY",
];

/// The number of one to `max` figures at the start of `rest`, with no
/// letter or figure after it: its length.
fn number(rest: &[u8], max: usize) -> Option<usize> {
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    // Not before a letter, a figure, or a character past ASCII.
    let after = rest.get(digits);
    ((1..=max).contains(&digits) && !after.is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80))
        .then_some(digits)
}

/// Words of a text that speaks of roads, in any case ([`Topics::roads`]).
pub(super) const ROADS_SPOKEN_OF: &[&str] = &["highway", "interstate", "route "];

/// Where a road's name `text[name]` goes on with its number, if it does:
/// after a road's word, or after `Road` that a jurisdiction's word comes
/// before, in the name or right before it (`State Road 689`; not `Abbey
/// Road 3`, an address).
fn number_end(text: &str, name: Range<usize>) -> Option<usize> {
    let surface = &text[name.clone()];
    let (head, last) = surface
        .rsplit_once_byte(b' ')
        .map_or((None, surface), |(h, l)| (Some(h), l));
    // The word before `Road`, asked of `Road` only.
    let jurisdiction = || {
        let before = match head {
            Some(head) => head.rsplit_byte(b' ').next(),
            None => word_before(text, name.start)
                .filter(|w| w.end + 1 == name.start)
                .map(|w| &text[w]),
        };
        before.is_some_and(|b| JURISDICTIONS.contains(&b))
    };
    let road = ROAD_WORDS.contains(&last) || last == "Road" && jurisdiction();
    let end = name.end;
    road.then(|| {
        text.as_bytes()[end..]
            .strip_prefix(b" ")
            .and_then(|r| number(r, 4))
    })
    .flatten()
    .map(|n| end + 1 + n)
}

/// The spans (in text order, apart) with each road named by its number one
/// place: a name that ends in a road's word taking the number after it,
/// and a jurisdiction's word before it that no span holds (`U.S. Route
/// 84`, `State Road 689`); a name with its number already, taken for a
/// body, made a place (`Highway 2`); and in `text[part]`, if it speaks of
/// roads (`roads`, [`Topics::roads`] of the part), a state's code and a number (`NM 96`, `US 84`)
/// or an interstate's (`I-95`), with any span over the code alone.
pub(super) fn roads_with_numbers(
    text: &str,
    part: Range<usize>,
    roads_spoken_of: bool,
    spans: Vec<Span>,
) -> Vec<Span> {
    let mut roads: Vec<Range<usize>> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        let surface = &text[s.range()];
        if !surface.ends_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        if let Some(end) = number_end(text, s.range()) {
            // No span over the number.
            if spans.get(i + 1).is_some_and(|n| n.start < end) {
                continue;
            }
            let start = word_before(text, s.start)
                .filter(|w| {
                    w.end + 1 == s.start
                        && JURISDICTIONS.contains(&&text[w.clone()])
                        && (i == 0 || spans[i - 1].end() <= w.start)
                })
                .map_or(s.start, |w| w.start);
            roads.push(start..end);
        } else if s.kind != Kind::Place
            && let Some((head, last)) = surface.rsplit_once_byte(b' ')
            && ROAD_WORDS.contains(&head.rsplit_byte(b' ').next().unwrap_or_default())
            && number(last.as_bytes(), 4) == Some(last.len())
        {
            roads.push(s.range());
        }
    }
    if roads_spoken_of {
        roads.extend(coded_roads(text, part, &spans));
        roads.sort_by_key(|r| r.start);
        roads.dedup_by(|b, a| b.start < a.end);
    }
    replaced_by(text, spans, roads, Kind::Place)
}

/// The roads named by a state's code and a number, or an interstate's
/// (`NM 96`, `US 84`, `I-95`), in `text[part]`, that hold whole any span
/// they overlap.
fn coded_roads(text: &str, part: Range<usize>, spans: &[Span]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = part.start;
    while at + 3 < part.end {
        // Words start after a space, a line's start or a bracket.
        let starts = at == 0 || matches!(bytes[at - 1], b' ' | b'\n' | b'(' | b'\t');
        let rest = &bytes[at..part.end];
        // Two capitals, a space and a figure, or `I-` and a figure, first:
        // most words are told from their first bytes.
        let len = match rest {
            [b'I', b'-', d, ..] if starts && d.is_ascii_digit() => {
                number(&rest[2..], 3).map(|n| 2 + n)
            }
            [a, b, b' ', d, ..]
                if starts
                    && a.is_ascii_uppercase()
                    && b.is_ascii_uppercase()
                    && d.is_ascii_digit()
                    && CODES.binary_search(&&text[at..at + 2]).is_ok() =>
            {
                number(&rest[3..], 3).map(|n| 3 + n)
            }
            _ => None,
        };
        match len {
            Some(len) if holds_whole(spans, &(at..at + len)) => {
                found.push(at..at + len);
                at += len;
            }
            _ => at += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::test_support::linked;

    #[test]
    fn a_road_named_by_its_number_is_one_place() {
        let [_, places, orgs] = linked(
            "The road ({O|NM} 689) is a state highway. It runs from {L|U.S. Route} 84 \
             near {L|Abiquiú} to {O|NM} 96. It leaves {L|US} 84, crosses {L|County Road} 0142, \
             {O|Highway 2} and I-95.",
        );
        assert_eq!(
            places,
            [
                "NM 689",
                "U.S. Route 84",
                "Abiquiú",
                "NM 96",
                "US 84",
                "County Road 0142",
                "Highway 2",
                "I-95"
            ]
        );
        assert!(orgs.is_empty(), "{orgs:?}");
        // With the jurisdiction's word outside the span.
        let [_, places, _] = linked("State {O|Road} 689 runs north. It is a highway.");
        assert_eq!(places, ["State Road 689"]);
    }

    #[test]
    fn the_codes_are_sorted_for_their_search() {
        assert!(super::CODES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn codes_and_numbers_stay_apart_outside_text_about_roads_as_do_addresses() {
        let [_, places, orgs] = linked(
            "{L|US} 84 million dollars went to {L|Los Angeles}, {L|CA} 90210. {O|Channel} 4 \
             is in {L|London}.",
        );
        assert_eq!(places, ["United States", "Los Angeles", "CA", "London"]);
        assert_eq!(orgs, ["Channel 4"]);
    }
}
