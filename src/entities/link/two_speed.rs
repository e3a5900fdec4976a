//! Automata of many strings, built quick for the first texts a process
//! reads and made quick to run once it has read enough to pay for that.
//!
//! A DFA of some thousand strings reads fastest but takes tens of millions
//! of instructions to build: more than all the rest of linking one
//! sentence. A contiguous NFA builds in a fraction of that and reads a few
//! percent slower. Both find the same matches.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// An automaton that is a contiguous NFA until [`TwoSpeed::QUICK_AFTER`]
/// bytes have been read with it, then a DFA, built once.
pub(super) struct TwoSpeed {
    quick_to_build: OnceLock<AhoCorasick>,
    quick_to_run: OnceLock<AhoCorasick>,
    /// How many bytes have been read with it so far.
    read: AtomicUsize,
}

impl TwoSpeed {
    /// The bytes read before the DFA is built: about what reading them with
    /// it saves over the NFA, against what building it costs (some 36
    /// million instructions, 10 ms, for the cues' thousand strings; see
    /// `docs/performance.md`), so that a process that reads one short text
    /// does not pay for it.
    pub(super) const QUICK_AFTER: usize = 1 << 20;

    pub(super) const fn new() -> Self {
        TwoSpeed {
            quick_to_build: OnceLock::new(),
            quick_to_run: OnceLock::new(),
            read: AtomicUsize::new(0),
        }
    }

    /// The automaton to read `len` more bytes with; `build` makes it of the
    /// kind asked, the same strings and matching either way.
    pub(super) fn get(
        &self,
        len: usize,
        build: impl Fn(AhoCorasickKind) -> AhoCorasick,
    ) -> &AhoCorasick {
        if let Some(quick) = self.quick_to_run.get() {
            return quick;
        }
        if self.read.fetch_add(len, Ordering::Relaxed) + len < Self::QUICK_AFTER {
            return self
                .quick_to_build
                .get_or_init(|| build(AhoCorasickKind::ContiguousNFA));
        }
        self.quick_to_run
            .get_or_init(|| build(AhoCorasickKind::DFA))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_to_build_first_then_quick_to_run() {
        let automata = TwoSpeed::new();
        let kinds = std::cell::RefCell::new(Vec::new());
        let build = |kind| {
            kinds.borrow_mut().push(kind);
            AhoCorasick::builder()
                .kind(Some(kind))
                .build(["ab"])
                .expect("one string")
        };
        for _ in 0..3 {
            let _ = automata.get(TwoSpeed::QUICK_AFTER / 4, build);
        }
        assert_eq!(*kinds.borrow(), [AhoCorasickKind::ContiguousNFA]);
        for _ in 0..3 {
            let found = automata.get(TwoSpeed::QUICK_AFTER / 4, build).find("xab");
            assert_eq!(found.map(|m| m.start()), Some(1));
        }
        assert_eq!(
            *kinds.borrow(),
            [AhoCorasickKind::ContiguousNFA, AhoCorasickKind::DFA]
        );
    }
}
