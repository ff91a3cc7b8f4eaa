//! The cell each dense table (`scorer`) reads for one item, computed table
//! after table. Tables are kept apart by their number of atoms, so that
//! each group's loop has a fixed length the compiler unrolls: no loop over
//! a table's atoms whose length changes from one table to the next (a
//! parser with labels reads over forty tables per transition, and this
//! arithmetic was most of the time of its dense tables).

use crate::templates::MAX_ATOMS;

/// One table over `L` atoms: cell = `offset + Σ small[atoms[k]] × strides[k]`.
#[derive(Debug, Clone, Copy)]
struct Lookup<const L: usize> {
    offset: u32,
    atoms: [u16; L],
    strides: [u32; L],
}

/// Tables by their number of atoms (0 to `MAX_ATOMS`).
#[derive(Debug, Clone, Default)]
pub struct Lookups {
    l0: Vec<Lookup<0>>,
    l1: Vec<Lookup<1>>,
    l2: Vec<Lookup<2>>,
    l3: Vec<Lookup<3>>,
    l4: Vec<Lookup<4>>,
    l5: Vec<Lookup<5>>,
    l6: Vec<Lookup<6>>,
    /// One more than the largest atom index any table reads: the small
    /// indices given to `for_each` must be at least this many.
    min_small: usize,
}

const _: () = assert!(MAX_ATOMS == 6, "Lookups has one group per number of atoms");

fn lookup<const L: usize>(offset: usize, atoms: &[u16], strides: &[u32]) -> Lookup<L> {
    Lookup {
        offset: u32::try_from(offset).expect("a dense table's offset fits a u32"),
        atoms: atoms.try_into().expect("L atoms"),
        strides: strides.try_into().expect("L strides"),
    }
}

impl Lookups {
    /// Adds a table: its first cell, and its atoms with their strides.
    pub fn push(&mut self, offset: usize, atoms: &[u16], strides: &[u32]) {
        assert_eq!(atoms.len(), strides.len());
        if let Some(&max) = atoms.iter().max() {
            self.min_small = self.min_small.max(max as usize + 1);
        }
        match atoms.len() {
            0 => self.l0.push(lookup(offset, atoms, strides)),
            1 => self.l1.push(lookup(offset, atoms, strides)),
            2 => self.l2.push(lookup(offset, atoms, strides)),
            3 => self.l3.push(lookup(offset, atoms, strides)),
            4 => self.l4.push(lookup(offset, atoms, strides)),
            5 => self.l5.push(lookup(offset, atoms, strides)),
            6 => self.l6.push(lookup(offset, atoms, strides)),
            n => panic!("a dense table over {n} atoms (at most {MAX_ATOMS})"),
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.l0.len()
            + self.l1.len()
            + self.l2.len()
            + self.l3.len()
            + self.l4.len()
            + self.l5.len()
            + self.l6.len()
    }

    /// Calls `f` with the cell of every table, given the atoms' small
    /// indices (tables with fewer atoms first).
    #[inline]
    pub fn for_each(&self, small: &[u16], mut f: impl FnMut(usize)) {
        assert!(small.len() >= self.min_small, "too few small indices");
        each(&self.l0, small, &mut f);
        each(&self.l1, small, &mut f);
        each(&self.l2, small, &mut f);
        each(&self.l3, small, &mut f);
        each(&self.l4, small, &mut f);
        each(&self.l5, small, &mut f);
        each(&self.l6, small, &mut f);
    }
}

#[inline(always)]
fn each<const L: usize>(lookups: &[Lookup<L>], small: &[u16], f: &mut impl FnMut(usize)) {
    for l in lookups {
        let mut cell = l.offset as usize;
        for k in 0..L {
            // SAFETY: every atom is below `min_small`, which `for_each`
            // checked `small` reaches.
            let index = unsafe { *small.get_unchecked(l.atoms[k] as usize) };
            cell += index as usize * l.strides[k] as usize;
        }
        f(cell);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_offset_plus_strided_indices() {
        let mut l = Lookups::default();
        l.push(100, &[2, 0], &[10, 1]);
        l.push(7, &[1], &[3]);
        l.push(0, &[0, 1, 2], &[100, 10, 1]);
        assert_eq!(l.len(), 3);
        let mut cells = Vec::new();
        l.for_each(&[4, 5, 6], |c| cells.push(c));
        // Fewer atoms first.
        assert_eq!(cells, vec![7 + 15, 100 + 60 + 4, 456]);
    }

    #[test]
    #[should_panic(expected = "too few small indices")]
    fn short_indices_are_refused() {
        let mut l = Lookups::default();
        l.push(0, &[5], &[1]);
        l.for_each(&[1, 2], |_| {});
    }
}
