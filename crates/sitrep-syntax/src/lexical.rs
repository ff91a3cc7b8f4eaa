//! What every classifier knows of a word by itself: hashes of its form, its
//! lower-cased form (digits folded to 0, so "1,200" and "3,400" look alike),
//! its first and last letters, and its shape ("Xxxx", "dd,ddd").
//! Computed once per word per sentence into reused buffers.

use crate::hashing::{hash_str, Fnv};

/// Hashes of one word's spelling.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordHashes {
    pub form: u64,
    pub lower: u64,
    pub suffix: [u64; 4],
    pub prefix: [u64; 3],
    pub shape: u64,
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// Lower-cases `form` into `lower` (cleared first), folding digits to `0`.
pub fn fold_lower(form: &str, lower: &mut String) {
    lower.clear();
    for c in form.chars() {
        if c.is_ascii_digit() {
            lower.push('0');
        } else {
            lower.extend(c.to_lowercase());
        }
    }
}

impl WordHashes {
    /// `chars` is a reusable buffer for the lower-cased characters.
    pub fn of(form: &str, lower: &mut String, chars: &mut Vec<char>) -> Self {
        fold_lower(form, lower);
        chars.clear();
        chars.extend(lower.chars());
        let mut suffix = [0u64; 4];
        for (k, s) in suffix.iter_mut().enumerate() {
            let n = (k + 1).min(chars.len());
            let mut h = Fnv::new();
            h.char('<');
            for &c in &chars[chars.len() - n..] {
                h.char(c);
            }
            *s = h.finish();
        }
        let mut prefix = [0u64; 3];
        for (k, p) in prefix.iter_mut().enumerate() {
            let n = (k + 1).min(chars.len());
            let mut h = Fnv::new();
            h.char('>');
            for &c in &chars[..n] {
                h.char(c);
            }
            *p = h.finish();
        }
        // Shape: runs of one class longer than two are cut to two ("Xxx").
        let mut h = Fnv::new();
        let (mut last, mut run) = ('\0', 0);
        for c in form.chars().map(shape_class) {
            if c == last {
                run += 1;
            } else {
                last = c;
                run = 1;
            }
            if run <= 2 {
                h.char(c);
            }
        }
        Self {
            form: hash_str(form),
            lower: hash_str(lower),
            suffix,
            prefix,
            shape: h.finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_digits_and_shape() {
        let (mut l, mut c) = (String::new(), Vec::new());
        let a = WordHashes::of("1,200", &mut l, &mut c);
        let b = WordHashes::of("3,400", &mut l, &mut c);
        assert_eq!(a.lower, b.lower);
        assert_ne!(a.form, b.form);
        let x = WordHashes::of("Kabul", &mut l, &mut c);
        let y = WordHashes::of("Mosul", &mut l, &mut c);
        assert_eq!(x.shape, y.shape);
        assert_eq!(x.suffix[0], WordHashes::of("tel", &mut l, &mut c).suffix[0]);
        assert_ne!(x.suffix[2], x.prefix[2]);
    }
}
