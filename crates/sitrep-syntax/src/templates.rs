//! Feature templates as data. A classifier's code computes a fixed table of
//! *atoms* for the item it classifies (the word at a position, its tag, a
//! distance…); a template file says which atoms are conjoined into features,
//! one template a line: `s0.w + b0.t`. The files ship inside the model, so a
//! model always runs with the templates it was trained with.

use crate::hashing::{finalise, mix, template_seed};
use crate::SyntaxError;

/// At most this many atoms in one template.
pub const MAX_ATOMS: usize = 6;

/// One compiled template: its seed and the indices of its atoms.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Template {
    seed: u64,
    len: usize,
    atoms: [u16; MAX_ATOMS],
}

/// Compiled templates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Templates {
    source: String,
    templates: Vec<Template>,
}

impl Templates {
    /// Parses a template file against the atom names a classifier provides.
    pub fn parse(source: &str, atom_names: &[&str], what: &str) -> Result<Self, SyntaxError> {
        let mut templates = Vec::new();
        for (number, line) in source.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut atoms = Vec::new();
            // Atoms are separated by a free-standing `+` (atom names may contain
            // one: `w+1`).
            for name in line.split_whitespace().filter(|t| *t != "+") {
                let index = atom_names.iter().position(|a| *a == name).ok_or_else(|| {
                    SyntaxError::Template {
                        what: what.to_owned(),
                        line: number + 1,
                        message: format!(
                            "unknown atom `{name}` (known: {})",
                            atom_names.join(", ")
                        ),
                    }
                })?;
                atoms.push(index as u16);
            }
            if atoms.len() > MAX_ATOMS {
                return Err(SyntaxError::Template {
                    what: what.to_owned(),
                    line: number + 1,
                    message: format!("{} atoms; a template has at most {MAX_ATOMS}", atoms.len()),
                });
            }
            let mut fixed = [0u16; MAX_ATOMS];
            fixed[..atoms.len()].copy_from_slice(&atoms);
            templates.push(Template {
                seed: template_seed(templates.len()),
                len: atoms.len(),
                atoms: fixed,
            });
        }
        if templates.is_empty() {
            return Err(SyntaxError::Template {
                what: what.to_owned(),
                line: 0,
                message: "no templates".into(),
            });
        }
        Ok(Self {
            source: source.to_owned(),
            templates,
        })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn len(&self) -> usize {
        self.templates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.templates.is_empty()
    }

    /// The atom indices of template `t`.
    pub fn atoms_of(&self, t: usize) -> &[u16] {
        let t = &self.templates[t];
        &t.atoms[..t.len]
    }

    /// The starting key of template `t`.
    pub fn seed_of(&self, t: usize) -> u64 {
        self.templates[t].seed
    }

    /// The key of template `t` alone.
    pub fn key_of(&self, t: usize, atom_values: &[u64]) -> u64 {
        key(&self.templates[t], atom_values)
    }

    /// The templates where `keep` is true, with the keys they had here.
    pub fn subset(&self, keep: &[bool]) -> Self {
        Self {
            source: self.source.clone(),
            templates: self
                .templates
                .iter()
                .zip(keep)
                .filter(|(_, &k)| k)
                .map(|(t, _)| t.clone())
                .collect(),
        }
    }

    /// The same templates (with the same keys), the shorter first: the
    /// order of keys a scorer only sums, computed with a loop over each
    /// template's atoms whose length then rarely changes from one template
    /// to the next (its branch is predicted).
    pub fn by_length(&self) -> Self {
        let mut templates = self.templates.clone();
        templates.sort_by_key(|t| t.len);
        Self {
            source: self.source.clone(),
            templates,
        }
    }

    /// Writes one key per template into `out` (cleared first), from the
    /// atom values of the item being classified.
    #[inline]
    pub fn keys(&self, atom_values: &[u64], out: &mut Vec<u64>) {
        out.clear();
        self.append_keys(atom_values, out);
    }

    /// As `keys`, after what `out` holds.
    #[inline]
    pub fn append_keys(&self, atom_values: &[u64], out: &mut Vec<u64>) {
        out.extend(self.templates.iter().map(|t| key(t, atom_values)));
    }
}

#[inline]
fn key(t: &Template, atom_values: &[u64]) -> u64 {
    let mut key = t.seed;
    for &a in &t.atoms[..t.len] {
        key = mix(key, atom_values[a as usize]);
    }
    finalise(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_unknown_atoms() {
        let names = ["a", "b", "c"];
        let t = Templates::parse("a\n# comment\nb + c  # trailing\n", &names, "test").unwrap();
        assert_eq!(t.len(), 2);
        let mut keys = Vec::new();
        t.keys(&[1, 2, 3], &mut keys);
        let mut keys2 = Vec::new();
        t.keys(&[1, 2, 4], &mut keys2);
        assert_eq!(keys[0], keys2[0]);
        assert_ne!(keys[1], keys2[1]);
        let err = Templates::parse("a + d\n", &names, "test").unwrap_err();
        assert!(err.to_string().contains("unknown atom `d`"), "{err}");
        assert!(Templates::parse("# nothing\n", &names, "test").is_err());
    }
}
