//! Searches for one ASCII byte (a space, a hyphen) in the short strings that
//! linking looks at: a name, a word, the few words after one. `str`'s own
//! search for a `char` sets up a vectorised scan that costs more than the
//! dozen bytes it scans; these go a byte at a time. Each gives exactly what
//! the `str` method of the same name with that character gives (a property
//! test holds them to it). An ASCII byte is never part of a longer
//! character, so every cut falls on a character boundary.

/// [`str`]'s `contains`, `split`, `rsplit`, `split_once` and `rsplit_once`
/// for one ASCII byte.
pub(super) trait Short {
    /// Whether `b` is in the string.
    fn has_byte(&self, b: u8) -> bool;
    /// The pieces between each `b`, as `split(b as char)` gives them.
    fn split_byte(&self, b: u8) -> SplitByte<'_>;
    /// The pieces between each `b`, last first, as `rsplit(b as char)`.
    fn rsplit_byte(&self, b: u8) -> std::iter::Rev<SplitByte<'_>>;
    /// Before and after the first `b`.
    fn split_once_byte(&self, b: u8) -> Option<(&str, &str)>;
    /// Before and after the last `b`.
    fn rsplit_once_byte(&self, b: u8) -> Option<(&str, &str)>;
}

impl Short for str {
    #[inline]
    fn has_byte(&self, b: u8) -> bool {
        debug_assert!(b.is_ascii());
        self.bytes().any(|x| x == b)
    }

    #[inline]
    fn split_byte(&self, b: u8) -> SplitByte<'_> {
        debug_assert!(b.is_ascii());
        SplitByte {
            rest: self,
            byte: b,
            done: false,
        }
    }

    #[inline]
    fn rsplit_byte(&self, b: u8) -> std::iter::Rev<SplitByte<'_>> {
        self.split_byte(b).rev()
    }

    #[inline]
    fn split_once_byte(&self, b: u8) -> Option<(&str, &str)> {
        debug_assert!(b.is_ascii());
        let at = self.bytes().position(|x| x == b)?;
        Some((&self[..at], &self[at + 1..]))
    }

    #[inline]
    fn rsplit_once_byte(&self, b: u8) -> Option<(&str, &str)> {
        debug_assert!(b.is_ascii());
        let at = self.bytes().rposition(|x| x == b)?;
        Some((&self[..at], &self[at + 1..]))
    }
}

/// The iterator of [`Short::split_byte`]: what is left to split, from both
/// ends.
#[derive(Clone, Debug)]
pub(super) struct SplitByte<'a> {
    rest: &'a str,
    byte: u8,
    done: bool,
}

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        match self.rest.bytes().position(|x| x == self.byte) {
            Some(at) => {
                let piece = &self.rest[..at];
                self.rest = &self.rest[at + 1..];
                Some(piece)
            }
            None => {
                self.done = true;
                Some(self.rest)
            }
        }
    }
}

impl<'a> DoubleEndedIterator for SplitByte<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        match self.rest.bytes().rposition(|x| x == self.byte) {
            Some(at) => {
                let piece = &self.rest[at + 1..];
                self.rest = &self.rest[..at];
                Some(piece)
            }
            None => {
                self.done = true;
                Some(self.rest)
            }
        }
    }
}

impl std::iter::FusedIterator for SplitByte<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Short strings of spaces, hyphens, letters and characters of every
    /// width, or any string.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[ a\\-é\u{a0}\u{2028}日\u{301}\u{202e}\u{1}]{0,12}",
            any::<String>(),
        ]
    }

    #[test]
    fn ends_and_runs_give_empty_pieces() {
        let s = " a  b-";
        assert_eq!(
            s.split_byte(b' ').collect::<Vec<_>>(),
            s.split(' ').collect::<Vec<_>>()
        );
        assert_eq!(s.split_byte(b' ').collect::<Vec<_>>(), ["", "a", "", "b-"]);
        assert_eq!("".split_byte(b' ').collect::<Vec<_>>(), [""]);
        assert_eq!(s.rsplit_once_byte(b' '), Some((" a ", "b-")));
        assert_eq!(s.split_once_byte(b'-'), Some((" a  b", "")));
    }

    proptest! {
        #[test]
        fn the_same_as_str_for_that_character(s in text(), b in prop::sample::select(vec![b' ', b'-', b'a'])) {
            let c = b as char;
            prop_assert_eq!(s.has_byte(b), s.contains(c));
            prop_assert_eq!(s.split_byte(b).collect::<Vec<_>>(), s.split(c).collect::<Vec<_>>());
            prop_assert_eq!(s.rsplit_byte(b).collect::<Vec<_>>(), s.rsplit(c).collect::<Vec<_>>());
            prop_assert_eq!(s.split_once_byte(b), s.split_once(c));
            prop_assert_eq!(s.rsplit_once_byte(b), s.rsplit_once(c));
        }

        #[test]
        fn taken_from_both_ends_each_piece_comes_once(s in text(), pattern in prop::collection::vec(any::<bool>(), 0..16)) {
            let want: Vec<&str> = s.split(' ').collect();
            let mut it = s.split_byte(b' ');
            let (mut front, mut back) = (Vec::new(), Vec::new());
            for from_front in pattern.into_iter().chain(std::iter::repeat_n(true, want.len() + 1)) {
                let got = if from_front { it.next() } else { it.next_back() };
                match got {
                    Some(p) if from_front => front.push(p),
                    Some(p) => back.push(p),
                    None => break,
                }
            }
            back.reverse();
            front.extend(back);
            prop_assert_eq!(front, want);
            prop_assert_eq!(it.next(), None);
        }
    }
}
