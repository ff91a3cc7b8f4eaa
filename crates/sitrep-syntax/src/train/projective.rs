//! Projective training trees. The arc-hybrid system builds projective trees
//! only, and its dynamic oracle's costs are exact only for them: on a
//! non-projective gold tree (2.3% of EWT's training sentences) some actions
//! it calls free lose arcs. Lifting each crossing arc to its head's head
//! until none cross (Nivre & Nilsson 2005, without encoding the lift in the
//! label) gives the parser a tree it can reach; the labels stay the gold
//! ones.

use super::Gold;

/// The training sentences with their trees lifted (`lift`).
pub(super) fn lifted(train: &[Gold]) -> Vec<Gold> {
    train
        .iter()
        .map(|g| Gold {
            heads: lift(&g.heads),
            ..g.clone()
        })
        .collect()
}

/// `heads` (0-based, `n` for the root) made projective by lifting: while some
/// arc is non-projective, the shortest such arc (leftmost among equals)
/// moves its dependent to its head's head. A projective tree is returned
/// unchanged.
pub fn lift(heads: &[u32]) -> Vec<u32> {
    let mut heads = heads.to_vec();
    while let Some(d) = shortest_non_projective(&heads) {
        let h = heads[d] as usize;
        heads[d] = heads[h];
    }
    heads
}

/// The dependent of the shortest non-projective arc, if there is one. An
/// arc is non-projective when a word strictly between its ends is not
/// dominated by its head. The root (`n`) dominates every word.
fn shortest_non_projective(heads: &[u32]) -> Option<usize> {
    let n = heads.len();
    let mut best: Option<(usize, usize)> = None;
    for d in 0..n {
        let h = heads[d] as usize;
        if h == n {
            continue;
        }
        let (lo, hi) = if d < h { (d, h) } else { (h, d) };
        let span = hi - lo;
        if best.is_some_and(|(s, _)| s <= span) {
            continue;
        }
        if (lo + 1..hi).any(|w| !dominated_by(heads, w, h)) {
            best = Some((span, d));
        }
    }
    best.map(|(_, d)| d)
}

/// Whether `h` is `w` or one of its ancestors (a checked tree: the walk
/// reaches the root within `n` steps).
fn dominated_by(heads: &[u32], mut w: usize, h: usize) -> bool {
    let n = heads.len();
    for _ in 0..=n {
        if w == h {
            return true;
        }
        if w == n {
            return false;
        }
        w = heads[w] as usize;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_projective_tree_is_unchanged() {
        // "Rebels seized the town ." : seized is the root (4 = n).
        let heads = [1, 5, 3, 1, 1];
        assert_eq!(lift(&heads), heads);
    }

    #[test]
    fn a_crossing_arc_is_lifted_to_its_heads_head() {
        // "A hearing is scheduled on the issue today": "on" (4) -> "hearing"
        // (1) crosses "is scheduled" (2, 3 hang on 3; 3 is the root), so
        // its phrase head moves up to "scheduled".
        // 0 A, 1 hearing, 2 is, 3 scheduled, 4 on, 5 the, 6 issue, 7 today
        let heads = [1, 3, 3, 8, 6, 6, 1, 3];
        let lifted = lift(&heads);
        assert_eq!(lifted, [1, 3, 3, 8, 6, 6, 3, 3]);
        assert_eq!(shortest_non_projective(&lifted), None);
    }
}
