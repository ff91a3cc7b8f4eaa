//! A trained linear classifier, as inference reads it: feature key → a row
//! of per-class weights, quantised to `i16` with one scale, in an
//! open-addressing table (ordered linear probing, half full) whose
//! slots hold the key and its row together.

use crate::binio::{Reader, Writer};
use crate::lanes::Sum4;
use crate::SyntaxError;

/// Key 0 marks an empty slot; a real key of 0 is stored as 1.
#[inline]
pub fn nonzero(key: u64) -> u64 {
    if key == 0 {
        1
    } else {
        key
    }
}

/// In memory each slot of the open-addressing table is two words: the key,
/// then either the row itself (up to four `i16` weights packed in a `u64`:
/// the parser's three actions) or the index of the row in `rows` (the
/// tagger's and labeler's longer rows, padded for vector adds). Probing thus walks 16-byte slots,
/// and a hit costs one more read. The table is ordered linear probing: a
/// key's first slot (`home`) grows with the key, and the keys are laid out
/// in ascending order, each in its first slot or else the slot after the
/// key before it, so the slots hold ascending keys and a look-up stops at
/// the first slot with its key, a larger one, or none. A key that is absent
/// is thus known absent as soon as one that is present would have been
/// found: half full, after 1.5 slots on average, where plain linear
/// probing looked at 2 in tables of a power of two of slots (a quarter to
/// half full, and 42% for the parser's). Keys that run past the last first slot go on
/// into a tail, and an empty slot ends the table: no look-up wraps round.
/// On disk the table is stored compactly (sorted keys, then rows) and laid
/// out at load.
#[derive(Debug, Clone)]
pub struct Weights {
    n_classes: usize,
    n_features: usize,
    /// The number of first slots (`home(key, homes)`): about
    /// `n_features / LOAD`.
    homes: usize,
    /// Slots in the table: `homes`, the tail, and an empty last slot.
    n_slots: usize,
    /// `i16`s per row in `rows` (`n_classes` rounded up to a multiple of 8,
    /// so that accumulating a row is a few vector instructions).
    row_len: usize,
    /// `i16`s from one row to the next: `row_len`. Rows were padded to
    /// whole 64-byte lines (a tagger row of 24 weights to 32, a label row
    /// of 56 to 64) so that none straddled two; unpadded, the parse
    /// model's tables and the scorers' summed rows are 9.5 MB smaller
    /// (the coder's 5.8 MB) for about 3.5% of its speed, and
    /// `prefetch_row` asks for every line a row touches.
    row_stride: usize,
    row_base: usize,
    /// Where the slots start in `slots` (on a 2 MB boundary, `huge_buffer`).
    slot_base: usize,
    slots: Vec<u64>,
    rows: Vec<i16>,
    scale: f32,
}

impl Weights {
    /// Builds the table from trained rows (`row.len() == n_classes`),
    /// quantising every weight with one scale.
    pub fn from_rows(n_classes: usize, entries: &[(u64, Vec<f32>)]) -> Self {
        let max = entries
            .iter()
            .flat_map(|(_, row)| row.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let keys: Vec<u8> = entries
            .iter()
            .flat_map(|(k, _)| nonzero(*k).to_le_bytes())
            .collect();
        let values: Vec<u8> = entries
            .iter()
            .flat_map(|(_, row)| row.iter().map(|w| (w / scale).round() as i16))
            .flat_map(i16::to_le_bytes)
            .collect();
        Self::lay_out(n_classes, scale, &keys, &values)
    }

    fn inline(&self) -> bool {
        self.n_classes <= 4
    }

    /// `keys` are little-endian `u64`s, `values` little-endian `i16`s, one
    /// row of `n_classes` per key (as the model file has them, in
    /// ascending key order: read in place, not copied first; in any other
    /// order, as a trainer gives them, they are laid out sorted).
    fn lay_out(n_classes: usize, scale: f32, keys: &[u8], values: &[u8]) -> Self {
        let key_at = |r: usize| u64::from_le_bytes(keys[8 * r..8 * r + 8].try_into().expect("8 bytes"));
        let n_keys = (keys.len() / 8).min(values.len() / (2 * n_classes));
        // The rows by ascending key: the file's order, or sorted.
        let sorted = (1..n_keys).all(|r| key_at(r - 1) < key_at(r));
        let order: Vec<u32> = if sorted {
            Vec::new()
        } else {
            let mut order: Vec<u32> = (0..n_keys as u32).collect();
            // Stable: of a repeated key, the first row given counts.
            order.sort_by_key(|&r| key_at(r as usize));
            order
        };
        let row_at = |i: usize| if sorted { i } else { order[i] as usize };
        let homes = homes_for(n_keys);
        // Where the last key goes: the slots needed, with an empty one after.
        let mut end = 0;
        for i in 0..n_keys {
            end = home(key_at(row_at(i)), homes).max(end) + 1;
        }
        let n_slots = end.max(homes) + 1;
        let row_len = n_classes.next_multiple_of(8);
        let row_stride = row_len;
        let (mut slots, slot_base) = huge_buffer::<u64>(n_slots * 2);
        let (mut rows, row_base) = if n_classes <= 4 {
            (Vec::new(), 0)
        } else {
            huge_buffer::<i16>(n_keys * row_stride)
        };
        let mut next_free = 0;
        let mut last = None;
        for i in 0..n_keys {
            let r = row_at(i);
            let key = key_at(r);
            if last == Some(key) {
                // A repeated key (not in a model file): its first row counts.
                continue;
            }
            last = Some(key);
            let slot = home(key, homes).max(next_free);
            next_free = slot + 1;
            let slot = slot_base + slot * 2;
            slots[slot] = key;
            let row = &values[2 * n_classes * r..2 * n_classes * (r + 1)];
            let weights = row
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]));
            if n_classes <= 4 {
                for (j, v) in weights.enumerate() {
                    slots[slot + 1] |= (v as u16 as u64) << (16 * j);
                }
            } else {
                slots[slot + 1] = r as u64;
                let start = row_base + r * row_stride;
                for (to, v) in rows[start..start + n_classes].iter_mut().zip(weights) {
                    *to = v;
                }
            }
        }
        Self {
            n_classes,
            n_features: n_keys,
            homes,
            n_slots,
            row_len,
            row_stride,
            row_base,
            slot_base,
            slots,
            rows,
            scale,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// The payload word of `key`'s slot: the packed row itself, or the
    /// row's index.
    #[inline]
    pub fn find(&self, key: u64) -> Option<u64> {
        let key = nonzero(key);
        let mut at = self.slot_base + home(key, self.homes) * 2;
        loop {
            let k = self.slots[at];
            if k == key {
                return Some(self.slots[at + 1]);
            }
            // A larger key or an empty slot (0, here the largest): every
            // key from here on is larger.
            if k.wrapping_sub(1) >= key {
                return None;
            }
            at += 2;
        }
    }

    /// The weights of `key` for each class, `None` if it has none.
    fn row_of(&self, key: u64) -> Option<Vec<i16>> {
        let payload = self.find(key)?;
        Some(if self.inline() {
            (0..self.n_classes)
                .map(|j| (payload >> (16 * j)) as u16 as i16)
                .collect()
        } else {
            let r = self.row_base + payload as usize * self.row_stride;
            self.rows[r..r + self.n_classes].to_vec()
        })
    }

    /// Asks the memory system for the slots of all `keys` at once, so that
    /// their cache misses overlap instead of coming one after another (the
    /// tables are larger than the caches; this is where parsing time goes).
    #[inline]
    pub fn prefetch(&self, keys: &[u64]) {
        #[cfg(target_arch = "x86_64")]
        for &key in keys {
            let slot = self.slot_base + home(nonzero(key), self.homes) * 2;
            let p = self.slots[slot..].as_ptr() as *const i8;
            // SAFETY: a prefetch is only a hint; it never faults and reads
            // nothing into the program, and `p` points into `self.slots`.
            unsafe { std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = keys;
    }

    /// Scores every class: `acc` is a reusable buffer, `scores` receives
    /// `n_classes` values.
    #[inline]
    pub fn score(&self, keys: &[u64], acc: &mut Vec<i32>, scores: &mut Vec<f32>) {
        acc.clear();
        acc.resize(self.row_len.max(4), 0);
        self.prefetch(keys);
        if self.inline() {
            let mut sum = Sum4::zero();
            self.add(keys, &mut sum);
            acc[..4].copy_from_slice(&sum.to_array());
        } else {
            let mut rows = Vec::with_capacity(keys.len());
            self.find_rows(keys, &mut rows);
            self.add_rows(&rows, acc);
        }
        self.finish(acc, scores);
    }

    /// Whether rows are packed into the slots (at most four classes).
    pub fn is_packed(&self) -> bool {
        self.inline()
    }

    /// `i16`s per separate row (a multiple of 8).
    pub fn row_len(&self) -> usize {
        self.row_len
    }

    /// Adds the packed rows of `keys` to `sum` (a table of packed rows).
    #[inline]
    pub fn add(&self, keys: &[u64], sum: &mut Sum4) {
        for &key in keys {
            if let Some(packed) = self.find(key) {
                sum.add_packed(packed);
            }
        }
    }

    /// Appends the row indices of those `keys` that have rows (a table of
    /// separate rows) and asks for each row at once: a row is a second
    /// memory read after its slot, and this way the rows' cache misses
    /// overlap instead of stalling each addition.
    #[inline]
    pub fn find_rows(&self, keys: &[u64], rows: &mut Vec<u32>) {
        for &key in keys {
            if let Some(r) = self.find(key) {
                self.prefetch_row(r as usize);
                rows.push(r as u32);
            }
        }
    }

    /// Adds the rows numbered `rows` (of a table with separate rows) to
    /// `acc`. This loop is most of the tagger's and labeler's time, so on
    /// processors with AVX2 it runs in a copy compiled for it (the same
    /// sums, twice as many weights an instruction).
    #[inline]
    pub fn add_rows(&self, rows: &[u32], acc: &mut [i32]) {
        add_rows_of(self.table(), self.row_stride, self.row_len, rows, acc);
    }

    /// `i16`s from one row to the next.
    pub fn row_stride(&self) -> usize {
        self.row_stride
    }

    /// The weights of row `r` (a table of separate rows), `n_classes` long.
    pub fn row(&self, r: usize) -> &[i16] {
        let start = self.row_base + r * self.row_stride;
        &self.rows[start..start + self.n_classes]
    }

    /// The rows, from the first.
    #[inline]
    fn table(&self) -> &[i16] {
        &self.rows[self.row_base.min(self.rows.len())..]
    }

    #[inline]
    pub fn prefetch_row(&self, r: usize) {
        #[cfg(target_arch = "x86_64")]
        {
            let start = self.row_base + r * self.row_stride;
            let bytes = self.row_len * 2;
            // Every 64-byte line the row touches: a row need not start on one.
            let p = self.rows[start..].as_ptr() as usize;
            let mut line = p & !63;
            while line < p + bytes {
                // SAFETY: only a hint, which never faults; `line` is a line
                // of this row.
                unsafe {
                    std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                        line as *const i8,
                    )
                };
                line += 64;
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = r;
    }

    /// Turns accumulated integer scores into `n_classes` floats.
    #[inline]
    pub fn finish(&self, acc: &[i32], scores: &mut Vec<f32>) {
        scores.clear();
        scores.extend(acc[..self.n_classes].iter().map(|&a| a as f32 * self.scale));
    }

    /// The stored rows, sorted by key (the on-disk order).
    fn rows(&self) -> Vec<(u64, Vec<i16>)> {
        let mut rows: Vec<(u64, Vec<i16>)> = self.slots
            [self.slot_base..self.slot_base + self.n_slots * 2]
            .chunks_exact(2)
            .filter(|s| s[0] != 0)
            .map(|s| (s[0], self.row_of(s[0]).expect("a stored key")))
            .collect();
        rows.sort_unstable_by_key(|r| r.0);
        rows
    }

    /// How many rows have no weight of magnitude `min_abs` or more (in
    /// quantised units: the largest weight of the table is `i16::MAX`).
    pub fn count_below(&self, min_abs: i16) -> usize {
        self.rows()
            .iter()
            .filter(|(_, row)| all_below(row, min_abs))
            .count()
    }

    /// The same table without the rows that have no weight of magnitude
    /// `min_abs` or more: features whose vote rarely matters, for
    /// measuring what a smaller table buys. The scale and every kept
    /// weight are unchanged.
    pub fn pruned(&self, min_abs: i16) -> Self {
        let kept: Vec<(u64, Vec<i16>)> = self
            .rows()
            .into_iter()
            .filter(|(_, row)| !all_below(row, min_abs))
            .collect();
        Self::from_quantised(self.n_classes, self.scale, &kept)
    }

    /// A table of quantised rows (`row.len() == n_classes`), as they are.
    fn from_quantised(n_classes: usize, scale: f32, rows: &[(u64, Vec<i16>)]) -> Self {
        let keys: Vec<u8> = rows.iter().flat_map(|r| r.0.to_le_bytes()).collect();
        let values: Vec<u8> = rows
            .iter()
            .flat_map(|r| r.1.iter().flat_map(|w| w.to_le_bytes()))
            .collect();
        Self::lay_out(n_classes, scale, &keys, &values)
    }

    pub fn write(&self, w: &mut Writer) {
        let rows = self.rows();
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u64s(&rows.iter().map(|r| r.0).collect::<Vec<_>>());
        w.i16s(
            &rows
                .iter()
                .flat_map(|r| r.1.iter().copied())
                .collect::<Vec<_>>(),
        );
    }

    pub fn read(r: &mut Reader) -> Result<Self, SyntaxError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        // The keys copied out of the reader, whose buffer the rows take next.
        let keys = r.raw(8)?.to_vec();
        let keys = &keys[..];
        let values = r.raw(2)?;
        let bad = |m: &str| Err(SyntaxError::Model(format!("weight table: {m}")));
        if n_classes == 0 || n_classes > 1024 || !scale.is_finite() {
            return bad("bad shape");
        }
        if values.len() / 2 != keys.len() / 8 * n_classes {
            return bad("values are not one row per key");
        }
        let mut last = 0u64;
        for k in keys.chunks_exact(8) {
            let k = u64::from_le_bytes(k.try_into().expect("8 bytes"));
            if k <= last {
                return bad("keys are not sorted, distinct and non-zero");
            }
            last = k;
        }
        Ok(Self::lay_out(n_classes, scale, keys, values))
    }
}

/// How full a table is laid out: keys per first slot. Half full, the
/// ordered tables are 9.5 MB smaller than the power-of-two ones (parse
/// model) at the same speed; 0.6 was 16 MB smaller and 8% slower, 0.7
/// 21 MB and 13% (profile_news, 2026-12-05).
const LOAD: f64 = 0.5;

/// First slots for `n_keys` keys: any number, not a power of two (whose
/// steps left the tables between a quarter and half full).
fn homes_for(n_keys: usize) -> usize {
    ((n_keys as f64 / LOAD).ceil() as usize).max(16)
}

/// The first slot to look in for `key`, of `0..homes`: the high bits of
/// `key` times `homes` (a multiplication, not a division; keys are
/// finalised hashes, spread in every bit). It grows with the key, which
/// lets the table keep its keys in order.
#[inline(always)]
fn home(key: u64, homes: usize) -> usize {
    ((key as u128 * homes as u128) >> 64) as usize
}

/// Whether every weight of `row` is smaller in magnitude than `min_abs`.
fn all_below(row: &[i16], min_abs: i16) -> bool {
    row.iter()
        .all(|w| w.unsigned_abs() < min_abs.unsigned_abs())
}

/// Adds the rows numbered `rows` of `table` (rows `stride` apart, the
/// first at 0, each `row_len` long) to `acc`: with AVX2 where the
/// processor has it.
#[inline]
pub fn add_rows_of(table: &[i16], stride: usize, row_len: usize, rows: &[u32], acc: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, checked just above.
        unsafe { add_rows_avx2(table, stride, row_len, rows, acc) };
        return;
    }
    add_rows_portable(table, stride, row_len, rows, acc);
}

#[inline(always)]
fn add_rows_portable(table: &[i16], stride: usize, row_len: usize, rows: &[u32], acc: &mut [i32]) {
    let acc = &mut acc[..row_len];
    for &r in rows {
        let start = r as usize * stride;
        // Equal lengths, so the loop vectorises.
        for (a, &w) in acc.iter_mut().zip(&table[start..start + row_len]) {
            *a += w as i32;
        }
    }
}

/// Eight classes at a time, over every row, so each eight sums stay in a
/// register: per row and eight weights one widening load and one add.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_rows_avx2(
    table: &[i16],
    stride: usize,
    row_len: usize,
    rows: &[u32],
    acc: &mut [i32],
) {
    use std::arch::x86_64::*;
    assert!(row_len.is_multiple_of(8) && row_len <= stride && acc.len() >= row_len);
    // Rows whose last weight lies inside the table.
    let rows_end = (table.len() + stride - row_len) / stride;
    assert!(rows.iter().all(|&r| (r as usize) < rows_end));
    for j in (0..row_len).step_by(8) {
        let a = acc.as_mut_ptr().add(j) as *mut __m256i;
        let mut sum = _mm256_loadu_si256(a);
        for &r in rows {
            // In bounds: r < rows_end and j + 8 <= row_len (asserted above).
            let w = table.as_ptr().add(r as usize * stride + j) as *const __m128i;
            sum = _mm256_add_epi32(sum, _mm256_cvtepi16_epi32(_mm_loadu_si128(w)));
        }
        _mm256_storeu_si256(a, sum);
    }
}

/// Adds a row of four `i16` weights packed in a `u64` to `acc`.
#[inline]
pub fn add_packed(acc: &mut [i32], packed: u64) {
    acc[0] += packed as u16 as i16 as i32;
    acc[1] += (packed >> 16) as u16 as i16 as i32;
    acc[2] += (packed >> 32) as u16 as i16 as i32;
    acc[3] += (packed >> 48) as u16 as i16 as i32;
}

/// A zeroed buffer with room for `len` values from a start that lies on a
/// 2 MB boundary when the buffer is that large (on a 64-byte line
/// otherwise), and that start. Linux backs only whole, aligned 2 MB pages
/// with huge pages: a table that merely begins inside one had a
/// megabyte or two at each end on 4 KB pages, each of whose lookups
/// could miss the TLB.
pub(crate) fn huge_buffer<T: Copy + Default>(len: usize) -> (Vec<T>, usize) {
    const HUGE: usize = 2 << 20;
    let size = std::mem::size_of::<T>();
    let align = if len * size >= HUGE { HUGE } else { 64 };
    let mut v = vec![T::default(); len + align / size];
    let misaligned = v.as_ptr() as usize % align;
    let base = (align - misaligned) % align / size;
    advise_huge_pages(&mut v[base..]);
    (v, base)
}

/// Asks Linux to back a large table with 2 MB pages: lookups are random
/// over tens of megabytes, and with 4 KB pages nearly each one also misses
/// the TLB. Only advice; nothing changes if the kernel declines.
pub(crate) fn advise_huge_pages<T>(slots: &mut [T]) {
    if slots.is_empty() {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let start = slots.as_mut_ptr() as usize;
        let end = start + std::mem::size_of_val(slots);
        let aligned = start.div_ceil(PAGE) * PAGE;
        if end > aligned + (2 << 20) {
            // SAFETY: the range lies inside `slots`, which we own, and
            // MADV_HUGEPAGE changes no contents, only how pages are backed.
            unsafe {
                libc::madvise(
                    aligned as *mut libc::c_void,
                    (end - aligned) / PAGE * PAGE,
                    libc::MADV_HUGEPAGE,
                );
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = slots;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_scores() {
        let entries = vec![
            (5u64, vec![1.0, -2.0]),
            (0u64, vec![0.5, 0.5]),
            (21u64, vec![0.0, 4.0]),
        ];
        let w = Weights::from_rows(2, &entries);
        let mut out = Writer::default();
        w.write(&mut out);
        let back = Weights::read(&mut Reader::new(&out.bytes)).unwrap();
        let (mut acc, mut scores) = (Vec::new(), Vec::new());
        back.score(&[5, 21, 99], &mut acc, &mut scores);
        assert!(
            (scores[0] - 1.0).abs() < 1e-3 && (scores[1] - 2.0).abs() < 1e-3,
            "{scores:?}"
        );
        back.score(&[0], &mut acc, &mut scores);
        assert!((scores[0] - 0.5).abs() < 1e-3);
    }

    #[test]
    fn pruning_drops_only_rows_of_small_weights() {
        let entries = vec![
            (5u64, vec![1.0, -100.0]),
            (7u64, vec![0.2, -0.3]),
            (9u64, vec![-2.0, 0.0]),
        ];
        let w = Weights::from_rows(2, &entries);
        // Quantised: 100.0 is i16::MAX, 2.0 is 655, 0.3 is 98.
        assert_eq!(w.count_below(200), 1);
        let p = w.pruned(200);
        assert_eq!(p.n_features(), 2);
        assert_eq!(p.row_of(5), w.row_of(5));
        assert_eq!(p.row_of(9), w.row_of(9));
        assert_eq!(p.row_of(7), None);
        assert_eq!(w.pruned(0).n_features(), 3);
    }

    /// A table of `n_classes` over `keys`, each row its key's low bits.
    fn table_of(n_classes: usize, keys: &[u64]) -> (Weights, Vec<(u64, Vec<i16>)>) {
        let mut sorted: Vec<u64> = keys.iter().map(|&k| nonzero(k)).collect();
        sorted.sort_unstable();
        sorted.dedup();
        let rows: Vec<(u64, Vec<i16>)> = sorted
            .iter()
            .map(|&k| (k, (0..n_classes).map(|j| (k >> (3 * j)) as i16 & 0x3fff).collect()))
            .collect();
        (Weights::from_quantised(n_classes, 1.0, &rows), rows)
    }

    /// Keys spread as feature hashes are, from a fixed seed.
    fn spread_keys(n: usize, seed: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut z = x;
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                z ^ (z >> 31)
            })
            .collect()
    }

    #[test]
    fn every_key_is_found_after_layout_and_absent_keys_are_not() {
        for n_classes in [3, 17, 52] {
            for n in [0, 1, 5, 100, 10_000] {
                let (w, rows) = table_of(n_classes, &spread_keys(n, n as u64 + 1));
                assert_eq!(w.n_features(), rows.len());
                assert!(w.n_slots > rows.len() && w.slots[w.slot_base + 2 * w.n_slots - 2] == 0, "an empty slot ends the table");
                for (k, row) in &rows {
                    assert_eq!(w.row_of(*k).as_ref(), Some(row), "key {k:x}");
                }
                for k in spread_keys(2_000, 99) {
                    if rows.binary_search_by_key(&nonzero(k), |r| r.0).is_err() {
                        assert_eq!(w.find(k), None, "absent key {k:x}");
                    }
                }
                assert_eq!(w.rows(), rows, "read back in key order");
            }
        }
    }

    #[test]
    fn colliding_keys_and_the_last_first_slot_probe_on_into_the_tail() {
        // Keys whose high bits are alike share a first slot: the lowest
        // slots' keys, and a run of them at the very end, which goes on
        // past the last first slot.
        let low: Vec<u64> = (1..=40).collect();
        let high: Vec<u64> = (0..40).map(|i| u64::MAX - i).collect();
        let both: Vec<u64> = low.iter().chain(&high).copied().collect();
        for keys in [&low, &high, &both] {
            for n_classes in [3, 17] {
                let (w, rows) = table_of(n_classes, keys);
                assert!(home(u64::MAX, w.homes) == w.homes - 1 && home(1, w.homes) == 0);
                for (k, row) in &rows {
                    assert_eq!(w.row_of(*k).as_ref(), Some(row), "key {k:x}");
                }
                for absent in [41u64, 1 << 40, u64::MAX - 40, u64::MAX / 2] {
                    assert_eq!(w.find(absent), None);
                }
            }
        }
        // Rows given in any order (as a trainer gives them) are laid out
        // sorted, and found alike.
        let mut shuffled = spread_keys(500, 7);
        shuffled.reverse();
        shuffled.swap(3, 400);
        let entries: Vec<(u64, Vec<f32>)> = shuffled.iter().map(|&k| (k, vec![(k % 97) as f32, 1.0, -1.0])).collect();
        let w = Weights::from_rows(3, &entries);
        let rows = w.rows();
        assert!(rows.windows(2).all(|p| p[0].0 < p[1].0) && rows.len() == 500);
        for (k, row) in &entries {
            let found = w.row_of(*k).expect("every key");
            assert!((found[0] as f32 * w.scale - row[0]).abs() < 0.01, "key {k:x}");
        }
        // Key 0 is stored as 1 (0 marks a free slot) and found as either.
        let (w, _) = table_of(3, &[0, 7]);
        assert!(w.find(0).is_some() && w.find(1).is_some() && w.find(2).is_none());
    }

    #[test]
    fn corrupt_tables_are_errors() {
        let w = Weights::from_rows(2, &[(5u64, vec![1.0, -2.0])]);
        let mut out = Writer::default();
        w.write(&mut out);
        for cut in [0, 3, 9, out.bytes.len() - 1] {
            assert!(Weights::read(&mut Reader::new(&out.bytes[..cut])).is_err());
        }
    }
}
