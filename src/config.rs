//! Settings: `config.toml` in the config directory, beside `bookmarks.json`
//! ([`crate::bookmarks::config_dir`], which honours `$FOLIO_CONFIG_DIR`).
//!
//! Three sections, every entry optional:
//! - `[keys]`: an action's name (from the key table, [`crate::keymap`]) → the
//!   keys that do it, each in the syntax of [`crate::keymap::Key::parse`]. An
//!   action listed replaces its default
//!   keys; an action left out keeps them.
//! - `[theme]`: the colours of people, places, organisations, search matches
//!   and the status bar ([`Theme`]). `NO_COLOR` turns every colour off
//!   ([`Theme::effective`]).
//! - `[reader]`: the reading column's `width` and when the `sidebar` shows.
//!
//! A mistake anywhere (bad TOML, an unknown section, action, key name or
//! colour) is one line naming the file, the line and the valid choices, and
//! the whole file is then ignored: [`load`] gives the defaults and the notice.
//! Nothing here prints.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use ratatui::style::Color;
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use crate::keymap;

/// The sections of the file.
const SECTIONS: &[&str] = &["keys", "theme", "reader"];
/// The entries of `[theme]`, with what each colours.
const THEME_ENTRIES: &[(&str, &str)] = &[
    ("person", "people: their names in the text and the sidebar"),
    ("place", "places: their names in the text and the sidebar"),
    ("organisation", "organisations"),
    ("highlight", "the background of search matches"),
    ("status", "the background of the status bar"),
];
/// The entries of `[reader]`.
const READER_ENTRIES: &[&str] = &["width", "sidebar"];

impl Config {
    /// The key table with `[keys]` applied.
    pub fn keymap(&self) -> keymap::Keymap {
        // The names and keys were checked when the file was read.
        keymap::Keymap::with(&self.keys).unwrap_or_default()
    }
}

/// Everything `config.toml` sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// `[keys]`: (action name, keys) as written, in the file's order; the
    /// key table with them is [`Config::keymap`].
    pub keys: Vec<(String, Vec<String>)>,
    pub theme: Theme,
    pub reader: Reader,
}

/// The colours of the reader. `None` is no colour: the reader shows that
/// thing by a modifier (bold, underline, reverse video) alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub person: Option<Color>,
    pub place: Option<Color>,
    pub organisation: Option<Color>,
    /// The background of search matches.
    pub highlight: Option<Color>,
    /// The background of the status bar.
    pub status: Option<Color>,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme {
            person: Some(Color::Cyan),
            place: Some(Color::Green),
            organisation: Some(Color::Magenta),
            highlight: Some(Color::Yellow),
            status: Some(Color::DarkGray),
        }
    }
}

impl Theme {
    /// No colour at all.
    pub const NONE: Theme = Theme {
        person: None,
        place: None,
        organisation: None,
        highlight: None,
        status: None,
    };

    /// The colours to draw with: none when `NO_COLOR` is set to anything but
    /// the empty string (<https://no-color.org>), whatever the file says.
    pub fn effective(&self) -> Theme {
        self.effective_with(std::env::var_os("NO_COLOR").as_deref())
    }

    /// [`Theme::effective`] for a given value of `NO_COLOR`.
    pub fn effective_with(&self, no_color: Option<&std::ffi::OsStr>) -> Theme {
        match no_color {
            Some(value) if !value.is_empty() => Theme::NONE,
            _ => *self,
        }
    }

    fn get(&self, entry: &str) -> Option<Color> {
        match entry {
            "person" => self.person,
            "place" => self.place,
            "organisation" => self.organisation,
            "highlight" => self.highlight,
            _ => self.status,
        }
    }
}

/// `[reader]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reader {
    /// The widest the reading column may be, in columns (at least 1);
    /// `--width` overrides it.
    pub width: u16,
    pub sidebar: Sidebar,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader {
            width: 80,
            sidebar: Sidebar::Auto,
        }
    }
}

/// When the sidebar of people and places is shown at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sidebar {
    /// When the terminal is wide enough (100 columns or more).
    Auto,
    Always,
    Never,
}

impl Sidebar {
    const NAMES: &[(&str, Sidebar)] = &[
        ("auto", Sidebar::Auto),
        ("always", Sidebar::Always),
        ("never", Sidebar::Never),
    ];

    fn name(self) -> &'static str {
        Sidebar::NAMES
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("auto", |(n, _)| n)
    }
}

// ----------------------------------------------------------------------------
// Colours

const COLOUR_NAMES: &[(&str, Color)] = &[
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("dark-gray", Color::DarkGray),
    ("light-red", Color::LightRed),
    ("light-green", Color::LightGreen),
    ("light-yellow", Color::LightYellow),
    ("light-blue", Color::LightBlue),
    ("light-magenta", Color::LightMagenta),
    ("light-cyan", Color::LightCyan),
    ("white", Color::White),
];

fn valid_colours() -> String {
    let names: Vec<&str> = COLOUR_NAMES.iter().map(|(n, _)| *n).collect();
    format!("{}, none, #rrggbb, or 0-255", names.join(", "))
}

/// A colour as `[theme]` writes it: a name (`cyan`, `light-green`,
/// `dark-gray`; `grey` for `gray`, `_` or nothing for `-`), `#rrggbb`, an
/// index 0–255 (a number or a string), or `none` for no colour.
pub fn parse_colour(s: &str) -> Result<Option<Color>, String> {
    let folded = s
        .trim()
        .to_ascii_lowercase()
        .replace(['_', ' '], "-")
        .replace("grey", "gray");
    if folded == "none" {
        return Ok(None);
    }
    if let Some((_, colour)) = COLOUR_NAMES
        .iter()
        .find(|(n, _)| *n == folded || n.replace('-', "") == folded)
    {
        return Ok(Some(*colour));
    }
    if let Some(hex) = folded.strip_prefix('#')
        && hex.len() == 6
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits");
        return Ok(Some(Color::Rgb(byte(0), byte(2), byte(4))));
    }
    if !folded.is_empty()
        && folded.bytes().all(|b| b.is_ascii_digit())
        && let Ok(index) = folded.parse::<u8>()
    {
        return Ok(Some(Color::Indexed(index)));
    }
    Err(format!(
        "unknown colour \"{s}\"; valid: {}",
        valid_colours()
    ))
}

/// A colour as [`parse_colour`] reads it.
pub fn colour_name(colour: Option<Color>) -> String {
    match colour {
        None => "none".into(),
        Some(Color::Rgb(r, g, b)) => format!("#{r:02x}{g:02x}{b:02x}"),
        Some(Color::Indexed(i)) => i.to_string(),
        Some(c) => COLOUR_NAMES
            .iter()
            .find(|(_, k)| *k == c)
            .map_or_else(|| "none".into(), |(n, _)| (*n).to_string()),
    }
}

// ----------------------------------------------------------------------------
// The file

/// The file's entries as written, before defaults fill in the rest. Unknown
/// sections and entries are errors.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    keys: BTreeMap<ActionName, KeyList>,
    #[serde(default)]
    theme: RawTheme,
    #[serde(default)]
    reader: RawReader,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    person: Option<Colour>,
    place: Option<Colour>,
    organisation: Option<Colour>,
    highlight: Option<Colour>,
    status: Option<Colour>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawReader {
    width: Option<Width>,
    sidebar: Option<SidebarValue>,
}

/// The name of an action of the key table.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct ActionName(String);

impl<'de> Deserialize<'de> for ActionName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        if keymap::action_names().any(|n| n == name) {
            return Ok(ActionName(name));
        }
        let valid: Vec<&str> = keymap::action_names().collect();
        Err(de::Error::custom(format!(
            "unknown action \"{name}\"; valid: {}",
            valid.join(", ")
        )))
    }
}

/// An action's keys: a list of keys, or one key alone.
struct KeyList(Vec<String>);

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = KeyList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of keys, like [\"Space\", \"f\"]")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<KeyList, E> {
                keymap::Key::parse(s)
                    .map(|_| KeyList(vec![s.to_string()]))
                    .map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyList, A::Error> {
                let mut keys = Vec::new();
                while let Some(KeyValue(k)) = seq.next_element()? {
                    keys.push(k);
                }
                Ok(KeyList(keys))
            }
        }
        d.deserialize_any(ListVisitor)
    }
}

/// One key in a list. It is read in a visitor so that an error carries the
/// key's own place in the file, not the list's.
struct KeyValue(String);

impl<'de> Deserialize<'de> for KeyValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = KeyValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key, like \"Space\" or \"f\"")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<KeyValue, E> {
                keymap::Key::parse(s)
                    .map(|_| KeyValue(s.to_string()))
                    .map_err(E::custom)
            }
        }
        d.deserialize_any(KeyVisitor)
    }
}

/// A colour: a string or an index.
struct Colour(Option<Color>);

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ColourVisitor;
        impl Visitor<'_> for ColourVisitor {
            type Value = Colour;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a colour name, \"#rrggbb\" or 0-255")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Colour, E> {
                parse_colour(s).map(Colour).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Colour, E> {
                u8::try_from(n)
                    .map(|i| Colour(Some(Color::Indexed(i))))
                    .map_err(|_| {
                        E::custom(format!("unknown colour {n}; valid: {}", valid_colours()))
                    })
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Colour, E> {
                self.visit_i64(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        d.deserialize_any(ColourVisitor)
    }
}

/// `[reader] width`.
struct Width(u16);

impl<'de> Deserialize<'de> for Width {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct WidthVisitor;
        impl Visitor<'_> for WidthVisitor {
            type Value = Width;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "a number of columns, 1-{}", u16::MAX)
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Width, E> {
                u16::try_from(n)
                    .ok()
                    .filter(|&w| w >= 1)
                    .map(Width)
                    .ok_or_else(|| {
                        E::custom(format!("width {n} is out of range; valid: 1-{}", u16::MAX))
                    })
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Width, E> {
                self.visit_i64(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        d.deserialize_any(WidthVisitor)
    }
}

/// `[reader] sidebar`.
struct SidebarValue(Sidebar);

impl<'de> Deserialize<'de> for SidebarValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Sidebar::NAMES
            .iter()
            .find(|(n, _)| *n == s)
            .map(|(_, v)| SidebarValue(*v))
            .ok_or_else(|| {
                de::Error::custom(format!(
                    "unknown sidebar \"{s}\"; valid: auto, always, never"
                ))
            })
    }
}

impl RawConfig {
    fn into_config(self) -> Config {
        let mut config = Config {
            keys: self
                .keys
                .into_iter()
                .map(|(ActionName(action), KeyList(keys))| (action, keys))
                .collect(),
            ..Config::default()
        };
        let t = &mut config.theme;
        for (slot, value) in [
            (&mut t.person, self.theme.person),
            (&mut t.place, self.theme.place),
            (&mut t.organisation, self.theme.organisation),
            (&mut t.highlight, self.theme.highlight),
            (&mut t.status, self.theme.status),
        ] {
            if let Some(Colour(c)) = value {
                *slot = c;
            }
        }
        if let Some(Width(w)) = self.reader.width {
            config.reader.width = w;
        }
        if let Some(SidebarValue(s)) = self.reader.sidebar {
            config.reader.sidebar = s;
        }
        config
    }
}

/// Read the text of a config file. `name` is what an error calls the file;
/// an error is one line: `<name> line <n>: <what>; valid: <choices>`.
pub fn parse(text: &str, name: &str) -> Result<Config, String> {
    match toml::from_str::<RawConfig>(text) {
        Ok(raw) => Ok(raw.into_config()),
        Err(e) => {
            let what = reword(e.message());
            Err(match e.span() {
                Some(span) => {
                    let line = text[..span.start.min(text.len())]
                        .bytes()
                        .filter(|&b| b == b'\n')
                        .count()
                        + 1;
                    format!("{name} line {line}: {what}")
                }
                None => format!("{name}: {what}"),
            })
        }
    }
}

/// A parser's message as one line, and serde's "unknown field `x`, expected
/// one of `a`, `b`" in the words of the other errors.
fn reword(message: &str) -> String {
    let one_line = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let Some(rest) = one_line.strip_prefix("unknown field `") else {
        return one_line;
    };
    let Some((field, expected)) = rest.rsplit_once("`, expected ") else {
        return one_line;
    };
    let theme: Vec<&str> = THEME_ENTRIES.iter().map(|(n, _)| *n).collect();
    let lists: [(&str, &[&str]); 3] = [
        ("section", SECTIONS),
        ("theme colour", &theme),
        ("reader setting", READER_ENTRIES),
    ];
    for (what, valid) in lists {
        if valid.iter().all(|v| expected.contains(&format!("`{v}`"))) {
            return format!("unknown {what} \"{field}\"; valid: {}", valid.join(", "));
        }
    }
    one_line
}

/// Where the config file is: `config.toml` in the config directory.
pub fn path() -> Result<PathBuf, crate::bookmarks::StoreError> {
    Ok(crate::bookmarks::config_dir()?.join("config.toml"))
}

/// The largest config file read.
const MAX_BYTES: u64 = 1 << 20;

/// The config, and a notice when the file could not be used. A missing file
/// (or no config directory) is the defaults without a notice; any error
/// gives the defaults and the error as a one-line notice.
pub fn load() -> (Config, Option<String>) {
    match path() {
        Ok(path) => load_from(&path),
        Err(_) => (Config::default(), None),
    }
}

/// [`load`] from a given file.
pub fn load_from(path: &Path) -> (Config, Option<String>) {
    match read(path) {
        Ok(None) => (Config::default(), None),
        Ok(Some(text)) => match parse(&text, &path.display().to_string()) {
            Ok(config) => (config, None),
            Err(notice) => (Config::default(), Some(notice)),
        },
        Err(why) => (
            Config::default(),
            Some(format!("{}: {why}", path.display())),
        ),
    }
}

/// The file's text; `None` when there is no file. Only a regular file is
/// read (a FIFO would never end), and at most [`MAX_BYTES`] of it.
fn read(path: &Path) -> Result<Option<String>, String> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_BYTES {
        return Err(format!("larger than {} KiB", MAX_BYTES / 1024));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| "not UTF-8 text".into())
}

/// A string as a TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The whole default file, every entry with a comment, as
/// `folio config default` prints it. It reads back as [`Config::default`].
pub fn default_file() -> String {
    let config = Config::default();
    let mut out = String::from(
        "# folio's settings. Every entry may be left out: it then keeps the default\n\
         # shown here. A mistake in this file is shown when the reader starts, and\n\
         # the defaults are used until it is put right.\n\
         \n\
         # Keys: an action, then the keys that do it. Listing an action replaces its\n\
         # default keys. A key is a single character (f, G, ?, [), or Space, Enter,\n\
         # Esc, Tab, BackTab, Backspace, Delete, Insert, Home, End, PageUp, PageDown,\n\
         # Up, Down, Left, Right, F1-F12, each with optional Ctrl-, Alt-, Shift- before\n\
         # (Ctrl-c).\n\
         [keys]\n",
    );
    for (name, what, keys) in keymap::defaults() {
        let keys: Vec<String> = keys.iter().map(|k| quoted(k)).collect();
        out.push_str(&format!("# {what}\n{name} = [{}]\n", keys.join(", ")));
    }
    out.push_str(
        "\n\
         # Colours: black, red, green, yellow, blue, magenta, cyan, gray, dark-gray,\n\
         # light-red, light-green, light-yellow, light-blue, light-magenta,\n\
         # light-cyan, white, \"#rrggbb\", an index 0-255, or none (no colour: a\n\
         # modifier such as bold shows it instead). When NO_COLOR is set, no colour\n\
         # is used at all.\n\
         [theme]\n",
    );
    for (name, what) in THEME_ENTRIES {
        out.push_str(&format!(
            "# {what}\n{name} = {}\n",
            quoted(&colour_name(config.theme.get(name)))
        ));
    }
    out.push_str(&format!(
        "\n\
         [reader]\n\
         # The widest the reading column may be, in columns (--width overrides it).\n\
         width = {}\n\
         # The sidebar of people and places at start: auto (shown when the\n\
         # terminal has 100 columns or more), always, or never.\n\
         sidebar = {}\n",
        config.reader.width,
        quoted(config.reader.sidebar.name())
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Mode};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    /// The notice for `text` as a file, and that the defaults came with it.
    fn notice(text: &str) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        let (config, notice) = load_from(&path);
        assert_eq!(config, Config::default(), "the defaults, whole");
        let notice = notice.expect("a notice");
        assert!(
            notice.starts_with(&path.display().to_string()),
            "names the file: {notice}"
        );
        assert_eq!(notice.lines().count(), 1, "one line: {notice}");
        notice
    }

    #[test]
    fn a_valid_file_overrides_what_it_names() {
        let text = "[keys]\nnext_page = [\"Space\", \"f\", \"PageDown\"]\nquit = \"Ctrl-q\"\n\
                    \n[theme]\nperson = \"light-green\"\nplace = \"#ff8000\"\nstatus = 236\n\
                    highlight = \"none\"\n\n[reader]\nwidth = 66\nsidebar = \"never\"\n";
        let config = parse(text, "config.toml").unwrap();
        let map = config.keymap();
        let press = |code| key(code, KeyModifiers::NONE);
        assert_eq!(
            map.lookup(Mode::Reading, &press(KeyCode::Char('f'))),
            Some(Action::NextPage)
        );
        assert_eq!(map.lookup(Mode::Reading, &press(KeyCode::Char('l'))), None);
        let ctrl_q = key(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(map.lookup(Mode::Help, &ctrl_q), Some(Action::Quit));
        assert_eq!(
            map.lookup(Mode::Reading, &press(KeyCode::Char('h'))),
            Some(Action::PrevPage),
            "actions left out keep their keys"
        );
        assert_eq!(config.theme.person, Some(Color::LightGreen));
        assert_eq!(config.theme.place, Some(Color::Rgb(255, 128, 0)));
        assert_eq!(config.theme.status, Some(Color::Indexed(236)));
        assert_eq!(config.theme.highlight, None);
        assert_eq!(config.theme.organisation, Some(Color::Magenta));
        assert_eq!(
            config.reader,
            Reader {
                width: 66,
                sidebar: Sidebar::Never
            }
        );
        assert_eq!(parse("", "x").unwrap(), Config::default());
    }

    #[test]
    fn a_missing_file_is_the_defaults_without_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let (config, notice) = load_from(&dir.path().join("config.toml"));
        assert_eq!(config, Config::default());
        assert_eq!(notice, None);
    }

    #[test]
    fn an_unknown_action_names_the_line_and_the_actions() {
        let n = notice("[keys]\nquit = [\"q\"]\nnext_pag = [\"f\"]\n");
        let valid: Vec<&str> = keymap::action_names().collect();
        assert!(
            n.ends_with(&format!(
                "config.toml line 3: unknown action \"next_pag\"; valid: {}",
                valid.join(", ")
            )),
            "{n}"
        );
        assert!(n.contains("valid: next_page, prev_page, line_down"), "{n}");
    }

    #[test]
    fn a_bad_key_name_names_the_line_and_the_names() {
        let n = notice("[keys]\n\nnext_page = [\"Space\",\n  \"Spcae\"]\n");
        assert!(
            n.contains("config.toml line 4: unknown key \"Spcae\"; a key is one character"),
            "{n}"
        );
        assert!(n.contains("PageDown") && n.contains("F1-F12"), "{n}");
    }

    #[test]
    fn a_bad_colour_names_the_line_and_the_colours() {
        let n = notice("[theme]\nperson = \"cyan\"\nplace = \"grean\"\n");
        assert!(
            n.contains(
                "config.toml line 3: unknown colour \"grean\"; valid: black, red, green, yellow"
            ),
            "{n}"
        );
        assert!(n.contains("#rrggbb, or 0-255"), "{n}");
        let n = notice("[theme]\nstatus = 256\n");
        assert!(n.contains("line 2: unknown colour 256; valid:"), "{n}");
    }

    #[test]
    fn bad_toml_names_the_line() {
        let n = notice("[reader]\nwidth = 80\nsidebar = \"auto\n");
        assert!(n.contains("config.toml line 3: "), "{n}");
    }

    #[test]
    fn an_unknown_section_or_entry_names_the_line_and_the_choices() {
        let n = notice("[reader]\nwidth = 70\n\n[colours]\nperson = \"red\"\n");
        assert!(
            n.ends_with(
                "config.toml line 4: unknown section \"colours\"; valid: keys, theme, reader"
            ),
            "{n}"
        );
        let n = notice("[theme]\npersons = \"red\"\n");
        assert!(
            n.ends_with(
                "line 2: unknown theme colour \"persons\"; valid: person, place, organisation, \
                 highlight, status"
            ),
            "{n}"
        );
        let n = notice("[reader]\nwidht = 70\n");
        assert!(
            n.ends_with("line 2: unknown reader setting \"widht\"; valid: width, sidebar"),
            "{n}"
        );
    }

    #[test]
    fn reader_values_are_checked() {
        let n = notice("[reader]\nwidth = 0\n");
        assert!(
            n.ends_with("line 2: width 0 is out of range; valid: 1-65535"),
            "{n}"
        );
        let n = notice("[reader]\nsidebar = \"sometimes\"\n");
        assert!(
            n.ends_with("line 2: unknown sidebar \"sometimes\"; valid: auto, always, never"),
            "{n}"
        );
    }

    #[test]
    fn other_files_are_notices_not_hangs() {
        let dir = tempfile::tempdir().unwrap();
        let (config, notice) = load_from(dir.path());
        assert_eq!(config, Config::default());
        assert!(notice.unwrap().ends_with(": not a regular file"));
        let path = dir.path().join("config.toml");
        std::fs::write(&path, b"[reader]\nwidth = 70 # \xff\n").unwrap();
        let (_, notice) = load_from(&path);
        assert!(notice.unwrap().ends_with(": not UTF-8 text"));
    }

    #[test]
    fn no_color_turns_every_colour_off() {
        let theme = Theme::default();
        assert_eq!(
            theme.effective_with(Some(std::ffi::OsStr::new("1"))),
            Theme::NONE
        );
        assert_eq!(theme.effective_with(Some(std::ffi::OsStr::new(""))), theme);
        assert_eq!(theme.effective_with(None), theme);
    }

    #[test]
    fn the_default_file_reads_back_as_the_defaults() {
        let text = default_file();
        let parsed = parse(&text, "default").unwrap();
        let default = Config::default();
        assert_eq!(
            (parsed.theme, parsed.reader),
            (default.theme, default.reader)
        );
        assert_eq!(
            parsed.keymap().markdown(),
            keymap::Keymap::default().markdown()
        );
        for (name, what, _) in keymap::defaults() {
            assert!(text.contains(&format!("# {what}\n{name} = [")), "{name}");
        }
        for (name, _) in THEME_ENTRIES {
            assert!(text.contains(&format!("\n{name} = \"")), "{name}");
        }
        assert!(text.contains("\nwidth = 80\n") && text.contains("\nsidebar = \"auto\"\n"));
    }

    #[test]
    fn colours_parse_and_print_back() {
        for text in ["cyan", "light-green", "dark-gray", "#1a2b3c", "17", "none"] {
            assert_eq!(colour_name(parse_colour(text).unwrap()), text);
        }
        assert_eq!(parse_colour("DarkGrey").unwrap(), Some(Color::DarkGray));
        assert_eq!(
            parse_colour("light_green").unwrap(),
            Some(Color::LightGreen)
        );
        for bad in ["", "#12345", "#gggggg", "256", "-1", "blurple"] {
            assert!(parse_colour(bad).is_err(), "{bad:?}");
        }
    }
}
