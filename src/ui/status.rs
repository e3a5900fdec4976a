//! The status bar: title, `Page N/M`, notices and a key hint.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Extracting, PromptFor};

use super::fit;

/// What the status bar shows, taken from the app.
pub struct Status {
    title: String,
    position: String,
    notice: Option<String>,
    /// A prompt being typed replaces the title: the text before the cursor,
    /// under it, and after it.
    prompt: Option<[String; 3]>,
    /// The bar's background, from the theme.
    colour: Option<Color>,
}

const HINT: &str = "? help  q quit";

impl Status {
    pub fn new(app: &App) -> Status {
        let mut position = app.page_label();
        if app.docs.len() > 1 {
            position = format!("[{}/{}] {position}", app.current + 1, app.docs.len());
        }
        let doc = &app.doc().doc;
        if let Some(f) = &app.follow {
            position = format!("{}  {position}", f.label());
        }
        let notice = app
            .message()
            .or_else(|| {
                app.searching
                    .as_ref()
                    .map(|_| "searching… (Esc cancels)".to_string())
            })
            .or_else(|| doc.lossy.then(|| "invalid UTF-8 replaced".to_string()))
            .or_else(|| {
                app.doc()
                    .entities_error
                    .as_ref()
                    .map(|_| "people and places unavailable".to_string())
            })
            .or_else(|| match app.doc().extracting {
                Some(Extracting::Tagged(p)) => Some(format!("people and places: extracting {p}%")),
                Some(Extracting::Linking) => Some("people and places: linking names…".to_string()),
                None => {
                    (app.entities_pending > 0).then(|| "finding people and places…".to_string())
                }
            });
        let prompt = app.prompt().and_then(|p| {
            let label = match p.purpose {
                PromptFor::Search => "/",
                PromptFor::Note => "Note (Enter saves, Esc cancels): ",
                PromptFor::EditNote => "Edit note: ",
                PromptFor::Filter => return None,
            };
            // The character under the cursor is drawn reversed.
            let text = p.text();
            let at = text
                .char_indices()
                .nth(p.input.cursor())
                .map_or(text.len(), |(i, _)| i);
            let under = text[at..].chars().next().map_or(1, char::len_utf8);
            let after = text.get(at + under..).unwrap_or("");
            let under = text.get(at..at + under).unwrap_or(" ");
            Some([
                format!("{label}{}", &text[..at]),
                under.to_string(),
                after.to_string(),
            ])
        });
        // Titles, notices and prompts can carry text from files, paths or
        // keys: all of it goes through the sanitiser.
        let safe = |s: String| crate::sanitize::line(&s).into_owned();
        Status {
            title: safe(doc.display_title().to_string()),
            position: safe(position),
            notice: notice.map(safe),
            prompt: prompt.map(|parts| parts.map(safe)),
            colour: app.theme.status,
        }
    }
}

impl Widget for &Status {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let bar = match self.colour {
            Some(colour) => Style::new().bg(colour).fg(Color::White),
            None => Style::new().add_modifier(Modifier::REVERSED),
        };
        buf.set_style(area, bar);
        let width = usize::from(area.width);
        // A notice takes the title's place on the left, where it has the most
        // room, and is shortened with … rather than dropped.
        let mut right = vec![Span::raw(self.position.clone())];
        right.push(Span::styled(
            format!("  {HINT} "),
            Style::new().fg(Color::Gray),
        ));
        let right = Line::from(right);
        let mut right_width = right.width();
        if right_width > width {
            // Too narrow for everything: the position matters most.
            right_width = self.position.width().min(width);
            let line = Line::from(fit(&self.position, width));
            line.render(
                Rect {
                    x: area.right() - right_width as u16,
                    width: right_width as u16,
                    ..area
                },
                buf,
            );
            return;
        }
        let room = width - right_width;
        let left = match &self.prompt {
            Some([before, under, after]) => {
                let style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
                // Keep the cursor in sight: cut the start of a long line.
                let room = room.saturating_sub(3);
                let before = if before.width() + under.width() > room {
                    let keep = room.saturating_sub(under.width() + 1);
                    let chars: Vec<char> = before.chars().collect();
                    let mut kept = String::new();
                    for c in chars.iter().rev() {
                        if kept.width() + c.to_string().width() > keep {
                            break;
                        }
                        kept.insert(0, *c);
                    }
                    format!("…{kept}")
                } else {
                    before.clone()
                };
                let rest = room.saturating_sub(before.width() + under.width());
                Line::from(vec![
                    Span::styled(format!(" {before}"), style),
                    Span::styled(under.clone(), style.add_modifier(Modifier::REVERSED)),
                    Span::styled(fit(after, rest), style),
                ])
            }
            None => match &self.notice {
                Some(notice) => Line::from(Span::styled(
                    format!(" {}", fit(notice, room.saturating_sub(2))),
                    Style::new().fg(Color::Yellow),
                )),
                None => Line::from(Span::styled(
                    format!(" {}", fit(&self.title, room.saturating_sub(2))),
                    Style::new().add_modifier(Modifier::BOLD),
                )),
            },
        };
        left.render(
            Rect {
                width: room as u16,
                ..area
            },
            buf,
        );
        right.render(
            Rect {
                x: area.x + room as u16,
                width: right_width as u16,
                ..area
            },
            buf,
        );
    }
}
