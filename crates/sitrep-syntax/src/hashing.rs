//! Feature keys are 64-bit hashes: of a string (a word, a suffix), of a small
//! number (a tag id, a distance), and of a template's atoms together. With a
//! few million keys a 64-bit collision is practically impossible, so the
//! model needs no vocabulary: a word is its hash.

/// Streaming FNV-1a over UTF-8 bytes, finalised: cheap, and good enough
/// spread for open addressing. `hash_str` is this over a whole string, so
/// a string fed char by char hashes the same.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    #[inline]
    pub fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    #[inline]
    pub fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    #[inline]
    pub fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes(c.encode_utf8(&mut buf).as_bytes());
    }

    #[inline]
    pub fn finish(self) -> u64 {
        finalise(self.0)
    }
}

impl Default for Fnv {
    fn default() -> Self {
        Self::new()
    }
}

/// Hash of a string's bytes.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h = Fnv::new();
    h.bytes(s.as_bytes());
    h.finish()
}

/// Value of a small number in a named domain (a tag id, a count, a
/// distance): distinct for distinct pairs, and not spread any further, since
/// a template's key is finalised after its atoms are mixed in.
#[inline]
pub fn hash_small(domain: u64, value: u64) -> u64 {
    ((domain << 32) ^ value).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x632B_E59B_D9B4_E019
}

/// Combines a running key with the next atom; order matters.
#[inline]
pub fn combine(key: u64, atom: u64) -> u64 {
    finalise(mix(key, atom))
}

/// One cheap, order-sensitive mixing step (a multiply and a rotate). Atoms
/// are already well-spread hashes, so a template's key mixes each atom in
/// with this and is finalised once at the end.
#[inline]
pub fn mix(key: u64, atom: u64) -> u64 {
    (key ^ atom)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(29)
}

/// The starting key of template number `template`.
#[inline]
pub fn template_seed(template: usize) -> u64 {
    finalise((template as u64 + 1).wrapping_mul(0xA076_1D64_78BD_642F))
}

/// splitmix64's finaliser; never returns 0 for the inputs we feed it in
/// practice, and 0 is anyway remapped by the weight table.
#[inline]
pub fn finalise(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_and_content_change_the_key() {
        let a = hash_str("troops");
        let b = hash_str("troop");
        assert_ne!(a, b);
        let s = template_seed(3);
        assert_ne!(combine(combine(s, a), b), combine(combine(s, b), a));
        assert_ne!(template_seed(1), template_seed(2));
    }
}
