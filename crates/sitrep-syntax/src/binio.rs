//! The model file's byte layout: little-endian integers, length-prefixed
//! strings and arrays. Reading never trusts a length: every read is checked
//! against what is left, so a truncated or corrupt file is an error, not a
//! panic or a huge allocation.

use crate::SyntaxError;

#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.bytes.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
    pub fn u64s(&mut self, v: &[u64]) {
        self.u32(v.len() as u32);
        for &x in v {
            self.u64(x);
        }
    }
    pub fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        for &x in v {
            self.u32(x);
        }
    }
    pub fn i16s(&mut self, v: &[i16]) {
        self.u32(v.len() as u32);
        for &x in v {
            self.bytes.extend_from_slice(&x.to_le_bytes());
        }
    }
    pub fn bytes(&mut self, v: &[u8]) {
        self.u32(v.len() as u32);
        self.bytes.extend_from_slice(v);
    }
}

pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0 }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], SyntaxError> {
        if self.bytes.len() - self.pos < n {
            return Err(SyntaxError::Model(format!(
                "truncated: wanted {n} bytes at offset {}, {} left",
                self.pos,
                self.bytes.len() - self.pos
            )));
        }
        let s = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }

    pub fn u8(&mut self) -> Result<u8, SyntaxError> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32, SyntaxError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    pub fn u64(&mut self) -> Result<u64, SyntaxError> {
        Ok(u64::from_le_bytes(
            self.take(8)?.try_into().expect("8 bytes"),
        ))
    }
    pub fn f32(&mut self) -> Result<f32, SyntaxError> {
        Ok(f32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    fn len(&mut self, elem: usize) -> Result<usize, SyntaxError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(elem) > self.bytes.len() - self.pos {
            return Err(SyntaxError::Model(format!(
                "array of {n} at offset {} runs past the end",
                self.pos
            )));
        }
        Ok(n)
    }
    pub fn str(&mut self) -> Result<&'a str, SyntaxError> {
        let n = self.len(1)?;
        std::str::from_utf8(self.take(n)?)
            .map_err(|_| SyntaxError::Model("a string is not UTF-8".into()))
    }
    pub fn strs(&mut self) -> Result<Vec<String>, SyntaxError> {
        let n = self.len(4)?;
        (0..n).map(|_| self.str().map(str::to_owned)).collect()
    }
    pub fn u64s(&mut self) -> Result<Vec<u64>, SyntaxError> {
        let n = self.len(8)?;
        let raw = self.take(n * 8)?;
        Ok(raw
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().expect("8")))
            .collect())
    }
    pub fn u32s(&mut self) -> Result<Vec<u32>, SyntaxError> {
        let n = self.len(4)?;
        let raw = self.take(n * 4)?;
        Ok(raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4")))
            .collect())
    }
    pub fn i16s(&mut self) -> Result<Vec<i16>, SyntaxError> {
        let n = self.len(2)?;
        let raw = self.take(n * 2)?;
        Ok(raw
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes(c.try_into().expect("2")))
            .collect())
    }
    /// An array of `elem`-byte little-endian values, as its bytes (for
    /// large arrays that are read once, where a copy into a `Vec` would
    /// be most of their cost).
    pub fn raw(&mut self, elem: usize) -> Result<&'a [u8], SyntaxError> {
        let n = self.len(elem)?;
        self.take(n * elem)
    }
    pub fn bytes(&mut self) -> Result<&'a [u8], SyntaxError> {
        let n = self.len(1)?;
        self.take(n)
    }
}
