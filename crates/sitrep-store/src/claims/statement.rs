//! One article's readings of one statement. An article says the same thing
//! several ways ("Russia sent special forces…", "these commandos protect
//! Traoré…") and the coder may read two codes from the same words
//! ("arrived in Burkina Faso to protect…": a visit and a protection); such
//! readings are grouped first, then matched against claims as one.

use std::collections::{BTreeSet, HashMap};

use super::compat::{agree, dates_near, generalize, Agreement, Period};
use super::config::ClaimConfig;
use super::reading::Reading;

/// Readings of one document that state one thing.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    /// Its readings: indexes into the slice it was grouped from.
    pub readings: Vec<usize>,
    pub events: Vec<i64>,
    pub doc: i64,
    pub story: i64,
    pub key: String,
    pub source: Option<String>,
    pub target: Option<String>,
    pub denies: bool,
    pub period: Option<Period>,
    pub words: BTreeSet<String>,
    /// Its readings' [`Reading::unplaced_names`]: a claim it joins must
    /// hold every one of them.
    pub unplaced_names: BTreeSet<String>,
}

/// Groups one document's readings into statements, in the order of their
/// first reading.
pub(crate) fn statements(readings: &[Reading], config: &ClaimConfig) -> Vec<Statement> {
    let n = readings.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in i + 1..n {
            if same_statement(&readings[i], &readings[j], config) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                // A reading silent on a slot joins both of two readings of
                // its words; that must not make those two, which name
                // different actors there, one statement ("ECOWAS urged
                // Burkina Faso, Mali and Niger to resume talks": three
                // appeals, however the talks are read).
                if a != b && !groups_conflict(readings, &mut parent, a, b, config) {
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let root = find(&mut parent, i);
        let g = *index.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
        .into_iter()
        .map(|g| {
            let members: Vec<&Reading> = g.iter().map(|&i| &readings[i]).collect();
            Statement { readings: g, ..statement(&members, config) }
        })
        .collect()
}

/// Whether a reading of the group rooted at `a` and one of the group
/// rooted at `b` name conflicting actors in the same slot.
fn groups_conflict(readings: &[Reading], parent: &mut [usize], a: usize, b: usize, config: &ClaimConfig) -> bool {
    let members = |root: usize, parent: &mut [usize]| (0..readings.len()).filter(|&k| find(parent, k) == root).collect::<Vec<_>>();
    let (left, right) = (members(a, parent), members(b, parent));
    let conflict = |x: &Option<String>, y: &Option<String>| agree(x.as_deref(), y.as_deref(), config) == Agreement::Conflict;
    left.iter().any(|&i| right.iter().any(|&j| conflict(&readings[i].source, &readings[j].source) || conflict(&readings[i].target, &readings[j].target)))
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn same_statement(a: &Reading, b: &Reading, config: &ClaimConfig) -> bool {
    if a.denies != b.denies || !dates_near(a.period.as_ref(), b.period.as_ref(), config) {
        return false;
    }
    let same_words = a.sentence == b.sentence && a.span[0] < b.span[1] && b.span[0] < a.span[1];
    let slot = |x: &Option<String>, y: &Option<String>| match agree(x.as_deref(), y.as_deref(), config) {
        Agreement::Exact | Agreement::Compatible => true,
        // Both silent on the same slot is agreement; one silent only when
        // both readings come from the same words.
        Agreement::Missing => x.is_none() && y.is_none() || same_words,
        Agreement::Conflict => false,
    };
    let actors = slot(&a.source, &b.source) && slot(&a.target, &b.target);
    let has_actor = a.source.is_some() || a.target.is_some();
    actors && has_actor && (a.key == b.key || same_words)
}

fn statement(group: &[&Reading], config: &ClaimConfig) -> Statement {
    // The most frequent key; on a tie, the widest reading's (the fuller one).
    let mut counts: HashMap<&str, (usize, i64)> = HashMap::new();
    for r in group {
        let e = counts.entry(r.key.as_str()).or_default();
        e.0 += 1;
        e.1 = e.1.max(r.span[1] - r.span[0]);
    }
    let key = counts.iter().max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0))).map(|(k, _)| k.to_string()).unwrap_or_default();
    let period = group.iter().filter_map(|r| r.period).reduce(|a, b| a.hull(&b));
    Statement {
        readings: Vec::new(),
        events: group.iter().map(|r| r.event).collect(),
        doc: group[0].doc,
        story: group[0].story,
        source: generalize(group.iter().filter_map(|r| r.source.as_deref()), config),
        target: generalize(group.iter().filter_map(|r| r.target.as_deref()), config),
        denies: group[0].denies,
        period,
        words: group.iter().flat_map(|r| r.words.iter().cloned()).collect(),
        unplaced_names: group.iter().flat_map(|r| r.unplaced_names.iter().cloned()).collect(),
        key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(event: i64, span: [i64; 2], source: &str, target: Option<&str>, key: &str) -> Reading {
        Reading {
            event,
            doc: 1,
            story: 1,
            sentence: 0,
            span,
            source: Some(source.to_owned()),
            target: target.map(str::to_owned),
            key: key.to_owned(),
            denies: false,
            period: None,
            words: BTreeSet::new(),
            cameo: String::new(),
            plover: None,
            certainty: "asserted".to_owned(),
            kind: "none".to_owned(),
            attribution: None,
            self_credited: false,
            names: Vec::new(),
            unplaced_names: BTreeSet::new(),
            day: None,
            outlet: None,
            story_outlet: None,
        }
    }

    #[test]
    fn a_reading_silent_on_a_slot_does_not_join_readings_that_conflict_there() {
        // "ECOWAS urged Burkina Faso, Mali and Niger to resume talks":
        // three appeals and a talk whose target no one names, all in
        // overlapping words.
        let readings = [
            reading(1, [0, 25], "IGOWAFECO", Some("BFA"), "C02"),
            reading(2, [0, 31], "IGOWAFECO", Some("MLI"), "C02"),
            reading(3, [0, 41], "IGOWAFECO", Some("NER"), "C02"),
            reading(4, [0, 60], "IGOWAFECO", None, "C02"),
        ];
        let found = statements(&readings, &ClaimConfig::default());
        assert_eq!(found.len(), 3, "{:?}", found.iter().map(|s| &s.readings).collect::<Vec<_>>());
        let targets: BTreeSet<_> = found.iter().filter_map(|s| s.target.clone()).collect();
        assert_eq!(targets.into_iter().collect::<Vec<_>>(), ["BFA", "MLI", "NER"]);
    }
}
