//! Texts the benchmarks generate (never committed).

#![allow(dead_code)]

/// One document of about `mb` MB of news-like text: the bundled article's
/// paragraphs over and over, each after a numbered line, so that names vary
/// a little (`Officer Lee17`).
pub fn news_text(mb: usize) -> String {
    let base = folio::document::ARTICLE;
    let paragraphs: Vec<&str> = base
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .collect();
    let mut out = String::with_capacity((mb << 20) + base.len());
    let mut n = 0;
    while out.len() < mb << 20 {
        for p in &paragraphs {
            n += 1;
            out += &format!("Report {n} from Officer Lee{} in Seoul.\n\n{p}\n\n", n % 97);
        }
    }
    out
}

/// One document of about `mb` MB of `President Kim Jong <Surname> met Xi.`,
/// with a pseudo-random surname on each line: thousands of distinct names.
pub fn many_names_text(mb: usize) -> String {
    let mut seed = 7u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let mut out = String::with_capacity((mb << 20) + 64);
    while out.len() < mb << 20 {
        out += "President Kim Jong ";
        out.push((b'A' + (next() % 26) as u8) as char);
        for _ in 0..4 + next() % 6 {
            out.push((b'a' + (next() % 26) as u8) as char);
        }
        out += " met Xi.\n";
    }
    out
}
