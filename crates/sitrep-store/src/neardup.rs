//! Near-duplicate detection: MinHash over word shingles, LSH buckets, and an
//! exact check.
//!
//! Wire copies and syndicated reprints differ from their first copy by a
//! dateline, a byline, a headline or a paragraph: a few word shingles out of
//! hundreds. Two documents are copies when the Jaccard similarity of their
//! sets of 3-word shingles is at least [`MIN_JACCARD`].
//!
//! Finding them without a scan: each document gets a MinHash signature of
//! [`HASHES`] values, cut into [`BANDS`] bands of [`ROWS`]. Documents that
//! agree on a whole band share a bucket row in `minhash_bands`; a new
//! document looks up its [`BANDS`] buckets and checks each candidate exactly
//! against the stored text (at most [`BUCKET_SAMPLE`] documents from each
//! end of a bucket, so a story reprinted thousands of times costs each new
//! copy a bounded number of checks). A pair with similarity `s` shares a bucket with
//! probability `1 - (1 - s^4)^8`: 0.89 at 0.7, 0.98 at 0.8, 0.9998 at 0.9 —
//! while unrelated reports (s near 0.01) almost never meet.
//!
//! SimHash (64 bits, 4 bands for a 3-bit threshold) was tried first: on a
//! 60-word report, a dateline and a byline moved it by 7 bits, and banding a
//! larger threshold makes the buckets too big to probe.
//!
//! Only the body text counts (a changed headline is still a copy). Words are
//! lower-cased runs of letters and digits, so case and punctuation edits do
//! not count either.

/// Documents at least this similar (Jaccard, shingle sets) are copies.
pub const MIN_JACCARD: f64 = 0.7;

/// MinHash values per document.
pub const HASHES: usize = 32;
/// LSH bands, each of [`ROWS`] values.
pub const BANDS: usize = 8;
/// Values per band.
pub const ROWS: usize = HASHES / BANDS;

/// Documents read from each end of a bucket for the exact check (so at most
/// `2 × BUCKET_SAMPLE × BANDS` a new document): enough to find a story's
/// first copy and its recent rewordings, and a bound that keeps ingest
/// linear when one story is reprinted thousands of times.
pub const BUCKET_SAMPLE: usize = 8;

/// Words per shingle: three keeps word order without making one edited word
/// change too many features.
const SHINGLE: usize = 3;

/// Texts with fewer shingles take no part: a one-line text shares most of its
/// few shingles with unrelated one-liners ("Russia attacks Ukraine"), so links
/// between them would be noise.
const MIN_SHINGLES: usize = 8;

/// The sorted, distinct shingle hashes of `text`, or `None` when the text is
/// too short to compare.
pub fn shingles(text: &str) -> Option<Vec<u64>> {
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| fnv1a(w.to_lowercase().as_bytes()))
        .collect();
    let mut set: Vec<u64> = words
        .windows(SHINGLE)
        .map(|w| mix(w.iter().fold(0u64, |acc, &h| acc.rotate_left(21) ^ h)))
        .collect();
    set.sort_unstable();
    set.dedup();
    (set.len() >= MIN_SHINGLES).then_some(set)
}

/// The bucket key of each band of the MinHash signature of `shingles`.
pub fn band_keys(shingles: &[u64]) -> [i64; BANDS] {
    let mut signature = [u64::MAX; HASHES];
    for &s in shingles {
        for (i, min) in signature.iter_mut().enumerate() {
            // Hash i is a different bijection of the shingle hash for every i.
            *min = (*min).min(mix(s ^ SEEDS[i]));
        }
    }
    let mut keys = [0i64; BANDS];
    for (band, key) in keys.iter_mut().enumerate() {
        let rows = &signature[band * ROWS..(band + 1) * ROWS];
        *key = mix(rows
            .iter()
            .fold(band as u64, |acc, &v| acc.rotate_left(17) ^ v)) as i64;
    }
    keys
}

/// Jaccard similarity of two sorted, distinct sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Seeds of the [`HASHES`] hash functions, fixed: signatures are stored.
const SEEDS: [u64; HASHES] = {
    let mut seeds = [0u64; HASHES];
    let mut i = 0;
    while i < HASHES {
        seeds[i] = mix((i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        i += 1;
    }
    seeds
};

/// FNV-1a: stable across platforms and releases, unlike `std`'s hasher,
/// which matters because bucket keys are stored.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// SplitMix64's finaliser: a bijection that spreads every input bit over all 64.
const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Russia has reportedly sent special forces to Burkina Faso to protect \
        Captain Ibrahim Traore after failed coup attempts, according to intelligence reports \
        and multiple sources. The lockdown doctrine restructured the presidential guard, \
        expanded counter-intelligence and mobilised the VDP militias across the north. \
        Russian forces reportedly took control of the airspace over the capital.";

    fn shared_bands(a: &str, b: &str) -> usize {
        let (a, b) = (
            band_keys(&shingles(a).unwrap()),
            band_keys(&shingles(b).unwrap()),
        );
        a.iter().zip(&b).filter(|(x, y)| x == y).count()
    }

    #[test]
    fn a_reprint_with_a_dateline_and_byline_is_a_copy() {
        let reprint = format!("OUAGADOUGOU (Wire) - {STORY} Reporting by A. Writer.");
        assert!(jaccard(&shingles(STORY).unwrap(), &shingles(&reprint).unwrap()) >= MIN_JACCARD);
        assert!(shared_bands(STORY, &reprint) > 0);
    }

    #[test]
    fn case_and_punctuation_do_not_count() {
        assert_eq!(
            shingles(STORY),
            shingles(&STORY.to_uppercase().replace(',', " "))
        );
    }

    #[test]
    fn a_different_story_is_neither_similar_nor_a_candidate() {
        let other = "The central bank raised interest rates by half a point on Tuesday, citing \
            persistent inflation in food and fuel prices, and signalled further increases \
            before the end of the year as the currency weakened against the dollar.";
        assert!(jaccard(&shingles(STORY).unwrap(), &shingles(other).unwrap()) < 0.05);
        assert_eq!(shared_bands(STORY, other), 0);
    }

    #[test]
    fn short_texts_take_no_part() {
        assert_eq!(shingles("Russia attacks Ukraine"), None);
    }
}
