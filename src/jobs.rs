//! Work off the main thread: named threads whose failures come back as
//! values, never as a torn-down terminal or a lost run.
//!
//! [`quiet_worker_panics`] makes a panic on any thread but `main` silent (its
//! message is kept for [`isolated`] to return); the main thread's panics still
//! go to the hook installed before, which restores the terminal.

use std::any::Any;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;
use std::thread;

thread_local! {
    /// The last panic on this thread, with where it happened.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Install, once, a panic hook that keeps worker threads quiet: their panic
/// is recorded for [`isolated`] instead of printed, and the hook installed
/// before (which restores the terminal) runs only for the main thread.
pub fn quiet_worker_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let before = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if thread::current().name() == Some("main") {
                before(info);
                return;
            }
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let text = format!("{}{place}", message(info.payload()));
            LAST_PANIC.with(|last| *last.borrow_mut() = Some(text));
        }));
    });
}

/// Run `work`, turning a panic into an error that says what failed and where.
pub fn isolated<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    LAST_PANIC.with(|last| last.borrow_mut().take());
    panic::catch_unwind(AssertUnwindSafe(work)).map_err(|payload| {
        LAST_PANIC
            .with(|last| last.borrow_mut().take())
            .unwrap_or_else(|| message(&*payload))
    })
}

/// The text of a panic payload.
fn message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown failure".to_string()
    }
}

/// Set in the environment to make every entity job fail, so that the
/// handling of a failing background job can be tried from outside.
pub const FAIL_ENTITIES_VAR: &str = "FOLIO_TEST_FAIL_ENTITIES";

/// Find the entities of `text`, failing on purpose when [`FAIL_ENTITIES_VAR`]
/// is set.
pub fn extract_entities(text: &str) -> crate::entities::Entities {
    extract_entities_progressively(text, None, &|_| {})
}

/// [`crate::entities::extract_progressively`], failing on purpose under the
/// same variable as [`extract_entities`]. Once a long text is tagged, the
/// memory the tagging threads freed is given back before linking begins, so
/// that it does not add to linking's peak.
pub fn extract_entities_progressively(
    text: &str,
    near: Option<usize>,
    report: &(dyn Fn(crate::entities::Progress) + Sync),
) -> crate::entities::Entities {
    if std::env::var_os(FAIL_ENTITIES_VAR).is_some() {
        panic!("failure injected by {FAIL_ENTITIES_VAR}");
    }
    crate::entities::extract_progressively(text, near, &|progress| {
        if progress == crate::entities::Progress::Linking {
            release_memory();
        }
        report(progress);
    })
}

/// Have every block of 1 MB or more the program allocates mapped on its
/// own, so that it goes back to the system as soon as it is freed. The C
/// allocator otherwise raises that size as blocks are freed (up to 32 MB)
/// and keeps what the worker threads free for reuse: the parts of a long
/// text, tagged on those threads and then gathered into one list, would be
/// held twice over.
///
/// Smaller blocks are carved from heaps that grow at their top; each heap
/// keeps up to [`KEPT_AT_TOP`] free at its top rather than giving it back
/// at once, so that the next part's blocks reuse pages already in place
/// instead of having the system map and clear them anew.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes the allocator's thresholds; called at
    // start, before any other thread runs.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
        libc::mallopt(libc::M_TOP_PAD, KEPT_AT_TOP);
    }
}

/// The bytes each of the C allocator's heaps keeps free at its top (see
/// [`tune_allocator`]). On 10 MB of distinct names, the
/// allocator's default (128 KB) had the system map and clear 160,000
/// pages, some 0.35 s of the 2 s the process takes on both cores.
const KEPT_AT_TOP: i32 = 32 << 20;

/// Give the memory freed by a large piece of work back to the system. The
/// C allocator keeps freed blocks of worker threads for reuse, so that the
/// reader would otherwise go on holding what extracting a long text needed
/// at its peak.
pub fn release_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system; it is safe
    // to call at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_a_worker_comes_back_as_an_error() {
        quiet_worker_panics();
        let result = thread::Builder::new()
            .name("folio-test".into())
            .spawn(|| isolated(|| -> u8 { panic!("boom {}", 42) }))
            .unwrap()
            .join()
            .unwrap();
        let err = result.unwrap_err();
        assert!(err.starts_with("boom 42 at src/jobs.rs:"), "{err}");
        let ok = thread::spawn(|| isolated(|| 7)).join().unwrap();
        assert_eq!(ok, Ok(7));
    }
}
