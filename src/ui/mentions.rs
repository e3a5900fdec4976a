//! The mention list (`c`): each mention of one entity in its sentence.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, StatefulWidget, Widget};

use crate::app::{App, MentionList};

use super::{centered, fit, popup_height};

/// How much of the sentence to show before the name, in characters.
const BEFORE: usize = 30;

/// The popup listing `list`'s mentions, drawn over the text.
pub struct MentionsView<'a> {
    pub app: &'a App,
    pub list: &'a MentionList,
}

impl Widget for &MentionsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let popup = centered(
            area,
            area.width.saturating_sub(4).min(100),
            popup_height(self.list.spots.len(), area.height),
        );
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(format!(
                " {} — {} mentions ",
                self.list.name,
                self.list.spots.len()
            ))
            .title_bottom(" Enter jumps · Esc closes ");
        let inner = block.inner(popup);
        block.render(popup, buf);
        let width = usize::from(inner.width);
        let items: Vec<ListItem> = self
            .list
            .spots
            .iter()
            .map(|spot| {
                let doc = &self.app.docs[spot.doc].doc;
                let where_ = if spot.doc == self.app.current {
                    format!("p.{:<3} ", self.app.page_of(spot.range.start))
                } else {
                    format!("doc {:<2} ", spot.doc + 1)
                };
                let sentence = sentence_around(&doc.text, spot.range.clone());
                let before = tail_chars(&doc.text[sentence.start..spot.range.start], BEFORE);
                let name = &doc.text[spot.range.clone()];
                let after = &doc.text[spot.range.end..sentence.end];
                let room = width.saturating_sub(where_.chars().count());
                let before_fit = fit(&flat(&before), room);
                let room =
                    room.saturating_sub(unicode_width::UnicodeWidthStr::width(before_fit.as_str()));
                let name_fit = fit(name, room);
                let room =
                    room.saturating_sub(unicode_width::UnicodeWidthStr::width(name_fit.as_str()));
                ListItem::new(Line::from(vec![
                    Span::styled(where_, Style::new().fg(Color::DarkGray)),
                    Span::raw(before_fit),
                    Span::styled(
                        name_fit,
                        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
                    ),
                    Span::raw(fit(&flat(after), room)),
                ]))
            })
            .collect();
        let mut state = ListState::default().with_selected(Some(self.list.selected));
        StatefulWidget::render(
            List::new(items)
                .highlight_symbol("› ")
                .highlight_style(Style::new().add_modifier(Modifier::BOLD)),
            inner,
            buf,
            &mut state,
        );
    }
}

/// Line breaks as spaces, for a one-line row.
fn flat(s: &str) -> String {
    s.replace('\n', " ")
}

/// The last `n` characters of `s`, with `…` in front when cut.
fn tail_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        return s.to_string();
    }
    let skip = count - n;
    format!("…{}", s.chars().skip(skip).collect::<String>())
}

/// The sentence around `range`: from after the previous `.`, `!`, `?` or blank
/// line to the next one, at most a few hundred bytes either side.
pub fn sentence_around(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    const LIMIT: usize = 300;
    // A line break ends a sentence; so does . ! or ? before a space, but not
    // the dot after a lone letter ("U.S.", "J. Smith").
    let ends_at = |i: usize, c: char| {
        let before_space = || {
            text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
        };
        let after_initial = || {
            let mut back = text[..i].chars().rev();
            back.next().is_some_and(char::is_alphabetic)
                && back.next().is_none_or(|p| p == '.' || p.is_whitespace())
        };
        c == '\n'
            || (matches!(c, '.' | '!' | '?') && before_space() && !(c == '.' && after_initial()))
    };
    let mut start = range.start.saturating_sub(LIMIT);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let start = text[start..range.start]
        .char_indices()
        .rev()
        .map(|(i, c)| (start + i, c))
        .find(|&(i, c)| ends_at(i, c))
        .map_or(start, |(i, c)| i + c.len_utf8());
    let mut end = (range.end + LIMIT).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let end = text[range.end..end]
        .char_indices()
        .map(|(i, c)| (range.end + i, c))
        .find(|&(i, c)| ends_at(i, c))
        .map_or(end, |(i, c)| i + c.len_utf8());
    let trimmed = text[start..range.start].len() - text[start..range.start].trim_start().len();
    start + trimmed..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_is_cut_at_full_stops() {
        let text = "First one. Then Kim spoke. Last.";
        let at = text.find("Kim").unwrap();
        let s = sentence_around(text, at..at + 3);
        assert_eq!(&text[s], "Then Kim spoke.");
    }

    #[test]
    fn dots_inside_abbreviations_do_not_end_a_sentence() {
        let text = "He spoke. Kim feared the U.S. and left. Then.";
        let at = text.find("Kim").unwrap();
        let s = sentence_around(text, at..at + 3);
        assert_eq!(&text[s], "Kim feared the U.S. and left.");
    }

    #[test]
    fn tail_keeps_the_end() {
        assert_eq!(tail_chars("abcdef", 3), "…def");
        assert_eq!(tail_chars("ab", 3), "ab");
    }
}
