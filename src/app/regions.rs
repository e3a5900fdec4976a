//! Where things go on screen, derived from the terminal size.

use ratatui::layout::Rect;

/// The sidebar is drawn when the terminal has at least this many columns,
/// unless the user hid it.
pub const SIDEBAR_MIN_SCREEN: u16 = 100;
/// Asked for with `e`, the sidebar is drawn down to this many columns.
pub const SIDEBAR_MIN_FORCED: u16 = SIDEBAR_WIDTH + 20;
/// The sidebar's width, border included.
pub const SIDEBAR_WIDTH: u16 = 32;
/// Text areas at least this wide get a two-column margin on each side.
const MARGIN_FROM: u16 = 40;
/// The detail pane under the sidebar list, border included, drawn when the
/// screen has at least [`DETAIL_FROM`] rows.
pub const DETAIL_HEIGHT: u16 = 9;
pub const DETAIL_FROM: u16 = 28;

/// Where things go on screen, derived from the terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Regions {
    /// The area the reading column is centered in.
    pub text: Rect,
    /// The reading column itself.
    pub column: Rect,
    /// The sidebar's list, when the sidebar is shown.
    pub sidebar: Option<Rect>,
    /// Under it, the detail pane about the selected entity, when there is
    /// room.
    pub detail: Option<Rect>,
    /// The status bar (the bottom row).
    pub status: Rect,
}

impl Regions {
    /// Lay out a screen of `area` with a column at most `max_width` wide and
    /// the sidebar on the right: when the screen is wide enough, or when
    /// `sidebar` (the user's choice, if made) says so and it fits at all.
    pub fn new(area: Rect, max_width: u16, sidebar: Option<bool>) -> Regions {
        let status_height = area.height.min(1);
        let body = Rect {
            height: area.height - status_height,
            ..area
        };
        let status = Rect {
            y: area.y + body.height,
            height: status_height,
            ..area
        };
        let shown = match sidebar {
            None => area.width >= SIDEBAR_MIN_SCREEN,
            Some(wanted) => wanted && area.width >= SIDEBAR_MIN_FORCED,
        };
        let (text, sidebar) = if shown {
            let text = Rect {
                width: body.width - SIDEBAR_WIDTH,
                ..body
            };
            let side = Rect {
                x: body.x + text.width,
                width: SIDEBAR_WIDTH,
                ..body
            };
            (text, Some(side))
        } else {
            (body, None)
        };
        let (sidebar, detail) = match sidebar {
            Some(side) if area.height >= DETAIL_FROM => {
                let list = Rect {
                    height: side.height - DETAIL_HEIGHT,
                    ..side
                };
                let detail = Rect {
                    y: side.y + list.height,
                    height: DETAIL_HEIGHT,
                    ..side
                };
                (Some(list), Some(detail))
            }
            other => (other, None),
        };
        // A margin on each side when there is room, for the passage marker and
        // to keep the text off the sidebar's border.
        let margin = if text.width >= MARGIN_FROM { 2 } else { 0 };
        let width = (text.width - 2 * margin).min(max_width.max(1));
        let column = Rect {
            x: text.x + (text.width - width) / 2,
            width,
            ..text
        };
        Regions {
            text,
            column,
            sidebar,
            detail,
            status,
        }
    }

    /// Inside the detail pane: the strip of where the entity is mentioned
    /// (the row under the pane's title).
    pub fn strip(&self) -> Option<Rect> {
        self.detail.map(|d| Rect {
            x: d.x.saturating_add(1).min(d.right()),
            y: d.y.saturating_add(1).min(d.bottom()),
            width: d.width.saturating_sub(1),
            height: d.height.min(2).saturating_sub(1),
        })
    }

    /// The sidebar's list area: inside its left border and title row.
    pub fn sidebar_list(&self) -> Option<Rect> {
        self.sidebar.map(|s| Rect {
            x: s.x.saturating_add(1).min(s.right()),
            y: s.y.saturating_add(1).min(s.bottom()),
            width: s.width.saturating_sub(1),
            height: s.height.saturating_sub(1),
        })
    }
}
