//! The model file's byte layout: little-endian integers, length-prefixed
//! strings and arrays. Reading never trusts a length: every read is checked
//! against what may be left, and reads no more than the stream has, so a
//! truncated or corrupt file is an error, not a panic or a huge allocation.

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

/// Reads a model's bytes in order, from a stream (the gzip decoder, so that
/// the unpacked file is never in memory whole: only the array being read)
/// or a slice. What a read returns borrows the reader until the next read.
pub struct Reader<'a> {
    src: Box<dyn std::io::Read + 'a>,
    /// The last array read.
    buf: Vec<u8>,
    /// Bytes read so far.
    pos: u64,
    /// More than this many bytes is an error (a corrupt or hostile file is
    /// never read into memory whole).
    limit: u64,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self::stream(bytes, bytes.len() as u64)
    }

    /// A reader of at most `limit` bytes of `src`.
    pub fn stream(src: impl std::io::Read + 'a, limit: u64) -> Self {
        Self {
            src: Box::new(src),
            buf: Vec::new(),
            pos: 0,
            limit,
        }
    }

    fn take(&mut self, n: usize) -> Result<&[u8], SyntaxError> {
        use std::io::Read;
        if n as u64 > self.limit - self.pos {
            return Err(SyntaxError::Model(format!(
                "truncated or too large: wanted {n} bytes at offset {}, at most {} left",
                self.pos,
                self.limit - self.pos
            )));
        }
        self.buf.clear();
        // Room for the array at once (no copies while it grows), but never
        // more than a real model's largest array before the bytes come.
        self.buf.reserve(n.min(64 << 20));
        let got = (&mut self.src)
            .take(n as u64)
            .read_to_end(&mut self.buf)
            .map_err(|e| SyntaxError::Model(format!("not a gzipped model: {e}")))?;
        if got < n {
            return Err(SyntaxError::Model(format!(
                "truncated: wanted {n} bytes at offset {}, {got} left",
                self.pos
            )));
        }
        self.pos += n as u64;
        Ok(&self.buf)
    }

    /// Whether every byte has been read: reading one more finds none (for
    /// a gzip stream, that read also checks the trailer's CRC and length,
    /// an error if they do not match).
    pub fn at_end(&mut self) -> Result<bool, SyntaxError> {
        if self.pos == self.limit {
            return Ok(true);
        }
        let mut one = [0u8; 1];
        match self.src.read(&mut one) {
            Ok(0) => Ok(true),
            Ok(_) => Ok(false),
            Err(e) => Err(SyntaxError::Model(format!("not a gzipped model: {e}"))),
        }
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
        if n.saturating_mul(elem) as u64 > self.limit - self.pos {
            return Err(SyntaxError::Model(format!(
                "array of {n} at offset {} runs past the end",
                self.pos
            )));
        }
        Ok(n)
    }
    pub fn str(&mut self) -> Result<&str, SyntaxError> {
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
    /// be most of their cost), until the next read.
    pub fn raw(&mut self, elem: usize) -> Result<&[u8], SyntaxError> {
        let n = self.len(elem)?;
        self.take(n * elem)
    }
    pub fn bytes(&mut self) -> Result<&[u8], SyntaxError> {
        let n = self.len(1)?;
        self.take(n)
    }
}
