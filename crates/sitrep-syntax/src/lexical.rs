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
    /// The word's fine and coarse cluster + 1, 0 for none (set by
    /// `Clusters::fill`; spelling alone gives none).
    pub cluster: u16,
    pub coarse: u16,
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
    if form.is_ascii() {
        // Byte for byte (pushing `char`s cost a UTF-8 encoding each).
        // SAFETY: ASCII bytes mapped to ASCII bytes stay valid UTF-8.
        unsafe { lower.as_mut_vec() }.extend(form.bytes().map(|b| {
            if b.is_ascii_digit() {
                b'0'
            } else {
                b.to_ascii_lowercase()
            }
        }));
        return;
    }
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
        if form.is_ascii() {
            return Self::of_ascii(form, lower.as_bytes());
        }
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
        let mut h = Fnv::new();
        for c in shape(form.chars().map(shape_class)) {
            h.char(c);
        }
        Self {
            form: hash_str(form),
            lower: hash_str(lower),
            suffix,
            prefix,
            shape: h.finish(),
            cluster: 0,
            coarse: 0,
        }
    }

    /// The same hashes for an ASCII word (most words), where a character is
    /// a byte: no decoding, no buffer.
    fn of_ascii(form: &str, lower: &[u8]) -> Self {
        let mut suffix = [0u64; 4];
        for (k, s) in suffix.iter_mut().enumerate() {
            let n = (k + 1).min(lower.len());
            let mut h = Fnv::new();
            h.bytes(b"<");
            h.bytes(&lower[lower.len() - n..]);
            *s = h.finish();
        }
        // Each prefix's hash goes on from the one before (FNV streams).
        let mut prefix = [0u64; 3];
        let mut h = Fnv::new();
        h.bytes(b">");
        for (k, p) in prefix.iter_mut().enumerate() {
            if let Some(&b) = lower.get(k) {
                h.bytes(&[b]);
            }
            *p = h.finish();
        }
        let mut h = Fnv::new();
        for c in shape(form.bytes().map(|b| shape_class(b as char))) {
            h.bytes(&[c as u8]);
        }
        let mut lower_hash = Fnv::new();
        lower_hash.bytes(lower);
        Self {
            form: hash_str(form),
            lower: lower_hash.finish(),
            suffix,
            prefix,
            shape: h.finish(),
            cluster: 0,
            coarse: 0,
        }
    }
}

/// Shape: runs of one class longer than two are cut to two ("Xxx").
fn shape(classes: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    let (mut last, mut run) = ('\0', 0);
    classes.filter(move |&c| {
        if c == last {
            run += 1;
        } else {
            last = c;
            run = 1;
        }
        run <= 2
    })
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
        // An ASCII word hashes as it would character by character.
        let ascii = WordHashes::of("Ab-12", &mut l, &mut c);
        let mut chars = Vec::new();
        let general = {
            let mut s = Vec::new();
            fold_lower("Ab-12", &mut l);
            chars.extend(l.chars());
            for k in 0..4 {
                let mut h = Fnv::new();
                h.char('<');
                for &ch in &chars[chars.len() - (k + 1).min(chars.len())..] {
                    h.char(ch);
                }
                s.push(h.finish());
            }
            s
        };
        assert_eq!(ascii.suffix.to_vec(), general);
        // Prefixes too, the short word's capped at its length.
        for word in ["Ab-12", "Ab"] {
            let ascii = WordHashes::of(word, &mut l, &mut c);
            fold_lower(word, &mut l);
            let chars: Vec<char> = l.chars().collect();
            for k in 0..3 {
                let mut h = Fnv::new();
                h.char('>');
                for &ch in &chars[..(k + 1).min(chars.len())] {
                    h.char(ch);
                }
                assert_eq!(ascii.prefix[k], h.finish(), "{word} {k}");
            }
        }
        assert_eq!(ascii.lower, hash_str("ab-00"));
        let accented = WordHashes::of("Ab-12é", &mut l, &mut c);
        assert_eq!(
            accented.shape,
            WordHashes::of("Xy-34ü", &mut l, &mut c).shape
        );
    }
}
