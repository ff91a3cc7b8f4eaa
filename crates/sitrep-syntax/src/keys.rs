//! Feature keys as inference computes them: the templates grouped by their
//! number of atoms, so that each group's loop over atoms has a fixed
//! length the compiler unrolls, and the keys written straight into place.
//! The keys are those of `Templates::keys`, in the same order when the
//! templates are sorted by length (`Templates::by_length`, as a scorer
//! keeps them); hashing them was a fifth of a parse.

use std::mem::MaybeUninit;

use crate::hashing::{finalise, mix};
use crate::templates::{Templates, MAX_ATOMS};

#[derive(Debug, Clone, Copy)]
struct Fixed<const L: usize> {
    seed: u64,
    atoms: [u16; L],
}

#[derive(Debug, Clone, Default)]
pub struct KeySet {
    g0: Vec<Fixed<0>>,
    g1: Vec<Fixed<1>>,
    g2: Vec<Fixed<2>>,
    g3: Vec<Fixed<3>>,
    g4: Vec<Fixed<4>>,
    g5: Vec<Fixed<5>>,
    g6: Vec<Fixed<6>>,
    /// One more than the largest atom index read: the atom values given
    /// to `append_keys` must be at least this many.
    min_values: usize,
}

const _: () = assert!(MAX_ATOMS == 6, "KeySet has one group per number of atoms");

fn fixed<const L: usize>(seed: u64, atoms: &[u16]) -> Fixed<L> {
    Fixed {
        seed,
        atoms: atoms.try_into().expect("L atoms"),
    }
}

impl KeySet {
    pub fn of(templates: &Templates) -> Self {
        let mut set = Self::default();
        for t in 0..templates.len() {
            let (seed, atoms) = (templates.seed_of(t), templates.atoms_of(t));
            if let Some(&max) = atoms.iter().max() {
                set.min_values = set.min_values.max(max as usize + 1);
            }
            match atoms.len() {
                0 => set.g0.push(fixed(seed, atoms)),
                1 => set.g1.push(fixed(seed, atoms)),
                2 => set.g2.push(fixed(seed, atoms)),
                3 => set.g3.push(fixed(seed, atoms)),
                4 => set.g4.push(fixed(seed, atoms)),
                5 => set.g5.push(fixed(seed, atoms)),
                6 => set.g6.push(fixed(seed, atoms)),
                n => panic!("a template over {n} atoms (at most {MAX_ATOMS})"),
            }
        }
        set
    }

    pub fn len(&self) -> usize {
        self.g0.len()
            + self.g1.len()
            + self.g2.len()
            + self.g3.len()
            + self.g4.len()
            + self.g5.len()
            + self.g6.len()
    }

    /// Writes one key per template into `out` (cleared first).
    #[inline]
    pub fn keys(&self, atom_values: &[u64], out: &mut Vec<u64>) {
        out.clear();
        self.append_keys(atom_values, out);
    }

    /// Appends one key per template to `out`, the templates with fewer
    /// atoms first.
    #[inline]
    pub fn append_keys(&self, atom_values: &[u64], out: &mut Vec<u64>) {
        assert!(atom_values.len() >= self.min_values, "too few atom values");
        let n = self.len();
        out.reserve(n);
        let mut at = &mut out.spare_capacity_mut()[..n];
        at = fill(&self.g0, atom_values, at);
        at = fill(&self.g1, atom_values, at);
        at = fill(&self.g2, atom_values, at);
        at = fill(&self.g3, atom_values, at);
        at = fill(&self.g4, atom_values, at);
        at = fill(&self.g5, atom_values, at);
        let rest = fill(&self.g6, atom_values, at);
        debug_assert!(rest.is_empty());
        // SAFETY: the groups hold `n` templates together, and `fill` wrote
        // one key for each into the `n` slots after `out`'s values.
        unsafe { out.set_len(out.len() + n) };
    }
}

/// Writes the keys of `group` at the start of `out`; returns the rest.
#[inline(always)]
fn fill<'a, const L: usize>(
    group: &[Fixed<L>],
    atom_values: &[u64],
    out: &'a mut [MaybeUninit<u64>],
) -> &'a mut [MaybeUninit<u64>] {
    let (here, rest) = out.split_at_mut(group.len());
    for (key, t) in here.iter_mut().zip(group) {
        let mut k = t.seed;
        for a in t.atoms {
            // SAFETY: every atom is below `min_values`, which
            // `append_keys` checked `atom_values` reaches.
            k = mix(k, unsafe { *atom_values.get_unchecked(a as usize) });
        }
        key.write(finalise(k));
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_those_of_the_templates_by_length() {
        let names = ["a", "b", "c", "d"];
        let source = "a + b + c\nb\nd + a\nc + d + a + b\na\n";
        let templates = Templates::parse(source, &names, "test")
            .unwrap()
            .by_length();
        let values = [11, 22, 33, 44];
        let mut expected = Vec::new();
        templates.keys(&values, &mut expected);
        let set = KeySet::of(&templates);
        let mut keys = vec![7];
        set.append_keys(&values, &mut keys);
        assert_eq!(keys[0], 7);
        assert_eq!(&keys[1..], &expected[..]);
        set.keys(&values, &mut keys);
        assert_eq!(keys, expected);
    }

    #[test]
    #[should_panic(expected = "too few atom values")]
    fn short_values_are_refused() {
        let templates = Templates::parse("a + c\n", &["a", "b", "c"], "test").unwrap();
        KeySet::of(&templates).keys(&[1, 2], &mut Vec::new());
    }
}
