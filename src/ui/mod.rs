//! Drawing: the reader column, the status bar and the help overlay. Widgets
//! only read the [`App`]; they never change it.

mod bookmarks;
mod detail;
mod help;
pub mod map;
mod map_overlay;
mod mentions;
mod places;
mod reader;
mod sidebar;
mod status;

use std::collections::HashSet;
use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::ListState;

use crate::app::follow::Target;
use crate::app::{App, Focus, Mode, Overlay};

pub use bookmarks::BookmarksView;
pub use help::Help;
pub use mentions::{MentionsView, sentence_around};
pub use places::PlacesView;
pub use reader::{Highlight, Reader};
pub use sidebar::{SidebarView, kind_style};
pub use status::Status;

/// Below this many columns or rows, only a line saying so is drawn.
pub const MIN_SCREEN: (u16, u16) = (16, 3);

/// Draw the whole screen for `app`. Nothing is drawn from regions computed
/// for another size: when `app` was laid out for a size other than the
/// frame's, the frame is left blank (the next frame is laid out for it).
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if (area.width, area.height) != app.screen || area.is_empty() {
        return;
    }
    if area.width < MIN_SCREEN.0 || area.height < MIN_SCREEN.1 {
        let line = fit("terminal too small", usize::from(area.width));
        frame
            .buffer_mut()
            .set_string(area.x, area.y, line, Style::new());
        return;
    }
    let regions = app.regions;
    let doc = app.doc();
    let highlights = highlights(app);
    let reader = Reader {
        doc: &doc.doc,
        rows: app.rows_shown(),
        highlights: &highlights,
    };
    frame.render_widget(&reader, regions.column);
    draw_passage_marker(frame, app);
    if let Some(area) = regions.sidebar {
        let view = SidebarView {
            sidebar: &app.sidebar,
            focused: app.focus == Focus::Sidebar,
            filtering: app.mode() == Mode::Filter,
            unavailable: doc.entities_error.is_some(),
            progress: doc.extracting.map(|e| match e {
                crate::app::Extracting::Tagged(p) => format!("extracting {p}%"),
                crate::app::Extracting::Linking => "linking…".to_string(),
            }),
            theme: &app.theme,
            // With no room for the detail pane, the selected row shows
            // where its name is mentioned.
            strip: match (regions.detail, app.detail()) {
                (None, Some(d)) if app.sidebar.selected_item().is_some() => {
                    let counts = crate::app::story::density(
                        d.mentions,
                        doc.doc.text.len(),
                        sidebar::ROW_STRIP,
                    );
                    Some(detail::strip(&counts))
                }
                _ => None,
            },
        };
        let mut state = ListState::default()
            .with_offset(app.sidebar.offset)
            .with_selected(app.sidebar.selected_row());
        frame.render_stateful_widget(&view, area, &mut state);
    }
    if let Some(area) = regions.detail {
        frame.render_widget(
            &detail::DetailView {
                app,
                theme: &app.theme,
            },
            area,
        );
    }
    frame.render_widget(&Status::new(app), regions.status);
    // Overlays, innermost last; a prompt is drawn in the status bar.
    for overlay in &app.overlays {
        match overlay {
            Overlay::Bookmarks(list) => {
                let mut state = ListState::default()
                    .with_offset(list.offset)
                    .with_selected(Some(list.selected));
                frame.render_stateful_widget(
                    &BookmarksView { app, list },
                    regions.text,
                    &mut state,
                );
            }
            Overlay::Mentions(list) => {
                frame.render_widget(&MentionsView { app, list }, regions.text);
            }
            Overlay::Map(state) => {
                frame.render_widget(&map_overlay::MapOverlay { state }, regions.text);
            }
            Overlay::Places(list) => {
                let mut state = ListState::default();
                frame.render_stateful_widget(&PlacesView { app, list }, regions.text, &mut state);
            }
            Overlay::Help(scroll) => {
                // Help opens from the text or the sidebar.
                let mode = match app.focus {
                    Focus::Text => Mode::Reading,
                    Focus::Sidebar => Mode::Sidebar,
                };
                frame.render_widget(
                    &Help {
                        keys: &app.keys,
                        first: mode,
                        scroll: *scroll,
                        messages: &app.message_log,
                    },
                    frame.area(),
                );
            }
            Overlay::Prompt(_) => {}
        }
    }
}

/// The bytes of the text that the rows on screen show.
fn shown_bytes(app: &App) -> Range<usize> {
    let rows = app.rows_shown();
    let shown = &rows[..rows.len().min(app.page_height())];
    let start = shown.first().map_or(0, |r| r.start);
    let end = shown.last().map_or(start, |r| r.end());
    start..end.max(start)
}

/// A bar in the left margin beside the rows of the current passage, when the
/// column has a margin to draw it in.
fn draw_passage_marker(frame: &mut Frame, app: &App) {
    let column = app.regions.column;
    if column.x < app.regions.text.x + 2 {
        return;
    }
    let Some(passage) = app.passage_range() else {
        return;
    };
    let style = if app.passage_cursor.is_some() {
        Style::new().fg(Color::Yellow)
    } else {
        Style::new().fg(Color::DarkGray)
    };
    let x = column.x - 2;
    for (y, row) in (column.top()..column.bottom()).zip(app.rows_shown()) {
        let inside = row.start < passage.end && row.end() > passage.start;
        if inside && row.kind != crate::layout::RowKind::Blank {
            frame.buffer_mut()[(x, y)].set_symbol("▌").set_style(style);
        }
    }
}

/// The styled ranges of the current page's document: search matches when a
/// search is followed, else every person and place in its colour, the chosen
/// entity's mentions in reverse video and the current one underlined too.
pub fn highlights(app: &App) -> Vec<Highlight> {
    let current = app.current;
    let follow = app.follow.as_ref();
    // Only what is on screen: this runs for every frame.
    let shown = shown_bytes(app);
    let visible = |r: &Range<usize>| r.start < shown.end && r.end > shown.start;
    // Spots are in text order and do not overlap, so their ends are in order
    // too: skip to the screen and stop after it, whatever their number.
    let on_this_doc = |f: &crate::app::follow::Follow| {
        let first = f
            .spots
            .partition_point(|s| (s.doc, s.range.end) <= (current, shown.start));
        f.spots[first..]
            .iter()
            .enumerate()
            .take_while(|(_, s)| s.doc == current && s.range.start < shown.end)
            .filter(|(_, s)| visible(&s.range))
            .map(|(i, s)| (first + i == f.index, s.range.clone()))
            .collect::<Vec<_>>()
    };
    if let Some(f) = follow.filter(|f| matches!(f.target, Target::Search { .. })) {
        let base = match app.theme.highlight {
            Some(colour) => Style::new().bg(colour).fg(Color::Black),
            None => Style::new().add_modifier(Modifier::REVERSED),
        };
        return on_this_doc(f)
            .into_iter()
            .map(|(now, range)| Highlight {
                range,
                style: if now {
                    base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                } else {
                    base
                },
            })
            .collect();
    }
    if !app.sidebar_shown() && follow.is_none() {
        return Vec::new();
    }
    let chosen: Vec<(bool, Range<usize>)> = follow.map(on_this_doc).unwrap_or_default();
    let chosen_set: HashSet<(usize, usize)> =
        chosen.iter().map(|(_, r)| (r.start, r.end)).collect();
    let now = chosen
        .iter()
        .find(|(now, _)| *now)
        .map(|(_, r)| (r.start, r.end));
    let entities = &app.doc().entities;
    let mut out: Vec<Highlight> = entities
        .people
        .iter()
        .chain(&entities.places)
        .flat_map(|e| {
            // Mentions are in text order: skip to the screen, stop after it.
            let first = e.mentions.partition_point(|r| r.end <= shown.start);
            e.mentions[first..]
                .iter()
                .take_while(|r| r.start < shown.end)
                .map(move |r| (e.kind, r.clone()))
        })
        .map(|(kind, range)| {
            let mut style = kind_style(&app.theme, kind);
            if chosen_set.contains(&(range.start, range.end)) {
                style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
            }
            if now == Some((range.start, range.end)) {
                style = style.add_modifier(Modifier::UNDERLINED);
            }
            Highlight { range, style }
        })
        .collect();
    out.sort_by_key(|h| h.range.start);
    // Keep them apart: a later range that overlaps an earlier one is dropped.
    let mut end = 0;
    out.retain(|h| {
        let keep = h.range.start >= end;
        if keep {
            end = h.range.end;
        }
        keep
    });
    out
}

/// Cut `text` to at most `width` display columns, ending with `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The height of a list popup of `rows` rows in an area `available` rows high:
/// its rows and borders, at least a few rows, never taller than the area less
/// a row above and below.
pub fn popup_height(rows: usize, available: u16) -> u16 {
    let wanted = u16::try_from(rows)
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .max(5);
    wanted.min(available.saturating_sub(2))
}

/// A rectangle of at most `width` x `height` centered in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_matches_on_screen_are_highlighted_and_the_current_one_is_marked() {
        use crate::app::{Action, App};
        use crate::document::Document;
        let text: String = (0..2000).map(|i| format!("word{i} x\n")).collect();
        let mut app = App::new(vec![Document::from_text("t", &text, false)], 80);
        app.update(Action::Resize(60, 11));
        app.update(Action::StartSearch);
        app.update(Action::Input('x'));
        app.update(Action::InputSubmit);
        for _ in 0..5 {
            app.update(Action::NextMention);
        }
        let shown = shown_bytes(&app);
        let lit = highlights(&app);
        // Ten rows on screen, one match per row.
        assert_eq!(lit.len(), 10);
        assert!(
            lit.iter()
                .all(|h| h.range.start >= shown.start && h.range.end <= shown.end)
        );
        let current = app
            .follow
            .as_ref()
            .unwrap()
            .current()
            .unwrap()
            .range
            .clone();
        let marked: Vec<_> = lit
            .iter()
            .filter(|h| h.style.add_modifier.contains(Modifier::UNDERLINED))
            .collect();
        assert_eq!(marked.len(), 1);
        assert_eq!(marked[0].range, current);
    }

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        assert_eq!(fit("hello", 10), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("abc", 0), "");
    }
}
