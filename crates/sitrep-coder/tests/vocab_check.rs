//! The coder against `tests/gold/vocab-check-en.tsv`: wire sentences, each
//! written or taken from the corpus for one CAMEO code and coded by hand
//! before sitrep coded it (the file's header says how). It checks the
//! lexicon's reach code by code: whether a sentence of each kind gives an
//! event of its code at all.
//!
//! The file is in blocks: the sentences before the first `# ---… round N`
//! line (written one CAMEO code at a time), then each round of real
//! sentences drawn from the corpus, whose sentences with no event are kept
//! as `#-` lines and checked to give none. Printed with `cargo test -p
//! sitrep-coder --release --test vocab_check -- --nocapture`: per block,
//! how many sentences give their exact code, their root only, another
//! root, or no event, per root; how many of the no-event sentences give an
//! event; then each sentence that misses. The test fails only below floors
//! (above ceilings) set under (over) the figures measured when each block
//! was written, so that a change that loses vocabulary or codes what is
//! no event is seen; they are never targets to tune rules to.
//!
//! Each block also prints the relaxed measure of PETRARCH-2's validation
//! (every event sitrep gives on the block's sentences against the gold
//! rows, counted per sentence: CAMEO root, and root with the first three
//! letters of both actor codes, `-` for none), and the blind wire samples
//! (`round … wire …` blocks) are summed at the end: the figure to compare
//! coders on unseen wire news. It is printed, never asserted.

mod vocab;

use std::sync::Arc;

use sitrep_coder::Coder;
use sitrep_lexicon::Lexicon;

/// Share of a block's sentences that must give their exact code, by
/// block: the written sentences (measured when written: 948 of 1,056,
/// 0.898; 961 on 2026-12-05), round 34's real sentences (101 of 193,
/// 0.523, on 2026-12-05), round 35's (81 of 161, 0.503, on 2026-12-05),
/// round 36's written block of roots 01-06 (w1: 574 of 627, 0.915, on
/// 2026-12-05, after its rows; its first 220 gave 168, 0.764, before them;
/// floor 0.05 under the measure); round 36 w3's sentences for roots 13-20
/// (473 of 543, 0.871, on 2026-12-05; 222 of its first 289 before its
/// rows); round 36 written w2 (batteries for roots 07-12 and their corpus
/// sentences: the first 367 gave 258, 0.703, before their rows; all 663,
/// with later batteries and 43 more corpus sentences, give 594, 0.896,
/// after, on 2026-12-05; the four last batteries, written as checks after
/// the rows of the others, gave 39 of 52, 21 of 30, 16 of 30 and 20 of 30
/// before rows of their own); round 37 written w1 (roots 01-06 again, new
/// wordings and constructions, and 210 corpus sentences: its first 582
/// gave 342, 0.588, before its rows, 356 once 18 demands written as appeals
/// were re-coded as demands; all 697 give 420, 0.603, with the lexicon of
/// its first commit and 555, 0.796, after its rows, on 2026-12-05; floor
/// 0.05 under the measure); round 37 written w1 check (90 sentences in
/// the words of that block's rows, written after them: 39 with the
/// lexicon before the rows, 82, 0.911, with them, 84, 0.933, after three
/// widened rows); round 37 written w1 fresh (52 sentences in wordings the
/// round's rows did not aim at, written at its end: 39, 0.750, with the
/// lexicon of the branch's first commit, 40, 0.769, with all the round's
/// rows before their own, 48, 0.923, after them); round 37 written w1
/// fresh2 (47 more, written after all the round's rows and given none of
/// their own: 32, 0.681, with the lexicon of the branch's first commit,
/// 33, 0.702, with the round's rows);
/// round 37 written w3 (new words and forms for
/// roots 13-20: its first 365 gave 250, 0.685, before their rows, 318,
/// 0.871, after; a check battery of 119 written after those rows gave 91,
/// 0.765, before rows of its own, 101 after; a third battery of 56, 40,
/// 0.714, before its rows, 52 after; a fourth of 36 sentences in the
/// brief's constructions, 29, 0.806, before its rows, 35 after; all 576
/// give 505, 0.877, on 2026-12-05);
/// round 37 written w2 (new batteries for roots
/// 07-12 with other verbs, idioms, nominals, passives and openers, and 85
/// corpus sentences: 329 of 582, 0.565, before its rows; 444, 0.763,
/// after; a second battery written after those rows gave 43 of 65 and 10
/// more corpus sentences 5 of 10 before rows of their own; a construction
/// battery (twelve acts in the brief's constructions) 90 of 102 before two
/// widened rows; a wire-style battery (1980s Reuters wording) 33 of 45
/// before rows of its own (32 with the lexicon before round 37); a second
/// wire-style battery 32 of 50 before rows of its own, a third (AFP
/// wording) 30 of 46, short sentences with named leaders 32 of 44, the
/// thinnest codes 33 of 57, rarer synonyms (underwrote, rescinded,
/// stonewalled ...) 16 of 48, idioms (watered down, dug in its heels,
/// poured cold water on ...) 8 of 41, more idioms (stepped in with, beat a
/// retreat, stuck to its guns ...) 11 of 34, 11 of 30 and 8 of 24, 30
/// more corpus sentences 15 of 30, investigation and demand synonyms 4 of
/// 17; all 1,232 give 972, 0.789, on 2026-12-05, 697 with the lexicon
/// before round 37; floor 0.05 under the measure);
/// round 38 written y2 (idioms, phrasal verbs, rare synonyms and news
/// metaphors for every root 01-20, 306 constructed and 16 corpus
/// sentences: 185 of 322, 0.575, before its rows; 276, 0.857, after, on
/// 2026-12-05); its check battery (the same idioms in other forms, written
/// after those rows): 53 of 58 before two rows were dropped, 52, 0.897,
/// after; a fresh battery of idioms no row was written for (kept its
/// cards close to its chest, stumped up, showed the door ...): 19 of 54,
/// 0.352, before rows of its own, 48, 0.889, after; floors 0.05 under
/// the measure); round 39 written x1 (roots 01-06, each act wrapped in
/// the frames wire news puts around it: reporting frame, date, place or
/// participle opener, apposition, coordinated actors, relative clause,
/// passive, intent infinitive, the act as a noun, headline, numbers
/// before the object; 331 constructed and 68 corpus sentences: 256 of
/// 399, 0.642, before its rows, 294, 0.737, after, on 2026-12-05); its
/// fresh battery (44 sentences in the same frames, written after those
/// rows): 37, 0.841, with the lexicon before round 39, 39, 0.886, with the
/// block's rows, 41, 0.932, after two rows of its own; its corpus
/// block, 31 more real sentences picked after the rows: 21, 0.677, with
/// and without them; floors 0.05 under the measure).
/// round 39 written x2 (roots 07-12, each act in the frame
/// wire news wraps it in: reporting frames, openers, apposition,
/// coordination, relative clauses, by-passives, intent and refusal
/// infinitives, nominals, headlines; 470 constructed and 146 corpus
/// sentences: 391 of 616, 0.635, before its rows, 346 of its first 567,
/// 0.610, with the codes first written, before 14 were re-read against
/// cameo.tsv; 478, 0.776, after, on 2026-12-05); its check battery (the
/// same frames in other wordings, written after those rows, none of its
/// own): 55 of 62, 0.887; its corpus block (43 wire sentences drawn after
/// the rows): 37, 0.860; floors 0.05 under the measure.
/// Round 39 written x3
/// (roots 13-20, each act in a frame: reporting clause, opener,
/// apposition, relative clause, "by" passive, act noun, numbers before
/// the object; 350 constructed and 53 corpus sentences): 241 of 403,
/// 0.598, before its rows, 269, 0.667, after, on 2026-12-05; its corpus
/// block, real sentences in such frames found after the first rows: 42 of
/// 78 with the lexicon before x3's rows, 46, 0.590, after; its check
/// battery, written after the rows for the words they read: 6 of 30
/// before them, 23, 0.767, after, no rows of its own; its "more" battery
/// for the thin codes (92): 50, 0.543, before rows of its own, 56, 0.609,
/// after; floors 0.05 under the measure).
/// round 40 written y3 (roots 06, 07, 08, 16, 17: every leaf code as the
/// plain act in several wordings and under "agreed/pledged to", "urged X
/// to", "refused to", "threatened to", "said it would", the expected code
/// derived through intent.tsv, appeal.tsv and refusal.tsv; 459 constructed
/// and 13 corpus sentences: 376 of 472, 0.797, before its rows (373 with
/// the codes first written, before three rows on expelled diplomats were
/// re-coded to the file's 166), 438, 0.928, after, on 2026-12-05); its
/// check battery (the same acts in other wordings and frames, written after
/// those rows, none of its own): 30 of 32, 0.938 (7, 0.219, with the lexicon
/// before them; the two misses put a date between coordinated doers and the
/// verb); its forms battery (the act as a noun, relative clauses, "decided
/// to"/"voted to", "up to 16"/"all 21" objects, written after those rows):
/// 29 of 36, 0.806, before its three rows (noun suspensions of military,
/// economic and humanitarian aid), 31, 0.861, after; floors 0.05 under the
/// measure.
/// round 41 wire z2 (a random wire sample, `scripts/sample-wire-round
/// --parity even`: 250 sentences naming two or more lexicon actors, 125
/// Reuters, 125 GLOCON/BBC/Guardian, every event annotated, 142 event rows
/// from 130 sentences, 1.09 events per event sentence): 40 of 142, 0.282,
/// before its rows (12 root only, 28 another root, 62 no event), 49, 0.345,
/// after (12, 28, 53), on 2026-12-05; floor 0.05 under the measure. Most
/// of its misses are outside roots 10-20 or need the coder's structure
/// (/work/notes/r41-z2-constructions.txt at the time).
/// Round 41 wire z1 (a random sample of 250 corpus sentences naming two
/// lexicon actors, drawn by scripts/sample-wire-r41: 125 Reuters, 125
/// GLOCON/BBC/Guardian; every event each reports annotated before sitrep
/// ran, 116 events in 95 sentences, 155 no-event lines): 38 of 116, 0.328,
/// exact before its rows (45, 0.388, with the root; 55 gave no event); 50,
/// 0.431, after its rows for roots 02-08 (58, 0.500, with the root; 42 no
/// event), on 2026-12-05; floor 0.05 under the measure.
/// Round 42 wire z4 (a second random wire sample, `scripts/sample-wire-round
/// --seed 42002 --parity even`, less 12 sentences already in round 41's
/// blocks: 238 sentences, 125 Reuters, GLOCON/BBC/Guardian the rest; every
/// event annotated before sitrep ran, 68 events in 59 sentences, 1.15 per
/// event sentence, 179 no-event lines): 16 of 68, 0.235, exact before its
/// rows (2 root only, 15 another root, 35 no event); 21, 0.309, after its
/// rows for roots 13-19 (2, 11, 34), on 2026-12-05; floor 0.05 under the
/// measure. Most misses are outside roots 10-20 or need the coder's
/// structure (/work/notes/r42-z4-constructions.txt at the time).
/// Round 42 wire z3 (a second random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 42001`: 250 drawn, 11 already in round 41's blocks
/// dropped, 239 left; every event annotated before sitrep ran, 86 events in
/// 73 sentences, 1.18 events per event sentence, 166 no-event lines): 28 of
/// 86, 0.326, exact before its rows (39, 0.453, with the root; 30 no
/// event); 40, 0.465, after its rows for roots 01-05 (49, 0.570, with the
/// root; 24 no event), on 2026-12-05; the same 40 with main at 8245fcf
/// merged (50 with the root); floor 0.05 under the measure.
/// Round 43 wire z6 (a third random wire sample, `scripts/sample-wire-round
/// --seed 43002 --parity even --skip-blocks-before "round 43"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian, none in earlier blocks;
/// every event annotated and committed before sitrep ran, 123 events in 101
/// sentences, 1.22 per event sentence, 149 no-event lines): 33 of 123,
/// 0.268, exact before its rows (45, 0.366, with the root; 56 no event);
/// 40, 0.325, after its rows for roots 11-19 (52, 0.423, with the root; 52
/// no event), on 2026-12-05; with main at 5957743 merged, 32, 0.260,
/// before its rows and 39, 0.317, after (51 with the root; 52 no event);
/// floor 0.05 under the merged measure. Most misses are outside roots 10-20
/// or need the coder's structure (/work/notes/r43-z6-constructions.txt at
/// the time).
/// Round 43 wire z5 (a third random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 43001 --skip-blocks-before "round 43"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// before sitrep ran, 122 events in 87 sentences, 1.40 per event sentence,
/// 163 no-event lines): 55 of 122, 0.451, exact before its rows (62,
/// 0.508, with the root; 19 another root, 41 no event); 62, 0.508, after
/// its rows for roots 02-07 (67, 0.549, with the root; 20, 35), on
/// 2026-12-05; floor 0.05 under the measure. Most misses are outside
/// roots 01-09 or need the coder's structure
/// (/work/notes/r43-z5-constructions.txt at the time).
/// Round 44 wire z7 (a fourth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 44001 --skip-blocks-before "round 44"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed before sitrep ran, 97 events in 76 sentences, 1.28 per
/// event sentence, 174 no-event lines): 29 of 97, 0.299, exact before its
/// rows (37, 0.381, with the root; 19 another root, 41 no event); 38,
/// 0.392, after its rows for roots 01-09 (45, 0.464, with the root; 17,
/// 35), on 2026-12-05; floor 0.05 under the measure. Most misses are
/// outside roots 01-09 or need the coder's structure
/// (/work/notes/r44-z7-constructions.txt at the time).
/// Round 44 wire z8 (a fourth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 44002 --skip-blocks-before "round 44"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (456c471) before sitrep ran, 141 events in 99 sentences,
/// 1.42 per event sentence, 151 no-event lines): 29 of 141, 0.206, exact
/// before its rows (41, 0.291, with the root; 19 another root, 81 no
/// event; 15 of 151 no-event lines give an event); 35, 0.248, after its
/// rows for roots 10-19 (46 with the root; 19, 76; 13 of 151), on
/// 2026-12-05; floor and ceiling 0.05 from the measure. Most misses are
/// outside roots 10-20 or need the coder's structure
/// (/work/notes/r44-z8-constructions.txt at the time).
/// Round 45 wire z10 (a fifth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 45002 --skip-blocks-before "round 45"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (9271751) before sitrep ran, 104 events in 81 sentences,
/// 1.28 per event sentence, 169 no-event lines): 39 of 104, 0.375, exact
/// before its rows (51, 0.490, with the root; 7 another root, 46 no
/// event); 40, 0.385, after its rows for roots 10-20 (53 with the root; 6,
/// 45), on 2026-12-05; floor 0.05 under the measure. Most misses are
/// outside roots 10-20 or need the coder's structure
/// (/work/notes/r45-z10-constructions.txt at the time).
/// Round 45 wire z9 (a fifth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 45001 --skip-blocks-before "round 45"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (b133d46) before sitrep ran, 108 events in 82 sentences,
/// 1.32 per event sentence, 168 no-event lines): 37 of 108, 0.343, exact
/// before its rows (40 with the root; 23 another root, 45 no event; CLI,
/// no date); 40, 0.370, after its three rows for roots 01-09, on 2026-12-05;
/// floor 0.05 under the measure. Most misses are acts named as nouns with
/// their doer, reported speech whose doer is lost, and roots 10-20
/// (/work/notes/r45-z9-constructions.txt at the time).
/// Round 46 wire z11 (a sixth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 46001 --skip-blocks-before "round 46"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (b3b1c7e) before sitrep ran, 122 events in 82 sentences,
/// 1.49 per event sentence, 168 no-event lines): 38 of 122, 0.311, exact
/// before its rows (46 with the root; 25 another root, 51 no event; 22 of
/// 168 no-event lines give an event, 0.131); 42, 0.344, after its rows for
/// roots 01-09 (49 with the root; 24, 49; 21 of 168, 0.125), on 2026-12-05; floor
/// and ceiling 0.05 from the measure. Most misses are acts named as nouns
/// with their doer, reported speech whose act or doer is lost, and roots
/// 10-20 (/work/notes/r46-z11-constructions.txt at the time).
/// Round 46 wire z12 (a sixth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 46002 --skip-blocks-before "round 46"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (40f40dc) before sitrep ran, 130 events in 98 sentences,
/// 1.33 per event sentence, 152 no-event lines): 37 of 130, 0.285, exact
/// before its rows (49 with the root; 26 another root, 55 no event; 10 of
/// 152 no-event lines give an event); 46, 0.354, after its rows for roots
/// 10-20 (59 with the root; 20, 51; 10 of 152), on 2026-12-05; floor and
/// ceiling 0.05 from the measure. Most misses are outside roots 10-20 or
/// need the coder's structure (/work/notes/r46-z12-constructions.txt at
/// the time).
/// Round 47 wire z13 (a seventh random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 47001 --skip-blocks-before "round 47"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (398390f) before sitrep ran, 92 events in 82 sentences,
/// 1.12 per event sentence, 168 no-event lines): 25 of 92, 0.272, exact
/// before its rows (36 with the root; 16 another root, 40 no event; 23 of
/// 168 no-event lines give an event, 0.137; relaxed root F1 0.393, root and
/// actors 0.230); 32, 0.348, after its seven rows for roots 01-09 (42 with
/// the root; 16, 34; 23 of 168; relaxed 0.440 and 0.272), on 2026-12-05;
/// floor and ceiling 0.05 from the measure. Most misses are intended or
/// conditional acts read as done, acts named as nouns or reduced relatives
/// with their doer, and roots 10-20 (/work/notes/r47-z13-constructions.txt
/// at the time).
/// Round 47 wire z14 (a seventh random wire sample, `scripts/sample-wire-round
/// --parity even --seed 47002 --skip-blocks-before "round 47"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (dea3e51) before sitrep ran, 78 events in 71 sentences,
/// 1.10 per event sentence, 179 no-event lines): 32 of 78, 0.410, exact
/// before its rows (39 with the root; 17 another root, 22 no event; 35 of
/// 179 no-event lines give an event, 0.196; relaxed root F1 0.385, root
/// and actors 0.208); 36, 0.462, after its rows for roots 10-20 (41 with
/// the root; 16, 21; 34 of 179, 0.190; relaxed 0.419 and 0.241), on
/// 2026-12-05; floor and ceiling 0.05 from the measure. Most misses are
/// acts named as nouns whose doer is a "-led" adjective or a "between X and
/// Y" phrase, a doer lost to a pronoun, and roots 01-09
/// (/work/notes/r47-z14-constructions.txt at the time).
/// Round 48 wire z16 (an eighth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 48002 --skip-blocks-before "round 48"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (907fb69) before sitrep ran, 98 events in 76 sentences,
/// 1.29 per event sentence, 174 no-event lines): 37 of 98, 0.378, exact
/// before its rows (42 with the root; 24 another root, 32 no event; 21 of
/// 174 no-event lines give an event, 0.121; relaxed root F1 0.406, root
/// and actors 0.251); 42, 0.429, after its rows for roots 10-20 (46 with
/// the root; 21, 31; 21 of 174; relaxed 0.438 and 0.286), on 2026-12-05;
/// floor and ceiling 0.05 from the measure. Most misses are acts named as
/// nouns with their doer in a "from"/"by" phrase, a pattern's own noun
/// ("opposition") taken as its target, background acts in "since"/relative
/// clauses, and roots 01-09 (/work/notes/r48-z16-constructions.txt at the
/// time).
/// Round 48 wire z15 (an eighth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 48001 --skip-blocks-before "round 48"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (787715b) before sitrep ran, 99 events in 75 sentences,
/// 1.32 per event sentence, 175 no-event lines): 34 of 99, 0.343, exact
/// before its rows (41 with the root; 14 another root, 44 no event; 27 of
/// 175 no-event lines give an event, 0.154; relaxed root F1 0.389, root and
/// actors 0.263). Seven `#-` lines were then corrected to the lexicon's
/// conventions the blind annotation missed (11b915d: trade 061, an announced
/// import 0311, "consider" 014; 106 events in 82 sentences, 168 no-event
/// lines): 41 of 106, 0.387, before its rows (48 with the root; 14, 44; 20
/// of 168, 0.119; relaxed 0.447 and 0.305); 42, 0.396, after its rows for
/// roots 01-09 (trade barriers dropped 085, a duty laid in a tweet 020; 48
/// with the root; 14, 44; 20 of 168), on 2026-12-05; floor and ceiling 0.05
/// from the measure. Most misses are acts no pattern reads at all (44 of
/// 106: criticism and demands in roots 10-13, violence told in relative
/// clauses, visits told as "his trip has taken him to"), announced acts
/// read as done, and roots 10-20 (/work/notes/r48-z15-constructions.txt at
/// the time).
/// Round 49 wire z18 (a ninth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 49002 --skip-blocks-before "round 49"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (816940a) before sitrep ran, 186 events in 107 sentences,
/// 1.74 per event sentence, 24 of them the ordered pairs of two four-party
/// meetings; 143 no-event lines): 58 of 186, 0.312, exact before its rows
/// (71 with the root; 32 another root, 83 no event; 14 of 143 no-event
/// lines give an event, 0.098; relaxed root F1 0.416, root and actors
/// 0.228); 69, 0.371, after its rows for roots 10-20 (81 with the root; 30,
/// 75; 13 of 143, 0.091; relaxed 0.477 and 0.268), on 2026-12-05; floor and
/// ceiling 0.05 from the measure. Most misses are joint meetings of doers
/// listed in an apposition or after "attended by", consultation and visits
/// told by nouns, presence or return, announced acts not read as intent,
/// speech content with no evaluation word, and agents of "crushed by the
/// might of" (/work/notes/r49-z18-constructions.txt at the time).
/// Round 49 wire z17 (a ninth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 49001 --skip-blocks-before "round 49"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (cceda4b) before sitrep ran, 144 events in 111 sentences,
/// 139 no-event lines): 50 of 144, 0.347, exact before its rows (62 with
/// the root; 20 another root, 62 no event; 17 of 139 no-event lines give an
/// event, 0.122; relaxed root F1 0.453, root and actors 0.344). One row the
/// blind notes had decided but dropped in copying was restored (8c5aa1e:
/// 145 events in 112 sentences, 138 no-event lines): 50 of 145, 0.345,
/// before its rows (63 with the root; 20, 62; 16 of 138, 0.116; relaxed
/// 0.459 and 0.342); 65, 0.448, after its rows for roots 01-09 (appeals to
/// stimulate an economy 0242, advice sought 020, announced withdrawals 0356,
/// loans received or signed for 071, commodities bought 061, plural accords
/// 057, evaluations "was right to" and "a hero" 051, caution and an attack
/// held off asked for 0256, cooperation on production agreed 0311; 71 with
/// the root; 19, 55; 16 of 138; relaxed 0.502 and 0.375), on 2026-12-05; floor and
/// ceiling 0.05 from the measure. Most misses are roots 10-20 (criticism and
/// accusations in said-clauses, violence told in relative and "after"
/// clauses, refusals) and frames the parse does not give (talks between a
/// demonym + title + name and another, "a visit here by X", light verb
/// "enter"): /work/notes/r49-z17-constructions.txt at the time.
/// Round 50 wire z19 (a tenth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 50001 --skip-blocks-before "round 50"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (e37aab5) before sitrep ran, 118 events in 82 sentences,
/// 168 no-event lines): 26 of 118, 0.220, exact before its rows (34 with
/// the root; 22 another root, 62 no event; 25 of 168 no-event lines give an
/// event, 0.149; relaxed root F1 0.307, root and actors 0.205); 33, 0.280,
/// after its first rows for roots 01-09 (a journey "boarding a plane to"
/// and a "trade mission to" 042, support "by providing arms" 072, equipment
/// supplied to 061, forces linked up with 062, a request withdrawn 080; 43
/// with the root; 20, 55; 25 of 168; relaxed 0.356 and 0.247); 38, 0.322,
/// after the second (credit sought "from a group of" banks 0231, money
/// contributed "to the project" 071, negotiators named together who "closed
/// the gap" or "narrowed their differences" 046; 46 with the root; 20, 52;
/// 25 of 168; relaxed 0.381 and 0.274); 47, 0.398, after the third
/// (goods a speaker requests another to buy 0211, funding announced "for the
/// crises in" X 071, a ceasefire, deal or agreement "agreed|reached|signed
/// between" X, Y and Z 057 for every ordered pair; 54 with the root; 21,
/// 43; 25 of 168; relaxed 0.436 and 0.333); 48, 0.407, after working
/// "closely with X in the fight against" 062 (54 with the root; 21, 43; 25
/// of 168; relaxed 0.436 and 0.333), on
/// 2026-12-05; floor and ceiling 0.05 from the measure. Most misses are
/// roots 10-20 (criticism in said-clauses and quoted evaluations, violence
/// told by nouns, passives with an adjective agent and relative clauses,
/// threats and vetoes announced) and frames the parse does not give (a
/// fronted "On a visit to X," whose visitor is the main subject, meetings
/// told by nouns with a list of parties, "agreed between X, Y and Z"):
/// /work/notes/r50-z19-constructions.txt at the time.
/// Round 50 wire z20 (a tenth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 50002 --skip-blocks-before "round 50"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (2f4f87f) before sitrep ran, 137 events in 81 sentences,
/// 169 no-event lines): 44 of 137, 0.321, exact before its rows (47 with
/// the root; 32 another root, 58 no event; 26 of 169 no-event lines give an
/// event, 0.154; relaxed root F1 0.346, root and actors 0.165); 48, 0.350,
/// after its rows for roots 10-20 (air attacks on 195, "use of human
/// shields" 184, "dismissed a French idea" 120, "expressed disappointment
/// that" 110, "occupy the political centre ground" no event; 50 with the
/// root; 32, 55; 26 of 169; relaxed 0.369 and 0.180), on 2026-12-05; floor
/// and ceiling 0.05 from the measure. Most misses are duties laid on listed
/// subjects, agreements named by hyphenated pairs ("the U.S.-British
/// accord"), aid told from the recipient or by a list of donors, announced
/// meetings, nouns with adjective or "from" doers, evaluations in speech
/// content and conditional threats: /work/notes/r50-z20-constructions.txt
/// at the time.
/// Round 51 wire z21 (an eleventh random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 51001 --skip-blocks-before "round 51"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (0229220) before sitrep ran, 88 events in 68 sentences,
/// 182 no-event lines): 25 of 88, 0.284, exact before its rows (31 with
/// the root; 14 another root, 43 no event; 20 of 182 no-event lines give an
/// event, 0.110; relaxed root F1 0.339, root and actors 0.230); 32, 0.364,
/// after its rows for roots 01-09 ("has not commented" 011, "to convince X
/// of" 020, "forego duties" 085, "is expected to see X" 040, "gaining the
/// approval of X" 051; 37 with the root; 13, 38; 20 of 182; relaxed 0.388
/// and 0.259), on 2026-12-05; floor and ceiling 0.05 from the measure. Most
/// misses are criticism and claims told in said-clauses, event nouns with a
/// possessive or adjective doer, joint acts of an apposed list, trade and
/// contracts, duties in a second conjunct: /work/notes/r51-z21-constructions.txt
/// at the time.
/// Round 51 wire z22 (an eleventh random wire sample, `scripts/sample-wire-round
/// --parity even --seed 51002 --skip-blocks-before "round 51"`: 250
/// sentences, 125 Reuters, 125 GLOCON/BBC/Guardian; every event annotated
/// and committed (4252515) before sitrep ran, 103 events in 75 sentences,
/// 175 no-event lines): 41 of 103, 0.398, exact before its rows (49 with
/// the root; 11 another root, 43 no event; 22 of 175 no-event lines give an
/// event, 0.126; relaxed root F1 0.413, root and actors 0.235); 47, 0.456,
/// after its rows for roots 10-20 ("warned that Iran would close off the
/// Strait of Hormuz" 1381, "approved an extensive trade ban against" 163,
/// "carried out over 5,600 sorties" 195, "has stopped much of its help for
/// the rebels" 162, "wants the fighting in the south to stop" 1056,
/// "insisted it was staged by rebels" 112; 55 with the root; 9, 39; 22 of
/// 175; relaxed 0.467 and 0.283), on 2026-12-05;
/// floor and ceiling 0.05 from the measure. Most misses are acts in speech
/// content or quotes, act nouns with their doer ("a protest from the Thai
/// government", "a statement by President Ronald Reagan that"), support
/// without an aid noun, joint acts named in noun phrases ("discussions
/// between Japanese officials and ..."), visits told by "during his visit"
/// or "on his return from": /work/notes/r51-z22-constructions.txt at the
/// time.
/// Round 52 wire z24 (a twelfth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 52002 --skip-blocks-before "round 52"`: the first
/// 100 Reuters and the first 100 GLOCON/BBC/Guardian sentences of the draw;
/// every event annotated and committed (0f96420) before sitrep ran, 91
/// events in 62 sentences, 138 no-event lines): 28 of 91, 0.308, exact
/// before its rows (31 with the root; 21 another root, 39 no event; 19 of
/// 138 no-event lines give an event, 0.138; relaxed root F1 0.354, root and
/// actors 0.241); after its rows for roots 10-20 ("remains
/// strongly opposed to" 110, "regretted Brazil's interest payment
/// moratorium" 111, "Turkey's strenuous objections that" 110, "complained
/// to the secretariat of the GATT" 114, "ruled out adopting" 120, "put
/// limits on Chinese textile shipments" 163, "achieved important victories
/// against Iraq" 190, "air strikes by Syrian planes" 195; 36, 0.396; 40
/// with the root; 17, 34; 18 of 138; relaxed 0.444 and 0.259), on
/// 2026-12-05; floor and ceiling 0.05 from the measure. Most misses are act
/// nouns with their doer in a participle or relative clause ("the tariffs
/// announced by President Reagan", "the quotas which the United States has
/// challenged"), coordinated subjects losing a member or taken from another
/// clause, military acts told by a noun or a state ("a salvo of 105
/// missiles", "were in control of four mountain areas"), and appeals
/// and meetings outside roots 10-20: /work/notes/r52-z24-constructions.txt
/// at the time.
/// Round 52 clear c1 (a blind sample of short sentences of one clear
/// event each, in the CAMEO manual's style: `scripts/sample-wire-round
/// --seed 52003 --skip-blocks-before "round 52"`, then
/// `scripts/sample-clear-round --seed 52103`, 6-30 words, one lexicon actor;
/// 177 event sentences, 211 rows, 37 no-event lines; annotated and committed
/// (a5ff16c) before sitrep ran): 71 of 211, 0.336, exact (14 more with the
/// root; 37 another root, 89 no event; 78 of the 177 event sentences give no
/// event at all, 0.441; relaxed root F1 0.474, root and actors 0.335), on
/// 2026-12-05 with main's coder at 9875956; floor 0.05 below the measure.
/// Most misses are criticism and appeals in quotes or said-clauses,
/// passives, act nouns and joint acts: /work/notes/r52-c1-constructions.txt
/// at the time.
/// Round 52 clear c1b (a second such sample, seeds 52004: 154 event
/// sentences, 174 rows, 29 no-event lines; committed blind in 004f868):
/// 61 of 174, 0.351, exact (13 more with the root; 23 another root, 77 no
/// event; 67 of the 154 event sentences give no event, 0.435; relaxed root
/// F1 0.505, root and actors 0.367), on 2026-12-05 with main's coder at
/// 9875956; floor 0.05 below the measure.
/// Round 52 wire z23 (a twelfth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 52001 --skip-blocks-before "round 52"`: the first
/// 100 Reuters and the first 100 GLOCON/BBC/Guardian sentences of the draw;
/// every event annotated and committed (7d2511f) before sitrep ran, 91
/// events in 70 sentences, 130 no-event lines): 26 of 91, 0.286, exact
/// before its rows (34 with the root; 19 another root, 38 no event; 19 of
/// 130 no-event lines give an event, 0.146; relaxed root F1 0.373, root and
/// actors 0.265); 32, 0.352, after its rows for roots 01-09 ("asked
/// Congress for 2.50 billion U.S. dlrs" 0231, "a significant move that was
/// well received by Trump" 051, "held a frantic round of telephone
/// diplomacy with" 041, "a ... loan offered by Ottawa" 0331, "increasing
/// its funding to" 071, "described ... as constructive" 051, "the World
/// Cup, co-hosted by Japan and South Korea" no visit, "acknowledging that
/// it is harder" no 015; 40 with the root; 18, 33; 17 of 130; relaxed
/// 0.419 and 0.287), on 2026-12-05; floor and ceiling
/// 0.05 from the measure. Most misses are threats and military acts told
/// by "will extend its incursion", "determined to cross", "wanted to
/// degrade"; duties the coder has no act row for ("Brazil should seek an
/// understanding with the IMF") or that follow a noun ("Canada's position
/// that the United States should"); act nouns with a "by"/"from" doer ("a
/// pledged tough trade response by the United States", "an unofficial
/// directive from MITI"); talks and meetings in a prepositional phrase
/// whose doer is the clause's subject ("during talks yesterday with"):
/// /work/notes/r52-z23-constructions.txt at the time.
/// Round 53 clear c2 (a third such sample, `scripts/sample-clear-round
/// --seed 53101`, the first 1110 read: 154 event sentences, 173 rows, 29
/// no-event lines; committed blind in 4a18098): before its rows 38 of 173,
/// 0.220, exact (7 more with the root; 17 another root, 111 no event; 100 of
/// the 154 event sentences give no event, 0.649; relaxed root F1 0.349, root
/// and actors 0.222), on 2026-12-05 with main's coder at dc1f309; after its
/// rows in roots 01-09 and evaluations.tsv (reaffirmed their commitment to
/// coordinate, pledged to boost co-operation with joint doers, had a series
/// of discussions with, led a delegation to, agreed an aid programme for,
/// credible/prudent 051, ...) 45, 0.260 (7 more with the root; 94 event
/// sentences with no event, 0.610; relaxed root F1 0.394, root and actors
/// 0.263); floor 0.05 below that. Most misses are criticism told in
/// quotes or as an evaluation of a noun no actor owns, passives and pronoun
/// clauses with no doer, act nouns in background frames, and words of roots
/// 10-20: /work/notes/r53-c2-constructions.txt at the time.
/// Round 53 clear c3 (a third such sample, scripts/sample-clear-round
/// --seed 53102, all 1500 candidates read: 158 event sentences, 177 rows,
/// 27 no-event lines; committed blind in 21910ca, 2 sentences later dropped
/// as c2's block holds them): before c3's rows, 52 of 177, 0.294, exact (19
/// more with the root; 23 another root, 83 no event; 77 of the 158 event
/// sentences give no event, 0.487; relaxed root F1 0.451, root and actors
/// 0.253), with main's coder at dc1f309; after the rows of c3 (b8c1a4e,
/// 41c9e74, de74d79, c62733f, 394ad7a; some written for this block's
/// misses) 62 of 177, 0.350 (root 81, 0.458; 68 sentences no event, 0.430;
/// relaxed root F1 0.497), measured 2026-12-05; floor 0.05 below the
/// latter. Misses needing the coder: /work/notes/r53-c3-constructions.txt.
/// Round 53 wire z25 (scripts/sample-wire-round --seed 53001 --parity odd
/// --skip-blocks-before "round 53": 200 sentences, 125 Reuters-21578, 75
/// GLOCON/BBC/Guardian; 74 event sentences, 114 rows, 0.57 events a
/// sentence, 1.54 an event sentence; 126 no-event lines; committed blind in
/// 8964b32): before z25's rows, with main's coder at 230fcec, 26 of 114,
/// 0.228, exact (12 more with the root; 22 another root, 54 no event;
/// relaxed root P 0.425 R 0.298 F1 0.351, root and actors F1 0.299); after
/// z25's rows (make_contact_with, negotiate_terms_with, delegation_come_to,
/// make_suggestion_to, subpoena, subpoena_records_of, approve_economic_aid_for,
/// approve_military_aid_for, hold_up_imposing_sanctions,
/// delay_imposing_sanctions) 37 of 114, 0.325 (11 more with the root, 16
/// another root, 50 no event; relaxed root P 0.483 R 0.368 F1 0.418, root
/// and actors F1 0.348), measured 2026-12-05;
/// floor 0.05 below the latter. Misses needing the coder or other roots:
/// /work/notes/r53-z25-constructions.txt.
/// Round 53 wire z26 (a thirteenth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 53002 --skip-blocks-before "round 53"`, sample lines
/// 1-100 Reuters and 126-225 GLOCON/BBC/Guardian: 200 sentences, 76 with
/// events, 104 rows, 1.37 events per event sentence, 124 no-event lines;
/// committed blind in 0884308, two 164 rows renumbered 161 in 8009fcb, a slip
/// of the code number): before z26's rows 42 of 104, 0.404, exact (40,
/// 0.385, as committed; relaxed root F1 0.425, root and actors 0.302); after
/// the rows (clash_with_on_issue, allege_in_forum_that,
/// increase_number_of_troops, launch_hostilities, test_firing_of_missile,
/// dispute_election) 47 of 104, 0.452 (root only 5, other root 23, no event
/// 29; relaxed root F1 0.486, root and actors 0.331), measured 2026-12-05;
/// floor 0.05 below the latter. Misses:
/// /work/notes/r53-z26-constructions.txt.
/// Round 54 wire z28 (a fourteenth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 54002 --skip-blocks-before "round 54"`, sample lines
/// 1-100 Reuters and 126-225 GLOCON/BBC/Guardian: 200 sentences, 73 with
/// events, 117 rows, 1.60 events per event sentence, 127 no-event lines;
/// committed blind in c060f54, one code 101 read as 1011 in f11df11, a slip
/// of the codebook's numbering): before z28's rows 32 of 117, 0.274, exact
/// (root only 10, other root 19, no event 56; relaxed root P 0.557 R 0.291
/// F1 0.382, root and actors F1 0.202); after the rows (want_actor_support,
/// want_actor_help, want_actor_cooperation, withdraw_some_of_diplomats,
/// launch_terror_attack, claw_back_territory_from, claw_back_territory,
/// tighten_noose_on, tighten_noose_any) 33 of 117, 0.282 (root only 15,
/// other root 18, no event 51; relaxed root P 0.606 R 0.342 F1 0.437, root
/// and actors F1 0.251), measured 2026-12-06;
/// floor 0.05 below the latter. Most misses need the coder (roles of
/// conjunct and adverbial clauses, list subjects, joint acts) or other
/// roots: /work/notes/r54-z28-constructions.txt.
/// Round 54 wire z27 (a fourteenth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 54001 --skip-blocks-before "round 54"`, sample lines
/// 1-100 Reuters and 126-225 GLOCON/BBC/Guardian: 200 sentences, 55 with
/// events, 88 rows, 1.6 events per event sentence, 145 no-event lines;
/// committed blind in f2a9986): before z27's rows 34 of 88, 0.386, exact
/// (root only 5, other root 15, no event 34; false events on no-event lines
/// 19 of 145; relaxed root F1 0.463, root and actors 0.366); after the rows
/// (make_similar_call, allow_imports, agree_to_stabilise_currencies and its
/// in-place and pledge forms) 43 of 88, 0.489 (six of the gain are one
/// sentence's six doers), false events 19 of 145 (relaxed root F1 0.543, root
/// and actors 0.439), measured 2026-12-06; floor 0.05 below the latter,
/// ceiling 0.05 above. Misses:
/// /work/notes/r54-z27-constructions.txt.
/// Round 54 clear c4 (helper c4; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 54101 --n 1500`, the first 1360 read; 149 event sentences, 171 rows, 28
/// no-event lines; committed blind in 7608873): before c4's rows 45 of 171,
/// 0.263, exact (root 60, 0.351; 73 of 149 event sentences give no event,
/// 0.490, 59 of them with no pattern match at all; relaxed root F1 0.423,
/// root and actors 0.292); after the rows (plan_trip_to,
/// hold_news_conference_with, complete_round_of_talks, sign_partnership_with,
/// back_modified_proposal, describe_as_warm, sign_up_for_loan_from,
/// accept_loan_from, seek_to_reschedule_debt, noun_easing_of_trade_curbs,
/// eval_inspiration, eval_friend; in-sample) 59 of 171, 0.345 (root only 15,
/// other root 29, no event 68; 65 of 149 event sentences give no event, 53
/// of them with no pattern match; relaxed root F1 0.491, root and actors
/// 0.330), measured 2026-12-06; floor 0.05 below the latter. Misses:
/// /work/notes/r54-c4-constructions.txt.
/// Round 54 clear c5 (a blind sample of short clear-event sentences drawn as
/// `round 52 clear c1`, `scripts/sample-clear-round --seed 54102`, the first
/// 1130 of 1500 read: 152 event sentences, 179 rows (20 of them the Paris
/// accord's five parties, one row per ordered pair), 27 no-event lines;
/// committed blind in 0419774): before c5's rows, with main's coder at
/// 35b861c, 41 of 179, 0.229, exact (root 54, 0.302; 86 of 152 event
/// sentences give no event, 0.566; relaxed root F1 0.416); after c5's rows
/// (take/begin/start/launch industrial action, strike_by_closed and its
/// twins, workers_struck, suspend_debt_payments, suspend_debt_servicing,
/// ban_country_imports, cut_support_to, rule_out_help, send_threats_to,
/// face_backlash_from, seek_damages_in_court, bomb_rocked, bomber_struck,
/// surround_forces, push_out, be_disturbed_by, question_benefits_of;
/// evaluations eval_unwise, eval_whitewash) 51 of 179, 0.285 (root 64,
/// 0.358; 76 sentences no event, 0.500; relaxed root F1 0.475), measured
/// 2026-12-06; floor 0.05 below the latter. Misses needing the coder:
/// /work/notes/r54-c5-constructions.txt.
/// Round 55 wire z30 (a fifteenth random wire sample, `scripts/sample-wire-round
/// --parity even --seed 55002 --skip-blocks-before "round 55"`, sample lines
/// 1-100 Reuters and 126-225 GLOCON/BBC/Guardian: 200 sentences, 67 with
/// events, 91 rows, 1.4 events per event sentence, 133 no-event lines;
/// committed blind in ec31ded): before z30's rows 23 of 91, 0.253, exact
/// (root only 11, other root 21, no event 36; relaxed root P 0.411 R 0.330
/// F1 0.366, root and actors F1 0.171); after the rows
/// (come_under_criticism_bare, lay/put/place_blame_for_on,
/// respond/react_decisively_to_any, lead_coalition_against,
/// shut_down_meeting, position_troops_in, clash_with_saying) 27 of 91, 0.297
/// (root only 13, other root 19, no event 32; relaxed root F1 0.426, root and
/// actors 0.225), measured 2026-12-06; floor 0.05 below the latter. Of the
/// 68 rows missed before, 34 had no pattern for the wording, 20 a pattern of
/// another code, 11 the right root, 3 a pattern of the right root dropped by
/// roles or filters. Misses: /work/notes/r55-z30-constructions.txt.
/// Round 55 wire z29 (a fifteenth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 55001 --skip-blocks-before "round 55"`, sample lines
/// 1-100 Reuters and 126-225 GLOCON/BBC/Guardian: 200 sentences, 62 with
/// events, 107 rows, 1.73 events per event sentence, 138 no-event lines;
/// committed blind in 2605be0): before z29's rows 25 of 107, 0.234, exact
/// (root only 12, other root 20, no event 50; false events on no-event lines
/// 22 of 138, 0.159; relaxed root P 0.452 R 0.308 F1 0.367, root and actors
/// F1 0.211; of the 82 missed events about 51 had no pattern match at all);
/// after the rows (be_confident_actor, be_in_place_as_guest,
/// agree_integrate_economies_together/_with, propose/suggest_joint_venture_with)
/// 28 of 107, 0.262 (root only 12, other root 20, no event 47; relaxed root P
/// 0.474 R 0.336 F1 0.393, root and actors F1 0.230), measured 2026-12-06;
/// floor 0.05 below the latter. Most misses need the coder (doers in a
/// "received from" list, "all three sides", pronoun visitors, agreements
/// between adjectives) or roots 10-20: /work/notes/r55-z29-constructions.txt.
/// Round 55 clear c7 (blind, /work/notes/r55-c7-constructions.txt): before
/// c7's rows (main 6067dc9) 27 of 123, 0.220, exact (root 34, 0.276; 74 of
/// 113 event sentences give no event, 0.655, 55 of them with no pattern
/// match at all; relaxed root F1 0.353); after c7's rows (oppose_fee,
/// oppose_issue, call_for_to_be_scrapped, announce_suspension_payments,
/// declare_debt_moratorium, ban_imports_any, make_clear_anger, brand_vote,
/// read_riot_act and its twins; evaluations eval_mischievous) 34 of 123,
/// 0.276 (root 40, 0.325; 69 sentences no event, 0.611; relaxed root F1
/// 0.409), measured 2026-12-06; floor 0.05 below the latter.
/// Round 55 clear c6 (helper c6; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 55101 --n 1000`, all read; 166 event sentences, 178 rows, 37 no-event
/// lines; committed blind in b5a67ad): before c6's rows, with main's coder
/// 6067dc9, 50 of 178, 0.281, exact (root 62, 0.348; 89 of 166 event
/// sentences give no event, 0.536, 75 of them with no pattern match at all;
/// relaxed root F1 0.454, root and actors 0.290); after the rows
/// (be_concerned_about_situation, remain_concerned_about, fear_calamity,
/// be_pleased_that, consider_option_of, say_no_truth, be_keen_to_cooperate,
/// commit_oneself_to, support_pact_any, welcome_findings,
/// findings_welcomed_by, lift_condition_on_trade, conduct_inquiries_bare,
/// send_official_to, agree_to_build_in; in-sample) 63 of 178, 0.354 (root
/// only 10, other root 16, no event 89 rows; 82 of 166 event sentences give
/// no event, 68 of them with no pattern match; relaxed root F1 0.509, root
/// and actors 0.351), measured 2026-12-06. At the merge of main ed17885 the
/// 2 event sentences (10 rows) and 1 no-event line round 55 wire z29/z30
/// share were dropped: 63 of 168, 0.375 (root only 9, other root 16, no
/// event 80; relaxed root F1 0.528, root and actors 0.372); floor 0.05 below
/// that. Misses: /work/notes/r55-c6-constructions.txt.
/// Round 56 wire z31 (a sixteenth random wire sample, `scripts/sample-wire-round
/// --parity odd --seed 56001 --skip-blocks-before "round 56"`, sample lines
/// 1-100 Reuters and 126-225 GLOCON/BBC/Guardian: 200 sentences, 65 with
/// events, 100 rows, 1.54 events per event sentence, 135 no-event lines;
/// committed blind in e6cf30c): before z31's rows 38 of 100, 0.380, exact
/// (root only 10, other root 14, no event 38; false events on no-event lines
/// 18 of 135, 0.133; relaxed root P 0.513 R 0.390 F1 0.443, root and actors
/// F1 0.341); after the rows (noun_denials_that, noun_pleas_for_to, dislodge,
/// dislodge_from_power, threatened_with_offensive_from, cosy_up_to,
/// cozy_up_to, come_out_in_support_of, install_missiles,
/// have_no_information_about, urge_to_curtail_operation,
/// provide_money_to_help, provide_market_with, provide_money_to_help_fight,
/// fight_drug_trade, want_closer_links; evaluations eval_problem) 51 of 100,
/// 0.510 (root only 9, other root 11, no event 29; false events 18 of 135,
/// 0.133; relaxed root P 0.581 R 0.500 F1 0.538, root and actors F1 0.419),
/// measured 2026-12-06; floor 0.05 below the latter, ceiling 0.05 above the
/// false-event share. Of the 49 rows still missed, 29 have no pattern for
/// the wording, 9 a pattern of another code (5 of the right root), 8 the
/// right pattern dropped by roles, parse or filters, 3 an actor not found:
/// tests/gold/misses/r56-z31.txt.
/// Round 56 wire z32 (helper z32; `scripts/sample-wire-round --parity even
/// --seed 56002 --skip-blocks-before "round 56"`, sample lines 1-100 Reuters
/// and 126-225 GLOCON/BBC/Guardian; 80 event sentences, 124 rows, 120
/// no-event lines; committed blind in c6aa2a8): before z32's rows 29 of 124,
/// 0.234, exact (root only 9, other root 19, no event 67; false events on
/// no-event lines 14 of 120, 0.117; relaxed root P 0.333 R 0.250 F1 0.286,
/// root and actors F1 0.166; of the 63 sentences with a miss 36 had no
/// pattern match at all); after the rows (conquer, conquer_its_way,
/// be_saddened_by, noun_vote_of_confidence_in, return_power_to,
/// hand_back_power_to, caution_to, move_towards_talks_together/_with,
/// approve_extension_of_bailout, renege_on_aid_pledges,
/// lead_business_group_to, noun_anger_over) 41 of 124, 0.331 (root only 9,
/// other root 19, no event 55; false events 14 of 120, 0.117; relaxed root
/// P 0.408 R 0.339 F1 0.370, root and actors F1 0.220), measured 2026-12-06;
/// floor 0.05 below the latter, ceiling 0.05 above. Most misses need the
/// coder (duties and appeals told without a verb of asking, acts named as
/// nouns with an adjective or "of" doer, reciprocal blame over a misparse,
/// doer-less meetings, "U.S. Alleges" read as a noun):
/// tests/gold/misses/r56-z32.txt.
/// Round 56 clear c8 (helper c8; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 56101 --n 1000`, all read; 145 event sentences, 155 rows, 171 no-event
/// lines, every fifth no-event sentence of the draw; committed blind in
/// 1b0490e): before c8's rows, with main's coder a80acb0, 38 of 155, 0.245,
/// exact (root only 12, other root 14, no event 91 rows; 88 of 145 event
/// sentences give no event, 65 of them with no pattern match at all;
/// relaxed root F1 0.405, root and actors 0.259; 10 of 171 no-event lines
/// give an event, 0.058); after the rows (receive_criticism_bare,
/// receive_criticism_from, brand_it, repeat_criticism, go_on_offensive_over,
/// complain_actor_clause, initiate_inquiry, return_from_tour,
/// make_demand_bare, allow_sanctions_to_lapse, act_as_mediator_any,
/// describe_as_first_rate, dismiss_arguments, regret_own_conduct;
/// in-sample) 48 of 155, 0.310 (root only 13, other root 15, no event 79
/// rows; 76 event sentences give no event, 56 of them with no pattern match
/// at all; relaxed root F1 0.475, root and actors 0.303; 10 of 171 no-event
/// lines give an event, 0.058), measured 2026-12-06; the blind wire blocks'
/// sum unchanged (root F1 0.472, root and actors 0.306). Floor 0.05 below,
/// ceiling 0.05 above. At the merge with round 56 wire z31/z32 the 2 event
/// sentences (3 rows) they share were dropped: 48 of 152, 0.316 (relaxed
/// root F1 0.481, root and actors 0.312), floor kept. Misses:
/// tests/gold/misses/r56-c8.txt.
/// Round 56 clear c9 (helper c9; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 56102 --n 1000`, all read; 117 event sentences, 125 rows, 38 no-event
/// lines; committed blind in 1a98a58; the one sentence round 54 clear c5
/// already has, "congress" there in lower case, dropped in 55a5e78, leaving
/// 116 sentences, 124 rows): before c9's rows, with main's coder a80acb0, 31
/// of 124, 0.250, exact (root only 8, other root 19, no event 66 rows; 66 of
/// 116 event sentences give no event, 47 of them with no pattern match at
/// all; relaxed root F1 0.368, root and actors 0.284; 10 of 38 no-event
/// lines give an event, 0.263); after the rows (approve_money_for,
/// appeal_for_arms_donations, announce_review_of, express_satisfaction,
/// be_prepared_to_talk, waive_right_to_impose, consider_introducing,
/// ask_to_remove_quotas, urge_to_remove_quotas, vote_to_cut_aid,
/// contribute_money_to_relief, call_act_praise; in-sample) 42 of 124, 0.339
/// (root only 7, other root 16, no event 59 rows; 59 of 116 event sentences
/// give no event, 40 of them with no pattern match; relaxed root F1 0.457,
/// root and actors 0.335; no-event lines 10 of 38, 0.263), measured
/// 2026-12-06; floor 0.05 below that, ceiling 0.05 above. At the merge the
/// 2 event sentences (2 rows) round 56 clear c8 also drew were dropped from
/// this block: 42 of 122, 0.344 (relaxed root F1 0.462, root and actors
/// 0.338), floor kept. Misses: tests/gold/misses/r56-c9.txt.
/// Round 57 wire z33 (helper z33; `scripts/sample-wire-round --parity odd
/// --seed 57001 --skip-blocks-before "round 57"`, sample lines 1-100 Reuters
/// and 126-225 GLOCON/BBC/Guardian; 105 rows in 74 event sentences, 126
/// no-event lines, business, market and sport sentences kept; committed blind
/// in f4bada9): before z33's rows, with main's coder 060d120, 24 of 105,
/// 0.229, exact (root only 11, other root 23, no event 47 rows; 35 of 74
/// event sentences give no event, 26 of them with no pattern match at all;
/// relaxed root F1 0.328, root and actors 0.186; 22 of 126 no-event lines
/// give an event, 0.175); after the rows (win_support_of, gain_support_of,
/// secure_support_of, invite_to_do_business, approve_sum_for_project_in,
/// fight_side_by_side, fight_side_by_side_with, reject_allegation,
/// re_establish_ties_with, re_establish_ties_any, secure_release,
/// launch_campaign_to_clear_out, noun_request_for_lender_loan,
/// noun_request_for_loan, wreak_vengeance_on; evaluations.tsv eval_harsh;
/// in-sample) 33 of 105, 0.314 (root only 10, other root 24, no event 38
/// rows; 29 of 74 event sentences give no event, 20 of them with no pattern
/// match; relaxed root F1 0.392, root and actors 0.254; no-event lines 22
/// of 126, 0.175), measured 2026-12-06; floor 0.05 below that, ceiling 0.05
/// above. All blind wire blocks: root F1 0.468, root and actors 0.304
/// before; 0.470 and 0.306 after. Misses:
/// tests/gold/misses/r57-z33.txt.
/// Round 57 wire z34 (helper z34; `scripts/sample-wire-round --parity even
/// --seed 57002 --skip-blocks-before "round 57"`, sample lines 1-100 Reuters
/// and 126-225 GLOCON/BBC/Guardian; line 134, which an earlier block holds
/// in another spelling, dropped: 199 sentences, 66 with events, 94 rows, 133
/// no-event lines; committed blind in 406010e): before z34's rows 28 of 94,
/// 0.298, exact (root only 5, other root 17, no event 44; false events on
/// no-event lines 21 of 133, 0.158; relaxed root P 0.344 R 0.330 F1 0.337,
/// root and actors F1 0.185); after the rows (grow_impatient_with,
/// become_impatient_with, in_agreement_together, be_in_agreement_with,
/// take_positive_view_of, noun_frustration_with, feel_indignation_at,
/// noun_state_tour_of, have_lot_to_learn_from, recruit_fighters,
/// recruit_thousands_of_fighters, conduct_passes_near, make_passes_near,
/// bar_imports, bar_country_imports, give_assurance_to_buy,
/// express_understanding_for, show_understanding_for,
/// have_understanding_for, prop_up) 42 of 94, 0.447 (root only 6, other
/// root 16, no event 30; false events 21 of 133, 0.158; relaxed root P
/// 0.420 R 0.447 F1 0.433, root and actors F1 0.258), measured 2026-12-06;
/// the blind wire blocks' sum root F1 0.468 to 0.471, root and actors 0.304
/// to 0.306. Floor 0.05 below, ceiling 0.05 above. Most misses need the
/// coder (duties told with "must"/"had to"/"remained necessary", acts named
/// as nouns with a "by" or adjective doer, doer-less talks whose doer is
/// the main clause's subject, "he and X" with the speaker as "he", support
/// for armed parties read as 051): tests/gold/misses/r57-z34.txt.
/// Round 57 clear c11 (helper c11; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 57102 --n 1000`, all read; 128 event sentences, 139 rows, 37 no-event
/// lines; committed blind in fe03f3f): before c11's rows, with main's coder
/// 060d120, 40 of 139, 0.288, exact (root only 7, other root 17, no event 75
/// rows; 70 of 128 event sentences give no event, 48 of them with no pattern
/// match at all; relaxed root F1 0.431, root and actors 0.266; 3 of 37
/// no-event lines give an event, 0.081); after the rows (distance_from_policy,
/// express_reservations, sound_out, wish_festival, raise_detention_with,
/// launch_campaign_to_clear, oppose_research, welcome_statement_outcome,
/// open_meeting, expect_closer_ties_with, set_aside_differences,
/// committed_to_working_towards, be_proponent_of_talks, dismiss_questions,
/// appear_willing_to, solve_through_talks, resolve_through_talks,
/// life_threatening; in-sample) 60 of 139, 0.432 (root only 7, other root
/// 17, no event 55 rows; 51 event sentences give no event, 31 of them with
/// no pattern match; relaxed root F1 0.557, root and actors 0.380; no-event
/// lines 3 of 37, 0.081), measured 2026-12-06; the blind wire blocks' sum
/// root F1 0.472 before and after (root and actors 0.307). Floor 0.05 below,
/// ceiling 0.05 above. At the merge the 2 event sentences (2 rows) round 57
/// wire z33/z34 also drew were dropped from this block: 59 of 137, 0.431
/// (relaxed root F1 0.556, root and actors 0.376), floor kept. Misses:
/// tests/gold/misses/r57-c11.txt.
/// Round 57 clear c10 (helper c10; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 57101 --n 1000`, all read; 118 event sentences, 134 rows, 36 no-event
/// lines; committed blind in 1897c1d): before c10's rows, with main's coder
/// 060d120, 37 of 134, 0.276, exact (root only 10, other root 16, no event
/// 71 rows; 64 of 118 event sentences give no event, 51 of them with no
/// pattern match at all; relaxed root F1 0.451, root and actors 0.304; 2 of
/// 36 no-event lines give an event, 0.056); after the rows
/// (welcome_return_of, decline_to_state_position,
/// block_forming_of_executive, charge_that_any, contend_with_criticism,
/// plead_to_be_brought_back, look_to_for_help, in_agreement_joint,
/// agree_to_set_aside_differences, demonstrate_over, shooting_erupted_at,
/// continue_investigation, admit_liability, offer_apology_any,
/// warn_real_risk, consider_talks, give_backing_to_idea,
/// oppose_proposals_any, bid_thrown_out_by, call_on_public;
/// eval_miscalculation; in-sample) 56 of 134, 0.418 (root only 11, other
/// root 14, no event 53 rows; 47 of 118 event sentences give no event, 32
/// of them with no pattern match; relaxed root F1 0.583, root and actors
/// 0.386; no-event lines 2 of 36, 0.056), measured 2026-12-06; the blind
/// wire blocks' sum root F1 0.472 before and after (root and actors 0.307;
/// predicted 3133 to 3132). Floor 0.05 below, ceiling 0.05 above. Misses:
/// tests/gold/misses/r57-c10.txt. At the merge continue_investigation
/// was dropped (see verbs.tsv) and the 8 event sentences (10 rows) round 57
/// wire z33/z34 and clear c11 also drew were dropped from this block.
/// Round 58 wire z35 (helper z35; `scripts/sample-wire-round --parity odd
/// --seed 58001 --skip-blocks-before "round 58"`, sample lines 1-100 Reuters
/// and 126-225 GLOCON/BBC/Guardian; 121 rows in 73 event sentences, 127
/// no-event lines, business, market and sport sentences kept; committed blind
/// in 2d813be): before z35's rows, with main's coder 693f343, 33 of 121,
/// 0.273, exact (root only 11, other root 31, no event 46 rows; relaxed root
/// F1 0.388, root and actors 0.249; 19 of 127 no-event lines give an event,
/// 0.150); after the rows (lose_patience_with, value_actor_contribution,
/// value_relationship_with, accept_refugees_from, request_consular_access,
/// seek_consular_access, seek_cooperation_agreement_with, fire_test_missile,
/// support_guerrillas, threaten_retaliatory_trade_measures,
/// eliminate_caliphate_passive, speak_to_named_newspaper,
/// speak_to_press_club, tell_press_club, way_to_appeal_to,
/// acknowledge_still_undecided, probed_about, invest_in_stock_market;
/// in-sample) 41 of 121, 0.339 (root only 11, other root 31, no event 38
/// rows; relaxed root F1 0.475, root and actors 0.313; no-event lines 13 of
/// 127, 0.102), measured 2026-12-06; no other block moved. All blind wire
/// blocks: root F1 0.468, root and actors 0.304 before; 0.470 and 0.305
/// after. Floor 0.05 below, ceiling 0.05 above. Most misses need the coder
/// (acts named as nouns with owner or "of X and Y" doers, threats told as
/// "or face" / "unless", "no plans to bow to" read as yielding, "is against"
/// and "to the dismay of", support of armed parties read as 051): the
/// constructions file /work/notes/r58-z35-constructions.txt.
/// Round 58 clear c13 (helper c13; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 58102 --n 1000`, all read; 129 event sentences, 143 rows, 36 no-event
/// lines; committed blind in 0aaacf4): before c13's rows, with main's coder
/// 693f343, 32 of 143, 0.224, exact (root only 6, other root 22, no event
/// 83 rows; 75 of 129 event sentences give no event, 69 of them with no
/// coded pattern match, 58 with no match at all; relaxed root F1 0.332,
/// root and actors 0.171; 6 of 36 no-event lines give an event, 0.167);
/// after the rows (take_hard_line_on, adopt_hard_line_on,
/// be_angry_and_frustrated_with, vote_for_strike, vote_in_favour_of_strike,
/// urge_to_secure_release, ask_to_secure_release,
/// call_on_to_secure_release, press_to_secure_release, signal_backing_for,
/// participate_in_meeting_040, noun_strike_by_workers, approve_the_loan,
/// rebut_report; in-sample) 40 of 143, 0.280 (root only 5, other root 22,
/// no event 76 rows; 68 of 129 event sentences give no event, 62 of them
/// with no coded pattern match; relaxed root F1 0.384, root and actors
/// 0.210; no-event lines 6 of 36, 0.167), measured 2026-12-06; the blind
/// wire blocks' sum root F1 0.470 before and after (root and actors 0.305
/// to 0.306; predicted 3331 to 3333). Floor 0.05 below, ceiling 0.05
/// above. Misses and constructions: tests/gold/misses/r58-c13.txt
/// (/work/notes/r58-c13-constructions.txt).
/// Round 58 clear c12 (helper c12; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 58101 --n 1000`, all read; 125 event sentences, 134 rows, 38 no-event
/// lines; committed blind in b3222d2): before c12's rows, with main's coder
/// 693f343, 35 of 134, 0.261, exact (root only 9, other root 21, no event
/// 69 rows; 66 of 125 event sentences give no event, 52 of them with no
/// pattern match at all; relaxed root F1 0.427, root and actors 0.301; 2 of
/// 38 no-event lines give an event, 0.053); after the rows
/// (appeal_court_decision, suspend_payments_on_debt, halt_debt_payments,
/// stop_paying_interest, have_confidence_in, win_confidence_vote,
/// win_confidence_vote_compound, face_criticism_any, describe_as_genocide,
/// start_industrial_action_gap; in-sample) 41 of 134, 0.306 (root only 10,
/// other root 19, no event 64 rows; 61 event sentences give no event, 46 of
/// them with no pattern match; relaxed root F1 0.481, root and actors 0.340;
/// no-event lines 2 of 38, 0.053), measured 2026-12-06; the blind wire
/// blocks' sum root F1 0.470 before and after (root and actors 0.305;
/// predicted 3331 to 3334). Floor 0.05 below, ceiling 0.05 above. Misses:
/// tests/gold/misses/r58-c12.txt. At the merge the 7 sentences (7 rows, 1
/// no-event line) round 58 wire z35 and clear c13 also drew were dropped
/// from this block (then 40 of 127 exact, 0.315).
/// Round 59 wire z36 (helper z36; `scripts/sample-wire-round --parity odd
/// --seed 59001 --skip-blocks-before "round 59"`, sample lines 1-100 Reuters
/// and 126-155 GLOCON/BBC/Guardian: the draw held only 30 non-Reuters
/// candidates, so 130 sentences; 54 rows in 41 event sentences, 89 no-event
/// lines, business, market and sport sentences kept; committed blind in
/// 1e9133a): before z36's rows, with main's coder ec1da24, 17 of 54, 0.315,
/// exact (root only 4, other root 7, no event 26 rows; relaxed root F1
/// 0.463, root and actors 0.220; 3 of 89 no-event lines give an event,
/// 0.034); after the rows (remind_of_promises, persuade_by_to,
/// stress_need_for, underscore_need_for, underline_need_for,
/// emphasise_need_for, emphasize_need_for, make_no_adj_comment,
/// say_this_untrue, say_report_untrue, come_under_fire_in, endorse_package,
/// sign_joint_venture_pact_with, end_talks_together, noun_complaint_that,
/// agree_stimulate_demand_together, agree_adhere_to_quotas; in-sample) 31 of
/// 54, 0.574 (root only 2, other root 7, no event 14 rows; relaxed root F1
/// 0.653, root and actors 0.295; no-event lines 3 of 89, 0.034), measured
/// 2026-12-06; round 50 wire z20, 51 wire z22, 52 wire z24 and 54 clear c5
/// gained exact rows (4, 1, 1, 1), round 42 wire z4 one false event. All
/// blind wire blocks: root F1 0.472, root and actors 0.307 before (predicted
/// 3461); 0.475 and 0.308 after (predicted 3478). Floor 0.05 below, ceiling
/// 0.05 above. Most misses need the coder (doers after "from" of nouns, modal
/// duties in reported speech, `%` across a parenthetical, "insisted that" +
/// indicative, actors after "except"): the constructions file
/// /work/notes/r59-z36-constructions.txt (tests/gold/misses/r59-z36.txt).
/// Round 59 clear c15 (helper c15; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round --seed
/// 59102 --n 1000`, all read; 105 event sentences, 119 rows, 38 no-event
/// lines; committed blind in e699971): before c15's rows, with main's coder
/// ec1da24, 30 of 119, 0.252, exact (root only 7, other root 14, no event
/// 68 rows; 59 of 105 event sentences give no event, 47 of them with no
/// pattern match at all; relaxed root F1 0.359, root and actors 0.239; 6 of
/// 38 no-event lines give an event, 0.158); after the rows
/// (welcome_action_of, express_support_for_proposal, come_out_on_strike,
/// vote_not_to_attend, shrug_off_claims, liaise_with, respond_with_threats,
/// warn_against_changes, take_control_of_subsidiaries, abandon_talks_any,
/// halt_payment_of_interest, complain_about_lack, deny_any_had_been,
/// promise_new_beginning, call_for_strike, write_to_asking, eval_dangerous;
/// in-sample) 47 of 119, 0.395 (root only 7, other root 10, no event 55
/// rows; 48 event sentences give no event, 36 of them with no pattern
/// match; relaxed root F1 0.508, root and actors 0.325; no-event lines 6 of
/// 38, 0.158), measured 2026-12-06; the blind wire blocks' sum root F1 0.472
/// before and after (root and actors 0.308; predicted 3433 before and
/// after). Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r59-c15.txt (/work/notes/r59-c15-constructions.txt).
/// Round 59 clear c14 (helper c14; a blind sample of short clear-event
/// sentences drawn as round 52 clear c1: `scripts/sample-clear-round --seed
/// 59101 --n 1000`, all read; 95 event sentences, 101 rows, 35 no-event
/// lines; committed blind in 594757d): before c14's rows, with main's coder
/// ec1da24, 31 of 101, 0.307, exact (root only 4, other root 10, no event
/// 56 rows; 54 of 95 event sentences give no event, 43 of them with no
/// pattern match at all; relaxed root F1 0.442, root and actors 0.299; 4 of
/// 35 no-event lines give an event, 0.114); after the rows (deny_clause_np,
/// consider_selling, be_on_go_slow, stress_importance_to,
/// remind_of_promises, vow_to_keep_up_raids; in-sample) 39 of 101, 0.386
/// (root only 4, other root 9, no event 49 rows; 48 event sentences give no
/// event, 38 of them with no pattern match; relaxed root F1 0.519, root and
/// actors 0.346; no-event lines 4 of 35, 0.114), measured 2026-12-06; the
/// blind wire blocks' sum root F1 0.472 before and after (root and actors
/// 0.308; predicted 3433, unchanged). Floor 0.05 below, ceiling 0.05 above.
/// Misses and constructions: tests/gold/misses/r59-c14.txt. At the merge
/// the 7 sentences round 59 wire z36 and clear c15 also drew were dropped
/// from this block, and c14's remind_of_promises gave way to z36's row of
/// the same id and wider lists.
/// Round 61 wire z37 (helper z37; a blind random wire sample:
/// `scripts/sample-wire-round --parity even --seed 61001
/// --skip-blocks-before "round 61"`, sample lines 1-100 Reuters and 126-225
/// GLOCON/BBC/Guardian, line 209 dropped as a near copy of two earlier
/// blocks' sentences; 64 event sentences, 95 rows, 135 no-event lines;
/// committed blind in 8262798): before z37's rows, with main's coder
/// 2e5cc5b, 19 of 95, 0.200, exact (root only 11, other root 11, no event
/// 54 rows; 37 of 64 event sentences give no event, 30 of them with no
/// pattern match at all; relaxed root F1 0.341, root and actors 0.195; 16
/// of 135 no-event lines give an event, 0.119); after the rows
/// (noun_pressure_to, noun_pressure_for_change,
/// engage_in_cooperation_together, noun_own_adj_offensive_in,
/// hit_by_withdrawals, veto_wielding; in-sample) 24 of 95, 0.253 (root
/// only 11, other root 11, no event 49 rows; 33 event sentences give no
/// event, 27 of them with no pattern match; relaxed root F1 0.405, root
/// and actors 0.233; no-event lines 14 of 135, 0.104), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.476 before, 0.478
/// after (root and actors 0.309, 0.310; predicted 3461, 3462). Floor 0.05
/// below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r61-z37.txt (/work/notes/r61-z37-constructions.txt).
/// Round 61 clear c16 (helper c16; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round --seed
/// 61101 --n 1000`, all read; 124 event sentences, 132 rows, 39 no-event
/// lines; one event sentence already in the file in other spacing dropped;
/// committed blind in ad10971): before c16's rows, with main's coder
/// 2e5cc5b, 41 of 132, 0.311, exact (root only 4, other root 7, no event 80
/// rows; 75 of 124 event sentences give no event, 56 of them with no
/// pattern match at all; relaxed root F1 0.466, root and actors 0.404; 6 of
/// 39 no-event lines give an event, 0.154); after the rows
/// (be_pleased_at_decision, be_pleased_actor_clause, be_unanimous_in_worry,
/// question_whether, join_calls_for, debate_whether, consider_case_for,
/// consider_class_action, cancel_press_conference_with,
/// be_disappointed_lack_of_progress, eval_drastic; in-sample) 53 of 132,
/// 0.402 (root only 4, other root 7, no event 68 rows; 64 event sentences
/// give no event, 46 of them with no pattern match; relaxed root F1 0.556,
/// root and actors 0.478; no-event lines 6 of 39, 0.154), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.479 before and after
/// (root and actors 0.312; predicted 3392 before, 3393 after, matched 1749
/// both). Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r61-c16.txt (/work/notes/r61-c16-constructions.txt).
/// Round 61 wire z38 (helper z38; a blind random wire sample:
/// `scripts/sample-wire-round --parity odd --seed 61002
/// --skip-blocks-before "round 61"`, sample lines 1-100 Reuters and 126,
/// the only GLOCON/BBC/Guardian sentence the draw gave: the odd-line other
/// pool is used up by the earlier blocks, "candidates: reuters 2567, other
/// 1"; 101 sentences, 35 event sentences, 51 rows, 66 no-event lines;
/// committed blind in fdf2a6d): before z38's rows, with main's coder
/// d16b7e1, 14 of 51, 0.275, exact (root only 4, other root 7, no event 26
/// rows; relaxed root F1 0.368, root and actors 0.299; 9 of 66 no-event
/// lines give an event, 0.136); after the rows (be_against_measure,
/// attack_rise_in, make_plea_for_aid, consider_leaving_if,
/// give_warning_of_sanctions, step_in_to_halt_fighting, demand_that_ease,
/// welcome_reaffirmation_by, noun_consultations_with,
/// be_concerned_about_measure; in-sample) 30 of 51, 0.588 (root only 3,
/// other root 7, no event 11 rows; relaxed root F1 0.608, root and actors
/// 0.451; no-event lines 9 of 66, 0.136), measured 2026-12-06; the blind
/// wire blocks' sum root F1 0.477 before, 0.480 after (root and actors
/// 0.310, 0.312; predicted 3500, 3516; matched 1801, 1816). Floor 0.05
/// below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r61-z38.txt (/work/notes/r61-z38-constructions.txt).
/// Round 61 clear c17 (helper c17; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round --seed
/// 61102 --n 1000`, all read; 109 event sentences, 121 rows, 35 no-event
/// lines; committed blind in a966a2f; the 2 sentences round 61 clear c16
/// also holds dropped after, in 76150b6, leaving 108 event sentences, 120
/// rows, 34 no-event lines): before c17's rows, with main's coder 23dd9a4,
/// 42 of 120, 0.350, exact (root only 4, other root 10, no event 64 rows;
/// 56 of 108 event sentences give no event, 45 of them with no pattern
/// match at all; relaxed root F1 0.484, root and actors 0.290; 3 of 34
/// no-event lines give an event, 0.088); after the rows
/// (impose_tests_on_travellers_from, require_tests_for_travellers_from,
/// go_on_length_strike, deny_in_forum_that, reopen_case,
/// call_off_talks_any, reiterate_hope_that, restate_hope_that,
/// maintain_opposition_to, eval_favourable, eval_unreliable; in-sample) 56 of 120, 0.467 (root
/// only 4, other root 9, no event 51 rows; 50 event sentences give no
/// event, 39 of them with no pattern match; relaxed root F1 0.590,
/// root and actors 0.380; no-event lines 3 of 34, 0.088), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.478 before and after
/// (root and actors 0.310; predicted 3462 before and after). Floor 0.05
/// below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r61-c17.txt (/work/notes/r61-c17-constructions.txt).
/// Round 61 wire z39 (helper z39; a blind random wire sample:
/// `scripts/sample-wire-round --parity even --seed 61003
/// --skip-blocks-before "round 62"`, sample lines 1-100 Reuters and
/// 126-225 GLOCON/BBC/Guardian, line 66 dropped as a case variant of an
/// earlier block's sentence; 199 sentences, 72 event sentences, 114 rows,
/// 127 no-event lines; committed blind in de3d52e): before z39's rows,
/// with main's coder 4afe707, 40 of 114, 0.351, exact (root only 5, other
/// root 26, no event 43 rows; relaxed root F1 0.383, root and actors
/// 0.259; 16 of 127 no-event lines give an event, 0.126); after the rows
/// (noun_own_campaign_in, gather_evidence_on, view_as_ally_of,
/// consider_wing_of, complete_text_of_treaty, noun_discord_between,
/// reaffirm_support_for, affirm_support_for, offer_warships_to_escort,
/// offer_security_guarantee, torpedo_by, sell_to_weaponry,
/// sell_weaponry_to, noun_own_allegations_of, call_names_quoted,
/// attack_mongrel; eleven fire in-sample) 51 of 114, 0.447 (root only 4,
/// other root 21, no event 38 rows; relaxed root F1 0.470, root and actors
/// 0.350; no-event lines 16 of 127, 0.126), measured 2026-12-06; the blind
/// wire blocks' sum root F1 0.477 before, 0.480 after (root and actors
/// 0.311, 0.313; predicted 3595, 3603; matched 1853, 1864). Floor 0.05
/// below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r61-z39.txt (/work/notes/r61-z39-constructions.txt).
/// Round 61 clear c18 (helper c18; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round
/// --seed 61103 --n 600`, all 600 read, none in an earlier block; 61 event
/// sentences, 64 rows, 23 no-event lines; committed blind in 91e9569):
/// before c18's rows, with main's coder 14aec7b, 28 of 64, 0.438, exact
/// (root only 3, other root 6, no event 27 rows; 27 event sentences give
/// no event, 20 of them with no pattern match; relaxed root F1 0.550, root
/// and actors 0.385; 4 of 23 no-event lines give an event, 0.174); after
/// the rows (remain_on_strike, stay_on_strike, boycott_event_more,
/// support_proposals, back_proposals, endorse_proposals, open_borders,
/// eval_slow, eval_faulty; six fire in-sample, open_borders only where the
/// parse reads "open" as a verb) 33 of 64, 0.516 (root only 3, other root
/// 5, no event 23 rows; 23 event sentences give no event, 15 of them with
/// no pattern match; relaxed root F1 0.614, root and actors 0.456;
/// no-event lines 4 of 23, 0.174), measured 2026-12-06; the blind wire
/// blocks' sum root F1 0.480 before and after (root and actors 0.313;
/// predicted 3602, matched 1864 before and after). Floor 0.05 below,
/// ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r61-c18.txt (/work/notes/r61-c18-constructions.txt).
/// Round 61 clear c19 (helper c19; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round
/// --seed 61104 --n 400`, all 400 read, none in an earlier block; 40 event
/// sentences, 46 rows, 15 no-event lines; committed blind in 4abddd7):
/// before c19's rows, with main's coder 172c167, 12 of 46, 0.261, exact
/// (root only 6, other root 6, no event 22 rows; 20 event sentences give
/// no event, 13 of them with no pattern match and 4 more with only a
/// no-event (`-`) pattern; relaxed root F1 0.500, root and actors 0.294;
/// 0 of 15 no-event lines give an event); after the rows
/// (stop_importing_from, describe_admiringly; both fire in-sample) 14 of
/// 46, 0.304 (root only 6, other root 5, no event 21 rows; 19 event
/// sentences give no event, 13 of them with no pattern match; relaxed root
/// F1 0.551, root and actors 0.319; no-event lines 0 of 15), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.480 before and after
/// (root and actors 0.313; predicted 3602, matched 1864 before and after).
/// Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r61-c19.txt (/work/notes/r61-c19-constructions.txt).
/// Round 62 wire z40 (helper z40; a blind random wire sample:
/// `scripts/sample-wire-round --parity even --seed 62001
/// --skip-blocks-before "round 63"`, sample lines 1-100 Reuters and
/// 126-195 GLOCON/BBC/Guardian (the draw held only 70 sentences of that
/// stratum), lines 65, 96 and 191 dropped as near-copies of earlier
/// blocks' sentences; 167 sentences, 54 event sentences, 83 rows, 113
/// no-event lines; committed blind in 0cd01e3): before z40's rows, with
/// main's coder 39dacd4, 21 of 83, 0.253, exact (root only 10, other root
/// 18, no event 34 rows; relaxed root F1 0.405, root and actors 0.203; 16
/// of 113 no-event lines give an event, 0.142); after the rows
/// (hold_warning_strikes, declare_victory_over, claim_victory_over,
/// proclaim_victory_over, noun_on_way_to, nurture_ties_with,
/// cultivate_ties_with, foster_ties_with, cite_as_model, serve_notice_on,
/// want_clarification_on, seek_clarification_on,
/// request_clarification_on, agree_deal_worth_with, finance_plans_of,
/// agree_release_funds, view_as_terrorists; eight fire in-sample) 30 of
/// 83, 0.361 (root only 9, other root 17, no event 27 rows; 19 event
/// sentences give no event, 14 of them with no pattern match; relaxed
/// root F1 0.487, root and actors 0.256; no-event lines 16 of 113, 0.142),
/// measured 2026-12-06; the blind wire blocks' sum root F1 0.478 before,
/// 0.480 after (root and actors 0.311, 0.312; predicted 3667, 3676;
/// matched 1894, 1902). Floor 0.05 below, ceiling 0.05 above. Misses and
/// constructions: tests/gold/misses/r62-z40.txt
/// (/work/notes/r62-z40-constructions.txt).
/// Round 62 clear c20 (helper c20; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round
/// --seed 62101 --n 600`, all 600 read, none in an earlier block; 51 event
/// sentences, 51 rows, 15 no-event lines; committed blind in 23ebdc2):
/// before c20's rows, with main's coder 39dacd4, 18 of 51, 0.353, exact
/// (root only 3, other root 4, no event 26 rows; 26 event sentences give
/// no event, 17 of them with no pattern match and 3 more with only a
/// no-event (`-`) pattern; relaxed root F1 0.519, root and actors 0.395;
/// 4 of 15 no-event lines give an event); after the rows
/// (stage_strike_in_protest, propose_strike, be_prepared_to_negotiate,
/// express_agreement_to_discuss, reiterate_opposition_to, get_grants_from,
/// attract_lawsuits_from, compromise_on, impose_taxes_on_products_of,
/// welcome_what_called, provoke_protests_from and eval_vile; all but
/// provoke_protests_from fire in-sample) 28 of 51, 0.549 (root only 2,
/// other root 5, no event 16 rows; 16 event sentences give no event, 11 of
/// them with no pattern match and 2 more with only a `-` pattern; relaxed
/// root F1 0.645, root and actors 0.473; no-event lines 4 of 15), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.480 before and after
/// (root and actors 0.313; predicted 3602, matched 1864 before and after).
/// Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r62-c20.txt (/work/notes/r62-c20-constructions.txt).
/// Round 62 wire z41 (helper z41; `scripts/sample-wire-round --parity even
/// --seed 62002 --skip-blocks-before "round 63"`, sample lines 1-100
/// Reuters and 126-129 GLOCON/BBC/Guardian: the draw held only 5 sentences
/// of the second stratum, z40 having taken the rest, and line 130 is in an
/// earlier block with a leading "But"; 104 sentences, 46 event sentences,
/// 99 rows (30 of them one six-country "agreed to cooperate"), 58 no-event
/// lines; committed blind in dc45965): before z41's rows, with main's
/// coder f7c654d, 16 of 99, 0.162, exact (root only 2, other root 9, no
/// event 72 rows; relaxed root F1 0.248, root and actors 0.248; no-event
/// lines 6 of 58, 0.103); after the rows (declare_oneself_against,
/// come_out_against, show_hostility_to, oppose_abolition,
/// support_this_move, begin_proceedings, start_proceedings,
/// launch_proceedings, noun_investigation_by, discuss_ways_with,
/// ask_firms_to, noun_plans_to_increase_aid; all but come_out_against,
/// start_proceedings and launch_proceedings fire in-sample) 32 of 99,
/// 0.323 (root only 2, other root 9, no event 56 rows; 17 event sentences
/// give no event, 7 of them with no pattern match; relaxed root F1 0.441,
/// root and actors 0.386; no-event lines 6 of 58, 0.103), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.476 before, 0.479
/// after (root and actors 0.311, 0.314; predicted 3706, 3727; matched
/// 1918, 1937). Floor 0.05 below, ceiling 0.05 above. Misses and
/// constructions: tests/gold/misses/r62-z41.txt
/// (/work/notes/r62-z41-constructions.txt).
/// Round 62 clear c21 (helper c21; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round
/// --seed 62102 --n 600`, all 600 read, none in an earlier block; 58 event
/// sentences, 70 rows, 15 no-event lines; committed blind in 51a4e01):
/// before c21's rows, with main's coder f7c654d, 31 of 70, 0.443, exact
/// (root only 3, other root 9, no event 27 rows; 25 event sentences give
/// no event, 21 of them with no pattern match; relaxed root F1 0.525, root
/// and actors 0.344; 7 of 15 no-event lines give an event); after the rows
/// (speak_against, receive_loans_totalling_from, abandon_demand_for,
/// drop_demand_for, set_duties_on, make_ground_against,
/// gain_ground_against, sanction_firm_for, have_support_of,
/// express_support_to, taunt, ask_exemption_from_tariffs and
/// eval_uncosted; nine fire in-sample) 41 of 70, 0.586 (root only 3, other
/// root 6, no event 20 rows; 19 event sentences give no event, 15 of them
/// with no pattern match; relaxed root F1 0.636, root and actors 0.439;
/// no-event lines 7 of 15), measured 2026-12-06; the blind wire blocks'
/// sum root F1 0.480 before and after (root and actors 0.312; predicted
/// 3676, matched 1902 before and after). Floor 0.05 below, ceiling 0.05
/// above. Misses and constructions: tests/gold/misses/r62-c21.txt
/// (/work/notes/r62-c21-constructions.txt).
/// Round 62 wire z42 (helper z42; `scripts/sample-wire-round --parity even
/// --seed 62003 --skip-blocks-before "round 63"`, sample lines 1-100
/// Reuters and 126-129 GLOCON/BBC/Guardian: the draw held only 5 sentences
/// of the second stratum, z40/z41 having taken the rest, and line 130 is in
/// an earlier block with a leading "But"; plus `--parity odd` with the same
/// seed, sample lines 1-60 Reuters, the odd draw holding no sentence of the
/// second stratum; even line 57 and odd line 21 dropped, earlier blocks
/// holding them in another spelling; 162 sentences, 52 event sentences, 79
/// rows, 110 no-event lines; committed blind in 590e968): before z42's
/// rows, with main's coder 2b9a250, 18 of 79, 0.228, exact (root only 11,
/// other root 9, no event 41 rows; relaxed root F1 0.382, root and actors
/// 0.198; no-event lines 10 of 110, 0.091); after the rows
/// (respond_coolly_to, be_critical_of_policies_in,
/// trade_action_taken_against, take_trade_action, take_trade_reprisals,
/// authorize_credit_guarantees, authorise_credit_guarantees,
/// authorize_credit_guarantees_for_sales_to,
/// authorise_credit_guarantees_for_sales_to, relax_import_controls,
/// drop_the_tariffs, agree_on_output_ceiling, deny_breaking,
/// claim_actor_exceeded, insist_actor_comply, beat_back_thrusts,
/// sign_with_for, begin_joint_experiments_with, consider_possibility_of,
/// withdraw_from_market, meet_complaints and tell_visiting_delegation; all
/// but take_trade_action, authorize_credit_guarantees (shadowed in-sample
/// by authorize_credit_guarantees_for_sales_to), the two authorise_
/// spellings and insist_actor_comply match in-sample) 34 of 79, 0.430 (root only 12,
/// other root 12, no event 21 rows; relaxed root F1 0.545, root and actors
/// 0.336; no-event lines 9 of 110, 0.082), measured 2026-12-06; the blind
/// wire blocks' sum root F1 0.478 before, 0.481 after (root and actors
/// 0.312, 0.314; predicted 3780, 3793; matched 1963, 1978). Floor 0.05
/// below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r62-z42.txt (/work/notes/r62-z42-constructions.txt).
/// Round 62 clear c22 (helper c22; a blind sample of short clear-event
/// sentences drawn as round 55 clear c6: `scripts/sample-clear-round
/// --seed 62103 --n 600`, all 600 read, none in an earlier block nor in
/// c21's; 50 event sentences, 52 rows, 15 no-event lines; committed blind
/// in d028dec): before c22's rows, with main's coder a8eddcd, 21 of 52,
/// 0.404, exact (root only 1, other root 4, no event 26 rows; 24 event
/// sentences give no event, 18 of them with no pattern match; relaxed root
/// F1 0.524, root and actors 0.333; 1 of 15 no-event lines gives an
/// event); after the rows (claim_violated, contend_violated,
/// suggest_violated, warn_system_could, issue_rallying_cry,
/// spend_time_discussing, press_anew_for, rebut_criticism,
/// cancel_debt_with, have_confidence_of, enjoy_confidence_of,
/// abandon_others_budget, provoke_ire_of, draw_ire_of, provoke_the_ire_of,
/// agree_with_on_deal and express_concern_bare; all but
/// spend_time_discussing, cancel_debt_with, enjoy_confidence_of,
/// draw_ire_of and provoke_the_ire_of fire in-sample) 32 of 52, 0.615
/// (root only 2, other root 2, no event 16 rows; 14 event sentences give
/// no event, 10 of them with no pattern match; relaxed root F1 0.708, root
/// and actors 0.479; no-event lines 1 of 15), measured 2026-12-06; the
/// blind wire blocks' sum root F1 0.480 before and after (root and actors
/// 0.312; predicted 3677, matched 1903 before and after); dev gold root F1
/// 0.339 before and after. Floor 0.05 below, ceiling 0.05 above. Misses
/// and constructions: tests/gold/misses/r62-c22.txt
/// (/work/notes/r62-c22-constructions.txt).
/// Round 62 clear c23: a blind sample of short clear-event sentences (round
/// 62, helper c23), drawn with `scripts/sample-clear-round --seed 62104 --n
/// 600` (all 600 read): 50 event sentences (59 rows) and 15 no-event lines,
/// annotated blind with the conventions of `round 55 clear c6` and committed
/// before sitrep coded any of them. Exact before the c23 rows 26 of 59,
/// 0.441 (root only 3, other root 9, no event 21 rows; 17 event sentences
/// give no event, 14 of them with no pattern match; relaxed root F1 0.505,
/// root and actors 0.355; no-event lines 5 of 15); after the rows
/// (decline_all_comment, inflict_damage_on, repeat_claim_that and
/// strikes_planned; all fire in-sample) 30 of 59, 0.508
/// (root only 3, other root 9, no event 17 rows; 13 event sentences give no
/// event, 10 of them with no pattern match; relaxed root F1 0.559, root and
/// actors 0.378; no-event lines 5 of 15), measured 2026-12-06; the blind
/// wire blocks' sum root F1 0.481 before and after (predicted 3793
/// before, 3795 after; matched 1978 before, 1979 after; root and actors
/// 0.314 before and after); dev gold root F1
/// 0.338 before and after (a strike_continued row, tried, cost one dev
/// match and was dropped). Floor 0.05 below, ceiling 0.05 above. Misses and
/// constructions: tests/gold/misses/r62-c23.txt
/// (/work/notes/r62-c23-constructions.txt).
///
/// Round 62 clear c24 (helper c24; `scripts/sample-clear-round --seed 62105
/// --n 600`, all 600 read, none in an earlier block nor in c23's; 53 event
/// sentences, 62 rows, 15 no-event lines; committed blind in 59742ae):
/// before c24's rows, with main's coder 4de239b, 18 of 62, 0.290, exact
/// (root only 5, other root 7, no event 32 rows; 27 event sentences give no
/// event, 22 of them with no pattern match; relaxed root F1 0.442, root and
/// actors 0.274; 1 of 15 no-event lines gives an event); after the rows
/// (call_off_day_of_strikes, deny_pronoun_had, defend_friendship_with,
/// defend_appointment_of, sue_unnamed_firms, step_up_hunger_strike,
/// escalate_hunger_strike, not_have_any_comment, argue_against,
/// infuriate_party_by, noun_exchange_of_fire_between,
/// threaten_block_funding, deny_owner_request,
/// insist_on_possessive_resignation; evaluations eval_waste and
/// eval_restrictive; all but escalate_hunger_strike, infuriate_party_by,
/// argue_against and eval_restrictive give an event in-sample) 29 of 62,
/// 0.468 (root only 5, other root 7, no event 21 rows; 17 event sentences
/// give no event, 12 of them with no pattern match; relaxed root F1 0.604,
/// root and actors 0.396; no-event lines 1 of 15), measured 2026-12-06; the
/// blind wire blocks' sum root F1 0.481 before and after (root and actors
/// 0.314 before, 0.315 after; predicted 3793 -> 3796, matched 1978 ->
/// 1980); dev gold root F1 0.338 after. Two of the blind codes (051 for
/// "defended his friendship with", "defended the appointment of") differ
/// from the lexicon's 052, and one (172 for "fined the party") from its
/// 116: see the constructions file, group H. Floor 0.05 below, ceiling 0.05
/// above. Misses and constructions: tests/gold/misses/r62-c24.txt
/// (/work/notes/r62-c24-constructions.txt).
/// Round 62 clear c26 (helper c26; `scripts/sample-clear-round --seed 62107
/// --n 600`, all 600 read, none in an earlier block nor on c25's branch; 43
/// event sentences, 49 rows, 15 no-event lines; committed blind in fb65104):
/// before c26's rows, with main's coder 7bd508e, 13 of 49, 0.265, exact
/// (root only 7, other root 7, no event 22 rows; 19 event sentences give no
/// event, 17 of them with no pattern match; relaxed root F1 0.488, root and
/// actors 0.293; 3 of 15 no-event lines give an event); after the rows
/// (announce_strikes_at, be_on_alert, deny_pronoun_knew, deny_knowledge_of,
/// thank_list_for, offer_grain_grant, claim_repayment,
/// noun_talks_here_between, turn_to_courts, dub_abuse,
/// pour_cold_water_on_any, threaten_vengeance; all but deny_knowledge_of
/// give an event in-sample) 24 of 49, 0.490 (root only 8, other root 7, no
/// event 10 rows; 10 event sentences give no event, 9 of them with no
/// pattern match; relaxed root F1 0.660, root and actors 0.426; no-event
/// lines 3 of 15), measured 2026-12-06; the blind wire blocks' sum root F1
/// 0.481 before, 0.482 after (root and actors 0.315 both; predicted 3798 ->
/// 3800, matched 1981 -> 1982); dev gold root F1 0.338 after. The blind
/// codes read debt, financing and management-union talks as 046 where the
/// lexicon (and golden's snapshot) keep 040, and "poured cold water on the
/// plan" as 120 where pour_cold_water_on has 110: see the constructions
/// file, groups C and E. Floor 0.05 below, ceiling 0.05 above. Misses and
/// constructions: tests/gold/misses/r62-c26.txt
/// (/work/notes/r62-c26-constructions.txt).
///
/// Round 62 clear c25: a blind sample of short clear-event sentences drawn as
/// round 55 clear c6 (`scripts/sample-clear-round --seed 62106 --n 600`, all
/// 600 read; one event sentence already in an earlier block in another case
/// dropped; none in c26's block): 51 event sentences, 57 rows, 15 no-event
/// lines; committed blind in b369668. Before c25's rows, with main's coder
/// 7bd508e, 17 of 57, 0.298, exact (root only 6, other root 7, no event 27
/// rows; 24 event sentences give no event, 19 of them with no pattern match;
/// relaxed root F1 0.500, root and actors 0.413; 4 of 15 no-event lines give
/// an event); after the rows (halve_troop_presence_in, cut_troop_presence_in,
/// pull_warships_back, pull_back_warships, differ_jointly_on, liken_to,
/// reply_with_repression, respond_with_repression, react_with_violence,
/// donate_for_relief_work_in, supply_with_amount_of_military_aid,
/// supply_with_converted_amount_of_military_aid, make_appeal_for_unity,
/// start_strike_of_length, begin_strike_of_length, capture_munitions,
/// call_giant, examine_decision, engage_in_actions_against; all but
/// cut_troop_presence_in, pull_back_warships, respond_with_repression,
/// supply_with_amount_of_military_aid and begin_strike_of_length give an
/// event in-sample) 31 of 57, 0.544 (root only 6, other root 4, no event 16
/// rows; 14 event sentences give no event, 9 of them with no pattern match;
/// relaxed root F1 0.705, root and actors 0.552; no-event lines 4 of 15),
/// measured 2026-12-06; the blind wire blocks' sum unchanged (root F1 0.481,
/// root and actors 0.315; predicted 3798, matched 1981); round 37 written w2
/// unchanged (rows face_charges_of and differ_with_on were tried and dropped:
/// they coded "faces charges of embezzlement" 173 against its 1121 and
/// "asked whether he differed with Volcker" 110); dev gold root F1 0.338
/// before and after. Blind codes that differ from the lexicon's conventions
/// (blame 112, call for an election 1044, debt payments suspended 160, walk
/// out 143) and one slip of the blind annotation (012 written for "expressed
/// qualified optimism", which is 013) are left as committed: see the
/// constructions file, group G. Floor 0.05 below, ceiling 0.05 above. Misses
/// and constructions: tests/gold/misses/r62-c25.txt
/// (/work/notes/r62-c25-constructions.txt).
///
/// Round 62 clear c28 (helper c28; `scripts/sample-clear-round --seed 62109
/// --n 600`, all 600 read; one event sentence already in an earlier block in
/// another case dropped; c27's branch held no block at the blind commit): 38
/// event sentences, 43 rows, 15 no-event lines; committed blind in eca614f.
/// Before c28's rows, with main's coder 0762f77, 16 of 43, 0.372, exact (root
/// only 5, other root 4, no event 18 rows; 17 event sentences give no event,
/// 14 of them with no pattern match; relaxed root F1 0.507, root and actors
/// 0.320; 5 of 15 no-event lines give an event); after the rows
/// (endorse_report, pin_blame_on_any, blame_on_order_by, face_calls_to,
/// noun_growing_calls_for, lead_delegation_at_talks, provide_funding_to_help,
/// send_asylum_seekers_to, be_disappointed_with_ruling,
/// call_for_resignation_any; all give an event in-sample) 27 of 43, 0.628
/// (root only 4, other root 3, no event 9 rows; 9 event sentences give no
/// event, 6 of them with no pattern match; relaxed root F1 0.682, root and
/// actors 0.400; no-event lines 5 of 15), measured 2026-12-06; the blind wire
/// blocks' sum unchanged (root F1 0.482, root and actors 0.315; predicted
/// 3800, matched 1982); dev gold root F1 0.338 after. The blind codes read
/// "called the accusations baseless" as a denial (016) where call_move_bad
/// and eval_absurd keep 111, "is not happy with" as 110 where the lexicon
/// codes nothing (round 54 c5's note), and debt talks with the Paris Club as
/// 046 where the lexicon keeps 040: see the constructions file, groups C and F. Floor 0.05 below,
/// ceiling 0.05 above. Misses and constructions: tests/gold/misses/r62-c28.txt
/// (/work/notes/r62-c28-constructions.txt).
///
/// `round 62 clear c27`: a blind sample of short clear-event sentences (helper c27), drawn as
/// `round 55 clear c6` with `scripts/sample-clear-round --seed 62108 --n 600` (all 600 read; none in an
/// earlier block nor in c28's branch at the blind commit): 45 event sentences (52 rows) and 15 `#-` lines.
/// A clerical off-by-one (9 sentences carried their draw neighbours' rows or `#-` marks) was put right
/// in a second commit before any row was written; codes unchanged. Before rows: exact 16 of 52, 0.308
/// (root only 4, other root 5, no event 27 rows; 24 event sentences give no event, 17 of them with no
/// pattern match; relaxed root F1 0.410, root and actors 0.179; no-event lines 0 of 15). Rows
/// (lexicon/en/verbs.tsv, "round 62 c27"): highlight_concerns (110), admit_could_have (015),
/// troops_withdrawn_passive (0874); all three give an event in-sample. After: 18 of 52, 0.346 (root only
/// 5, other root 5, no event 24 rows; 21 event sentences give no event, 13 with no pattern match; relaxed
/// root F1 0.469, root and actors 0.222; no-event lines 0 of 15), measured 2026-12-06; the blind wire
/// blocks' sum unchanged (root F1 0.482, root and actors 0.315; predicted 3800, matched 1982); dev gold
/// root F1 0.338 after; PETRARCH unit tests 248/277. A row seek_damages_from (115) was tried and dropped:
/// the lexicon codes "seek damages from X" 1031 (demand_compensation_seek). Blind codes that differ from
/// the lexicon's conventions (CQC "highlighted concerns" 111 against raise_concerns' 110; Hong Kong
/// reopening its borders 0351 against reopen_border's 0872) are left as committed. Floor 0.05 below,
/// ceiling 0.05 above. Misses and constructions: tests/gold/misses/r62-c27.txt
/// (/work/notes/r62-c27-constructions.txt).
/// `round 63 wire z43`: a blind random wire sample (helper z43), `scripts/sample-wire-round --parity odd
/// --seed 63001 --skip-blocks-before "round 64"`, sample lines 1-125 (Reuters; the GLOCON/BBC/Guardian
/// stratum held no candidate), 125 sentences, none dropped: 42 event sentences (54 rows) and 83 `#-`
/// lines, annotated blind. Before rows: exact 13 of 54, 0.241 (root only 1, other root 12, no event 28
/// rows; relaxed root F1 0.333, root and actors 0.167; no-event lines 7 of 83, 0.084). Rows
/// (lexicon/en/verbs.tsv, "round 63 z43"): set_up_joint_venture_together, set_up_joint_venture_with (061),
/// agree_in_principle_together, agree_in_principle_with (057), seek_sum_of_dollars (0231); cues.tsv
/// intention "was due to" / "were due to". After: 18 of 54, 0.333 (root only 1, other root 10, no event
/// 25 rows; relaxed root F1 0.414, root and actors 0.207; no-event lines 7 of 83, 0.084), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.480 -> 0.481, root and actors 0.313 -> 0.314
/// (predicted 3830 -> 3839, matched 1996 -> 2002); dev gold root F1 0.338 after; PETRARCH unit tests 248/277.
/// Noun rows purchases_of_noun / purchases_from_noun
/// (061) were tried and dropped: three new false events elsewhere ("reduced their purchases of U.S.
/// Treasury bonds"), no gain in-sample. Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r63-z43.txt (/work/notes/r63-z43-constructions.txt).
/// `round 63 clear c29` (helper c29): a blind sample of short clear-event sentences drawn with
/// `scripts/sample-clear-round --seed 63101 --n 600` (all 600 read; /work/notes/r63-c29-draw.txt), kept as
/// `round 55 clear c6` was; no sentence was already in the file or on branch c30. 44 event sentences (45 rows),
/// 16 `#-` lines; codes written and committed before sitrep coded any of them. Before rows: exact 17 of 45,
/// 0.378 (root only 1, other root 7, no event 20 rows; 20 event sentences give no event, 18 of them with no
/// pattern match; relaxed root F1 0.419, root and actors 0.349; no-event lines 4 of 16). Rows
/// (lexicon/en/verbs.tsv, "round 63 c29"): oppose_broadening (110), renegotiate_deal_with,
/// renegotiate_deal_any, negotiate_restructuring_any (046), make_pledge (030), arrange_strikes,
/// organise_strikes, organize_strikes (143). After: 21 of 45, 0.467 (root only 1, other root 7, no event 16
/// rows; 16 event sentences give no event, 13 with no pattern match; relaxed root F1 0.489, root and actors
/// 0.400; no-event lines 4 of 16), measured 2026-12-06; the blind wire blocks' sum: root F1 0.482, root and
/// actors 0.315 before and after (predicted 3800 -> 3806, matched 1982 -> 1986); dev gold root F1 0.338 after;
/// PETRARCH unit tests 248/277.
/// Floor 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r63-c29.txt
/// (/work/notes/r63-c29-constructions.txt).
/// `round 63 clear c30`: a blind sample of short clear-event sentences (helper c30), drawn as
/// `round 55 clear c6` with `scripts/sample-clear-round --seed 63102 --n 600` (all 600 read; none in an
/// earlier block nor in c29's branch at the blind commit): 41 event sentences (43 rows) and 15 `#-` lines.
/// Before rows: exact 11 of 43, 0.256 (root only 8, other root 3, no event 21 rows; 19 event sentences
/// give no event, 16 of them with no pattern match; relaxed root F1 0.528, root and actors 0.417; no-event
/// lines 3 of 15 give an event). Rows (lexicon/en/verbs.tsv, "round 63 c30"): sue_any (115),
/// launch_legal_challenge_against (115), resist_pressure_to (1232); all three give their event in-sample
/// (sue_any also mends two misses of earlier blocks). After: 14 of 43, 0.326 (root only 8, other root 3,
/// no event 18 rows; 16 event sentences give no event, 14 with no pattern match; relaxed root F1 0.587,
/// root and actors 0.453; no-event lines 3 of 15), measured 2026-12-06; the blind
/// wire blocks' sum root F1 0.482 -> 0.481 (predicted 3800 -> 3801, matched 1982; "banned from suing"
/// now gives 115 besides 172), root and actors 0.315 unchanged; dev gold root F1 0.338 after; PETRARCH
/// unit tests 248/277. A row intercept_vessel was dropped (the id exists). Floor 0.05 below, ceiling 0.05
/// above. Misses and constructions: tests/gold/misses/r63-c30.txt (/work/notes/r63-c30-constructions.txt).
/// `round 63 clear c31`: a blind sample of short clear-event sentences (helper c31), drawn as
/// `round 55 clear c6` with `scripts/sample-clear-round --seed 63103 --n 600` (all 600 read; one event
/// sentence held by c32's branch dropped; branches c29 and c30 did not exist at the blind commit; none in
/// an earlier block): 33 event sentences (36 rows) and 15 `#-` lines. Before rows: exact 13 of 36, 0.361
/// (root only 4, other root 1, no event 18 rows; 16 event sentences give no event, 12 of them with no
/// pattern match; relaxed root F1 0.582, root and actors 0.400; no-event lines 1 of 15). Rows
/// (lexicon/en/verbs.tsv, "round 63 c31"): rockets_slam_into (194), missiles_slam_into (195),
/// issue_warning_to (130), persuade_to_restructure_debt (0231); the last two give an event in-sample,
/// rockets_slam_into not (its place, a district of Aleppo, names no actor). After: 15 of 36, 0.417 (root
/// only 3, other root 1, no event 17 rows; 15 event sentences give no event, 11 with no pattern match;
/// relaxed root F1 0.607, root and actors 0.429; no-event lines 1 of 15), measured 2026-12-06; the blind
/// wire blocks' sum unchanged (root F1 0.482, root and actors 0.315; predicted 3800, matched 1982); dev
/// gold root F1 0.338 after; PETRARCH unit tests 248/277. Blind codes that differ from the lexicon's
/// conventions ("called for a sweeping reform" 100 against call_for_reforms' 104; "pledged to write off
/// the debt" 0311 against pledge_cancel_debt's 0331) are left as committed. Floor 0.05 below, ceiling
/// 0.05 above. Misses and constructions: tests/gold/misses/r63-c31.txt
/// (/work/notes/r63-c31-constructions.txt).
///
/// `round 63 clear c32`: a blind sample of short clear-event sentences drawn as round 55 clear c6:
/// `scripts/sample-clear-round --seed 63104 --n 600` (lines 201-600 partly screened by pattern, see the header); 37 event sentences (44 rows) and 15
/// `#-` lines, committed blind; no sentence was already in this file or on branch c31 (branches c29 and c30
/// did not exist at the blind commit). Before rows: exact 15 of 44, 0.341 (root only 4, other root 4, no
/// event 21 rows; 16 event sentences give no event, 14 of them with no pattern match; relaxed root F1
/// 0.529, root and actors 0.235; no-event lines 0 of 15). Rows (lexicon/en/verbs.tsv, "round 63 c32"):
/// seal_border_any, seal_off_border (191), recommend_sanctions_against (1312), ban_from_working (163),
/// insist_on_price (1011), terminate_treaty (160); all but ban_from_working give an event in-sample. After:
/// 19 of 44, 0.432 (root only 4, other root 3, no event 18 rows; 13 event sentences give no event, 12 with
/// no pattern match; relaxed root F1 0.611, root and actors 0.250; no-event lines 0 of 15), measured
/// 2026-12-06; the blind wire blocks' sum: root F1 0.482 -> 0.482, root and actors 0.315 -> 0.315
/// (matched 1982 -> 1984, predicted 3800 -> 3802). Floor 0.05 below, ceiling 0.05 above. Misses and
/// constructions: tests/gold/misses/r63-c32.txt (/work/notes/r63-c32-constructions.txt).
/// Round 63 wire z44 (helper z44; `scripts/sample-wire-round --parity even
/// --seed 63002 --skip-blocks-before "round 64"`, sample lines 1-125
/// Reuters and 126-130 GLOCON/BBC/Guardian: the draw held only 5 sentences
/// of the second stratum; line 121 and line 130 dropped, earlier blocks
/// holding them with "government" in lower case / with a leading "But";
/// 128 sentences, 43 event sentences, 63 rows, 85 no-event lines; committed
/// blind in 84e88fd): before z44's rows, with main's coder c1ac74e, 18 of
/// 63, 0.286, exact (root only 3, other root 18, no event 24 rows; relaxed
/// root F1 0.343, root and actors 0.222; no-event lines 7 of 85, 0.082);
/// after the rows (lexicon/en/verbs.tsv, "round 63 z44": pay_call_to,
/// apply_tariffs_on, forbid_shipments_to, be_encouraged_by_actions_of,
/// secure_restraining_order, obtain_restraining_order, resist_allowing,
/// agreements_reached_with, agree_to_take_positive_role, board_platform,
/// bridge_financing_for, noun_call_by_to_boost and propose_tariffs_on; all
/// but obtain_restraining_order match in-sample, bridge_financing_for with
/// no doer found: "the U.S. share of bridge financing") 30 of 63, 0.476
/// (root only 3, other root 16, no event 14 rows; relaxed root F1 0.505,
/// root and actors 0.378; no-event lines 7 of 85, 0.082), measured
/// 2026-12-06; the blind wire blocks' sum root F1 0.480 before, 0.482 after
/// (root and actors 0.314, 0.316; predicted 3836, 3848; matched 1999,
/// 2010); dev gold root F1 0.338 after; PETRARCH unit tests 248/277. A row
/// be_not_enthusiastic_about (111) was tried and dropped: "are not very
/// enthusiastic about" fired on no example. Floor 0.05 below, ceiling 0.05
/// above. Misses and constructions: tests/gold/misses/r63-z44.txt
/// (/work/notes/r63-z44-constructions.txt).
/// Round 63 wire z45 (helper z45; `scripts/sample-wire-round --parity odd
/// --seed 63003 --skip-blocks-before "round 64"`, sample lines 1-125
/// Reuters: the draw held no sentence of the GLOCON/BBC/Guardian stratum;
/// line 13 dropped, an earlier block holding it without the leading
/// "U.S."; 124 sentences, 41 event sentences, 85 rows, 83 no-event lines;
/// committed blind in 8083e20): before z45's rows, with main's coder
/// a100ca3, 8 of 85, 0.094, exact (root only 1, other root 17, no event 59
/// rows; relaxed root F1 0.155, root and actors 0.103; no-event lines 9 of
/// 83, 0.108); after the rows (lexicon/en/verbs.tsv, "round 63 z45":
/// attend_igo_annual_meeting, insist_on_quota_share,
/// noun_efforts_bridge_differences, noun_strike_on_oil_platform,
/// show_understanding_of, approve_plan_to_help_in,
/// pledge_restrain_output_support, seek_to_raise_quota,
/// propose_to_officials_that and lift_mln_dlrs_in_sanctions; all match
/// in-sample, seek_to_raise_quota with the wrong target (the undated "ICO"
/// reads as GBRGOV) and lift_mln_dlrs_in_sanctions as conditional 081 for
/// the gold's intended 0351) 18 of 85, 0.212 (root only 0, other root 19,
/// no event 48 rows; relaxed root F1 0.286, root and actors 0.222;
/// no-event lines 9 of 83, 0.108), measured 2026-12-06; the blind wire
/// blocks' sum root F1 0.478 before, 0.479 after (root and actors 0.312,
/// 0.314; predicted 3933, 3943; matched 2047, 2056); dev gold root F1
/// 0.338 after; PETRARCH unit tests 248/277. Two joint currency
/// acts (4 and 5 central banks / countries, 32 rows of 061) weigh on the
/// block's recall. A row noun_planned_sanctions (1312) was tried and
/// dropped: a noun pattern led by "planned" takes the participle as its
/// trigger and finds no doer. Floor 0.05 below, ceiling 0.05 above. Misses
/// and constructions: tests/gold/misses/r63-z45.txt
/// (/work/notes/r63-z45-constructions.txt).
/// `round 63 clear c33`: a blind sample of short clear-event sentences drawn as round 55 clear c6:
/// `scripts/sample-clear-round --seed 63105 --n 600` (all 600 read one by one); 28 event sentences (28 rows)
/// and 15 `#-` lines, committed blind (3e25e48); two event sentences already on main (another spacing) or
/// on branch c34 were dropped before. Before rows: exact 10 of 28, 0.357 (other root 2, no event 16 rows;
/// 16 event sentences give no event, 12 of them with no pattern match; relaxed root F1 0.476, root and
/// actors 0.381; no-event lines 0 of 15). Rows (lexicon/en/verbs.tsv, "round 63 c33"): face_criminal_charges,
/// issue_indictments (112), renew_threat_of_veto (130); face_criminal_charges gives no event in-sample (the
/// accused are no actor). Tried and dropped: sanctions_levied_on (163; a passive with no doer gave no event
/// even on its example), leave_on_tour_of (042; "leaving Britain on a tour of Africa" takes the left country
/// as target, an own-country visit). After: 12 of 28, 0.429 (other root 2, no event 14 rows; relaxed root
/// F1 0.545, root and actors 0.409; no-event lines 0 of 15), measured 2026-12-06; the blind wire blocks'
/// sum unchanged: root F1 0.482, root and actors 0.315 (matched 2038, predicted 3902); dev gold root F1
/// 0.338; PETRARCH unit tests 248/277. Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r63-c33.txt (/work/notes/r63-c33-constructions.txt).
/// `round 63 clear c34`: a blind sample of short clear-event sentences drawn as round 55 clear c6:
/// `scripts/sample-clear-round --seed 63106 --n 600` (all 600 read one by one; a Reuters-heavy draw of
/// company and market news); 29 event sentences (32 rows) and 15 `#-` lines, committed blind (eb172ab);
/// no sentence was already in this file or on branch c33. Before rows: exact 11 of 32, 0.344 (root only 2,
/// other root 2, no event 17 rows; 14 event sentences give no event, 9 of them with no pattern match;
/// relaxed root F1 0.473, root and actors 0.255; no-event lines 6 of 15, 0.400). Rows (lexicon/en/verbs.tsv,
/// "round 63 c34"): express_commitment_to_deepen (030), want_negotiated_solution (036),
/// unfurl_flag_protest (141), reconcile_with (050), hit_back_saying (111), have_blood_on_hands (111); all
/// but unfurl_flag_protest ("unfurled it") and have_blood_on_hands ("has (the) blood") give an event
/// in-sample. After: 17 of 32, 0.531 (root only 2, other root 2, no event 11 rows; 10 event sentences give
/// no event, 5 with no pattern match; relaxed root F1 0.600, root and actors 0.333; no-event lines 6 of 15),
/// measured 2026-12-06; the blind wire blocks' sum unchanged: root F1 0.482, root and actors 0.315
/// (matched 2038, predicted 3902). Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r63-c34.txt (/work/notes/r63-c34-constructions.txt). Ceiling raised from 0.450 to
/// 0.500 on 2026-12-07 (session 35): since duties with one side unnamed are appeals, two of c34's `#-`
/// lines give a 020 ("Zhao said China should lower the cost of exports", "said U.S. farmers should be
/// allowed to vote"), which round 56 clear c8 and the c55-c64 conventions code as appeals ("Zhao said
/// China should work to provide …" 020): the block's convention, not the coder's reading, is the outlier.
/// `round 63 wire z46` (helper z46): `scripts/sample-wire-round --parity even --seed 63004
/// --skip-blocks-before "round 64"`, sample lines 1-125 Reuters and 126-130 GLOCON/BBC/Guardian (the draw
/// held only 5 sentences of the second stratum); lines 15 and 130 dropped, earlier blocks holding them
/// without a trailing clause / with a leading "But"; 128 sentences, 40 event sentences, 63 rows, 88 `#-`
/// lines, committed blind (59d7666). Before rows, with main's coder 79e5e40: exact 17 of 63, 0.270 (root
/// only 7, other root 9, no event 30 rows; relaxed root F1 0.388, root and actors 0.330; no-event lines 9
/// of 88, 0.102). Rows (lexicon/en/verbs.tsv, "round 63 z46"): announce_tariffs_on_worth (163),
/// announce_tariffs_on (163), meet_day_with (040), shelve_trade_case (085); announce_tariffs_on_worth and
/// meet_day_with match in-sample, shelve_trade_case does not ("shelved the NSPA case" names no "against").
/// After: 18 of 63, 0.286 (root only 9, other root 9, no event 27 rows; relaxed root F1 0.419, root and
/// actors 0.362; no-event lines 9 of 88, 0.102), measured 2026-12-06; the blind wire blocks' sum root F1
/// 0.478 before, 0.479 after (root and actors 0.314, 0.315; matched 2076, 2078; predicted 3983, 3985).
/// Floor 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r63-z46.txt
/// (/work/notes/r63-z46-constructions.txt).
///
/// `round 63 clear c35`: a blind sample of short clear-event sentences drawn as round 55 clear c6:
/// `scripts/sample-clear-round --seed 63107 --n 600`, all 600 read one by one; 44 event sentences (45
/// rows), 15 `#-` lines; no sentence already in the file. Before rows: exact 14 of 44, 0.318 (root only 4,
/// other root 6, no event 20 rows; 19 sentences gave no event, 14 of them with no pattern match at all);
/// relaxed root F1 0.468, root and actors F1 0.286; false events 4 of 15 (0.267). Rows (lexicon/en/verbs.tsv,
/// "round 63 c35"): rule_out_election_talks (120), introduce_restrictions_on (163), hit_by_missiles (195).
/// After: exact 17 of 44, 0.386; relaxed root F1 0.506, root and actors F1 0.329; false events 4 of 15
/// (0.267); the blind wire blocks' sum unchanged (root F1 0.479, root and actors 0.314). Date 2026-12-06;
/// floor 0.05 below, ceiling 0.05 above. The misses left (criticism told as an evaluation in reported speech, demands
/// told as "must be released", threats told as "warned that X would", passives with no doer) are in
/// tests/gold/misses/r63-c35.txt (/work/notes/r63-c35-constructions.txt).
/// `round 63 wire z47` (helper z47): `scripts/sample-wire-round --parity odd --seed 63005
/// --skip-blocks-before "round 64"`, sample lines 1-125 Reuters (the draw held no sentence of the
/// GLOCON/BBC/Guardian stratum: "candidates: reuters 2036, other 0"); lines 9 and 10 dropped, earlier blocks
/// holding them with ", he added" / inside a longer sentence; 123 sentences, 41 event sentences, 66 rows,
/// 82 `#-` lines, committed blind (1ab2719). Before rows, with main's coder 70a2f3c: exact 11 of 66, 0.167
/// (root only 5, other root 12, no event 38 rows; relaxed root F1 0.305, root and actors 0.248; no-event
/// lines 9 of 82, 0.110). Rows (lexicon/en/verbs.tsv, "round 63 z47"): head_for (042),
/// agree_exchange_visits_joint (036), agree_with_exchange_visits (036), revise_agreement_joint (057),
/// extend_agreement_joint (057), renew_agreement_joint (057), intervene_in_market_with (061),
/// sign_with_order (057); agree_exchange_visits_joint, revise_agreement_joint, intervene_in_market_with and
/// sign_with_order match in-sample, head_for does not ("The Senate team next heads for" parses "heads" as a
/// noun). After: 19 of 66, 0.288 (root only 3, other root 14, no event 30 rows; relaxed root F1 0.382, root
/// and actors 0.327; no-event lines 9 of 82, 0.110), measured 2026-12-06; the blind wire blocks' sum root
/// F1 0.477 before, 0.477 after (root and actors 0.315, 0.316; matched 2094, 2099; predicted 4024, 4029).
/// Floor 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r63-z47.txt
/// (/work/notes/r63-z47-constructions.txt).
///
/// `round 63 clear c36`: a blind sample of short clear-event sentences drawn as round 55 clear c6:
/// `scripts/sample-clear-round --seed 63108 --n 600` (all 600 read one by one; a Reuters-heavy draw of
/// company and market news, hence few events); 17 event sentences (21 rows) and 15 `#-` lines, committed
/// blind (5c73511); no sentence was already in this file (branch c35 did not exist). Before rows: exact 9
/// of 21, 0.429 (root only 1, other root 4, no event 7 rows; 6 event sentences give no event, 5 of them with
/// no pattern match; relaxed root F1 0.421, root and actors 0.211; no-event lines 0 of 15). Row
/// (lexicon/en/verbs.tsv, "round 63 c36"): warn_sides_against (130), matching in-sample ("warned both
/// parties against", target `-`). After: 11 of 21, 0.524 (root only 1, other root 4, no event 5 rows;
/// relaxed root F1 0.462, root and actors 0.205; no-event lines 0 of 15), measured 2026-12-06; the blind
/// wire blocks' sum unchanged: root F1 0.479, root and actors 0.316 (matched 2078, predicted 3985). Floor
/// 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r63-c36.txt
/// (/work/notes/r63-c36-constructions.txt).
/// `round 63 clear c37`: a blind sample of short clear-event sentences drawn as round 55 clear c6:
/// `scripts/sample-clear-round --seed 63109 --n 600` (all 600 read one by one; a Reuters-heavy draw of
/// company and market news); 45 event sentences (47 rows) and 15 `#-` lines, committed blind (52485c2);
/// no sentence was already in this file or on branch c35. Before rows: exact 12 of 47, 0.255 (root only 3,
/// other root 7, no event 25 rows; 25 event sentences give no event, 15 of them with no pattern match;
/// relaxed root F1 0.441, root and actors 0.265; no-event lines 0 of 15). Rows ("round 63 c37"):
/// lexicon/en/verbs.tsv consider_offer_any (014), reaffirm_intention_further_open_markets (0311),
/// welcome_reforms (051), back_use_of (051), withhold_support_from (110), reopen_borders_to_visitors (081),
/// face_discontent_any (110, no doer), describe_as_feeble (111), study_setting_up (014); lexicon/en/
/// evaluations.tsv eval_feeble (111); all match in-sample (a row [refer] + to the ... court, 115, was
/// dropped: the new head lost round 61 wire z39's "They were referring to ..., refused to endorse").
/// After: 21 of 47, 0.447 (root only 3, other root 7, no event 16 rows; 16 event sentences give no event,
/// 7 with no pattern match; relaxed root F1 0.623, root and actors 0.390; no-event lines 0 of 15),
/// measured 2026-12-06; the blind wire blocks' sum root F1 0.479 before and after (root and actors 0.316;
/// matched 2078, 2079; predicted 3985, 3987); dev gold root F1 0.338; PETRARCH unit tests 248/277. Floor
/// 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r63-c37.txt
/// (/work/notes/r63-c37-constructions.txt).
///
/// round 63 wire z48: scripts/sample-wire-round --parity even --seed 63006 --skip-blocks-before "round 64"
/// (sample lines 1-125 Reuters, 126-129 GLOCON/BBC/Guardian: the second stratum held 5 sentences; line 130
/// dropped as held by an earlier block), 129 sentences annotated blind: 53 rows in 37 event sentences, 92
/// no-event lines. Before: 15 of 53, 0.283 (root only 7, other root 16, no event 15 rows); relaxed root F1
/// 0.383, root and actors 0.191; no-event lines that give an event 6 of 92 (0.065). Rows in lexicon/en/
/// verbs.tsv: restrict_sale_of_goods_to (163), discuss_deal_with (046), hold_to_resistance (120, no target
/// needed), make_inquiries_of (040); all match in-sample. After: 20 of 53, 0.377 (root only 5, other root 16,
/// no event 12 rows); relaxed root F1 0.429, root and actors 0.224; no-event lines 6 of 92 (0.065),
/// measured 2026-12-06; the blind wire blocks' sum root F1 0.477 before, 0.478 after (root and actors 0.315;
/// matched 2121, 2124; predicted 4072, 4076); dev gold root F1 0.338; PETRARCH unit tests 248/277. Floor
/// 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r63-z48.txt
/// (/work/notes/r63-z48-constructions.txt).
/// round 63 clear c38: a blind sample of short clear-event sentences (helper c38), drawn with
/// `scripts/sample-clear-round --seed 63110 --n 600` (all 600 read one by one; Reuters-heavy, hence few
/// events): 29 event sentences (29 rows), 14 `#-` lines, annotated before sitrep coded any of them.
/// Before rows: 13 of 29, 0.448 (other root 5, no event 11; 11 event sentences give no event, 9 with no
/// pattern match; relaxed root F1 0.500, root and actors 0.231; no-event lines 4 of 14, 0.286). Rows:
/// lexicon/en/verbs.tsv deny_wrongdoing_gerund (016), extract_pledge_from (100). After: 14 of 29, 0.483
/// (other root 4, no event 11; relaxed root F1 0.538, root and actors 0.269; no-event lines 4 of 14),
/// measured 2026-12-06; the blind wire blocks' sum root F1 0.478 before and after (root and actors 0.316;
/// matched 2103; predicted 4031); dev gold root F1 0.338; PETRARCH unit tests 248/277. Floor 0.05 below,
/// ceiling 0.05 above. Misses and constructions: tests/gold/misses/r63-c38.txt
/// (/work/notes/r63-c38-constructions.txt).
/// round 64 wire z49: scripts/sample-wire-round --parity odd --seed 64001 --skip-blocks-before "round 65" (sample
/// lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum held 0 sentences; line 50 dropped, an earlier block
/// holds it): 124 sentences, 57 rows in 36 event sentences, 88 `#-` lines, annotated before sitrep coded any of
/// them. Before rows: 23 of 57, 0.404 (root only 2, other root 6, no event 26; relaxed root F1 0.387, root and
/// actors 0.258; no-event lines 10 of 88, 0.114). Rows: lexicon/en/verbs.tsv reject_proposal_to_negotiate,
/// turn_down_proposal_to_negotiate (125). After: 24 of 57, 0.421 (root only 1, other root 6, no event 26; relaxed
/// root F1 0.387, root and actors 0.258; no-event lines 10 of 88), measured 2026-12-06; the blind wire blocks'
/// sum root F1 0.477 before and after (root and actors 0.315; matched 2142, predicted 4112, gold 4873); dev gold
/// root F1 0.338.
/// Floor 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r64-z49.txt
/// (/work/notes/r64-z49-constructions.txt).
/// round 64 clear c39: a blind sample of short clear-event sentences (helper c39), drawn with
/// `scripts/sample-clear-round --seed 64101 --n 1000` (all 1000 read one by one), annotated as
/// `round 55 clear c6`: 28 event sentences (57 rows; one six-country meeting gives 30 ordered-pair
/// rows, all exact), 15 `#-` lines. Before rows: exact 0.754 (43/57), relaxed root F1 0.635, root
/// and actors F1 0.519, 7 of 15 `#-` lines give an event (0.467); 11 event sentences gave no event,
/// 7 of them with no pattern match at all. Rows (lexicon/en/verbs.tsv, 2026-12-06): call_strikes,
/// set_strike_date, not_stand_idly_by. After: exact 0.789 (45/57), root F1 0.660, root and actors
/// F1 0.528, false events 0.467; floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r64-c39.txt (/work/notes/r64-c39-constructions.txt).
/// round 64 wire z50: a blind random wire sample (helper z50), drawn with `scripts/sample-wire-round --parity
/// even --seed 64002 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters, 126-129 GLOCON/BBC/Guardian:
/// the second stratum held 5 sentences; line 130 dropped, an earlier block holds it): 129 sentences, 49 rows in 39
/// event sentences, 90 `#-` lines, annotated before sitrep coded any of them. Before rows: 19 of 49, 0.388 (other
/// root 3, no event 25; relaxed root F1 0.409, root and actors 0.273; no-event lines 13 of 90, 0.144). Rows:
/// lexicon/en/verbs.tsv agree_not_to_cut_imports_from (0311), join_attacks_on (111). After: 21 of 49, 0.429
/// (other root 2, no event 24; relaxed root F1 0.449, root and actors 0.292; no-event lines 13 of 90, 0.144),
/// measured 2026-12-06; the blind wire blocks' sum root F1 0.477 before and after (root and actors 0.315; matched
/// 2142 before, 2144 after; predicted 4115 before, 4116 after). Floor 0.05 below, ceiling 0.05 above. Misses and
/// constructions: tests/gold/misses/r64-z50.txt (/work/notes/r64-z50-constructions.txt).
/// round 64 wire z51: a blind random wire sample (helper z51), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64003 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence; none dropped): 125 sentences, 77 rows in 37 event sentences (20 of them the five-party Plaza
/// pact), 88 `#-` lines, annotated before sitrep coded any of them. Before rows: 21 of 77, 0.273 (root only 9, other
/// root 6, no event 41; relaxed root F1 0.387, root and actors 0.269; no-event lines 8 of 88, 0.091). Rows:
/// lexicon/en/verbs.tsv vote_to_cut_economic_aid, slash_economic_aid, cut_foreign_aid, reduce_foreign_aid,
/// declare_ineligible_for_loans (1621), call_for_convening_meeting (026), negotiate_venture_with (046). After: 23 of
/// 77, 0.299 (root only 8, other root 5, no event 41; relaxed root F1 0.403, root and actors 0.286; no-event lines 8
/// of 88, 0.091), measured 2026-12-06; the blind wire blocks' sum root F1 0.476 before, 0.477 after (root and actors
/// 0.315; matched 2185 before, 2186 after; predicted 4176). Floor 0.05 below, ceiling 0.05 above. Misses and
/// constructions: tests/gold/misses/r64-z51.txt (/work/notes/r64-z51-constructions.txt).
/// round 64 wire z52: a blind random wire sample (helper z52), drawn with `scripts/sample-wire-round --parity
/// even --seed 64004 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters and 126-130, all the GLOCON/BBC/
/// Guardian stratum still held; line 130 dropped, an earlier block holding it in another case): 129 sentences, 65
/// rows in 41 event sentences, 88 `#-` lines, annotated before sitrep coded any of them. Before rows: 19 of 65, 0.292
/// (root only 3, other root 9, no event 34; relaxed root F1 0.396, root and actors 0.198; no-event lines 9 of 88,
/// 0.102). Rows: lexicon/en/verbs.tsv embroiled_in_row_with (110), apply_pressure_on (100),
/// cut_duties_on_imports_from (085), offer_subsidised_sales_to (0331), preparations_for_cut_in_links_with (131),
/// agreement_on_matter_between (057). After: 27 of 65, 0.415 (root only 3, other root 9, no event 26; relaxed root
/// F1 0.500, root and actors 0.278; no-event lines 9 of 88, 0.102), measured 2026-12-06; the blind wire blocks' sum
/// root F1 0.476 before, 0.477 after (root and actors 0.314 before, 0.315 after; matched 2207 before, 2214 after;
/// predicted 4212 before, 4222 after). Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r64-z52.txt (/work/notes/r64-z52-constructions.txt).
/// round 64 wire z53: a blind random wire sample (helper z53), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64005 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held 0; line 92 dropped, an earlier block holding it in another case or spacing): 124 sentences, 55 rows in 38
/// event sentences, 86 `#-` lines, annotated before sitrep coded any of them. Before rows: 17 of 55, 0.309 (root only
/// 8, other root 11, no event 19; relaxed root F1 0.424, root and actors 0.222; no-event lines 10 of 86, 0.116).
/// Rows: lexicon/en/verbs.tsv be_in_dispute_with (110), withdraw_offers_of_goods_to (1621). After: 18 of 55, 0.327
/// (root only 8, other root 11, no event 18; relaxed root F1 0.440, root and actors 0.240; no-event lines 10 of 86,
/// 0.116), measured 2026-12-06; the blind wire blocks' sum root F1 0.476 before, 0.476 after (root and actors 0.314
/// before, 0.315 after; matched 2235 before, 2236 after; predicted 4266 before, 4267 after). Floor 0.05 below,
/// ceiling 0.05 above. Misses and constructions: tests/gold/misses/r64-z53.txt
/// (/work/notes/r64-z53-constructions.txt).
/// round 64 wire z54: a blind random wire sample (helper z54), drawn with `scripts/sample-wire-round --parity
/// even --seed 64006 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters and 126-130, all the GLOCON/BBC/
/// Guardian stratum still held; line 130 dropped, an earlier block holding it with a leading "But"): 129 sentences,
/// 66 rows in 44 event sentences, 85 `#-` lines, annotated before sitrep coded any of them. Before rows: 13 of 66,
/// 0.197 (root only 7, other root 11, no event 35; relaxed root F1 0.352, root and actors 0.222; no-event lines 5 of
/// 85, 0.059). Rows: lexicon/en/verbs.tsv talks_among_parties (040), on_heightened_level_of_alert (152). After: 26
/// of 66, 0.394 (root only 7, other root 11, no event 22; relaxed root F1 0.425, root and actors 0.212; no-event
/// lines 5 of 85, 0.059), measured 2026-12-06; the blind wire blocks' sum root F1 0.475 before, 0.476 after (root
/// and actors 0.314 before and after; matched 2233 before, 2238 after; predicted 4264 before, 4269 after). Floor
/// 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r64-z54.txt
/// (/work/notes/r64-z54-constructions.txt).
/// round 64 wire z56: a blind random wire sample (helper z56), drawn with `scripts/sample-wire-round --parity
/// even --seed 64008 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters, 126-129 GLOCON/BBC/Guardian: the
/// second stratum held only 5 sentences, line 130 dropped as held by an earlier block), annotated blind and
/// committed before the first run: 56 rows in 36 event sentences, 93 `#-` lines. Before the rows: exact 27/56
/// (0.482), relaxed root F1 0.418, root and actors F1 0.309, false events 14/93 (0.151). Rows of 2026-12-06
/// (lexicon/en/verbs.tsv: lead_opposition_to 110, deal_blows_on 190, put_under_pressure_to 020): exact 32/56
/// (0.571), root F1 0.474, root and actors F1 0.316, false events 14/93 (0.151). Floor 0.05 below, ceiling 0.05
/// above. Misses and constructions: tests/gold/misses/r64-z56.txt (/work/notes/r64-z56-constructions.txt).
/// round 64 wire z55: a blind random wire sample (helper z55), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64007 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence; line 65 dropped, an earlier block holding it): 124 sentences, 54 rows in 38 event sentences,
/// 86 `#-` lines, annotated before sitrep coded any of them. Before rows: 14 of 54, 0.259 (root only 1, other root
/// 15, no event 24; relaxed root F1 0.253, root and actors 0.207; no-event lines 9 of 86, 0.105). Rows:
/// lexicon/en/verbs.tsv run_out_of_patience_with (111), propose_setting_up_body (0311), introduce_tariff_cut (061).
/// After: 17 of 54, 0.315 (root only 1, other root 15, no event 21; relaxed root F1 0.311, root and actors 0.244; no-event
/// lines 9 of 86, 0.105), measured 2026-12-06; the blind wire blocks' sum root F1 0.474 before and after (root and actors 0.312 before, 0.313 after; matched 2271 before,
/// 2274 after; predicted 4347 before, 4350 after). Floor 0.05 below, ceiling 0.05
/// above. Misses and constructions: tests/gold/misses/r64-z55.txt (/work/notes/r64-z55-constructions.txt).
/// round 64 wire z58: a blind random wire sample (helper z58), drawn with `scripts/sample-wire-round --parity
/// even --seed 64010 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters and 126-130, all the
/// GLOCON/BBC/Guardian stratum still held; lines 29 and 129 dropped, earlier blocks holding them): 128 sentences, 36
/// rows in 29 event sentences, 99 `#-` lines, annotated before sitrep coded any of them. Before rows: 3 of 36, 0.083
/// (root only 1, other root 12, no event 20; relaxed root F1 0.131, root and actors 0.098; no-event lines 12 of 99,
/// 0.121). Rows: lexicon/en/verbs.tsv divert_exports_away_from (163). After: 4 of 36, 0.111 (root only 1, other root 12, no event 19;
/// relaxed root F1 0.161, root and actors 0.129; no-event lines 12 of 99, 0.121), measured 2026-12-06; the
/// blind wire blocks' sum root F1 0.472 before and 0.473 after (root and actors 0.312
/// before and after; matched 2306 before, 2307 after; predicted 4433 before, 4434 after).
/// Floor 0.05 below, ceiling 0.05 above. Misses and constructions: tests/gold/misses/r64-z58.txt
/// (/work/notes/r64-z58-constructions.txt).
/// round 64 wire z57: a blind random wire sample (helper z57), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64009 --skip-blocks-before "round 65"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence; lines 98 and 99 dropped, earlier blocks holding them): 123 sentences, 51 rows in 35 event
/// sentences, 88 `#-` lines, annotated blind and committed before the first run. Before rows: exact 12/51 (0.235;
/// root only 5, other root 6, no event 28; relaxed root F1 0.322, root and actors F1 0.184; false events 14/88,
/// 0.159). Row of 2026-12-06 (lexicon/en/verbs.tsv: complain_of_trade_imbalance 111): exact 13/51 (0.255; no
/// event 27; root F1 0.341, root and actors 0.205), false events 14/88 (0.159); the blind wire blocks' sum root F1 0.473 before and after (matched 2316
/// before, 2317 after; root and actors 0.312). Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r64-z57.txt (/work/notes/r64-z57-constructions.txt).
/// round 65 wire z59: a blind random wire sample (helper z59), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64011 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence; none dropped): 125 sentences, 81 rows in 37 event sentences (30 of them the ordered pairs of
/// one six-nation pledge), 88 `#-` lines, annotated blind and committed before the first run. Before rows: exact
/// 17/81 (0.210; root only 3, other root 7, no event 54; relaxed root F1 0.342, root and actors F1 0.234; false
/// events 4/88, 0.045). Rows of 2026-12-06 (lexicon/en/verbs.tsv: disassociate_from_agreement,
/// dissociate_from_agreement 120): exact 18/81 (0.222; no event 53; root F1 0.357, root and actors 0.232), false
/// events 4/88 (0.045); the blind wire blocks' sum root F1 0.470 before and after (matched 2341 before, 2342 after;
/// root and actors 0.310). Floor 0.05 below, ceiling 0.05 above. Misses and constructions:
/// tests/gold/misses/r65-z59.txt (/work/notes/r65-z59-constructions.txt).
/// round 65 wire z60: a blind random wire sample (helper z60), drawn with `scripts/sample-wire-round --parity
/// even --seed 64012 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters, 126-130 GLOCON/BBC/Guardian: the
/// second stratum held only 5 sentences), 130 drawn, 9 dropped as earlier-block copies, annotated blind before
/// running sitrep: 65 rows in 47 event sentences, 74 `#-` lines. Before rows: exact 18/65 (0.277), relaxed root F1
/// 0.321, root and actors F1 0.196, false events 10/74 (0.135). Rows view_with_concern (110) and
/// damage_in_actor_air_attack (195) in lexicon/en/verbs.tsv: exact 20/65 (0.308), root F1 0.336, root and actors
/// F1 0.230, false events 10/74 (0.135). All blind wire blocks: root F1 0.470 / root and actors 0.310 before and
/// after (matched 2340 -> 2341, 1543 -> 1545). 2026-12-06. Misses the rows cannot mend:
/// tests/gold/misses/r65-z60.txt (/work/notes/r65-z60-constructions.txt).
/// round 65 wire z61: a blind random wire sample (helper z61), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64013 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence), 125 drawn, none dropped, annotated blind before running sitrep: 139 rows in 46 event
/// sentences, 79 `#-` lines. Before rows: exact 17/139 (0.122), relaxed root F1 0.202, root and actors F1 0.135,
/// false events 9/79 (0.114). No lexicon rows (the 22-minute limit left no time for a rebuild after rows): after =
/// before. All blind wire blocks: root F1 0.464 / root and actors 0.306 (matched 2380 / 1570 of gold 5667, predicted
/// 4591). 2026-12-06. Misses: tests/gold/misses/r65-z61.txt (/work/notes/r65-z61-constructions.txt).
/// round 65 wire z62: a blind random wire sample (helper z62), drawn with `scripts/sample-wire-round --parity
/// even --seed 64014 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters, 126-130 GLOCON/BBC/Guardian: the
/// second stratum held only 5 sentences), 130 drawn, 2 dropped as earlier-block copies, annotated blind before
/// running sitrep: 64 rows in 46 event sentences, 82 `#-` lines. Before rows: exact 15/64 (0.234), relaxed root F1
/// 0.333, root and actors F1 0.316, false events 9/82 (0.110). No lexicon rows (22-minute limit: one build took
/// 6 minutes); floor and ceiling from the before figures. All blind wire blocks: root F1 0.467 / root and actors
/// 0.309 (matched 2381 / 1576). 2026-12-06. Misses: tests/gold/misses/r65-z62.txt
/// (/work/notes/r65-z62-constructions.txt).
/// round 65 wire z63: a blind random wire sample (helper z63), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64015 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held 0 sentences), 125 drawn, 1 dropped as an earlier-block copy, annotated blind before running sitrep: 65 rows
/// in 39 event sentences, 85 `#-` lines. Before rows: exact 11/65 (0.169), relaxed root F1 0.216, root and actors
/// F1 0.216, false events 11/85 (0.129). After rows tender_for_goods_of, raise_investment_in,
/// increase_investment_in, appeal_for_actor_investment, noun_meetings_between (en/verbs.tsv) and "International
/// Finance Corporation" as IGOWBK (actors/organisations.tsv): exact 16/65 (0.246), root F1 0.299, root and actors
/// F1 0.299, false events 11/85 (0.129). All blind wire blocks: root F1 0.461 / root and actors 0.305 (matched
/// 2412 / 1598) before, 0.461 / 0.306 (matched 2417 / 1603) after. 2026-12-06. Misses: tests/gold/misses/r65-z63.txt
/// (/work/notes/r65-z63-constructions.txt).
/// round 65 wire z64: a blind random wire sample (helper z64), drawn with `scripts/sample-wire-round --parity
/// even --seed 64016 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held 5 sentences, lines 126-130), 130 drawn, 3 dropped as earlier-block copies, annotated blind before running
/// sitrep: 56 rows in 44 event sentences, 83 `#-` lines. Before rows: exact 15/56 (0.268), relaxed root F1 0.311,
/// root and actors F1 0.233, false events 10/83 (0.120). After rows be_worried_by, ask_for_consultations_with,
/// request_consultations_with, recommend_to, pursue_retreating, chase_retreating, make_trips_to, give_contracts_to,
/// award_contracts_to, provide_amount_towards (en/verbs.tsv): exact 21/56 (0.375), root F1 0.400, root and actors
/// F1 0.327, false events 10/83 (0.120). All blind wire blocks: root F1 0.463 / root and actors 0.307 (matched
/// 2444 / 1623) before, 0.464 / 0.308 (matched 2450 / 1629) after. 2026-12-06. Misses: tests/gold/misses/r65-z64.txt
/// (/work/notes/r65-z64-constructions.txt).
/// round 65 wire z66: a blind random wire sample (helper z66), drawn with `scripts/sample-wire-round --parity
/// even --seed 64018 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters, 126-130 GLOCON/BBC/Guardian: that
/// stratum held 5 sentences), 130 drawn, 9 dropped as held by earlier blocks in another case or spacing, 121 kept:
/// 48 rows in 40 event sentences and 81 `#-` lines, annotated blind before running sitrep. Before the rows: exact
/// 11/48 (0.229), relaxed root F1 0.268, root and actors F1 0.195, 10 of 81 no-event sentences gave an event
/// (0.123). Rows (lexicon/en/verbs.tsv, "round 65 z66"): call_relations_with_strained, describe_relations_with_strained,
/// be_not_happy_with, noun_angry_response_to, come_under_pressure_at_from, grant_licences,
/// announce_sanctions_in_retaliation. After: exact 14/48 (0.292), relaxed root F1 0.349, root and actors F1 0.233,
/// false events 10 of 81 (0.123). All blind wire blocks, relaxed root / root and actors F1: 0.462 / 0.308 (matched
/// 2461 / 1637) before, 0.463 / 0.308 (matched 2465 / 1639) after. 2026-12-06. Misses: tests/gold/misses/r65-z66.txt
/// (/work/notes/r65-z66-constructions.txt).
/// round 65 wire z65: a blind random wire sample (helper z65), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64017 --skip-blocks-before "round 66"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence), annotated blind before running sitrep; sample line 77 dropped (an earlier block holds it). 62
/// rows in 44 event sentences, 80 `#-` lines. Before the rows: exact 14/62 (0.226), relaxed root F1 0.317, root
/// and actors F1 0.139, 10 of 80 no-event lines give an event (0.125). Rows (lexicon/en/verbs.tsv, "round 65 z65"):
/// buy_cargoes_from, purchase_cargoes_from, make_money_pledge_to, plan_to_be_in, want_actor_to_agree,
/// retaliate_by_imposing_on. After: exact 19/62 (0.306), root F1 0.396, root and actors F1 0.208, false events
/// 10/80 (0.125). All blind wire blocks, relaxed root / root and actors F1: 0.462 / 0.307 (matched 2466 / 1636)
/// before, 0.463 / 0.307 (matched 2470 / 1639) after. 2026-12-06. Misses: tests/gold/misses/r65-z65.txt
/// (/work/notes/r65-z65-constructions.txt).
/// round 66 wire z67: a blind random wire sample (helper z67), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64019 --skip-blocks-before "round 67"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence, "candidates: reuters 738, other 0"), 125 drawn, none dropped (no earlier block holds one in
/// another case or spacing): 64 rows in 48 event sentences and 77 `#-` lines, annotated blind before running
/// sitrep. Before the rows: exact 19/64 (0.297), relaxed root F1 0.336, root and actors F1 0.187, 5 of 77
/// no-event sentences gave an event (0.065). Rows (lexicon/en/verbs.tsv, "round 66 z67"): agree_on_reforms_together,
/// agree_with_on_reforms, sign_loans_from, preside_over_meeting_of, arrange_meetings_with, feel_cheated_by,
/// extend_exploration_agreement_with, bar_from_lending, put_ceiling_on_debt_payments,
/// place_ceiling_on_debt_payments, stop_approving_contracts_to, maintain_trade_cover_for, extend_trade_cover_to,
/// buy_cargoes_of, purchase_cargoes_of, noun_plan_to_invoke_sanctions, be_concerned_actor_might,
/// appeal_agency_approval, offer_proposal, pressure_firms, noun_insistence_that, welcomed_by_passive,
/// battle_market_forces (no event). After: exact 39/64 (0.609), relaxed root F1 0.579, root and actors F1 0.298,
/// false events 5 of 77 (0.065). All blind wire blocks, relaxed root / root and actors F1: 0.461 / 0.305 (matched
/// 2503 / 1659) before, 0.464 / 0.307 (matched 2522 / 1668) after. 2026-12-06. Misses: tests/gold/misses/r66-z67.txt
/// (/work/notes/r66-z67-constructions.txt).
/// round 66 wire z68: a blind random wire sample (helper z68), drawn with `scripts/sample-wire-round --parity
/// even --seed 64020 --skip-blocks-before "round 67"` (sample lines 1-125 Reuters, 126-130 GLOCON/BBC/Guardian),
/// annotated blind before running sitrep; sample lines 37, 62, 68, 100, 129 and 130 dropped (earlier blocks hold
/// them). 72 rows in 46 event sentences, 78 `#-` lines. Before the rows: exact 23/72 (0.319), relaxed root F1
/// 0.396, root and actors F1 0.170, 5 of 78 no-event lines give an event (0.064). Rows (lexicon/en/verbs.tsv,
/// "round 66 z68"): appeal_for_any, remain_committed_to, order_ruling_party_to, appeal_for_open_markets, and the
/// no-event rows attack_economic_problem, accept_price_offers, tell_congress_of. After: exact 25/72 (0.347), root
/// F1 0.438, root and actors F1 0.190, false events 2/78 (0.026). All blind wire blocks, relaxed root / root and
/// actors F1: 0.461 / 0.305 (matched 2506 / 1658) before, 0.462 / 0.306 (matched 2510 / 1660) after. 2026-12-06.
/// Misses: tests/gold/misses/r66-z68.txt.
/// round 66 wire z70: a blind random wire sample (helper z70), drawn with `scripts/sample-wire-round --parity
/// even --seed 64022 --skip-blocks-before "round 67"` (sample lines 1-125 Reuters, 126-129 GLOCON/BBC/Guardian),
/// annotated blind before running sitrep; sample lines 57, 81, 91, 93, 99, 119, 128 and 129 dropped (earlier
/// blocks hold them). 54 rows in 38 event sentences, 83 `#-` lines. Before the rows: exact 16/54 (0.296), relaxed
/// root F1 0.375, root and actors F1 0.292, 12 of 83 no-event lines give an event (0.145). Rows
/// (lexicon/en/verbs.tsv, "round 66 z70"): reach_agreement_joint_venture, ship_as_food_aid, request_consultations,
/// warn_to_avoid_military_action, sympathise_with_actions, sympathize_with_actions, stick_to_accord,
/// raise_hackles_in, use_as_threat, ask_to_help_by_supplying. After: exact 27/54 (0.500), root F1 0.529, root and
/// actors F1 0.373, false events 12/83 (0.145). All blind wire blocks, relaxed root / root and actors F1: 0.464 /
/// 0.306 (matched 2566 / 1693) before, 0.465 / 0.307 (matched 2575 / 1698) after. 2026-12-06.
/// Misses: tests/gold/misses/r66-z70.txt.
/// round 66 wire z69: a blind random wire sample (helper z69), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64021 --skip-blocks-before "round 67"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence, "candidates: reuters 610, other 0"), 125 drawn, annotated blind before running sitrep; sample
/// lines 73, 92 and 111 dropped (earlier blocks hold them in another case, spacing or dateline). 90 rows in 55
/// event sentences, 67 `#-` lines. Before the rows: exact 19/90 (0.211), relaxed root F1 0.256, root and actors F1
/// 0.180, 9 of 67 no-event lines give an event (0.134). Rows (lexicon/en/verbs.tsv, "round 66 z69"):
/// agree_new_proposals_together, baulk_at_offer, balk_at_offer, seek_permission_from, noun_urgings_for,
/// be_in_contact_with, suspend_complaint, withdraw_complaint, present_draft_treaty, take_delivery_of, like_to_see,
/// impose_duties_any, and the no-event rows telephone_industry_noun, eliminate_financial_item; lexicon/actors/
/// capitals.tsv: capital:us_federal_reserve_board ("the U.S. Federal Reserve Board"). After: exact 28/90 (0.311),
/// root F1 0.380, root and actors F1 0.225, false events 8/67 (0.119). All blind wire blocks, relaxed root / root
/// and actors F1: 0.462 / 0.305 (matched 2565 / 1691) before, 0.465 / 0.305 (matched 2581 / 1696) after.
/// 2026-12-06. Misses: tests/gold/misses/r66-z69.txt.
/// round 66 wire z71: a blind random wire sample (helper z71), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64023 --skip-blocks-before "round 67"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence), annotated blind before running sitrep; sample lines 1, 6, 21, 25 and 61 dropped (earlier
/// blocks hold them). 65 rows in 40 event sentences, 80 `#-` lines. Before the rows: exact 17/65 (0.262), relaxed
/// root F1 0.351, root and actors F1 0.227, 7 of 80 no-event lines give an event (0.087). Rows
/// (lexicon/en/verbs.tsv, "round 66 z71"): propose_meeting_of_leaders_with, point_to_dangers, baulk_at_offer,
/// balk_at_offer, baulk_at, gain_strip_of_territory, apply_to_for_extension, raise_tariffs_on_amount,
/// put_up_money_for, reaffirm_commitment_currency_stability, tell_counted_audience, eliminate_bank_reserve. After:
/// exact 25/65 (0.385), root F1 0.481, root and actors F1 0.346, false events 6/80 (0.075). All blind wire blocks,
/// relaxed root / root and actors F1: 0.467 / 0.307 (matched 2616 / 1720) before, 0.468 / 0.308 (matched 2624 /
/// 1727) after. 2026-12-06. Misses: tests/gold/misses/r66-z71.txt.
/// round 66 wire z72: a blind random wire sample (helper z72), drawn with `scripts/sample-wire-round --parity
/// even --seed 64024 --skip-blocks-before "round 67"` (sample lines 1-125 Reuters, 126-129 GLOCON/BBC/Guardian:
/// "candidates: reuters 422, other 19"), 129 drawn, annotated blind before running sitrep; sample lines 3, 13, 56,
/// 63, 75, 94, 128 and 129 dropped (earlier blocks hold them in another case, spacing or wording of one word). 57
/// rows in 38 event sentences, 83 `#-` lines. Before the rows: exact 15/57 (0.263), relaxed root F1 0.323, root and
/// actors F1 0.194, 10 of 83 no-event lines give an event (0.120). Rows (lexicon/en/verbs.tsv, "round 66 z72"):
/// meet_obligations_to, buy_commodity_in, purchase_commodity_in, import_quantity_of_actor_goods, noun_criticism_that,
/// noun_talks_adverb_between, noun_trade_talks_between, deny_premise, and the no-event rows subsidiary_called,
/// reject_tender_bids. After: exact 24/57 (0.421), root F1 0.454, root and actors F1 0.309, false events 7/83
/// (0.084). All blind wire blocks, relaxed root / root and actors F1: 0.466 / 0.307 (matched 2614 / 1718) before,
/// 0.468 / 0.308 (matched 2622 / 1725) after. 2026-12-06. Misses: tests/gold/misses/r66-z72.txt
/// (tests/gold/misses/r66-z72.txt).
/// round 67 wire z73: a blind random wire sample (helper z73), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64025 --skip-blocks-before "round 68"` (sample lines 1-125 Reuters; the other stratum held no
/// sentence: "candidates: reuters 396, other 0"), 125 drawn, annotated blind before running sitrep; sample line 82
/// dropped (an earlier block holds it inside a longer line). 89 rows in 49 event sentences, 75 `#-` lines. Before
/// the rows: exact 25/89 (0.281), relaxed root F1 0.364, root and actors F1 0.197, 7 of 75 no-event lines give an
/// event (0.093). Rows (lexicon/en/verbs.tsv, "round 67 z73"): noun_rhetoric_against_z73,
/// advise_to_take_up_talks_z73, abandon_imf_programme_z73, noun_offer_to_sell_z73,
/// noun_purchases_of_actor_goods_z73, emplace_missiles_z73, suspend_licences_z73, noun_concern_was_that_z73,
/// noun_frustration_over_z73, be_angered_by_policy_z73, negotiate_freeze_with_z73, lift_them_once_z73,
/// be_lifted_once_z73, the no-event row condition_calls_for_z73, and lexicon/en/evaluations.tsv eval_entitled_z73.
/// After: exact 41/89 (0.461), root F1 0.524, root and actors F1 0.317, false events 6/75 (0.080). All blind wire
/// blocks, relaxed root / root and actors F1: 0.467 / 0.306 (matched 2706 / 1773) before, 0.469 / 0.307 (matched
/// 2725 / 1785) after. 2026-12-07. Misses: tests/gold/misses/r67-z73.txt.
/// round 67 wire z74: a blind random wire sample (helper z74), drawn with `scripts/sample-wire-round --parity
/// even --seed 64026 --skip-blocks-before "round 68"` (sample lines 1-125 Reuters, 126-129 GLOCON/BBC/Guardian:
/// "candidates: reuters 301, other 17"), 129 drawn, annotated blind before running sitrep; sample lines 40, 46, 59,
/// 83, 89, 95, 98, 114, 128 and 129 dropped (earlier blocks hold them in another case, comma or wording of one or two
/// words, with a leading dateline, "But" or clause, or with an inserted clause). 65 rows in 48 event sentences, 71
/// `#-` lines. Before the rows: exact 17/65 (0.262), relaxed root F1 0.396, root and actors F1 0.178, 5 of 71
/// no-event lines give an event (0.070). Rows (lexicon/en/verbs.tsv, "round 67 z74"): take_part_in_meeting_z74session,
/// charter_vessels_from_z74charter, work_with_on_weapons_z74missile, hold_on_suspicion_z74suspicion, and the no-event
/// rows reject_bids_for_commodity_z74bids, poll_gave_support_of_pct_z74poll. After: exact 22/65 (0.338), root F1
/// 0.451, root and actors F1 0.216, false events 3/71 (0.042). All blind wire blocks, relaxed root / root and actors
/// F1: 0.467 / 0.306 (matched 2702 / 1769, predicted 5131) before, 0.468 / 0.306 (matched 2705 / 1771, predicted
/// 5132) after. 2026-12-07. Misses: tests/gold/misses/r67-z74.txt.
/// round 67 wire z76: a blind random wire sample (helper z76), drawn with `scripts/sample-wire-round --parity
/// even --seed 64028 --skip-blocks-before "round 68"` (sample lines 1-125 Reuters, 126-129 GLOCON/BBC/Guardian:
/// "candidates: reuters 182, other 15"), 129 drawn, annotated blind before running sitrep; sample lines 10, 16, 19,
/// 20, 22, 45, 58, 61, 62, 71, 77, 79, 85, 88, 89, 93, 104, 128 and 129 dropped (earlier blocks hold them exactly,
/// in another case or wording of a word or two, with a leading dateline, "But" or "Here's what we know so far:", or
/// inside a two-sentence line). 68 rows in 47 event sentences, 63 `#-` lines. Before the rows: exact 10/68 (0.147),
/// relaxed root F1 0.234, root and actors F1 0.149, 6 of 63 no-event lines give an event (0.095). Rows
/// (lexicon/en/verbs.tsv, "round 67 z76"): give_order_to_z76order, sign_order_with_z76order,
/// block_military_aid_to_z76block, win_applause_from_z76applause, earn_praise_from_z76applause,
/// be_disappointed_at_threats_from_z76dis, noun_swap_lines_with_z76swap, noun_aid_package_to_z76package,
/// noun_bills_against_z76bills, bills_proposed_against_z76bills, criticism_voiced_by_z76voiced,
/// renew_contract_with_z76renew. After: exact 17/68 (0.250), root F1 0.343, root and actors F1 0.222, false events
/// 6/63 (0.095). All blind wire blocks, relaxed root / root and actors F1: 0.467 / 0.305 (matched 2760 / 1803,
/// predicted 5230) before, 0.468 / 0.306 (matched 2767 / 1807, predicted 5236) after. 2026-12-07. Misses:
/// tests/gold/misses/r67-z76.txt.
/// round 67 wire z75: a blind random wire sample (helper z75), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64027 --skip-blocks-before "round 68"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence, "candidates: reuters 269, other 0"), 125 drawn, annotated blind before running sitrep; sample
/// lines 12, 32, 40, 51, 93, 95, 100, 111 and 113 dropped (earlier blocks hold them in another case or wording of one
/// to four words, with a leading dateline, or inside a longer line or version). 53 rows in 30 event sentences, 86 `#-`
/// lines. Before the rows: exact 23/53 (0.434), relaxed root F1 0.517, root and actors F1 0.202, 5 of 86 no-event
/// lines give an event (0.058). Rows (lexicon/en/verbs.tsv, "round 67 z75"): hold_strike_z75, seem_willing_to_talk_z75,
/// appear_willing_to_talk_z75, be_willing_to_talk_to_z75, give_support_in_principle_z75, urge_refer_dispute_court_z75,
/// urge_submit_dispute_court_z75, offer_wage_rise_z75, offer_compensation_for_exports_z75 (a row borrow_from, 0231,
/// tried and dropped: earlier blocks code borrowing from a lender 071 or no event). After: exact 29/53 (0.547), root
/// F1 0.596, root and actors F1 0.277, false events 5/86 (0.058). All blind wire blocks, relaxed root / root and
/// actors F1: 0.469 / 0.306 (matched 2772 / 1805, predicted 5240) before, 0.470 / 0.306 (matched 2777 / 1809,
/// predicted 5245) after. 2026-12-07. Misses: tests/gold/misses/r67-z75.txt.
/// round 67 wire z77: a blind random wire sample (helper z77), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64029 --skip-blocks-before "round 68"` (sample lines 1-125 Reuters; the GLOCON/BBC/Guardian stratum
/// held no sentence, "candidates: reuters 152, other 0"), 125 drawn, annotated blind before running sitrep; sample
/// lines 12, 19, 26, 31, 34, 35, 42, 43, 68, 78, 86, 94, 104, 105, 115 and 119 dropped (earlier blocks hold them in
/// another case or wording of one to three words, with a leading dateline, or inside a longer line or version). 50
/// rows in 37 event sentences, 72 `#-` lines. Before the rows: exact 17/50 (0.340), relaxed root F1 0.444, root and
/// actors F1 0.247, 3 of 72 no-event lines give an event (0.042). Rows (lexicon/en/verbs.tsv, "round 67 z77"):
/// voice_concern_over_z77, agree_loan_z77, provide_earnings_to_z77, noun_debt_talks_between_z77, noun_tour_of_z77,
/// refuse_cast_votes_z77; lexicon/en/cues.tsv: "arranged to" as intention and commitment (rows noun_pleas_for and a
/// second declare_ineligible tried and dropped: the first never fired, the second doubled an existing row; "debt"
/// left out of noun_debt_talks_between_z77, as the golden snapshot codes "Debt talks between" 040). After: exact
/// 26/50 (0.520), root F1 0.565, root and actors F1 0.329, false events 3/72 (0.042). All blind wire blocks, relaxed
/// root / root and actors F1: 0.470 / 0.306 (matched 2814 / 1831, predicted 5278) before, 0.471 / 0.307 (matched
/// 2823 / 1838, predicted 5287) after. 2026-12-07. Misses: tests/gold/misses/r67-z77.txt.
/// round 67 wire z78: a blind random wire sample (helper z78), drawn with `scripts/sample-wire-round --parity
/// even --seed 64030 --skip-blocks-before "round 68"` (the draw held only 77 lines, "candidates: reuters 74, other
/// 13": sample lines 1-73 Reuters, 74-77 GLOCON/BBC/Guardian), annotated blind before running sitrep; sample lines 1,
/// 5, 9, 11, 14, 21, 23, 24, 26, 27, 28, 30, 31, 37, 38, 46, 50, 52, 53, 54, 56, 61, 66, 67, 75 and 77 dropped
/// (earlier blocks hold them exactly, in another case, hyphen or dash, with a word or two changed, with a trailing
/// attribution, an inserted clause, a leading dateline, "But" or "Here's what we know so far:"). 42 rows in 24 event
/// sentences, 27 `#-` lines. Before the rows: exact 10/42 (0.238), relaxed root F1 0.419, root and actors F1 0.355,
/// 2 of 27 no-event lines give an event (0.074). Rows (lexicon/en/verbs.tsv, "round 67 z78"):
/// be_prepared_to_repel_aggressor_z78, switch_purchases_z78, shift_purchases_z78 (doubt_that_z78, 012, and
/// noun_allegations_no_that_z78, 112, tried and dropped: six and one new false events in earlier blocks). After:
/// exact 12/42 (0.286), root F1 0.469, root and actors F1 0.406, false events 2/27 (0.074). All blind wire blocks,
/// relaxed root / root and actors F1: 0.470 / 0.307 (matched 2809 / 1832, predicted 5267) before, 0.471 / 0.307
/// (matched 2812 / 1835, predicted 5269) after. 2026-12-07. Misses: tests/gold/misses/r67-z78.txt.
/// round 68 wire z79: a blind random wire sample (helper z79), drawn with `scripts/sample-wire-round --parity odd
/// --seed 64031 --skip-blocks-before "round 69" --with-masakhane --shard 0/2` ("candidates: reuters 21, other 303":
/// sample lines 1-21 Reuters, 22-125 masakhanews-eng-*), annotated blind before running sitrep; sample lines 3, 5, 6,
/// 7, 13, 14, 15, 18 and 115 dropped (earlier blocks hold them in another wording, with a leading dateline or
/// "Senior U.S.", a trailing "he added", a shorter list or a longer version). 53 rows in 40 event sentences, 76 `#-`
/// lines. Before the rows: exact 7/53 (0.132), relaxed root F1 0.333, root and actors F1 0.205, 4 of 76 no-event
/// lines give an event (0.053). Rows (lexicon/en/verbs.tsv, "round 68 z79"): refuse_all_comment_z79,
/// decline_all_comment_z79, warn_of_risk_z79, accuse_of_being_trait_z79, reject_pay_offer_z79,
/// accept_pay_offer_z79, look_forward_to_working_with_z79, noun_deal_struck_with_z79, halt_sales_in_z79,
/// stop_sales_in_z79, suspend_sales_in_z79; lexicon/actors/companies.tsv: company:chn_dji (CHNBUS);
/// lexicon/actors/capitals.tsv: "Welsh Labour government" as a name of capital:welsh_government. After: exact 17/53
/// (0.321), root F1 0.471, root and actors F1 0.282, false events 4/76 (0.053). All blind wire blocks, relaxed root /
/// root and actors F1: 0.472 / 0.308 (matched 2858 / 1865, predicted 5332) before, 0.473 / 0.308 (matched 2865 /
/// 1869, predicted 5340) after. 2026-12-07. Misses: tests/gold/misses/r68-z79.txt.
/// round 68 wire z80: a blind random wire sample (helper z80), drawn with `scripts/sample-wire-round --parity
/// even --seed 64032 --skip-blocks-before "round 69" --with-masakhane --shard 0/2` ("candidates: reuters 12, other
/// 369"; 137 drawn: sample lines 1-12 Reuters, 13-137 GLOCON/BBC/Guardian and masakhanews-eng), sample lines 1-125
/// taken and annotated blind before running sitrep; sample lines 1-12 (all the Reuters lines) dropped (earlier
/// blocks hold them in another wording of a word or two, with an inserted clause, a leading dateline or inside a
/// longer line). 48 rows in 30 event sentences, 83 `#-` lines (sport, health and business sentences kept). Before
/// the rows: exact 13/48 (0.271), relaxed root F1 0.257, root and actors F1 0.086, 5 of 83 no-event lines give an
/// event (0.060). Rows (lexicon/en/verbs.tsv, "round 68 z80"): offer_place_to_people_z80, drop_restrictions_any_z80,
/// enforce_testing_on_from_z80, impose_testing_on_from_z80, introduce_testing_on_from_z80, back_walkouts_z80,
/// back_strike_action_z80, not_immediately_respond_comment_z80, clip_wings_air_power_z80,
/// cut_dependence_on_for_energy_z80, end_dependence_on_for_energy_z80, reduce_dependence_on_for_energy_z80. After:
/// exact 28/48 (0.583), root F1 0.475, root and actors F1 0.275, false events 5/83 (0.060). All blind wire blocks,
/// relaxed root / root and actors F1: 0.471 / 0.307 (matched 2854 / 1860, predicted 5329) before, 0.473 / 0.308
/// (matched 2864 / 1868, predicted 5339) after. 2026-12-07. Misses: tests/gold/misses/r68-z80.txt.
/// round 68 wire z81: a blind random wire sample (helper z81), drawn with `scripts/sample-wire-round --parity odd
/// --seed 64033 --skip-blocks-before "round 69" --with-masakhane --shard 1/2` ("candidates: reuters 19, other 271":
/// sample lines 1-19 Reuters, 20-125 masakhanews-eng-*), annotated blind before running sitrep; sample lines 2, 4, 6,
/// 10, 12, 13, 14 and 16 dropped (earlier blocks hold them in another wording of a word or two or inside a longer
/// line). 48 rows in 32 event sentences, 85 `#-` lines (sport, health, culture and business sentences kept). Before
/// the rows: exact 14/48 (0.292), relaxed root F1 0.386, root and actors F1 0.227, 10 of 85 no-event lines give an
/// event (0.118). Rows (lexicon/en/verbs.tsv, "round 68 z81"): have_conversations_about_with_z81,
/// hold_conversations_with_z81, noun_displeasure_with_z81, snub_bid_z81, rebuff_bid_z81, overrule_z81,
/// stress_importance_of_relationship_z81, underline_importance_of_relationship_z81,
/// stress_importance_placed_on_relationship_z81; lexicon/en/cues.tsv: intention "prepare to", "prepares to". After:
/// exact 19/48 (0.396), root F1 0.462, root and actors F1 0.286, false events 10/85 (0.118). All blind wire blocks,
/// relaxed root / root and actors F1: 0.472 / 0.308 (matched 2901 / 1890, predicted 5412) before, 0.473 / 0.308
/// (matched 2905 / 1893, predicted 5415) after. 2026-12-07. Misses: tests/gold/misses/r68-z81.txt.
/// round 68 wire z82: a blind random wire sample (helper z82), drawn with `scripts/sample-wire-round --parity
/// even --seed 64034 --skip-blocks-before "round 69" --with-masakhane --shard 1/2` ("candidates: reuters 3, other
/// 243"; 128 drawn: sample lines 1-3 Reuters, 4-128 masakhanews-eng), sample lines 1-125 taken and annotated blind
/// before running sitrep; sample lines 1-3 (all the Reuters lines) dropped (earlier blocks hold them with an
/// inserted "today", a trailing "the USDA said" or a leading "FRANKFURT -"). 40 rows in 30 event sentences, 92 `#-`
/// lines (sport, health, business and culture sentences kept). Before the rows: exact 9/40 (0.225), relaxed root F1
/// 0.246, root and actors F1 0.154, 9 of 92 no-event lines give an event (0.098). Rows (lexicon/en/verbs.tsv,
/// "round 68 z82"): take_temporary_control_of_z82, send_doses_to_z82, ship_doses_to_z82, deliver_doses_to_z82,
/// argue_for_ties_with_z82, push_for_ties_with_z82, plan_strikes_z82, union_will_strike_z82, staff_striking_z82,
/// strike_after_ballot_z82, concerns_raised_that_z82, warn_pressures_continue_z82; lexicon/en/agents.tsv LAB
/// "ambulance staff", "signalling staff", "rail staff". After: exact 20/40 (0.500), root F1 0.500, root and actors
/// F1 0.263, false events 9/92 (0.098). All blind wire blocks, relaxed root / root and actors F1: 0.471 / 0.307
/// (matched 2892 / 1885, predicted 5397) before, 0.473 / 0.308 (matched 2903 / 1890, predicted 5408) after.
/// 2026-12-07. Misses: tests/gold/misses/r68-z82.txt.
/// round 68 wire z84: a blind random wire sample (helper z84), drawn with `scripts/sample-wire-round --parity
/// even --seed 64036 --skip-blocks-before "round 69" --with-masakhane` ("candidates: reuters 15, other 377"; 140
/// drawn: sample lines 1-15 Reuters, 16-140 the other stratum), sample lines 1-125 taken and annotated blind before
/// running sitrep; sample lines 1-15 (all the Reuters lines) and 119 (bbc-politics-184) dropped (earlier blocks hold
/// them in another wording or inside a longer line). 109 kept: 37 rows in 29 event sentences, 80 `#-` lines (sport,
/// health, business, culture and statistics sentences kept). Before the rows: exact 10/37 (0.270), relaxed root F1
/// 0.435, root and actors F1 0.232, 12 of 80 no-event lines give an event (0.150). Rows (lexicon/en/verbs.tsv,
/// "round 68 z84"): boycott_commodities_z84, pause_protests_z84, noun_provision_of_weapons_z84,
/// call_for_elimination_of_z84; lexicon/en/evaluations.tsv insulting_z84. After: exact 14/37 (0.378), root F1
/// 0.507, root and actors F1 0.282, false events 12/80 (0.150). All blind wire blocks, relaxed root / root and
/// actors F1: 0.473 / 0.308 (matched 2939 / 1913, predicted 5482) before, 0.473 / 0.308 (matched 2942 / 1915,
/// predicted 5485) after. 2026-12-07. Misses: tests/gold/misses/r68-z84.txt.
/// round 68 wire z83: a blind random wire sample (helper z83), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64035 --skip-blocks-before "round 69" --with-masakhane` ("candidates: reuters 16, other 365"; 141
/// drawn: sample lines 1-16 Reuters, 17-141 masakhanews-eng), sample lines 1-125 taken and annotated blind before
/// running sitrep; sample lines 1-16 (all the Reuters lines) and 73, 75, 83, 86 dropped (earlier blocks hold them in
/// another wording or inside a longer line). 105 kept: 33 rows in 28 event sentences, 77 `#-` lines (sport,
/// health, business, market and culture sentences kept). Before the rows: exact 5/33 (0.152), relaxed root F1
/// 0.196, root and actors F1 0.078, 6 of 77 no-event lines give an event (0.078). Rows (lexicon/en/verbs.tsv,
/// "round 68 z83"): mock_event_z83, question_what_z83, see_gloomy_prospects_z83, wear_to_mark_z83,
/// throw_insults_at_z83, ban_apps_z83, ban_country_apps_z83, weapons_supplied_by_z83, weapons_provided_by_z83,
/// weapons_delivered_by_z83 (a deny_supplying_z83 row was dropped: "denied sending troops" codes the denied act,
/// golden negation_and_denial). After: exact 13/33 (0.394), root F1 0.414, root and actors F1 0.103, false events
/// 6/77 (0.078). All blind wire blocks, relaxed root / root and actors F1: 0.472 / 0.307 (matched 2929 / 1907,
/// predicted 5468) before, 0.473 / 0.307 (matched 2937 / 1908, predicted 5477) after.
/// 2026-12-07. Misses: tests/gold/misses/r68-z83.txt.
/// round 68 wire z86: a blind random wire sample (helper z86), drawn with `scripts/sample-wire-round --parity
/// even --seed 64038 --skip-blocks-before "round 69" --with-masakhane` ("candidates: reuters 15, other 267"; 140
/// drawn: sample lines 1-15 Reuters, 16-140 the other stratum), sample lines 1-110 taken and annotated blind before
/// running sitrep; sample lines 1-15 (all the Reuters lines) and 75, 97, 102, 106 dropped (earlier blocks hold them
/// in another wording or inside a longer line). 91 kept: 48 rows in 32 event sentences, 59 `#-` lines (sport,
/// health, business, culture and statistics sentences kept). Before the rows: exact 14/48 (0.292), relaxed root F1
/// 0.357, root and actors F1 0.214, 11 of 59 no-event lines give an event (0.186). Rows (lexicon/en/verbs.tsv,
/// "round 68 z86"): arrange_silence_z86, hold_silence_z86, seek_actor_consent_z86, seek_consent_of_z86,
/// work_in_partnership_with_z86; lexicon/en/evaluations.tsv pretext_z86 (a lacking_z86 evaluation was dropped: its
/// example gives nothing). After: exact 17/48 (0.354), root F1 0.414, root and actors F1 0.253, false events 11/59
/// (0.186). All blind wire blocks, relaxed root / root and actors F1: 0.472 / 0.306 (matched 2970 / 1927, predicted
/// 5548) before, 0.472 / 0.306 (matched 2973 / 1929, predicted 5551) after. 2026-12-07. Misses:
/// tests/gold/misses/r68-z86.txt.
/// round 68 wire z85: a blind random wire sample (helper z85), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64037 --skip-blocks-before "round 69" --with-masakhane` ("candidates: reuters 16, other 260"; 141
/// drawn: sample lines 1-16 Reuters, 17-141 masakhanews-eng), sample lines 1-110 taken and annotated blind before
/// running sitrep; sample lines 1-16 (all the Reuters lines) and 17, 40, 49 dropped (earlier blocks hold them in
/// another wording or inside a longer line). 91 kept: 47 rows in 26 event sentences, 65 `#-` lines (sport,
/// health, business, market and culture sentences kept). Before the rows: exact 13/47 (0.277), relaxed root F1
/// 0.376, root and actors F1 0.212, 8 of 65 no-event lines give an event (0.123). Rows (lexicon/en/verbs.tsv,
/// "round 68 z85"): shut_down_operations_in_z85, close_business_in_z85, wind_down_business_in_z85,
/// describe_as_insult_z85, face_accusations_from_z85, face_accusations_any_z85. After: exact 19/47 (0.404), root
/// F1 0.467, root and actors F1 0.244, false events 8/65 (0.123). All blind wire blocks, relaxed root / root and
/// actors F1: 0.472 / 0.306 (matched 2971 / 1927, predicted 5550) before, 0.473 / 0.306 (matched 2976 / 1929,
/// predicted 5555) after. 2026-12-07. Misses: tests/gold/misses/r68-z85.txt.
/// round 69 wire z87: a blind random wire sample (helper z87), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64039 --skip-blocks-before "round 70" --with-masakhane` ("candidates: reuters 16, other 169"; 141
/// drawn: sample lines 1-16 Reuters, 17-141 masakhanews-eng), sample lines 1-110 taken and annotated blind before
/// running sitrep; sample lines 1-16 (all the Reuters lines) and 31, 69, 86, 102 dropped (earlier blocks hold them
/// in another wording or inside a longer line). 90 kept: 35 rows in 25 event sentences, 65 `#-` lines (sport,
/// health, business, market and culture sentences kept). Two blind rows were moved to the file's "[call] for" =
/// demand convention after the blind commit (0242 -> 1042, 0232 -> 1032); before the rows, on the blind rows:
/// exact 9/35 (0.257), relaxed root F1 0.346, root and actors F1 0.192; on the corrected rows: exact 9/35, root
/// F1 0.423, root and actors F1 0.192; 4 of 65 no-event lines give an event (0.062). Rows (lexicon/en/verbs.tsv,
/// "round 69 z87"): close_down_internet_z87, close_internet_services_z87, block_social_media_z87,
/// make_mockery_of_z87, fix_mistakes_made_by_z87, correct_mistakes_made_by_z87, use_drones_to_hit_z87,
/// begin_wind_down_of_business_z87, start_wind_down_of_business_z87, call_for_transparency_z87,
/// call_for_help_close_sky_z87. After: exact 15/35 (0.429), root F1 0.536, root and actors F1 0.286, false events
/// 4/65 (0.062). All blind wire blocks, relaxed root / root and actors F1: 0.472 / 0.306 (matched 3005 / 1945,
/// predicted 5611; 3003 on the blind rows) before, 0.473 / 0.306 (matched 3009 / 1948, predicted 5615) after.
/// 2026-12-07. Misses:
/// tests/gold/misses/r69-z87.txt.
/// round 69 wire z88: a blind random wire sample (helper z88), drawn with `scripts/sample-wire-round --parity
/// even --seed 64040 --skip-blocks-before "round 70" --with-masakhane` ("candidates: reuters 15, other 176"; 140
/// drawn: sample lines 1-15 Reuters, 16-140 masakhanews-eng with two Guardian and one BBC line), sample lines
/// 1-110 taken and annotated blind before running sitrep; sample lines 1-15 (all the Reuters lines) and 20, 84, 87
/// dropped (earlier blocks hold them in another wording or inside a longer line). 92 kept: 27 rows in 26 event
/// sentences, 66 `#-` lines (sport, health, business, culture and statistics sentences kept). Before the rows:
/// exact 8/27 (0.296), relaxed root F1 0.392, root and actors F1 0.275, 7 of 66 no-event lines give an event
/// (0.106). Rows ("round 69 z88"): lexicon/en/verbs.tsv be_concerned_by_z88, use_attack_drones_z88,
/// freeze_billions_z88; lexicon/en/evaluations.tsv eval_problematic_z88. After: exact 9/27 (0.333), root F1
/// 0.423, root and actors F1 0.269, false events 7/66 (0.106). All blind wire blocks, relaxed root / root and
/// actors F1: 0.472 / 0.306 (matched 3004 / 1947, predicted 5618) before, 0.472 / 0.306 (matched 3005 / 1947,
/// predicted 5619) after. 2026-12-07. Misses: tests/gold/misses/r69-z88.txt.
/// round 69 wire z89: a blind random wire sample (helper z89), drawn with `scripts/sample-wire-round --parity
/// odd --seed 64041 --skip-blocks-before "round 70" --with-masakhane` ("candidates: reuters 16, other 79"; 77
/// drawn: sample lines 1-16 Reuters, 17-77 masakhanews-eng), all 77 sample lines taken (the draw holds fewer than
/// 110) and annotated blind before running sitrep; sample lines 1-16 (all the Reuters lines) and 23, 29, 31, 34,
/// 54, 70, 73, 74 dropped (earlier blocks hold them in another wording or inside a longer line). 53 kept: 16 rows
/// in 15 event sentences, 38 `#-` lines (sport, health, business, culture and statistics sentences kept). Before
/// the rows: exact 6/16 (0.375), relaxed root F1 0.500, root and actors F1 0.375, 5 of 38 no-event lines give an
/// event (0.132). Rows (lexicon/en/verbs.tsv, "round 69 z89"): hit_with_drones_z89, dive_bomb_z89,
/// assist_in_attacks_z89, on_watch_z89. After: exact 8/16 (0.500), root F1 0.529, root and actors F1 0.412,
/// false events 5/38 (0.132). All blind wire blocks, relaxed root / root and actors F1: 0.473 / 0.306 (matched
/// 3029 / 1963, predicted 5654) before, 0.473 / 0.306 (matched 3030 / 1964, predicted 5656) after. 2026-12-07.
/// Misses: tests/gold/misses/r69-z89.txt.
/// round 69 wire z90: a blind random wire sample (helper z90), drawn with `scripts/sample-wire-round --parity
/// even --seed 64042 --skip-blocks-before "round 70" --with-masakhane` ("candidates: reuters 15, other 84"; 89
/// drawn: sample lines 1-15 Reuters, 16-89 masakhanews-eng with three Guardian and one BBC line), sample lines
/// 1-110 taken (all 89) and annotated blind before running sitrep; sample lines 1-15 (all the Reuters lines, z88's
/// draw) and 18, 27, 28, 33, 55, 57, 62, 74, 84 dropped (earlier blocks hold them in another wording). 65 kept: 25
/// rows in 19 event sentences, 46 `#-` lines (sport, health, business, history and statistics sentences kept).
/// Before the rows: exact 13/25 (0.520), relaxed root F1 0.490, root and actors F1 0.449, 3 of 46 no-event lines
/// give an event (0.065). Rows ("round 69 z90"): lexicon/en/verbs.tsv conclude_round_of_talks_z90,
/// finish_round_of_talks_z90, take_to_judicial_review_z90, pledge_money_for_food_z90; lexicon/en/evaluations.tsv
/// eval_underprepared_z90. After: exact 18/25 (0.720), root F1 0.615, root and actors F1 0.462, false events 3/46
/// (0.065). All blind wire blocks, relaxed root / root and actors F1: 0.473 / 0.307 (matched 3033 / 1968,
/// predicted 5662) before, 0.473 / 0.307 (matched 3037 / 1969, predicted 5665) after. 2026-12-07. Misses:
/// tests/gold/misses/r69-z90.txt.
/// round 69 clear c40: a blind sample of short clear-event sentences (helper c40), drawn with
/// `scripts/sample-clear-round --seed 69101 --n 1000` (all 1000 read in the order drawn); draw lines 150, 275, 443
/// and 553 dropped (earlier blocks hold them in another wording). 40 event sentences (45 rows) and 15 `#-` lines,
/// annotated blind before running sitrep (conventions of round 64 clear c39 and the lead's settled ones). Before the
/// rows: exact 16/45 (0.356), relaxed root F1 0.493, root and actors F1 0.164, 4 of 15 no-event lines give an event
/// (0.267). Rows ("round 69 c40"): lexicon/en/verbs.tsv pledge_pounds_c40, pledge_amount_pounds_c40,
/// urge_donors_to_contribute_c40, call_on_donors_to_contribute_c40, deprive_voting_rights_c40,
/// strip_voting_rights_c40, suspend_voting_rights_c40, implicate_in_c40, order_dissolution_c40,
/// give_strike_notice_c40, serve_strike_notice_c40; lexicon/en/evaluations.tsv eval_blackmail_c40. After: exact
/// 18/45 (0.400), root F1 0.514, root and actors F1 0.162, false events 4/15 (0.267). All blind wire blocks,
/// relaxed root / root and actors F1: 0.474 / 0.307 (matched 3046 / 1976, predicted 5671) before and after; all
/// clear blocks (summed by c40 from the per-block lines): root F1 0.558 / 0.372 (matched 1754 / 1168, predicted
/// 2562) before, 0.559 / 0.372 (matched 1756 / 1169, predicted 2564) after. 2026-12-07. Misses:
/// tests/gold/misses/r69-c40.txt (the lead commits /work/notes/r69-c40-constructions.txt there).
/// round 69 clear c41: a blind sample of short clear-event sentences (helper c41), drawn as `round 64 clear c39`
/// with `scripts/sample-clear-round --seed 69102 --n 1000` (/work/notes/r69-c41-draw.txt; all 1000 read one by
/// one; a Reuters-heavy draw of markets and company news; none of the 33 sentences c40's draw also holds kept, one
/// sentence dropped as round 69 wire z88 holds it in another wording). 51 event sentences (52 rows), 14 `#-`
/// lines; annotated and committed blind; one code corrected after the blind commit from the codebook (a call
/// for a ceasefire is 107, not 1056; the sentence codes no event either way). Before the rows: exact 20/52
/// (0.385), relaxed root F1 0.593, root and actors F1 0.370, 1 of 14 no-event lines gives an event (0.071).
/// Rows ("round 69 c41"): lexicon/en/verbs.tsv urge_military_support_c41, urge_allies_military_support_c41,
/// call_on_military_support_c41, not_hesitate_to_act_c41, planes_attack_c41, planes_attack_targets_c41,
/// face_opposition_from_countries_c41, follow_up_with_visit_c41; lexicon/en/evaluations.tsv
/// eval_unnecessary_c41; lexicon/tree-roles.tsv policy-noun detention, arrest, execution, crackdown. After:
/// exact 26/52 (0.500), root F1 0.659, root and actors F1 0.424, false events 1/14 (0.071). Elsewhere: round 37
/// written w1 check gains one exact ("Following talks with the German chancellor ...", 040) and round 62 wire
/// z40 loses one false 190 ("following clashes with ..."), both from the new [follow] head. All blind wire
/// blocks, relaxed root / root and actors F1: 0.474 / 0.307 (matched 3046 / 1976, predicted 5671) before, 0.474
/// / 0.307 (matched 3046 / 1976, predicted 5670) after. 2026-12-07. Misses: /work/notes/r69-c41-constructions.txt
/// (tests/gold/misses/ at the merge).
///
/// round 70 clear c42: a blind sample of short clear-event sentences drawn as round 69 clear c40's block,
/// with `scripts/sample-clear-round --seed 70101 --n 1000` (/work/notes/r70-c42-draw.txt; all 1000 read one by
/// one; a Reuters-, business- and sport-heavy draw; three sentences dropped as earlier blocks hold them in
/// another wording). 49 event sentences (53 rows), 14 `#-` lines; annotated and committed blind. Before the
/// rows: exact 21/53 (0.396), relaxed root F1 0.529, root and actors F1 0.368, 3 of 14 no-event lines give an
/// event (0.214). Rows ("round 70 c42"): lexicon/en/verbs.tsv hold_call_with_c42, phase_out_imports_c42,
/// phase_out_imports_of_c42, come_under_pressure_over_c42 (a first, broader form with "fire" coded gunfire and
/// market pressure as 111 in the wire blocks and was narrowed to "pressure over|for"). After: exact 23/53
/// (0.434), root F1 0.562, root and actors F1 0.404, false events 3/14 (0.214). No other block changes. All
/// blind wire blocks, relaxed root / root and actors F1: 0.474 / 0.307 (matched 3046 / 1976, predicted 5670)
/// before and after. 2026-12-07. Misses: /work/notes/r70-c42-constructions.txt (tests/gold/misses/ at the merge).
/// round 70 clear c43: a blind sample of short clear-event sentences (helper c43), drawn as `round 69 clear c40`
/// with `scripts/sample-clear-round --seed 70102 --n 1000` (/work/notes/r70-c43-draw.txt; all 1000 read one by
/// one; a Reuters- and business-heavy draw; two sentences an earlier block holds in another wording dropped, and
/// the two of the 27 sentences c42's draw (seed 70101) also holds that would have been kept). 47 event sentences
/// (47 rows), 11 `#-` lines; annotated and committed blind. Before the rows: exact 10/47 (0.213), relaxed root
/// F1 0.366, root and actors F1 0.282, 1 of 11 no-event lines gives an event (0.091). Rows ("round 70 c43"):
/// lexicon/en/verbs.tsv declare_ban_on_country_c43, lead_tributes_c43, plan_protest_c43, overrule_c43,
/// withdraw_subsidy_c43, cut_off_backing_rebels_c43, want_advance_ties_c43, reopen_embassies_c43, rebuff_to_c43,
/// not_release_funds_until_c43. After: exact 16/47 (0.340), root F1 0.513, root and actors F1 0.333, false
/// events 1/11 (0.091). All blind wire blocks, relaxed root / root and actors F1: 0.474 / 0.307 (matched 3046 /
/// 1976, predicted 5670) before and after (a bare noun row "ban on <country> ... imports" was tried and dropped:
/// it coded "will not accept a ban on Danish meat exports" 163). 2026-12-07. Misses:
/// /work/notes/r70-c43-constructions.txt (tests/gold/misses/ at the merge).
/// round 70 clear c44: a blind sample of short clear-event sentences drawn as round 70 clear c42's block, with
/// `scripts/sample-clear-round --seed 70103 --n 1000` (/work/notes/r70-c44-draw.txt; all 1000 read one by one; a
/// Reuters-, business- and sport-heavy draw; six sentences dropped as earlier blocks hold them in another wording,
/// one as helper c43's draw holds it). 38 event sentences (44 rows), 11 `#-` lines; annotated and committed blind.
/// Before the rows: exact 20/44 (0.455), relaxed root F1 0.545, root and actors F1 0.364, 3 of 11 no-event lines
/// give an event (0.273). Rows ("round 70 c44"): lexicon/en/verbs.tsv continue_demands_for_c44,
/// press_demands_for_c44, call_for_resignations_c44, demand_resignations_c44, exempt_from_sanctions_c44,
/// provide_technical_assistance_c44, pass_secrets_c44, hand_secrets_c44, launch_legal_challenge_c44,
/// mount_legal_challenge_c44, would_take_retaliatory_action_c44; lexicon/en/ evaluations.tsv eval_madness_c44 (a
/// row oppose_proposals_by_c44, "opposed recommendations by the Justice Department" 110, was dropped: golden's
/// doers_named_by_the_subjects_by_phrase holds that sentence with no event). After: exact 28/44 (0.636), root F1
/// 0.667, root and actors F1 0.476, false events 3/11 (0.273). One other block changes: round 38 written y2's
/// Cameron "tour of European capitals" sentence loses a wrong 051 (the new head [continue]). All blind wire blocks,
/// relaxed root / root and actors F1: 0.474 / 0.307 (matched 3046 / 1976, predicted 5666) before, 0.474 / 0.308
/// (3046 / 1977, predicted 5664) after. 2026-12-07. Misses: /work/notes/r70-c44-constructions.txt
/// (tests/gold/misses/ at the merge). At the merge the lead dropped continue_demands_for_c44: its new head
/// [continue] took "concerned about continued YPG dominance" from be_concerned_about (a dev gold 012); the block is
/// then exact 27/44 (0.614), root F1 0.651, root and actors F1 0.458 (the floor stands).
/// (tests/gold/misses/ at the merge).
/// round 70 clear c45: a blind sample of short clear-event sentences drawn as round 70 clear c44's block, with
/// `scripts/sample-clear-round --seed 70104 --n 1000` (/work/notes/r70-c45-draw.txt; all 1000 read one by one; a
/// Reuters-, business- and sport-heavy draw; six sentences dropped as earlier blocks hold them or their event in
/// another wording). 27 event sentences (31 rows), 13 `#-` lines; annotated and committed blind. Before the rows:
/// exact 15/31 (0.484), relaxed root F1 0.536, root and actors F1 0.321, 3 of 13 no-event lines give an event
/// (0.231). Rows ("round 70 c45"): lexicon/en/verbs.tsv stand_ready_to_assist_with_c45, bring_into_disrepute_c45,
/// bring_actor_into_disrepute_c45, request_more_time_c45, ask_for_more_time_c45, file_charges_in_court_against_c45,
/// call_on_to_make_pledge_c45 (a noun row for "retaliation would be against" matched nothing and was dropped).
/// After: exact 20/31 (0.645), root F1 0.667, root and actors F1 0.467, false events 3/13 (0.231); no other block
/// changes. All blind wire blocks, relaxed root / root and actors F1: 0.474 / 0.308 (matched 3046 / 1977,
/// predicted 5664) before and after. 2026-12-07. Misses: /work/notes/r70-c45-constructions.txt
/// (tests/gold/misses/ at the merge).
/// round 71 clear c47: a blind sample of short clear-event sentences drawn as round 70 clear c45's block, with
/// `scripts/sample-clear-round --seed 70106 --n 1000` (/work/notes/r71-c47-draw.txt; all 1000 read one by one; a
/// Reuters-, business- and sport-heavy draw; four sentences dropped as earlier blocks hold them or their event in
/// another wording, and the 28 sentences helper c46's draw (seed 70105) also holds). 42 event sentences (45 rows),
/// 12 `#-` lines; annotated and committed blind. Before the rows: exact 15/45 (0.333), relaxed root F1 0.486, root
/// and actors F1 0.314, 2 of 12 no-event lines give an event (0.167). Rows ("round 71 c47"): lexicon/en/verbs.tsv
/// hold_off_attackers_c47, fend_off_attackers_c47, cry_out_for_c47, reject_idea_of_talks_c47,
/// welcome_relaxation_of_c47, place_tariffs_on_c47, establish_communication_channel_c47,
/// open_communication_channel_c47. After: exact 21/45 (0.467), root F1 0.575, root and actors F1 0.411, false
/// events 2/12 (0.167); no other block changes. All blind wire blocks, relaxed root / root and actors F1: 0.474 /
/// 0.308 (matched 3046 / 1976, predicted 5664) before and after. 2026-12-07. Misses:
/// /work/notes/r71-c47-constructions.txt (tests/gold/misses/ at the merge).
/// round 71 clear c46: a blind sample of short clear-event sentences drawn as round 70 clear c45's block, with
/// `scripts/sample-clear-round --seed 70105 --n 1000` (/work/notes/r71-c46-draw.txt; all 1000 read one by one; a
/// Reuters-, business- and sport-heavy draw; 28 draw lines helper c47's draw also holds dropped, and 26 sentences
/// an earlier block holds, the same event in another wording). 60 event sentences (73 rows), 13 `#-` lines;
/// annotated and committed blind. Before the rows: exact 16/73 (0.219), relaxed root F1 0.360, root and actors F1
/// 0.200, 0 of 13 no-event lines give an event. Rows ("round 71 c46"): lexicon/en/verbs.tsv supply_credit_c46,
/// dig_at_c46, no_desire_to_concede_c46, call_for_overhaul_in_how_c46, override_veto_c46,
/// vote_to_override_veto_c46, begin_visit_c46, start_visit_c46, review_controls_c46, tell_want_c46,
/// face_resistance_c46, dismiss_event_as_c46, attack_practice_c46 (dropped before the commit: resist_pressure_any,
/// which gave round 62 clear c24 a false event, "Japan will resist the pressure fiercely"; bring_troops_home, the
/// wrong root and the own country as target; an evaluation row for "ill-advised", a word of three tokens). After:
/// exact 24/73 (0.329), root F1 0.453, root and actors F1 0.321, false events 0/13. Other blocks: round 37 written
/// w2, round 48 wire z16 (King Fahd "begins a four-day state visit on Tuesday") and round 57 clear c10 (the Senate
/// "overrode President Reagan's veto") gain an exact match, round 39 written x2 corpus an actor match; round 41
/// wire z2 gains one event its gold lacks ("Japan is expected to supply most of the financing", 0331); none loses a
/// match. All blind wire blocks, relaxed root / root and actors F1: 0.474 / 0.308 (matched 3046 / 1976, predicted
/// 5664) before, 0.474 / 0.307 (3047 / 1976, predicted 5666) after; the clear blocks summed from the per-block
/// lines: 0.558 / 0.372 (1894 / 1261, predicted 2759, gold 4024) before, 0.560 / 0.374 (1900 / 1269, predicted
/// 2765) after. 2026-12-07. Misses: /work/notes/r71-c46-constructions.txt (tests/gold/misses/ at the merge).
/// round 71 clear c48: a blind sample of short clear-event sentences drawn as round 71 clear c47's block, with
/// `scripts/sample-clear-round --seed 70107 --n 1000` (/work/notes/r71-c48-draw.txt; all 1000 read one by one; a
/// Reuters-, business- and sport-heavy draw; the 36 draw lines helper c49's draw (seed 70108) also holds dropped,
/// and five sentences an earlier block holds, the same sentence or event in another wording). 52 event sentences
/// (57 rows), 13 `#-` lines; annotated and committed blind. Before the rows: exact 11/57 (0.193), relaxed root F1
/// 0.289, root and actors F1 0.184, 1 of 13 no-event lines gives an event (0.077). Rows ("round 71 c48"):
/// lexicon/en/verbs.tsv complain_of_wrong_c48, support_calls_for_resignation_c48, back_calls_for_resignation_c48,
/// speak_of_willingness_ties_c48, express_willingness_ties_c48, come_to_agreement_joint_c48,
/// come_to_agreement_with_c48, endorse_legislation_c48, support_legislation_c48, defer_debt_payments_c48 (with
/// "for": without it a debtor's own deferral gave round 47 wire z14 a false event), lash_out_c48,
/// fear_repeat_c48, take_look_at_c48, attribute_attack_to_c48, call_for_forum_c48 (dropped: appear_opposed_to_c48,
/// which fired neither on its example nor on the block's sentence). After:
/// exact 24/57 (0.421), root F1 0.523, root and actors F1 0.364, false events 1/13 (0.077). Other blocks: round 46
/// wire z11 gains an exact match (Trump would "take a look" at Ankara's demand, 014); none loses a match. All blind
/// wire blocks, relaxed root / root and actors F1: 0.474 / 0.307 (matched 3048 / 1976, predicted 5675) before,
/// 0.474 / 0.307 (3049 / 1976, predicted 5676) after; the clear blocks (`scripts/blind-blocks score ... clear`):
/// 0.557 / 0.372 (1932 / 1291) before, 0.559 / 0.374 (1944 / 1300) after. 2026-12-07. Misses:
/// /work/notes/r71-c48-constructions.txt (tests/gold/misses/ at the merge).
/// round 71 clear c49: a blind sample of short clear-event sentences drawn as round 71 clear c46's and c47's blocks,
/// with `scripts/sample-clear-round --seed 70108 --n 1000` (/work/notes/r71-c49-draw.txt; all 1000 read one by one;
/// the 36 draw lines helper c48's draw (seed 70107) also holds dropped, and 12 sentences an earlier block holds, the
/// same sentence or the same event in another wording). 94 event sentences (102 rows), 15 `#-` lines; annotated and
/// committed blind. Before the rows: exact 23/102 (0.225), relaxed root F1 0.351, root and actors F1 0.135, 4 of 15
/// no-event lines give an event (0.267). Rows ("round 71 c49"): lexicon/en/verbs.tsv ask_for_exemption_c49,
/// unleash_rant_against_c49, wrest_control_of_assets_from_c49, refuse_to_deny_c49, decline_to_deny_c49,
/// tweet_congratulations_to_c49, set_out_timetable_for_talks_c49, arrive_back_from_visit_c49,
/// return_from_mission_to_c49, play_role_in_protests_c49, support_course_of_c49, harp_on_fears_c49,
/// describe_as_reckless_c49, send_battleship_c49, send_to_patrol_c49, announce_summit_c49 (dropped before the
/// commit: maintain_relationship_with_c49, 050, which gave "maintained ties with" events to round 41 wire z2, 43 wire
/// z5, 45 wire z10, 47 wire z13 and 67 wire z73 that their gold codes otherwise or not at all; ask_if_c49, 020,
/// which gave round 62 clear c26 and round 70 clear c45 false events, questions "asked X if ..." those blocks read as
/// no event). After: exact 35/102 (0.343), root F1 0.481, root and actors F1 0.215, false events 4/15 (0.267); no
/// other block changes. All blind wire blocks, relaxed root / root and actors F1: 0.474 / 0.307 (matched 3048 / 1976,
/// predicted 5675) before and after; the clear blocks (scripts/blind-blocks score ... clear, c49's block included):
/// root F1 0.555, root and actors F1 0.369 (1947 / 1294) before, 0.558 / 0.370 (1959 / 1301) after. 2026-12-07.
/// Misses: /work/notes/r71-c49-constructions.txt (tests/gold/misses/ at the merge).
/// round 72 clear c50: a blind sample of short clear-event sentences drawn as round 71 clear c48's and c49's blocks,
/// with `scripts/sample-clear-round --seed 70109 --n 1000` (/work/notes/r72-c50-draw.txt; all 1000 read one by one;
/// the 30 draw lines helper c51's draw (seed 70110) also holds dropped, one sentence repeating another's event, and
/// six sentences an earlier block holds in another wording). 66 event sentences (81 rows), 15 `#-` lines; annotated
/// and committed blind. Before the rows: exact 25/81 (0.309), relaxed root F1 0.336, root and actors F1 0.177, 1 of
/// 15 no-event lines gives an event (0.067). Rows ("round 72 c50"): lexicon/en/verbs.tsv reiterate_doubts_c50,
/// consider_partner_c50, regard_partner_c50, kick_off_trip_c50, paint_damning_picture_c50,
/// stage_industrial_action_c50; lexicon/en/evaluations.tsv eval_impractical_c50 (dropped before the commit:
/// hope_actor_would_c50, 013, "[hope] that? + would|will", which gave 013 to nine sentences of earlier blocks that
/// read "hoped X would ..." as no event or as the hoped-for act; think_good_choice_c50, 051, whose new head [think]
/// gave false 040 events to two Reuters sentences of other blocks; consider_good_choice_c50, which did not fire on
/// its example). After: exact 29/81 (0.358), root F1 0.393, root and actors F1 0.205, false events 1/15 (0.067); no
/// other block changes. All blind wire blocks, relaxed root / root and actors F1: 0.474 / 0.307 (matched 3049 /
/// 1976, predicted 5676) before and after; the clear blocks (scripts/blind-blocks score ... clear, c50's block
/// included): root F1 0.553, root and actors F1 0.368 (1998 / 1327) before, 0.555 / 0.368 (2005 / 1329) after. 2026-12-07.
/// Misses: /work/notes/r72-c50-constructions.txt (tests/gold/misses/ at the merge).
/// round 72 clear c51: a blind sample of short clear-event sentences drawn as round 71 clear c48's and c49's blocks,
/// with `scripts/sample-clear-round --seed 70110 --n 1000` (/work/notes/r72-c51-draw.txt; read in the order drawn;
/// the 30 draw lines helper c50's draw (seed 70109) also holds dropped, and three sentences an earlier block holds
/// in another wording: Assad's warning of chaos, Brown's rallying cry, the opposition's wish for the legal advice).
/// 61 event sentences (61 rows), 22 `#-` lines; annotated and committed blind. Before the rows: exact 8/61
/// (0.131), relaxed root F1 0.228, root and actors F1 0.203, 3 of 22 no-event lines give an event (0.136). Rows
/// ("round 72 c51"): lexicon/en/verbs.tsv echo_criticism_c51, join_outcry_against_c51, be_on_hunger_strike_c51,
/// seek_judicial_review_c51, lodge_papers_judicial_review_c51, take_matter_to_court_c51, deal_sentences_c51;
/// lexicon/en/evaluations.tsv eval_selfish_c51. After: exact 14/61 (0.230), root F1 0.353, root and actors F1
/// 0.329, false events 3/22 (0.136); no other block changes. All blind wire blocks, relaxed root / root and actors
/// F1: 0.474 / 0.307 (matched 3049 / 1976, predicted 5676) before and after; the clear blocks
/// (scripts/blind-blocks score ... clear, c51's block included): root F1 0.554, root and
/// actors F1 0.369 (1991 / 1325) before, 0.555 / 0.370 (1997 / 1331) after. 2026-12-07.
/// Misses: /work/notes/r72-c51-constructions.txt (tests/gold/misses/ at the merge).
/// round 72 clear c52: a blind sample of short clear-event sentences drawn as round 71 clear c48's and round 72 clear
/// c50's blocks, with `scripts/sample-clear-round --seed 70111 --n 1000` (/work/notes/r72-c52-draw.txt; all 1000 read
/// one by one; the 77 draw lines the draws of helpers c53 (seed 70112), c50 and c51 also hold dropped, and seven
/// sentences an earlier block holds, the same sentence or the same event in another wording). 99 event sentences (106
/// rows), 15 `#-` lines; annotated and committed blind. Before the rows: exact 19/106 (0.179), relaxed root F1 0.277,
/// root and actors F1 0.131, 1 of 15 no-event lines gives an event (0.067). Rows ("round 72 c52", lexicon/en/verbs.tsv):
/// submit_suit_c52, vote_go_on_strike_c52, stop_reporting_for_duty_c52, be_concerned_over_situation_c52,
/// appear_in_court_on_charges_c52, would_not_discuss_c52, redeploy_aircraft_c52, anger_directed_at_c52,
/// reject_notion_c52, reject_premise_of_c52, be_sorry_that_c52, be_irritated_with_c52, disinvite_c52,
/// issue_warning_about_c52, target_civilians_c52 (dropped before the commit: vote_to_strike_c52, which vote_for_strike
/// already covers; "suggestion" and "idea" taken out of reject_notion_c52, which gave 016 to three rejected proposals,
/// 120, of round 52 wire z24 and round 54 clear c5). After: exact 28/106 (0.264), root F1 0.400, root and actors F1
/// 0.221, false events 1/15 (0.067); round 56 wire z32 gains a match (would_not_discuss_c52), round 62 clear c23 an
/// actor match, no block loses one. All blind wire blocks, relaxed root / root and actors F1: 0.474 / 0.307 (matched
/// 3049 / 1976, predicted 5676) before, 0.474 / 0.307 (3050 / 1977, predicted 5677) after; the clear blocks
/// (scripts/blind-blocks score ... clear, c52's block included): root F1 0.550, root and actors F1 0.364 (2026 / 1340)
/// before, 0.552 / 0.366 (2036 / 1348) after. 2026-12-07. Misses: /work/notes/r72-c52-constructions.txt
/// (tests/gold/misses/ at the merge).
/// round 72 clear c53: a blind sample of short clear-event sentences drawn as round 71 clear c48's and c49's and
/// round 72 clear c50's and c51's blocks, with `scripts/sample-clear-round --seed 70112 --n 1000`
/// (/work/notes/r72-c53-draw.txt; the 889 lines left read one by one; the 111 draw lines the draws of helpers c52,
/// c50 and c51 also hold dropped, one sentence repeating another's event, six sentences an earlier block holds in
/// another wording, and after the blind commit two more that earlier blocks hold as `#-` lines in another
/// wording: Blair's "put Africa at the top of his agenda" (round 69 clear c41) and Conrow's "exceedingly
/// pessimistic" (round 59 clear c15)). 73 event sentences (78 rows), 15 `#-` lines; annotated and committed blind.
/// Before the rows: exact 21/78 (0.269), relaxed root F1 0.420, root and actors F1 0.235, 4 of 15 no-event lines
/// give an event (0.267). Rows ("round 72 c53"): lexicon/en/verbs.tsv repudiate_accusations_c53, approve_of_c53,
/// continue_investigation_c53, challenge_ruling_c53, thank_for_role_c53, announce_strike_action_c53,
/// promise_strong_response_c53, approve_agreement_c53, draw_welcome_c53; lexicon/en/evaluations.tsv eval_liar_c53
/// (dropped before the commit: put_top_of_agenda_c53, 030, and be_pessimistic_that_c53, 012, which gave c41's and
/// c15's `#-` lines an event; eval_tone_deaf_c53, whose two-word form the file cannot hold; "claims" in
/// repudiate_accusations_c53, which took repudiate's own example of territorial claims; "strike" without
/// "action" in announce_strike_action_c53, which gave 133 to a `#-` line of round 68 wire z82). After: exact
/// 29/78 (0.372), root F1 0.520, root and actors F1 0.315, false events 4/15 (0.267); round 56 clear c8 and round
/// 57 clear c10 gain an exact match each, round 47 wire z14 loses a wrong-root event. All blind wire blocks,
/// relaxed root / root and actors F1: 0.474 / 0.307 (matched 3049 / 1976, predicted 5676) before, 0.474 / 0.307
/// (3049 / 1977, predicted 5674) after; the clear blocks (scripts/blind-blocks score ... clear, c53's block
/// included): root F1 0.553, root and actors F1 0.366 (2032 / 1345) before, 0.555 / 0.368 (2042 / 1352) after.
/// 2026-12-07.
/// Misses: /work/notes/r72-c53-constructions.txt (tests/gold/misses/ at the merge).
/// round 72 clear c54: a blind sample of short clear-event sentences drawn as round 72 clear c50's to c53's
/// blocks, with `scripts/sample-clear-round --seed 70113 --n 1000` (/work/notes/r72-c54-draw.txt; the 896 lines
/// left read one by one; the 104 draw lines the draws of helpers c50, c51, c52 and c53 also hold dropped, and six
/// sentences an earlier block holds in another wording). 33 event sentences (34 rows), 14 `#-` lines; annotated
/// and committed blind. Before the rows: exact 6/34 (0.176), relaxed root F1 0.392, root and actors F1 0.196,
/// 0 of 14 no-event lines give an event. Rows ("round 72 c54"): lexicon/en/verbs.tsv blame_intransigence_c54,
/// press_for_debt_help_c54 (dropped before the commit: fear_clause_modal_c54, 012, which gained nothing and gave
/// three wrong events in earlier blocks, two wire and one clear; not_drawn_on_c54, 011, which the coder reads as
/// a passive with the subject as the target). After: exact 8/34 (0.235), root F1 0.423, root and actors F1 0.192,
/// false events 0/14; round 52 clear c1b gains an exact match. All blind wire blocks, relaxed root / root and
/// actors F1: 0.474 / 0.308 (matched 3050 / 1978, predicted 5675) before and after; the clear blocks
/// (scripts/blind-blocks score ... clear, c54's block included): root F1 0.549, root and actors F1 0.363
/// (2096 / 1388) before, 0.549 / 0.363 (2097 / 1388) after; dev gold root F1 0.334, root and actors 0.195,
/// unchanged. 2026-12-07.
/// Misses: /work/notes/r72-c54-constructions.txt (tests/gold/misses/ at the merge).
/// round 73 clear c55: a blind sample of short clear-event sentences drawn as round 72 clear c50's to c54's
/// blocks, with `scripts/sample-clear-round --seed 70114 --n 1000` (/work/notes/r73-c55-draw.txt; all 1000 lines
/// read one by one; no line an earlier block's sentence letter for letter, seven an earlier block's event in
/// another wording dropped, one kept with only the row its earlier block lacks). 58 event sentences (63 rows),
/// 19 `#-` lines; annotated and committed blind. Before the rows: exact 15/63 (0.238), relaxed root F1 0.426,
/// root and actors F1 0.277, 3 of 19 no-event lines give an event (0.158). Rows ("round 73 c55"):
/// lexicon/en/verbs.tsv describe_as_concerning_c55, attract_criticism_any_c55, sign_loan_passive_c55,
/// have_adj_meeting_with_c55, protest_innocence_c55, maintain_innocence_c55, proclaim_innocence_c55,
/// dismiss_attempt_by_c55, assess_claims_c55; lexicon/en/evaluations.tsv eval_madhouse_c55. After: exact 23/63
/// (0.365), root F1 0.520, root and actors F1 0.340, false events 3/19 (0.158). All blind wire blocks, relaxed
/// root / root and actors F1: 0.475 / 0.308 (matched 3053 / 1979, predicted 5678) before, 0.475 / 0.308 (3055 /
/// 1979, predicted 5681) after; the clear blocks (scripts/blind-blocks score ... clear, c55's block included):
/// root F1 0.549, root and actors F1 0.364 (2124 / 1407) before, 0.550 / 0.365 (2130 / 1411) after; dev gold
/// root F1 0.336, root and actors 0.198, unchanged; attribution gold speaker 0.775 -> 0.776 (575 events).
/// 2026-12-07. Misses: tests/gold/misses/r73-c55.txt.
/// round 73 clear c56: a blind sample of short clear-event sentences drawn as round 72 clear c50's to c54's
/// blocks, with `scripts/sample-clear-round --seed 70115 --n 1000` (/work/notes/r73-c56-draw.txt; the 965 lines
/// left read one by one; the 35 draw lines helper c55's draw (seed 70114) also holds dropped, and 20 sentences an
/// earlier block holds, the same sentence or the same event in another wording). 44 event sentences (47 rows),
/// 16 `#-` lines; annotated and committed blind. Before the rows: exact 19/47 (0.404), relaxed root F1 0.500,
/// root and actors F1 0.300, 5 of 16 no-event lines give an event (0.312). Rows ("round 73 c56"):
/// lexicon/en/verbs.tsv oppose_rise_c56, take_part_in_strike_c56, industrial_action_taken_c56,
/// lead_backlash_against_c56, play_down_notion_c56, set_up_meeting_c56, noun_agreement_to_free_detained_c56;
/// lexicon/en/evaluations.tsv eval_monster_c56, eval_red_herring_c56. After: exact 23/47 (0.489), root F1 0.571,
/// root and actors F1 0.333, false events 5/16 (0.312); no other block changes. All blind wire blocks, relaxed
/// root / root and actors F1: 0.475 / 0.308 (matched 3053 / 1979, predicted 5678) before and after; the clear
/// blocks (scripts/blind-blocks score ... clear, c56's block included): root F1 0.550, root and actors F1 0.364
/// (2124 / 1406) before, 0.551 / 0.365 (2128 / 1408) after; dev gold root F1 0.336, root and actors 0.198, and
/// attribution gold (speaker 0.775, kind 0.697, certainty 0.772) unchanged. 2026-12-07.
/// Misses: tests/gold/misses/r73-c56.txt.
/// 2026-12-07. Misses: /work/notes/r73-c55-constructions.txt (tests/gold/misses/ at the merge).
///
/// round 73 clear c57: a blind sample of short clear-event sentences drawn as round 72 clear c50's to c54's and
/// round 73 clear c55's blocks, with `scripts/sample-clear-round --seed 70116 --n 1000`
/// (/work/notes/r73-c57-draw.txt; 70 lines also drawn by c55 or c56 dropped, the 930 left read one by one; ten an
/// earlier block's event in another wording dropped). 53 event sentences (58 rows), 15 `#-` lines; annotated and
/// committed blind. Before the rows: exact 20/58 (0.345), relaxed root F1 0.447, root and actors F1 0.282, 1 of
/// 15 no-event lines gives an event (0.067). Rows ("round 73 c57"): lexicon/en/verbs.tsv voice_concern_any_c57,
/// not_elaborate_c57, neither_elaborate_c57, deny_clause_taking_place_c57, deny_clause_happening_c57,
/// want_close_deal_with_c57, warn_missiles_coming_c57; lexicon/en/evaluations.tsv eval_overcautious_c57. After:
/// exact 26/58 (0.448), root F1 0.556, root and actors F1 0.333, false events 1/15 (0.067). All blind wire
/// blocks, relaxed root / root and actors F1: 0.476 / 0.309 (matched 3064 / 1991, predicted 5692) before and
/// after; the clear blocks (summed from vocab_check's per-block lines, c57's block included): root F1 0.549,
/// root and actors F1 0.364 (2149 / 1423, predicted 3115) before, 0.550 / 0.364 (2155 / 1426, predicted 3121)
/// after (round 52 clear c1b gains a second event, 011 for "did not elaborate"); dev gold root F1 0.334, root
/// and actors 0.195, unchanged; attribution gold speaker 0.776, unchanged (575 events). 2026-12-07. Misses: tests/gold/misses/r73-c57.txt.
/// round 73 clear c58: a blind sample of short clear-event sentences drawn as round 72 clear c50's to c54's
/// blocks, with `scripts/sample-clear-round --seed 70117 --n 1000` (/work/notes/r73-c58-draw.txt; the 916 lines
/// left read one by one; the 84 draw lines that the draws of c55, c56 or c57 (seeds 70114-70116) also hold
/// dropped, and six sentences that are an earlier block's event in another wording). 53 event sentences (57
/// rows), 21 `#-` lines; annotated and committed blind. Before the rows: exact 12/57 (0.211), relaxed root F1
/// 0.299, root and actors F1 0.184, 1 of 21 no-event lines gives an event (0.048). Rows ("round 73 c58"):
/// lexicon/en/verbs.tsv hit_back_saying_nocomma_c58, receive_cool_reception_from_c58,
/// meet_with_cool_reception_from_c58, sequester_assets_c58, block_imports_c58. After: exact 15/57 (0.263), root
/// F1 0.356, root and actors F1 0.222, false events 1/21 (0.048); no other block changes. All blind wire blocks,
/// relaxed root / root and actors F1: 0.476 / 0.309 (matched 3064 / 1991, predicted 5692) before and after; the
/// clear blocks (scripts/blind-blocks score ... clear, c58's block included): root F1 0.548, root and actors F1
/// 0.362 (2167 / 1433) before, 0.548 / 0.363 (2170 / 1435) after; dev gold root F1 0.334, root and actors 0.195,
/// and attribution gold (speaker 0.776, kind 0.697, certainty 0.772) unchanged; PETRARCH unit tests 248/277.
/// 2026-12-07. Misses: tests/gold/misses/r73-c58.txt.
/// round 73 clear c59: a blind sample of short clear-event sentences drawn as round 73 clear c55's to c58's
/// blocks, with `scripts/sample-clear-round --seed 70118 --n 1000` (/work/notes/r73-c59-draw.txt; the 864 lines
/// left read one by one; the 127 draw lines that the draws of c55, c56, c57 or c58 (seeds 70114-70117) also hold
/// dropped, and nine sentences that are an earlier block's event in another wording). 42 event sentences (45
/// rows), 30 `#-` lines; annotated and committed blind. Before the rows: exact 12/45 (0.267), relaxed root F1
/// 0.328, root and actors F1 0.179, 6 of 30 no-event lines give an event (0.200). Rows ("round 73 c59"):
/// lexicon/en/verbs.tsv switch_support_to_c59, stick_to_insistence_c59, maintain_insistence_c59,
/// no_truck_with_c59, suggest_establishing_c59, deny_bail_c59, refuse_bail_c59, cause_protest_from_c59. After:
/// exact 18/45 (0.400), root F1 0.466, root and actors F1 0.247, false events 6/30 (0.200); one other block
/// changes (an earlier wire `#-` line, "Another notable Tory MP to switch their support to Mr Sunak was ...", now
/// gives 051 twice; its false-event share unchanged). All blind wire blocks, relaxed root / root and actors F1:
/// 0.476 / 0.309 (matched 3064 / 1991) before and after (predicted 5692 -> 5693); the clear blocks
/// (scripts/blind-blocks score ... clear, c59's block included): root F1 0.547, root and actors F1 0.361 (2206 /
/// 1456) before, 0.548 / 0.361 (2212 / 1459) after; dev gold root F1 0.334, root and actors 0.195, and
/// attribution gold (speaker 0.776, kind 0.697, certainty 0.772) unchanged; PETRARCH unit tests 248/277.
/// 2026-12-07. Misses: tests/gold/misses/r73-c59.txt.
/// round 74 clear c60: a blind sample of short clear-event sentences drawn as round 73 clear c55's to c59's
/// blocks, with `scripts/sample-clear-round --seed 70119 --n 1000` (/work/notes/r74-c60-draw.txt; the first clear
/// block of round 74, no sibling draw to drop; draw lines 1-520 read one by one, then the reading stopped; four
/// sentences that are an earlier block's event in another wording dropped). 57 event sentences (60 rows), 19 `#-`
/// lines; annotated and committed blind. Before the rows: exact 12/60 (0.200), relaxed root F1 0.326, root and
/// actors F1 0.196, 9 of 19 no-event lines give an event (0.474). Rows ("round 74 c60"): lexicon/en/verbs.tsv
/// call_on_countries_to_reform_c60, order_missile_strike_c60, order_airstrikes_c60, receive_jail_sentence_c60,
/// nix_c60, ask_to_rescind_sanctions_c60, urge_to_rescind_sanctions_c60, stand_by_idly_c60,
/// participate_in_negotiations_with_c60, campaign_to_get_c60, noun_attack_on_sovereignty_c60. After: exact 20/60
/// (0.333), root F1 0.449, root and actors F1 0.265, false events 9/19 (0.474); one other block changes (round 39
/// written x2's "Donald Trump blamed the Syrian government for the attack and ordered cruise missile strikes on
/// the airbase ..." now also gives the strike, 195, beside its gold 112; its exact share unchanged). All blind wire
/// blocks, relaxed root / root and actors F1: 0.476 / 0.309 (matched 3064 / 1991, predicted 5693) before and after;
/// the clear blocks (scripts/blind-blocks score ... clear, c60's block included): root F1 0.545, root and actors F1
/// 0.359 (2227 / 1468) before, 0.547 / 0.360 (2234 / 1472) after; dev gold root F1 0.334, root and actors 0.195,
/// and attribution gold (speaker 0.776, kind 0.697, certainty 0.772) unchanged; PETRARCH unit tests 248/277.
/// 2026-12-07. Misses: tests/gold/misses/r74-c60.txt.
/// round 74 clear c61: a blind sample of short clear-event sentences drawn as round 73 clear c55's to c59's
/// blocks, with `scripts/sample-clear-round --seed 70120 --n 1000` (/work/notes/r74-c61-draw.txt; the 960 lines
/// left read one by one; the 40 draw lines that round 74 c60's draw (seed 70119) also holds dropped, and nine
/// sentences that are an earlier block's event in another wording). 56 event sentences (58 rows), 20 `#-` lines;
/// annotated and committed blind. Before the rows: exact 11/58 (0.190), relaxed root F1 0.312, root and actors F1
/// 0.182, 1 of 20 no-event lines gives an event (0.050). Rows ("round 74 c61"): lexicon/en/verbs.tsv
/// have_concerns_about_c61, have_concerns_on_grounds_c61, allege_clause_c61, dispute_that_c61,
/// lead_to_protests_by_c61, spark_protests_by_c61, block_gate_c61, face_investigation_c61,
/// ask_for_liberalization_c61; lexicon/en/evaluations.tsv eval_unresponsive_c61. After: exact 19/58 (0.328), root
/// F1 0.465, root and actors F1 0.326, false events 1/20 (0.050); no other block changes (a general [suspect] row
/// and a "take their case to the ... court" row were tried and dropped: "a suspected thief", "Isis suspects" and
/// a hypothetical "could help Texaco take its case to the U.S. Supreme Court" gave false events). All blind wire
/// blocks, relaxed root / root and actors F1: 0.476 / 0.309 (matched 3064 / 1991, predicted 5693) before and after.
/// 2026-12-07. Misses: tests/gold/misses/r74-c61.txt.
/// round 74 clear c62: a blind sample of short clear-event sentences drawn as round 74 clear c60's block, with
/// `scripts/sample-clear-round --seed 70121 --n 1000` (/work/notes/r74-c62-draw.txt; draw lines 1-643 read one by
/// one, then the reading stopped; 43 of them that the draws of c60 (seed 70119) and c61 (seed 70120) also hold
/// dropped, ten that are an earlier block's event in another wording dropped, one four-signer memorandum left out).
/// 49 event sentences (56 rows), 20 `#-` lines; annotated and committed blind. Before the rows: exact 15/56 (0.268),
/// relaxed root F1 0.357, root and actors F1 0.190, 5 of 20 no-event lines give an event (0.250). Rows ("round 74
/// c62"): lexicon/en/verbs.tsv join_strike_c62, join_walkout_c62, ratify_settlement_c62, threaten_walk_away_c62,
/// remain_committed_to_removal_c62, be_committed_to_removal_c62, appointed_to_investigate_c62,
/// appoint_prosecutor_to_investigate_c62, be_financial_backer_of_c62, be_diplomatic_backer_of_c62,
/// hint_at_response_c62, hint_at_retaliation_c62. After: exact 22/56 (0.393), root F1 0.467, root and actors F1
/// 0.222, false events 5/20 (0.250); no other block changes (a `[recommend] that +` row and a `[join] ... strike` row
/// with no labour word were dropped: they replaced round 43 wire z5's embedded "retaliate" and coded round 45 wire
/// z10's "joining a US strike"). All blind wire blocks, relaxed root / root and actors F1: 0.476 / 0.309 (matched
/// 3065 / 1991, predicted 5693) before and after; the clear blocks (scripts/blind-blocks score ... clear, c62's block
/// included): root F1 0.543, root and actors F1 0.358 (2242 / 1476) with the session's start binary (before c60's
/// merge), 0.546 / 0.359 (2255 / 1482) with the c62 branch; dev gold root F1 0.334, root and actors 0.195;
/// attribution gold speaker 0.776, kind 0.696, certainty 0.773; PETRARCH unit tests 248/277. 2026-12-07. Misses:
/// tests/gold/misses/r74-c62.txt.
/// round 74 clear c63: a blind sample of short clear-event sentences drawn as round 74 clear c60's and c61's
/// blocks, with `scripts/sample-clear-round --seed 70122 --n 1000` (/work/notes/r74-c63-draw.txt; draw lines 1-608
/// read one by one, then the reading stopped; the 92 draw lines that the draws of round 74's c60, c61 or c62
/// (seeds 70119-70121) also hold dropped, and five sentences that are an earlier block's row with a comma more or
/// an earlier block's event in another wording). 52 event sentences (56 rows), 21 `#-` lines; annotated and
/// committed blind. Before the rows: exact 11/56 (0.196), relaxed root F1 0.354, root and actors F1 0.253, 4 of 21
/// no-event lines give an event (0.190). Rows ("round 74 c63"): lexicon/en/verbs.tsv have_support_of_plain_c63,
/// find_unacceptable_c63, serve_in_prison_c63, cooperate_with_investigation_c63,
/// co_operate_with_investigation_c63, recommend_that_c63, describe_as_underwhelming_c63; lexicon/en/evaluations.tsv
/// eval_underwhelming_c63. After: exact 16/56 (0.286), root F1 0.452, root and actors F1 0.333, false events 4/21
/// (0.190); other blocks: round 34, round 71 clear c49 ("recommended that"), round 53 wire z26 ("has the support
/// of France, the Netherlands and Italy", three rows; golden snapshot states_told_by_participles_are_their_subjects
/// updated for the three 051 events) and round 73 clear c55 (Merrill Lynch "cooperating with a Securities and
/// Exchange Commission investigation") gain exact rows; round 56 wire z32 and round 64 wire z55 each gain a false
/// event (a panel's and an administrative law judge's "recommended that", shares 0.125 -> 0.133 and 0.116 ->
/// 0.128), and round 43 wire z5's Baldrige "may recommend that the United States retaliate against Japan" (gold
/// 130) now gives the appeal 020 instead of 1384. A row for chairing a meeting was tried and dropped ("when
/// Britain chairs the G8 summit", "chairing today's meeting" gave false events). All blind wire blocks, relaxed
/// root / root and actors F1: 0.476 / 0.309 before and after (matched 3065 -> 3067 / 1991 -> 1993, predicted 5693
/// -> 5699); dev gold root F1 0.334 -> 0.331, root and actors 0.195 -> 0.196 (one root match lost to the two
/// cooperate_with_investigation rows), attribution gold (speaker 0.776, kind 0.696, certainty 0.773) unchanged;
/// PETRARCH unit tests 248/277. 2026-12-07. Misses: tests/gold/misses/r74-c63.txt.
/// round 74 clear c64: a blind sample of short clear-event sentences drawn as round 74 clear c60's to c62's, with
/// `scripts/sample-clear-round --seed 70123 --n 1000` (/work/notes/r74-c64-draw.txt; draw lines 1-475 read one by
/// one, then the reading stopped; 55 of them that the draws of c60 to c63 (seeds 70119-70122) also hold dropped, ten
/// that are an earlier block's event or line in another wording dropped, three of them (draw lines 59, 155, 214)
/// after the blind commit, two left out as a forecast and a business item). 45 event sentences (48 rows), 21 `#-`
/// lines; annotated and committed blind. Before the rows: exact 10/48 (0.208), relaxed root F1 0.282, root and
/// actors F1 0.197, 3 of 21 no-event lines give an event (0.143). Rows ("round 74 c64"): lexicon/en/verbs.tsv
/// watch_with_concern_c64, warn_of_rising_c64, see_on_day_c64, ask_for_budget_increase_c64, hit_with_fine_c64,
/// eliminate_policy_passive_c64, noun_trial_of_c64, noun_offer_of_help_c64, not_recognise_characterisation_c64,
/// not_recognize_characterization_c64, ire_rising_against_c64, ire_growing_against_c64, raise_tariffs_on_c64,
/// raise_tariffs_rate_c64, back_military_action_c64, negotiate_from_position_c64; lexicon/en/evaluations.tsv
/// eval_racism_c64. After: exact 18/48 (0.375), root F1 0.468, root and actors F1 0.260, false events 3/21
/// (0.143); round 70 clear c45 0.645 -> 0.677 ("Congressional ire is rising against"), no other block changes (a
/// `[see] + on Monday` row without "will" and a `[back] ... retaliatory strike` row were narrowed: they made round
/// 48 wire z15's "Mattis went to see the president on Thursday" an intent, 036, and took round 43 wire z5's "backed
/// President Reagan's retaliatory strike" from 190 to 051; "the trial of" wants "the" right before it, as "the
/// criminal trial of" made "criminal" a doer and the prosecution an abduction). All blind wire blocks, relaxed root
/// / root and actors F1: 0.476 / 0.309 (matched 3065 / 1991, predicted 5695) before and after; the clear blocks
/// (scripts/blind-blocks score ... clear, c64's block included): root F1 0.539, root and actors F1 0.355 (2264 /
/// 1490) with the session's start binary (before c60's merge), 0.544 / 0.357 (2294 / 1506) with the c64 branch;
/// dev gold root F1 0.334 -> 0.333 (one more event predicted, none matched), root and actors 0.195; attribution gold
/// speaker 0.775 -> 0.776, kind 0.695 -> 0.697, certainty 0.771; PETRARCH unit tests 248/277. 2026-12-07. Misses:
/// tests/gold/misses/r74-c64.txt.
/// round 75 clear c65: a blind sample of short clear-event sentences drawn as round 74 clear c60's to c64's, with
/// `scripts/sample-clear-round --seed 70124 --n 1000` (/work/notes/r75-c65-draw.txt; the first draw of round 75, the
/// sibling draws c66 and c67 made with `--exclude` of it; draw lines 1-680 read one by one, then the reading stopped;
/// fourteen that are an earlier block's event or line in another wording dropped). 46 event sentences (56 rows), 21
/// `#-` lines; annotated and committed blind. Before the rows: exact 4/56 (0.071), relaxed root F1 0.145, root and
/// actors F1 0.116, 1 of 21 no-event lines gives an event (0.048). Rows ("round 75 c65"): lexicon/en/verbs.tsv
/// bomb_pipeline_c65, bomb_pipeline_passive_c65, no_secret_plan_c65, insist_played_by_rules_c65,
/// insist_no_proposals_c65, live_in_denial_c65, meeting_set_for_c65, end_hours_of_talks_c65,
/// consider_meeting_successful_c65, pledge_to_improve_procedures_c65, meet_cool_reception_c65,
/// receive_cool_reception_c65, get_cool_reception_c65, go_undercover_c65, analyze_causes_c65, analyse_causes_c65.
/// After: exact 16/56 (0.286), root F1 0.425, root and actors F1 0.300, false events 1/21 (0.048); no other block
/// changes (a `[receive] ... assurances that $?` row was dropped: it made round 45 wire z10's `#-` line of reuters-21004, a
/// union that "has also received assurances that a job protection pact ... does not threaten Canadian jobs", an
/// event; a `[refuse] to go back to work` row for 143 was not written, as refuse_return_to_work codes 1242). All
/// blind wire blocks, relaxed root / root and actors F1: 0.476 / 0.309 (matched 3067 / 1993, predicted 5702) before
/// and after; the clear blocks (scripts/blind-blocks score ... clear, c65's block included): root F1 0.541, root and
/// actors F1 0.356 (2323 / 1528) with the branch's start binary, 0.543 / 0.357 (2335 / 1536) with the rows; dev gold
/// root F1 0.331, root and actors 0.195 (predicted 213) before and after; attribution gold speaker 0.776, kind 0.697,
/// certainty 0.771 unchanged; PETRARCH unit tests 248/277. 2026-12-07. Misses: tests/gold/misses/r75-c65.txt.
/// round 75 clear c66: a blind sample of short clear-event sentences drawn as round 74 clear c60's to c64's and round
/// 75 clear c65's, with `scripts/sample-clear-round --seed 70125 --n 1000 --exclude /work/notes/r75-c65-draw.txt`
/// (/work/notes/r75-c66-draw.txt; no line of the sibling draw c65; draw lines 1-600 read one by one, then the reading
/// stopped; ten that are an earlier block's event or line in another wording dropped). 50 event sentences (53 rows),
/// 22 `#-` lines; annotated and committed blind. Before the rows: exact 13/53 (0.245), relaxed root F1 0.356, root
/// and actors F1 0.110, 0 of 22 no-event lines gives an event. Rows ("round 75 c66"): lexicon/en/verbs.tsv
/// dispel_concerns_that_c66, warn_for_months_that_c66, fire_both_barrels_at_c66, begin_summit_c66,
/// hold_annual_congress_c66, hold_congress_next_week_c66, suit_seeks_damages_from_c66, approve_total_of_loans_c66,
/// own_offensive_was_c66, negotiate_solution_c66, bar_from_networks_c66, bar_from_working_c66,
/// noun_preconditions_include_c66, pledge_to_continue_c66; lexicon/en/agents.tsv a `-` row for "annual congress",
/// "party congress" (a meeting, no legislature). After: exact 24/53 (0.453), root F1 0.571, root and actors F1
/// 0.262, false events 0/22; round 58 wire z35's "a Turkish offensive has taken Afrin" gains a 190 (its gold 192,
/// root only), round 74 clear c63's "Senior Conservatives have been warning for months that the strategy is wrong"
/// (gold 111) gives a 012 as well (as warn_that would with the words adjacent). A `[caution] that` row was dropped
/// (it made two `#-` lines of business news, "Analysts caution that British Airways faces ..." and HVB's "cautioned
/// that there was 'considerable uncertainty'", events), "launched" and "begun" were left out of own_offensive_was_c66
/// (launch_attack_passive reads "The offensive was launched ... by" with its doer), and a `too little has been [do]`
/// row was dropped (it made the speaker the passive's target). All blind wire blocks, relaxed root / root and actors
/// F1: 0.478 / 0.310 (matched 3089 / 2007, predicted 5744) before, 0.478 / 0.311 (3090 / 2008, predicted 5745) after;
/// the clear blocks (scripts/blind-blocks score ... clear, c66's block included): root F1 0.545, root and actors F1
/// 0.358 (2377 / 1560) with the branch's start binary, 0.547 / 0.359 (2388 / 1567) with the rows; no c66 row fires on
/// the texts of dev gold or attribution gold: dev gold root F1 0.332, root and actors 0.195 (predicted 216),
/// attribution gold speaker 0.777, kind 0.695, certainty 0.772, unchanged by the rows; PETRARCH unit tests 248/277.
/// The branch also merges main's two CEILING_FALSE lists (c65's merge left both; c34 0.500 as the lead set it).
/// 2026-12-07. Misses: tests/gold/misses/r75-c66.txt.
/// round 75 clear c67: a blind sample of short clear-event sentences drawn as round 74 clear c60's to c64's and round
/// 75 clear c65's and c66's, with `scripts/sample-clear-round --seed 70126 --n 1000 --exclude
/// /work/notes/r75-c65-draw.txt --exclude /work/notes/r75-c66-draw.txt` (/work/notes/r75-c67-draw.txt; no line of the
/// sibling draws c65, c66; draw lines 1-437 read one by one, then the reading stopped; fifteen that are an earlier
/// block's event or line in another wording dropped). 50 event sentences (68 rows), 20 `#-` lines; annotated and
/// committed blind. Before the rows: exact 20/68 (0.294), relaxed root F1 0.356, root and actors F1 0.156, 2 of 20
/// no-event lines give an event (0.100). Rows ("round 75 c67"): lexicon/en/verbs.tsv halt_debt_payments_c67,
/// admit_own_institution_c67, promise_tax_cuts_c67, pass_on_information_to_c67, approach_to_act_c67,
/// agree_on_need_c67, regret_decision_by_c67, decline_to_describe_c67, refuse_to_describe_c67, take_under_review_c67,
/// disrupted_by_strikes_c67, hold_meeting_with_any_c67. After: exact 30/68 (0.441), root F1 0.505, root and actors F1
/// 0.303, false events 2/20 (0.100, Lord Woolf's negated "overrule" and Clarke's "he wants more migrants to come",
/// both coder matters); round 34's "The government is holding a further meeting on Friday with industry and
/// retail representatives" gains its 040 (hold_meeting_with_any_c67). Two `[receive] a ... welcome` rows (051, the
/// welcomer after "from" or none) were dropped: they made the `#-` line "Ozal ... is expected to receive an ecstatic
/// welcome from thousands of Turks" a 032; decline_to_describe_c67 asks for "as" after the object, because "declined to
/// describe what sort of help the Saudis were providing" (gold 070) took a 011 without it; a suspend_debt_payments_c67
/// row was dropped (main's suspend_debt_payments already reads it). All blind wire blocks, relaxed root / root and
/// actors F1: 0.479 / 0.311 (matched 3099 / 2014, predicted 5750) before and after; no c67 row fires on the texts of dev
/// gold or attribution gold: dev gold root F1 0.332, root and actors 0.195 (predicted 216), attribution gold speaker
/// 0.778, kind 0.696, certainty 0.773; PETRARCH unit tests 248/277.
/// 2026-12-07. Misses: tests/gold/misses/r75-c67.txt.
/// round 75 clear c68: a blind sample of short clear-event sentences drawn as round 74 clear c60's to c64's and round
/// 75 clear c65's to c67's, with `scripts/sample-clear-round --seed 70127 --n 1000 --exclude
/// /work/notes/r75-c65-draw.txt --exclude /work/notes/r75-c66-draw.txt --exclude /work/notes/r75-c67-draw.txt`
/// (/work/notes/r75-c68-draw.txt; no line of the sibling draws c65-c67; all 1000 draw lines read in the order drawn, the
/// draw being Reuters-, business-, sport- and entertainment-heavy; seven that are an earlier block's event or line in
/// another wording dropped). 40 event sentences (42 rows), 18 `#-` lines; annotated and committed blind. Before the
/// rows: exact 6/42 (0.143), relaxed root F1 0.355, root and actors F1 0.161, 4 of 18 no-event lines give an event
/// (0.222). Rows ("round 75 c68"): lexicon/en/verbs.tsv make_claim_about_c68, repeat_need_c68, reiterate_need_c68,
/// mass_around_c68, resume_negotiations_c68. After: exact 9/42 (0.214), root F1 0.431, root and actors F1 0.246, false
/// events 4/18 (0.222: the Supreme Court's ruling that a bill "does not disproportionately interfere", the negated
/// "Nurses are not striking", Biya's "wants to remove restrictions" and a resignation "announced", coder matters). A
/// compare_to_hitler_c68 row (111) was dropped: it made round 54 wire z27's `#-` line "Comparing the Welsh Assembly
/// Government to Hitler's Germany is a crass and ignorant response" an event and mended nothing here (its sentence's
/// doer is "He"); an admit_not_enough_c68 row (015) was dropped, as "was forced to admit" is read by be_forced_to
/// first. Most misses have a pronoun or an actor the lexicon lacks as doer ("he declined to predict", "He also compared
/// it", "It added", Baker alone) or a "said ... should/must" appeal the coder does not read. All blind wire blocks,
/// relaxed root / root and actors F1: 0.479 / 0.311 (matched 3099 / 2014, predicted 5750) before and after; dev gold
/// root F1 0.332, root and actors 0.195 (predicted 216), attribution gold speaker 0.778, kind 0.696, certainty 0.773,
/// as before the rows; PETRARCH unit tests 248/277.
/// 2026-12-08. Misses: tests/gold/misses/r75-c68.txt.
/// round 75 clear c69: a blind sample of short clear-event sentences drawn as round 75 clear c65's to c68's, with
/// `scripts/sample-clear-round --seed 70128 --n 1000 --exclude /work/notes/r75-c65-draw.txt --exclude
/// /work/notes/r75-c66-draw.txt --exclude /work/notes/r75-c67-draw.txt --exclude /work/notes/r75-c68-draw.txt`
/// (/work/notes/r75-c69-draw.txt; no line of the sibling draws c65-c68; draw lines 1-800 read in the order drawn, the
/// draw being Reuters-, business- and sport-heavy; three that are an earlier block's event in another wording dropped).
/// 36 event sentences (42 rows), 15 `#-` lines; annotated and committed blind. Before the rows: exact 8/42 (0.190),
/// relaxed root F1 0.291, root and actors F1 0.073, 2 of 15 no-event lines give an event (0.133). Rows ("round 75
/// c69"): lexicon/en/verbs.tsv ask_for_disaster_relief_c69, seek_disaster_relief_from_c69, ask_to_set_up_arbitration_c69,
/// urge_to_set_up_arbitration_c69, provide_accommodation_for_c69, legal_action_by_c69, revoke_contracts_c69. After:
/// exact 12/42 (0.286), root F1 0.433, root and actors F1 0.200, false events 2/15 (0.133: the negated "We don't ...
/// condemn the Maquis their ... excesses in murdering captured German soldiers" and Herrington's unconfirmed report of
/// a letter "urging an increase", coder matters). Most misses have no actor the coder keeps (the prosecutor, the
/// singer, "Strikes", health staff, "the queen" with no country, MONDP, SANA, the NUM) or a "said ... should/must/was
/// needed" appeal, a praise or a criticism in a reported clause the coder does not read. All blind wire blocks,
/// relaxed root / root and actors F1: 0.479 / 0.311 (matched 3099 / 2014, predicted 5750) before and after; dev gold
/// root F1 0.332, root and actors 0.195 (predicted 216), attribution gold speaker 0.778, kind 0.696, certainty 0.773,
/// as before the rows; PETRARCH unit tests 248/277.
/// 2026-12-08. Misses: tests/gold/misses/r75-c69.txt.
const FLOOR_EXACT: &[(&str, f64)] = &[("written", 0.85), ("round 34", 0.45), ("round 35", 0.45), ("round 36 written w1", 0.87), ("round 36 written w2", 0.845), ("round 36 written w3", 0.82), ("round 37 written w1", 0.74), ("round 37 written w1 check", 0.88), ("round 37 written w1 fresh", 0.87), ("round 37 written w1 fresh2", 0.65), ("round 37 written w3", 0.82), ("round 37 written w2", 0.739), ("round 38 written y2", 0.807), ("round 38 written y2 check", 0.847), ("round 38 written y2 fresh", 0.839), ("round 39 written x1", 0.687), ("round 39 written x1 fresh", 0.882), ("round 39 written x1 corpus", 0.627), ("round 39 written x2", 0.726), ("round 39 written x2 check", 0.837), ("round 39 written x2 corpus", 0.81), ("round 39 written x3", 0.617), ("round 39 written x3 corpus", 0.54), ("round 39 written x3 check", 0.717), ("round 39 written x3 more", 0.559), ("round 40 written y3", 0.878), ("round 40 written y3 check", 0.888), ("round 40 written y3 forms", 0.811), ("round 41 wire z2", 0.295), ("round 41 wire z1", 0.381), ("round 42 wire z4", 0.259), ("round 42 wire z3", 0.415), ("round 43 wire z6", 0.267), ("round 43 wire z5", 0.458), ("round 44 wire z7", 0.342), ("round 44 wire z8", 0.198), ("round 45 wire z10", 0.335), ("round 45 wire z9", 0.320), ("round 46 wire z11", 0.294), ("round 46 wire z12", 0.304), ("round 47 wire z13", 0.298), ("round 47 wire z14", 0.412), ("round 48 wire z16", 0.379), ("round 48 wire z15", 0.346), ("round 49 wire z18", 0.321), ("round 49 wire z17", 0.398), ("round 50 wire z19", 0.357), ("round 50 wire z20", 0.300), ("round 51 wire z21", 0.314), ("round 51 wire z22", 0.406), ("round 52 wire z24", 0.346), ("round 52 clear c1", 0.286), ("round 52 clear c1b", 0.301), ("round 52 wire z23", 0.302), ("round 53 clear c2", 0.210), ("round 53 clear c3", 0.300), ("round 53 wire z25", 0.275), ("round 53 wire z26", 0.402), ("round 54 wire z28", 0.232), ("round 54 wire z27", 0.439), ("round 54 clear c4", 0.295), ("round 54 clear c5", 0.235), ("round 55 wire z30", 0.247), ("round 55 wire z29", 0.212), ("round 55 clear c7", 0.226), ("round 55 clear c6", 0.325), ("round 56 wire z31", 0.460), ("round 56 wire z32", 0.281), ("round 56 clear c8", 0.260), ("round 56 clear c9", 0.289), ("round 57 wire z33", 0.264), ("round 57 wire z34", 0.397), ("round 57 clear c11", 0.382), ("round 57 clear c10", 0.368), ("round 58 wire z35", 0.289), ("round 58 clear c13", 0.230), ("round 58 clear c12", 0.256), ("round 59 wire z36", 0.524), ("round 59 clear c15", 0.345), ("round 59 clear c14", 0.336), ("round 61 wire z37", 0.202), ("round 61 clear c16", 0.352), ("round 61 wire z38", 0.538), ("round 61 clear c17", 0.417), ("round 61 wire z39", 0.397), ("round 61 clear c18", 0.466), ("round 61 clear c19", 0.254), ("round 62 wire z40", 0.311), ("round 62 clear c20", 0.499), ("round 62 wire z41", 0.273), ("round 62 clear c21", 0.536), ("round 62 wire z42", 0.380), ("round 62 clear c22", 0.565), ("round 62 clear c23", 0.458), ("round 62 clear c24", 0.418), ("round 62 clear c26", 0.439), ("round 62 clear c25", 0.494), ("round 62 clear c28", 0.578), ("round 62 clear c27", 0.296), ("round 63 wire z43", 0.283), ("round 63 clear c29", 0.417), ("round 63 clear c30", 0.276), ("round 63 clear c31", 0.367), ("round 63 clear c32", 0.382), ("round 63 wire z44", 0.426), ("round 63 wire z45", 0.162), ("round 63 clear c33", 0.379), ("round 63 clear c34", 0.481), ("round 63 wire z46", 0.236), ("round 63 clear c35", 0.336), ("round 63 wire z47", 0.238), ("round 63 clear c36", 0.474), ("round 63 clear c37", 0.397), ("round 63 wire z48", 0.327), ("round 63 clear c38", 0.433), ("round 64 wire z49", 0.371), ("round 64 clear c39", 0.739), ("round 64 wire z50", 0.379), ("round 64 wire z51", 0.249), ("round 64 wire z52", 0.365), ("round 64 wire z53", 0.277), ("round 64 wire z54", 0.344), ("round 64 wire z56", 0.521), ("round 64 wire z55", 0.265), ("round 64 wire z58", 0.061), ("round 64 wire z57", 0.205), ("round 65 wire z59", 0.172), ("round 65 wire z60", 0.258), ("round 65 wire z61", 0.072), ("round 65 wire z62", 0.184), ("round 65 wire z63", 0.196), ("round 65 wire z64", 0.325), ("round 65 wire z66", 0.242), ("round 65 wire z65", 0.256), ("round 66 wire z67", 0.559), ("round 66 wire z68", 0.297), ("round 66 wire z70", 0.450), ("round 66 wire z69", 0.261), ("round 66 wire z71", 0.335), ("round 66 wire z72", 0.371), ("round 67 wire z73", 0.411), ("round 67 wire z74", 0.288), ("round 67 wire z76", 0.200), ("round 67 wire z75", 0.497), ("round 67 wire z77", 0.470), ("round 67 wire z78", 0.236), ("round 68 wire z79", 0.271), ("round 68 wire z80", 0.533), ("round 68 wire z81", 0.345), ("round 68 wire z82", 0.450), ("round 68 wire z84", 0.328), ("round 68 wire z83", 0.344), ("round 68 wire z86", 0.304), ("round 68 wire z85", 0.354), ("round 69 wire z87", 0.379), ("round 69 wire z88", 0.283), ("round 69 wire z89", 0.450), ("round 69 wire z90", 0.670), ("round 69 clear c40", 0.350), ("round 69 clear c41", 0.450), ("round 70 clear c42", 0.384), ("round 70 clear c43", 0.290), ("round 70 clear c44", 0.586), ("round 70 clear c45", 0.595), ("round 71 clear c47", 0.416), ("round 71 clear c46", 0.279), ("round 71 clear c48", 0.371), ("round 71 clear c49", 0.293), ("round 72 clear c50", 0.308), ("round 72 clear c51", 0.180), ("round 72 clear c52", 0.214), ("round 72 clear c53", 0.322), ("round 72 clear c54", 0.185), ("round 73 clear c55", 0.315), ("round 73 clear c56", 0.439), ("round 73 clear c57", 0.398), ("round 73 clear c58", 0.213), ("round 73 clear c59", 0.350), ("round 74 clear c60", 0.283), ("round 74 clear c61", 0.278), ("round 74 clear c62", 0.343), ("round 74 clear c63", 0.236), ("round 74 clear c64", 0.325), ("round 75 clear c65", 0.236), ("round 75 clear c66", 0.403), ("round 75 clear c67", 0.391), ("round 75 clear c68", 0.164), ("round 75 clear c69", 0.236)];

/// Share of a block's no-event sentences that may give an event (round 34:
/// 165 of 849, 0.194, then 153, 0.180; round 35: 82 of 461, 0.178;
/// round 36 written w1: 1 of 47, 0.021; round 36 written w2: 6 of 91,
/// 0.066, four Reuters ones coded so before its rows; round 36 w3: 5 of
/// 77, 0.065; round 37 written w1: 11 of 87 with the lexicon of its first
/// commit, 4 of 87, 0.046, after its rows; its check block: 1 of 8, then
/// 0 of 8; its fresh blocks: 0 of 4 and 0 of 3;
/// round 37 written w3: 5 of 47, 0.106, before and after its
/// rows;
/// round 37 written w2: 4 of 66, 0.061, the same three before
/// and after its rows and "Erdogan's aid budget was cut by parliament's
/// budget committee" (162); round 38 written y2: 1 of 24 before its
/// rows, 2 of 24, 0.083, after ("The Kenyan runner touched down in London",
/// 042); its check battery 0 of 5, its fresh battery 0 of 4; round 39
/// written x1: 2 of 25, 0.080, before and after its rows ("... praise
/// singers were mocked", 111, and "could free the way for Abdeslam to be
/// extradited", 063), its fresh battery 0 of 3, its corpus block 1 of 2
/// (a hypothetical "Isis suspects could then be handed over to Assad's
/// regime", 063); round 39 written x2: 1 of 33, 0.030, before and after its rows ("Sanctions
/// against Iraq had been in force since 1990", 163), its check battery
/// 1 of 6 ("Calls for reform are an old theme in Kuwaiti politics", 104),
/// its corpus block 4 of 16, all as before the round ("numbers released by
/// Japan's Finance Ministry", 0841; two company presidents who "resigned",
/// 0831 with the role read as ---GOV; "told a Lower House Budget
/// Committee", 010); measured 2026-12-05).
/// Round 39 written x3: 4 of 25, 0.160, before and after its rows; its "more"
/// battery 2 of 10, 0.2 ("The blockade of Leningrad is the subject of
/// a new exhibition", 191; "The roadside bomb detector was designed by
/// a British firm", 1833: noun rows of main); measured
/// 2026-12-05).
/// Round 40 written y3: 1 of 26, 0.038, before and after its rows ("The
/// asylum seekers arrived in Italy by boat", 042), its check battery 0 of
/// 4, its forms battery 0 of 4; measured 2026-12-05.
/// Round 41 wire z2: 11 of 120, 0.092, before its rows, 10, 0.083, after
/// (four 04 rows on meetings, calls and a journalist "speaking to
/// Syrians", two 06 rows, a conditional 0832, a private threat, "increase
/// pressure on" in a prediction; "captured in Isis territory" (192) and
/// "face questioning" (110) are blocked by its rows); measured 2026-12-05.
/// Round 41 wire z1: 21 of 155, 0.135, before its rows, 20, 0.129, after
/// (a trip to an embassy no longer a visit; left: a negated "conducts no
/// trade with", source-less noun events, sport); measured 2026-12-05.
/// Round 42 wire z4: 27 of 179, 0.151, before its rows and after (source-
/// less and background events, trade statistics as 061, a document that
/// "calls for"); measured 2026-12-05; ceiling 0.05 over the measure.
/// Round 42 wire z3: 26 of 166, 0.157, before its rows, 24, 0.145, after
/// (a news conference someone hosts no longer a summit, a party asking
/// voters for support no appeal for aid; left: source-less
/// 061 on commodity trade, background wars and invasions as nouns, "Given"
/// read as the verb give); 23, 0.139, with main at 8245fcf merged (its
/// discards row takes "the Irish beat Italy in the 1994 World Cup Finals");
/// measured 2026-12-05; ceiling 0.05 over the measure.
/// Round 43 wire z6: 20 of 149, 0.134, before its rows, 17, 0.114, after
/// (two rugby reports dropped by discards, "allied to Washington in the
/// fight against Isis" no longer a fight; left: background war nouns,
/// a negated "You cannot sue", travel words, commodity trade as 061);
/// with main at 5957743 merged, 18, 0.121, before its rows and 16, 0.107,
/// after; measured 2026-12-05; ceiling 0.05 over the merged measure.
/// Round 43 wire z5: 30 of 163, 0.184, before its rows, 24, 0.147, after
/// (trade figures "X's exports to Y were ..." no longer 061, a cause that
/// "helped U.S. energy futures" no aid, a camp that "welcomed 800,000
/// people" no host, "former champions Zambia will host" a sports
/// sentence; left: conditional and negated acts counted as events,
/// source-less background attacks and killings, "Nippon Life" read as
/// Japan); measured 2026-12-05; ceiling 0.05 over the measure.
/// Round 44 wire z7: 22 of 174, 0.126, before its rows, 19, 0.109, after
/// (an audience "told the Australian Petroleum Exploration Association
/// annual conference" no statement to Australia, "the dollar was aided by
/// Japan's moves" no aid, players "released for provincial duty" no
/// release; left: negated acts counted as events, doer-less airstrikes,
/// "had no immediate comment" 011 by the lexicon's convention where the
/// block wrote none, commodity purchases as 061); measured 2026-12-05;
/// ceiling 0.05 over the measure.
/// Round 45 wire z10: 32 of 169, 0.189, before its rows and after (left:
/// commodity purchases as 061, background loans as 071, negated and
/// hypothetical acts, sports sentences; see
/// /work/notes/r45-z10-constructions.txt); measured 2026-12-05; ceiling
/// 0.05 over the measure.
/// Round 45 wire z9: 15 of 168, 0.089, before and after its rows
/// (hypothetical meetings and threats, sport results, private travellers,
/// a doer-less blockade noun); measured 2026-12-05; ceiling 0.05 over the
/// measure.
/// Round 48 wire z16: 21 of 174, 0.121, before and after its rows (left:
/// background acts in "since" and relative clauses, commodity trade and
/// investment as 061, conditional agreements, sport; see
/// /work/notes/r48-z16-constructions.txt); measured 2026-12-05; ceiling
/// 0.05 over the measure.
/// Round 48 wire z15: 27 of 175, 0.154, on the blind block; 20 of 168,
/// 0.119, once seven `#-` lines were corrected to the lexicon's conventions
/// (trade 061, "consider" 014), before and after its rows (left: a "told a
/// bankers' meeting" read as a meeting, a sport result, "traffic captured by
/// U.S. carriers", a bill "defeated by the Senate Agriculture Committee",
/// conditional war; see /work/notes/r48-z15-constructions.txt); measured
/// 2026-12-05; ceiling 0.05 over the measure.
/// Round 49 wire z18: 14 of 143, 0.098, before its rows, 13, 0.091, after
/// ("demand in Germany and Italy ... is sluggish" no demand; left: trade
/// figures and purchases as 061, business talks, lawsuits and ventures,
/// hedged and hypothetical acts, a sport result; see
/// /work/notes/r49-z18-constructions.txt); measured 2026-12-05; ceiling
/// 0.05 over the measure.
/// Round 49 wire z17: 17 of 139, 0.122, on the blind block; 16 of 138,
/// 0.116, once the dropped row was restored, before and after its rows
/// (left: hypothetical talks and trade, doer-less deals and complaints,
/// non-actor subjects "The project ... calls for", a sale of a company
/// unit, sport; see /work/notes/r49-z17-constructions.txt); measured
/// 2026-12-05; ceiling 0.05 over the measure.
/// Round 50 wire z20: 26 of 169, 0.154, before and after its rows (left:
/// commodity purchases and trade figures as 061, backing told as a passive
/// state, hypothetical and predicted acts, "seized power" 175, sport; see
/// /work/notes/r50-z20-constructions.txt); measured 2026-12-05; ceiling
/// 0.05 over the measure.
/// Round 51 wire z21: 20 of 182, 0.110, before and after its rows (left:
/// business agreements and talks between a government and banks, nouns in
/// background phrases ("covert arms sales to Iran", "an attack by a swarm
/// of drones"), hypothetical acts, a law as a doer, "refused to rule out",
/// sport; see /work/notes/r51-z21-constructions.txt); measured 2026-12-05;
/// ceiling 0.05 over the measure.
/// Round 51 wire z22: 22 of 175, 0.126, before and after its rows (left:
/// trade sales as 061, business agreements, polls "backed the
/// Conservatives", hypothetical refusals, private volunteers fighting Isis,
/// a race result "to beat Swede Daniel Persson" 182; see
/// /work/notes/r51-z22-constructions.txt); measured 2026-12-05; ceiling
/// 0.05 over the measure.
/// Round 52 wire z24: 19 of 138, 0.138, before its rows; 18, 0.130, after
/// ("their long-imprisoned leader" no longer 173; left: negated and
/// hypothetical attacks "has not so far been targeted by", "cannot afford
/// attacks", "meet" and "talks" without two doers ("England are still to
/// meet Italy", "meet the Law Lords' concerns"), a market prediction read as
/// a duty; see
/// /work/notes/r52-z24-constructions.txt); measured 2026-12-05; ceiling 0.05
/// over the measure.
/// Round 52 clear c1: 2 of 37, 0.054 ("are poised to vote against the
/// plans" 120; "when he urged Russia and the US to cooperate" 021 under
/// "reiterated a message", arguably a row the block missed); measured
/// 2026-12-05; ceiling 0.05 over the measure.
/// Round 52 clear c1b: 2 of 29, 0.069 (a grain sale "France sold ... soft
/// wheat to Tunisia" 061; "Taiwan's trade surplus with the U.S. Hit 13.6
/// billion" 190); measured 2026-12-05; ceiling 0.05 over the measure.
/// Round 52 wire z23: 19 of 130, 0.146, before its rows, 17, 0.131, after
/// (left: trade figures as 061, "received" that is no visit, noun
/// events in hypothetical or purpose phrases, private volunteers fighting
/// Isis, opinion-piece gerunds, sport; see
/// /work/notes/r52-z23-constructions.txt); measured 2026-12-05; ceiling
/// 0.05 over the measure.
/// Round 53 clear c2: 10 of 29, 0.345, before and after its rows ("could
/// not deny that" 016, "remain at odds over opening ... markets to U.S.
/// goods" 061, "are monitoring ... the largest deployment of Soviet attack
/// submarines" 190, "expressed cautious optimism" 013 and "signed a 20-year
/// accord for the delivery of LNG" 057, both arguably rows the block
/// missed, "could still attend ... if" 044, "has not commented" 011, "a
/// recent North Korean call for ... talks" 108, "had voted to sustain
/// Reagan's veto" 129, "left for Washington" 042); measured 2026-12-05;
/// ceiling 0.05 over the measure.
/// Round 53 clear c3: 8 of 27, 0.296 (half are acts the blind reading
/// left as background or debatable: "had no comment on the report" 011,
/// "did not respond to a request for comment" 011, "Sir Gavin resigned"
/// 0831, "when Polish MEPs rejected plans" 120; the rest a "with Ottawa
/// accusing Washington" participle 112, six 010 from "told the foreign
/// ministers of ...", a threat in "came a day after Turkey said it would
/// hit back" and a predicted lifting of an embargo 163); measured
/// 2026-12-05; ceiling 0.05 over the measure.
/// Round 53 wire z25: 25 of 126, 0.198, before and after z25's rows (trade
/// volumes and purchases read as 061 five times, a hypothetical "direct
/// clash ... risks a broader confrontation" 190 twice, private travellers
/// 042, a vigil 141, "the possibility of deploying observers" 154, "efforts
/// to suppress" 175, "a peace agreement divided the country" 1823);
/// measured 2026-12-05; ceiling 0.05 over the measure.
/// Round 53 wire z26: 15 of 124, 0.121, before its rows, 13, 0.105, after
/// (take_over_presidency and intervention_in_market drop "Britain takes
/// over the presidency of the EU" 1382 and "intervention in the ...
/// securities market" 190; left: debated or hypothetical offers and
/// attacks, doer-less nouns in "amid allegations", "the withdrawal of US
/// troops", sport, trade exports as 061, "supported by robust domestic
/// demand" 051; see /work/notes/r53-z26-constructions.txt); measured
/// 2026-12-05; ceiling 0.05 over the measure.
/// Round 54 wire z28: 12 of 127, 0.094, before and after z28's rows
/// (doer-less war nouns "the Iran-Iraq war on Kuwait's doorstep" and
/// "studies from other wars" 190, "fighting terrorists" in a generic "when"
/// clause 190, a hypothetical "the only way out is for Washington to join
/// forces with Moscow" 060/1056, "the possibility of resuming extending
/// loans" 071, "can sell to Moscow" 061, "had hosted the UK's bases" 043,
/// private fighters travelling 042, a fictional plot 183, pirate attacks
/// 190, "seek to overthrow" 137, "is likely to prefer to rely on ...
/// missiles" 195/052); measured 2026-12-06; ceiling 0.05 over the measure.
/// Round 54 clear c4: 6 of 28, 0.214, before and after c4's rows ("sanctions
/// were first imposed by the US" 192 in a since-clause, "are expected to raise
/// concerns" 012, "is yet to offer a safe haven" 075, "Isis is refusing to go
/// quietly" 120, "Concern ... has mounted over the threat posed by" 154, "did
/// not personally claim ... but said Isis was being beaten" 182); measured
/// 2026-12-06; ceiling 0.05 over the measure.
/// Round 54 clear c5: 3 of 27, 0.111, before and after c5's rows (a
/// dismissed fear read as 110, trade sanctions "imposed on Japan" in a
/// said-clause 163, and "has a role to play in helping Brazil" 070);
/// measured 2026-12-06; ceiling 0.05 over the measure.
/// Round 55 wire z30: 16 of 133, 0.120, before and after z30's rows (sports
/// "beat France" 182, a private donor's "give Labour more money" 0331/071,
/// trade statistics "exported ... to the United States" 061, a hope that the
/// U.S. will lift sanctions 0354, "stripped of their British citizenship"
/// 172, a trade-policy "U.S. Attack" 190, "air power was deployed" 154, and
/// others); measured 2026-12-06; ceiling 0.05 over the measure.
/// Round 55 wire z29: 22 of 138, 0.159, before and after z29's rows (trade
/// figures and purchases 061, sports wins 182, an election win 190, beliefs
/// and predictions 036/192/1823, company agreements 057, "people detained
/// during Isis's reign" 173, an aggregate of loans 071); measured 2026-12-06;
/// ceiling 0.05 over the measure.
/// Round 55 clear c7: 2 of 30, 0.067, before and after c7's rows (a
/// company's supply contract with U.S. firms read as 057, and an aid sum a
/// UN chief "called for" in a hoped-for relative clause read as 100);
/// measured 2026-12-06; ceiling 0.05 over the measure.
/// Round 55 clear c6: 1 of 37, 0.027, before and after c6's rows (1 of 36
/// after the merge with round 55's wire blocks) ("China is
/// expected to obtain its first loans from the bank in 1987" 0331, a
/// forecast of a loan received); measured 2026-12-06; ceiling 0.05 over the
/// measure.
/// Round 67 wire z73: 7 of 75, 0.093, before z73's rows, 6 of 75, 0.080, after (the no-event row
/// condition_calls_for_z73 drops "One condition calls for U.S. personnel to service ..." 100; left: a habitual
/// trade flow 061, "who is in Caracas for a meeting" 042, "expects ... enhanced cooperation with the SEC" 050,
/// "would consider filing another complaint" 114, a conditional passive "would be targeted" 190, a vote that
/// "will tell the White House" 010); measured 2026-12-07; ceiling 0.05 over the measure.
const CEILING_FALSE: &[(&str, f64)] = &[("round 34", 0.22), ("round 35", 0.22), ("round 36 written w1", 0.08), ("round 36 written w2", 0.12), ("round 36 written w3", 0.12), ("round 37 written w1", 0.10), ("round 37 written w1 check", 0.13), ("round 37 written w1 fresh", 0.25), ("round 37 written w1 fresh2", 0.34), ("round 37 written w3", 0.15), ("round 37 written w2", 0.12), ("round 38 written y2", 0.13), ("round 38 written y2 check", 0.2), ("round 38 written y2 fresh", 0.25), ("round 39 written x1", 0.13), ("round 39 written x1 fresh", 0.34), ("round 39 written x1 corpus", 0.55), ("round 39 written x2", 0.08), ("round 39 written x2 check", 0.25), ("round 39 written x2 corpus", 0.3), ("round 39 written x3", 0.21), ("round 39 written x3 more", 0.25), ("round 40 written y3", 0.1), ("round 40 written y3 check", 0.25), ("round 40 written y3 forms", 0.25), ("round 41 wire z2", 0.133), ("round 41 wire z1", 0.18), ("round 42 wire z4", 0.201), ("round 42 wire z3", 0.189), ("round 43 wire z6", 0.157), ("round 43 wire z5", 0.197), ("round 44 wire z7", 0.159), ("round 44 wire z8", 0.136), ("round 45 wire z10", 0.239), ("round 45 wire z9", 0.139), ("round 46 wire z11", 0.175), ("round 46 wire z12", 0.116), ("round 47 wire z13", 0.187), ("round 47 wire z14", 0.24), ("round 48 wire z16", 0.171), ("round 48 wire z15", 0.169), ("round 49 wire z18", 0.141), ("round 49 wire z17", 0.166), ("round 50 wire z19", 0.199), ("round 50 wire z20", 0.204), ("round 51 wire z21", 0.160), ("round 51 wire z22", 0.176), ("round 52 wire z24", 0.180), ("round 52 clear c1", 0.104), ("round 52 clear c1b", 0.119), ("round 52 wire z23", 0.181), ("round 53 clear c2", 0.395), ("round 53 clear c3", 0.346), ("round 53 wire z25", 0.248), ("round 53 wire z26", 0.155), ("round 54 wire z28", 0.144), ("round 54 wire z27", 0.181), ("round 54 clear c4", 0.264), ("round 54 clear c5", 0.161), ("round 55 wire z30", 0.170), ("round 55 wire z29", 0.209), ("round 55 clear c7", 0.117), ("round 55 clear c6", 0.077), ("round 56 wire z31", 0.183), ("round 56 wire z32", 0.167), ("round 56 clear c8", 0.108), ("round 56 clear c9", 0.313), ("round 57 wire z33", 0.225), ("round 57 wire z34", 0.208), ("round 57 clear c11", 0.131), ("round 57 clear c10", 0.106), ("round 58 wire z35", 0.152), ("round 58 clear c13", 0.217), ("round 58 clear c12", 0.103), ("round 59 wire z36", 0.084), ("round 59 clear c15", 0.208), ("round 59 clear c14", 0.164), ("round 61 wire z37", 0.154), ("round 61 clear c16", 0.204), ("round 61 wire z38", 0.186), ("round 61 clear c17", 0.138), ("round 61 wire z39", 0.176), ("round 61 clear c18", 0.224), ("round 61 clear c19", 0.050), ("round 62 wire z40", 0.192), ("round 62 clear c20", 0.317), ("round 62 wire z41", 0.153), ("round 62 clear c21", 0.517), ("round 62 wire z42", 0.132), ("round 62 clear c22", 0.117), ("round 62 clear c23", 0.383), ("round 62 clear c24", 0.117), ("round 62 clear c26", 0.250), ("round 62 clear c25", 0.317), ("round 62 clear c28", 0.383), ("round 62 clear c27", 0.050), ("round 63 wire z43", 0.134), ("round 63 clear c29", 0.300), ("round 63 clear c30", 0.250), ("round 63 clear c31", 0.117), ("round 63 clear c32", 0.050), ("round 63 wire z44", 0.132), ("round 63 wire z45", 0.158), ("round 63 clear c33", 0.050), ("round 63 clear c34", 0.500), ("round 63 wire z46", 0.152), ("round 63 clear c35", 0.317), ("round 63 wire z47", 0.160), ("round 63 clear c36", 0.050), ("round 63 clear c37", 0.050), ("round 63 wire z48", 0.115), ("round 63 clear c38", 0.336), ("round 64 wire z49", 0.164), ("round 64 clear c39", 0.517), ("round 64 wire z50", 0.194), ("round 64 wire z51", 0.141), ("round 64 wire z52", 0.152), ("round 64 wire z53", 0.166), ("round 64 wire z54", 0.109), ("round 64 wire z56", 0.201), ("round 64 wire z55", 0.155), ("round 64 wire z58", 0.171), ("round 64 wire z57", 0.209), ("round 65 wire z59", 0.095), ("round 65 wire z60", 0.185), ("round 65 wire z61", 0.164), ("round 65 wire z62", 0.160), ("round 65 wire z63", 0.179), ("round 65 wire z64", 0.170), ("round 65 wire z66", 0.173), ("round 65 wire z65", 0.175), ("round 66 wire z67", 0.115), ("round 66 wire z68", 0.076), ("round 66 wire z70", 0.195), ("round 66 wire z69", 0.169), ("round 66 wire z71", 0.125), ("round 66 wire z72", 0.134), ("round 67 wire z73", 0.130), ("round 67 wire z74", 0.092), ("round 67 wire z76", 0.145), ("round 67 wire z75", 0.108), ("round 67 wire z77", 0.092), ("round 67 wire z78", 0.124), ("round 68 wire z79", 0.103), ("round 68 wire z80", 0.110), ("round 68 wire z81", 0.168), ("round 68 wire z82", 0.148), ("round 68 wire z84", 0.200), ("round 68 wire z83", 0.128), ("round 68 wire z86", 0.236), ("round 68 wire z85", 0.173), ("round 69 wire z87", 0.112), ("round 69 wire z88", 0.156), ("round 69 wire z89", 0.182), ("round 69 wire z90", 0.115), ("round 69 clear c40", 0.317), ("round 69 clear c41", 0.121), ("round 70 clear c42", 0.264), ("round 70 clear c43", 0.141), ("round 70 clear c44", 0.323), ("round 70 clear c45", 0.281), ("round 71 clear c47", 0.217), ("round 71 clear c46", 0.050), ("round 71 clear c48", 0.127), ("round 71 clear c49", 0.317), ("round 72 clear c50", 0.117), ("round 72 clear c51", 0.186), ("round 72 clear c52", 0.117), ("round 72 clear c53", 0.317), ("round 72 clear c54", 0.050), ("round 73 clear c55", 0.208), ("round 73 clear c56", 0.363), ("round 73 clear c57", 0.117), ("round 73 clear c58", 0.098), ("round 73 clear c59", 0.250), ("round 74 clear c60", 0.524), ("round 74 clear c61", 0.100), ("round 74 clear c62", 0.300), ("round 74 clear c63", 0.240), ("round 74 clear c64", 0.193), ("round 75 clear c65", 0.098), ("round 75 clear c66", 0.050), ("round 75 clear c67", 0.150), ("round 75 clear c68", 0.272), ("round 75 clear c69", 0.183)];

#[test]
fn plain_sentences_give_their_code() {
    let coder = Coder::new(Arc::new(Lexicon::builtin().expect("built-in lexicon")));
    let check = vocab::Check {
        file: "tests/gold/vocab-check-en.tsv",
        first_block: "written",
        floors: FLOOR_EXACT,
        ceilings: CEILING_FALSE,
        sum: (" wire ", "all blind wire blocks"),
    };
    vocab::run(&check, &coder);
}
