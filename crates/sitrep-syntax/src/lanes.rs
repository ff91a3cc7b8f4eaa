//! Four `i32` sums in one register: the parser's scores of its actions,
//! to which every feature adds a row of four `i16` weights. On x86-64 an
//! addition is a load, a widening and an add (SSE2, which every x86-64
//! processor has), instead of four extractions and four adds.

#[cfg(target_arch = "x86_64")]
use std::arch::x86_64::*;

#[derive(Clone, Copy)]
pub struct Sum4 {
    #[cfg(target_arch = "x86_64")]
    v: __m128i,
    #[cfg(not(target_arch = "x86_64"))]
    v: [i32; 4],
}

impl Default for Sum4 {
    fn default() -> Self {
        Self::zero()
    }
}

impl std::fmt::Debug for Sum4 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.to_array().fmt(f)
    }
}

impl Sum4 {
    #[inline(always)]
    pub fn zero() -> Self {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 is part of x86-64.
        return Self {
            v: unsafe { _mm_setzero_si128() },
        };
        #[cfg(not(target_arch = "x86_64"))]
        Self { v: [0; 4] }
    }

    /// Adds four `i16`s packed little-endian in a `u64` (a slot's row).
    #[inline(always)]
    pub fn add_packed(&mut self, packed: u64) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 is part of x86-64. Each `i16` is put in the high
        // half of an `i32` lane and shifted down with its sign.
        unsafe {
            let w = _mm_cvtsi64_si128(packed as i64);
            let w = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);
            self.v = _mm_add_epi32(self.v, w);
        }
        #[cfg(not(target_arch = "x86_64"))]
        for (j, s) in self.v.iter_mut().enumerate() {
            *s += (packed >> (16 * j)) as u16 as i16 as i32;
        }
    }

    /// Adds four `i16`s.
    #[inline(always)]
    pub fn add_i16(&mut self, row: &[i16; 4]) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 is part of x86-64; the load reads the 8 bytes of `row`.
        unsafe {
            let w = _mm_loadl_epi64(row.as_ptr() as *const __m128i);
            let w = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);
            self.v = _mm_add_epi32(self.v, w);
        }
        #[cfg(not(target_arch = "x86_64"))]
        for (s, &w) in self.v.iter_mut().zip(row) {
            *s += w as i32;
        }
    }

    /// Adds four `i32`s.
    #[inline(always)]
    pub fn add_i32(&mut self, row: &[i32; 4]) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 is part of x86-64; the load reads the 16 bytes of `row`.
        unsafe {
            let w = _mm_loadu_si128(row.as_ptr() as *const __m128i);
            self.v = _mm_add_epi32(self.v, w);
        }
        #[cfg(not(target_arch = "x86_64"))]
        for (s, &w) in self.v.iter_mut().zip(row) {
            *s += w;
        }
    }

    #[inline(always)]
    pub fn to_array(self) -> [i32; 4] {
        #[cfg(target_arch = "x86_64")]
        {
            let mut out = [0i32; 4];
            // SAFETY: SSE2 is part of x86-64; the store writes the 16 bytes of `out`.
            unsafe { _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, self.v) };
            out
        }
        #[cfg(not(target_arch = "x86_64"))]
        self.v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_signed_lanes() {
        let mut s = Sum4::zero();
        let row = [-1i16, 32767, -32768, 5];
        let packed = row
            .iter()
            .enumerate()
            .fold(0u64, |p, (j, &w)| p | (w as u16 as u64) << (16 * j));
        s.add_packed(packed);
        s.add_i16(&row);
        s.add_i32(&[10, -10, 1 << 20, 0]);
        assert_eq!(s.to_array(), [8, 65524, -65536 + (1 << 20), 10]);
    }
}
