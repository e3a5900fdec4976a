//! Work shared out over the cores: the tagging of a long text's parts and
//! the linking of its pieces.

/// `work(key, input)` for every item of `work`, on up to as many threads as
/// there are cores, as `(key, output)` in the order of `work`. A panic in
/// one is raised again here.
pub(super) fn on_all_cores<I: Send, O: Send>(
    work: Vec<(usize, I)>,
    each: &(dyn Fn(usize, I) -> O + Sync),
) -> Vec<(usize, O)> {
    use std::sync::Mutex;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(work.len());
    if threads <= 1 {
        return work.into_iter().map(|(k, i)| (k, each(k, i))).collect();
    }
    let n = work.len();
    let queue = Mutex::new(work.into_iter().enumerate());
    let done: Mutex<Vec<Option<(usize, O)>>> = Mutex::new((0..n).map(|_| None).collect());
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    loop {
                        let next = queue.lock().unwrap_or_else(|e| e.into_inner()).next();
                        let Some((at, (key, input))) = next else {
                            return;
                        };
                        let out = each(key, input);
                        done.lock().unwrap_or_else(|e| e.into_inner())[at] = Some((key, out));
                    }
                })
            })
            .collect();
        for w in workers {
            if let Err(panic) = w.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    let done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_on_all_cores_comes_back_in_order() {
        let work: Vec<(usize, usize)> = (0..50).map(|i| (i * 2, i)).collect();
        let done = on_all_cores(work, &|key, input| key + input);
        let want: Vec<(usize, usize)> = (0..50).map(|i| (i * 2, i * 3)).collect();
        assert_eq!(done, want);
        assert!(on_all_cores(Vec::<(usize, ())>::new(), &|_, _| 0).is_empty());
    }

    #[test]
    fn a_panic_on_another_core_is_raised_again() {
        let work: Vec<(usize, usize)> = (0..8).map(|i| (i, i)).collect();
        let caught = std::panic::catch_unwind(|| {
            on_all_cores(work, &|_, i| {
                assert_ne!(i, 5, "piece five");
                i
            })
        });
        assert!(caught.is_err());
    }
}
