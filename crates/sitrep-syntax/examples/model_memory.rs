//! What loading a model costs in memory: the resident set after loading
//! (and its peak while loading), split as `/proc/self/smaps_rollup` splits
//! it (anonymous, of it on 2 MB pages, file-backed: the binary and the
//! embedded model's gzip), and the load time.
//!
//! `cargo run --release -p sitrep-syntax --example model_memory` loads the
//! embedded parse model (`sitrep parse`'s); `-- coder` the coder's; `-- fr`
//! the French one;
//! `MODEL=path` a model file. Linux only (reads `/proc/self`).

use sitrep_syntax::Model;
use std::time::Instant;

fn status(field: &str) -> String {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with(field))
        .map_or_else(String::new, |l| l[field.len()..].trim().to_owned())
}

fn rollup() -> String {
    let s = std::fs::read_to_string("/proc/self/smaps_rollup").unwrap_or_default();
    s.lines()
        .filter(|l| {
            ["Rss:", "Anonymous:", "AnonHugePages:", "Private_Clean:", "Shared_Clean:"]
                .iter()
                .any(|f| l.starts_with(f))
        })
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() {
    let before = status("VmRSS:");
    let t = Instant::now();
    let model = match (std::env::var("MODEL"), std::env::args().nth(1).as_deref()) {
        (Ok(p), _) => Box::leak(Box::new(Model::from_file(p.as_ref()).unwrap())),
        (_, Some("coder")) => Model::english().unwrap(),
        (_, Some("fr")) => Model::french().unwrap(),
        _ => Model::english_parse().unwrap(),
    };
    let secs = t.elapsed().as_secs_f64();
    println!("rss before load {before}");
    println!("load {secs:.3}s; rss {}, peak {}", status("VmRSS:"), status("VmHWM:"));
    println!("{}", rollup());
    if std::env::var("TRIM").is_ok() {
        unsafe { libc::malloc_trim(0) };
        println!("after malloc_trim: rss {}; {}", status("VmRSS:"), rollup());
    }
    if std::env::var("MAPS").is_ok() {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap_or_default();
        let mut head = String::new();
        for l in smaps.lines() {
            if l.as_bytes().first().is_some_and(|b| b.is_ascii_hexdigit()) && l.contains('-') && !l.starts_with("Rss") {
                head = l.to_owned();
            } else if let Some(kb) = l.strip_prefix("Rss:") {
                let kb: u64 = kb.trim().trim_end_matches("kB").trim().parse().unwrap_or(0);
                if kb >= 1024 {
                    println!("{kb:>8} kB  {head}");
                }
            }
        }
    }
    for (name, w) in model.weight_tables() {
        println!("{name:<22} {:>9} features", w.n_features());
    }
}
