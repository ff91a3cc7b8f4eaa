//! Directory trees walked in a stable order, so that two runs over the same
//! tree yield the same documents in the same order.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A file found, or a path that could not be read and why.
pub(crate) type Entry<'a> = Result<&'a Path, (&'a Path, io::Error)>;

/// Calls `on_entry` for every regular file below `root`, depth first, the
/// entries of each directory in byte order of their names. Hidden entries
/// (names starting with `.`) are skipped, and so are symbolic links to
/// directories, which could make the walk loop; links to files are followed.
/// A directory or entry that cannot be read is passed on as an error.
pub(crate) fn walk(root: &Path, on_entry: &mut dyn FnMut(Entry<'_>)) {
    let entries = match sorted_entries(root) {
        Ok(entries) => entries,
        Err(e) => return on_entry(Err((root, e))),
    };
    for path in entries {
        let kind = match fs::symlink_metadata(&path) {
            Ok(meta) => meta.file_type(),
            Err(e) => {
                on_entry(Err((&path, e)));
                continue;
            }
        };
        if kind.is_dir() {
            walk(&path, on_entry);
        } else if kind.is_file() || (kind.is_symlink() && path.is_file()) {
            on_entry(Ok(&path));
        }
    }
}

fn sorted_entries(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        let name = entry?.file_name();
        if !name.to_string_lossy().starts_with('.') {
            names.push(name);
        }
    }
    names.sort();
    Ok(names.into_iter().map(|name| dir.join(name)).collect())
}

/// The path of `file` below `root` with `/` separators, used as the id of
/// whole-file documents so that `a/index.html` and `b/index.html` differ.
pub(crate) fn relative_id(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap_or(file);
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_and_skips_hidden() {
        let root = std::env::temp_dir().join(format!("sitrep-ingest-walk-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for dir in ["b", "a/c", ".git"] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        for file in [
            "b/2.txt",
            "a/c/1.txt",
            "a/0.txt",
            ".hidden",
            ".git/config",
            "z.txt",
        ] {
            fs::write(root.join(file), "x").unwrap();
        }
        let mut seen = Vec::new();
        walk(&root, &mut |entry| match entry {
            Ok(p) => seen.push(relative_id(&root, p)),
            Err((p, e)) => panic!("{}: {e}", p.display()),
        });
        fs::remove_dir_all(&root).unwrap();
        assert_eq!(seen, ["a/0.txt", "a/c/1.txt", "b/2.txt", "z.txt"]);
    }

    #[test]
    fn missing_directories_are_reported() {
        let mut errors = 0;
        walk(Path::new("/nonexistent/sitrep"), &mut |entry| {
            errors += usize::from(entry.is_err())
        });
        assert_eq!(errors, 1);
    }
}
