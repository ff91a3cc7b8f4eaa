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
                parent[a.max(b)] = a.min(b);
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
        key,
    }
}
