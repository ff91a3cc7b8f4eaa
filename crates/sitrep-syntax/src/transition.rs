//! The arc-hybrid transition system (Kuhlmann et al. 2011) with its dynamic
//! oracle (Goldberg & Nivre 2013). Words are `0..n`; the root is a virtual
//! word `n` at the end of the buffer, so the parser reads left to right and
//! a sentence gets exactly one root: once only the root is left in the
//! buffer, the stack is reduced with RIGHT until one word is left, and that
//! word goes to the root.

pub const SHIFT: usize = 0;
pub const LEFT: usize = 1;
pub const RIGHT: usize = 2;
pub const N_ACTIONS: usize = 3;

/// No head yet.
pub const NO_HEAD: u32 = u32::MAX;
/// No such child.
pub const NONE: u32 = u32::MAX;

#[derive(Debug, Default, Clone)]
pub struct State {
    pub n: u32,
    pub stack: Vec<u32>,
    /// The first word of the buffer (`n` is the root).
    pub b0: u32,
    /// Head of each word (`n` for the root), `NO_HEAD` until attached.
    pub heads: Vec<u32>,
    /// The two leftmost and two rightmost children of each word, and how
    /// many children it has on each side.
    pub left: Vec<[u32; 2]>,
    pub right: Vec<[u32; 2]>,
    pub n_left: Vec<u16>,
    pub n_right: Vec<u16>,
    /// `punct_before[i]`: punctuation words before word `i` (for the
    /// "punctuation between" features).
    pub punct_before: Vec<u16>,
    /// The relation of each word to its head, chosen when the arc is made
    /// (`NO_ARC_LABEL` until then), for features over children's labels.
    pub labels: Vec<u8>,
}

/// A word without an arc label yet.
pub const NO_ARC_LABEL: u8 = u8::MAX;

impl State {
    pub fn reset(&mut self, n: usize) {
        self.n = n as u32;
        self.stack.clear();
        self.b0 = 0;
        self.heads.clear();
        self.heads.resize(n, NO_HEAD);
        // One slot more than words, for the root.
        self.left.clear();
        self.left.resize(n + 1, [NONE; 2]);
        self.right.clear();
        self.right.resize(n + 1, [NONE; 2]);
        self.n_left.clear();
        self.n_left.resize(n + 1, 0);
        self.n_right.clear();
        self.n_right.resize(n + 1, 0);
        self.labels.clear();
        self.labels.resize(n + 1, NO_ARC_LABEL);
    }

    /// Counts punctuation (words tagged `punct`) for `punct_between`.
    pub fn count_punctuation(&mut self, tags: &[u8], punct: Option<u8>) {
        self.punct_before.clear();
        let mut count = 0u16;
        for &t in tags {
            self.punct_before.push(count);
            count += (Some(t) == punct) as u16;
        }
        self.punct_before.push(count);
    }

    /// Punctuation words strictly between words `a < b` (`b` may be the root).
    pub fn punct_between(&self, a: u32, b: u32) -> u16 {
        let (a, b) = (a as usize, b as usize);
        if a >= b || b >= self.punct_before.len() {
            return 0;
        }
        self.punct_before[b] - self.punct_before[a + 1]
    }

    pub fn is_terminal(&self) -> bool {
        self.b0 == self.n && self.stack.is_empty()
    }

    pub fn s(&self, k: usize) -> u32 {
        let len = self.stack.len();
        if k < len {
            self.stack[len - 1 - k]
        } else {
            NONE
        }
    }

    /// Which actions may be taken now.
    pub fn valid(&self) -> [bool; N_ACTIONS] {
        let at_root = self.b0 == self.n;
        let depth = self.stack.len();
        [!at_root, depth >= 1 && (!at_root || depth == 1), depth >= 2]
    }

    /// Which actions may be taken now when punctuation is to stay a leaf:
    /// an arc whose head is a word tagged `punct` is refused, and so is a
    /// SHIFT over punctuation on top of the stack (left there, it would lie
    /// under the next word, which could then only go to it), unless no
    /// other action is left (a dead end the transition system cannot leave
    /// otherwise). `ParserModel::parse` says when it is used.
    pub fn valid_with_punctuation_leaves(&self, tags: &[u8], punct: u8) -> [bool; N_ACTIONS] {
        let mut valid = self.valid();
        let is_punct = |w: u32| w < self.n && tags[w as usize] == punct;
        let mut kept = valid;
        if valid[SHIFT] && is_punct(self.s(0)) {
            kept[SHIFT] = false;
        }
        if valid[LEFT] && is_punct(self.b0) {
            kept[LEFT] = false;
        }
        if valid[RIGHT] && is_punct(self.s(1)) {
            kept[RIGHT] = false;
        }
        if kept.iter().any(|&v| v) {
            valid = kept;
        }
        valid
    }

    /// The dependent and head of the arc `action` would make (`None` for
    /// SHIFT).
    pub fn arc(&self, action: usize) -> Option<(u32, u32)> {
        match action {
            SHIFT => None,
            LEFT => Some((self.s(0), self.b0)),
            _ => Some((self.s(0), self.s(1))),
        }
    }

    pub fn apply(&mut self, action: usize) {
        match action {
            SHIFT => {
                self.stack.push(self.b0);
                self.b0 += 1;
            }
            LEFT => {
                let d = self.stack.pop().expect("LEFT needs a stack");
                self.attach(self.b0, d);
            }
            _ => {
                let d = self.stack.pop().expect("RIGHT needs two on the stack");
                let h = *self.stack.last().expect("RIGHT needs two on the stack");
                self.attach(h, d);
            }
        }
    }

    fn attach(&mut self, h: u32, d: u32) {
        self.heads[d as usize] = h;
        let h = h as usize;
        if d < h as u32 {
            self.n_left[h] += 1;
            let l = &mut self.left[h];
            if l[0] == NONE || d < l[0] {
                l[1] = l[0];
                l[0] = d;
            } else if l[1] == NONE || d < l[1] {
                l[1] = d;
            }
        } else {
            self.n_right[h] += 1;
            let r = &mut self.right[h];
            if r[0] == NONE || d > r[0] {
                r[1] = r[0];
                r[0] = d;
            } else if r[1] == NONE || d > r[1] {
                r[1] = d;
            }
        }
    }

    /// The dynamic oracle: how many gold arcs each action makes
    /// unreachable. `gold[d]` is the gold head of word `d` (`n` for root).
    pub fn costs(&self, gold: &[u32]) -> [u32; N_ACTIONS] {
        let n = self.n;
        let b0 = self.b0;
        let mut costs = [u32::MAX; N_ACTIONS];
        let valid = self.valid();
        // Gold dependents of w still in the buffer (which starts at b0).
        let deps_in_buffer =
            |w: u32| -> u32 { (b0..n).filter(|&d| gold[d as usize] == w).count() as u32 };
        if valid[SHIFT] {
            let mut c = 0;
            let top = self.s(0);
            for &k in &self.stack {
                if gold[b0 as usize] == k && k != top {
                    c += 1;
                }
                if gold[k as usize] == b0 {
                    c += 1;
                }
            }
            costs[SHIFT] = c;
        }
        if valid[LEFT] {
            let s0 = self.s(0);
            let h = gold[s0 as usize];
            let mut c = deps_in_buffer(s0);
            if h != b0 && (h == self.s(1) || h > b0) {
                c += 1;
            }
            costs[LEFT] = c;
        }
        if valid[RIGHT] {
            let s0 = self.s(0);
            let h = gold[s0 as usize];
            let mut c = deps_in_buffer(s0);
            if h >= b0 {
                c += 1;
            }
            costs[RIGHT] = c;
        }
        costs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following zero-cost actions rebuilds any projective tree.
    #[test]
    fn the_oracle_rebuilds_projective_trees() {
        // "Russia sent forces to Mali ." : sent is root (n = 6).
        let gold = [1u32, 6, 1, 4, 1, 1];
        let mut s = State::default();
        s.reset(gold.len());
        while !s.is_terminal() {
            let c = s.costs(&gold);
            let a = (0..N_ACTIONS)
                .find(|&a| c[a] == 0)
                .expect("a zero-cost action");
            s.apply(a);
        }
        assert_eq!(s.heads, gold);
        assert_eq!(s.left[1][0], 0);
        assert_eq!(s.right[1], [5, 4]);
    }

    /// LEFT attaches s0 to b0, RIGHT s0 to s1, and `arc` says so before.
    #[test]
    fn arcs_name_their_words() {
        let mut s = State::default();
        s.reset(3);
        assert_eq!(s.arc(SHIFT), None);
        s.apply(SHIFT);
        s.apply(SHIFT);
        assert_eq!(s.arc(LEFT), Some((1, 2)));
        assert_eq!(s.arc(RIGHT), Some((1, 0)));
        s.apply(RIGHT);
        assert_eq!(s.heads[1], 0);
        assert_eq!(s.labels, vec![NO_ARC_LABEL; 4]);
    }

    #[test]
    fn always_one_root() {
        let mut s = State::default();
        s.reset(4);
        // Greedily prefer LEFT whenever allowed: still one root.
        while !s.is_terminal() {
            let v = s.valid();
            let a = if v[LEFT] {
                LEFT
            } else if v[SHIFT] {
                SHIFT
            } else {
                RIGHT
            };
            s.apply(a);
        }
        assert_eq!(s.heads.iter().filter(|&&h| h == 4).count(), 1);
    }

    /// With punctuation kept a leaf, whatever order of preferences a
    /// parser follows ends in a tree where no word hangs under
    /// punctuation, unless punctuation follows punctuation with nothing
    /// else to take it.
    #[test]
    fn punctuation_stays_a_leaf_when_asked() {
        const P: u8 = 9;
        // `is " dangerous and inconsistent " .`
        let tags = [1u8, P, 2, 3, 2, P, P];
        for order in [[RIGHT, LEFT, SHIFT], [LEFT, RIGHT, SHIFT], [SHIFT, RIGHT, LEFT], [SHIFT, LEFT, RIGHT]] {
            let mut s = State::default();
            s.reset(tags.len());
            while !s.is_terminal() {
                let v = s.valid_with_punctuation_leaves(&tags, P);
                let a = order.into_iter().find(|&a| v[a]).expect("an action is always left");
                s.apply(a);
            }
            for (d, &h) in s.heads.iter().enumerate() {
                assert!(h == tags.len() as u32 || tags[h as usize] != P || tags[d] == P, "{order:?}: word {d} under punctuation {h}");
            }
            assert_eq!(s.heads.iter().filter(|&&h| h == tags.len() as u32).count(), 1);
        }
    }
}
