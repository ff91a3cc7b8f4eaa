//! The French coder against `tests/gold/vocab-check-fr.tsv`: blocks of
//! French news sentences drawn at random from the French corpus
//! (`scripts/draw-vocab-fr`) and coded by hand before sitrep coded them, in
//! the line format of the English check (`vocab_check.rs`, whose code both
//! share in `vocab/mod.rs`). Printed with `cargo test -p sitrep-coder
//! --release --test vocab_check_fr -- --nocapture`: per block, how many rows
//! give their exact code, their root only, another root or no event, per
//! root; the relaxed P/R/F1 (root; root with the first three letters of both
//! actor codes); the misses; the no-event lines that give an event; then the
//! sum over all French blocks. The test fails only below a block's floor or
//! above its ceiling, set 0.05 under (over) the figures measured when the
//! block's lexicon rows were written: guards, never targets to tune rules to.

mod vocab;

use std::sync::Arc;

use sitrep_coder::Coder;
use sitrep_lexicon::{Language, Lexicon};

/// Share of a block's rows that must give their exact code, by block, and
/// (below) the share of its `#-` lines that may give an event.
///
/// `round 60 fr f1` (helper frblind, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 60201`, 200 sentences (140 OrangeSum `politique`/`monde`, 60
/// MasakhaNEWS French), every one kept in the order drawn: 54 event
/// sentences (70 rows), 146 `#-` lines, annotated blind and committed before
/// sitrep coded any of them. Before its rows: exact 8 of 70 (0.114), relaxed
/// root P 0.533 R 0.114 F1 0.188, root and actors F1 0.071, 1 of 146 no-event
/// lines with an event (0.007). Its rows (`# round 2 frblind` in fr/verbs.tsv:
/// fr_prendre_a_partie, fr_insurger_contre, fr_indigner_contre,
/// fr_tonner_contre, fr_convier, fr_convier_discussions,
/// fr_afficher_desaccord, fr_exprimer_desaccord, fr_plaindre_aupres,
/// fr_plaindre_de, fr_qualifier_positif, fr_qualifier_negatif,
/// fr_organiser_manifestation, fr_organiser_greve, fr_faire_concessions_a,
/// fr_faire_concessions, fr_tirer_missiles_sur, fr_appel_au_secours,
/// fr_ratifier_any, fr_condamner_pour, fr_maintenir_cooperation,
/// fr_dire_determine_vaincre, fr_annoncer_tenue_reunion, fr_insulter,
/// fr_injurier, fr_offrir_allegement_sanctions,
/// fr_promettre_allegement_sanctions; fr/evaluations.tsv fr_eval_indigne,
/// fr_eval_precieux; fr/agents.tsv ELI "ancien chef d'État" and a `-` row
/// for "s'est insurgé"; fr/cues.tsv speech verbs of the incise "tonne",
/// "s'est insurgé", "s'est ému" …). After: exact 16 of 70 (0.229), relaxed
/// root P 0.708 R 0.243 F1 0.362, root and actors P 0.458 R 0.157 F1 0.234,
/// still 1 of 146 (0.007). Floor 0.179, ceiling 0.057. What the rows could
/// not mend, by construction: tests/gold/misses/r60-fr-f1.txt.
///
/// `round 60 fr f2` (helper frblind2, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 60202 --n-orangesum 120 --n-masakhane 80 --masakhane-parity even`,
/// 200 sentences (120 OrangeSum `politique`/`monde`, 80 MasakhaNEWS French
/// of articles whose id ends in an even digit), every one kept in the order
/// drawn: 56 event sentences (71 rows), 144 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 5 of 71
/// (0.070), relaxed root P 0.625 R 0.141 F1 0.230, root and actors F1 0.069,
/// 3 of 144 no-event lines with an event (0.021). Its rows (`# round 2
/// frblind2` in fr/verbs.tsv: fr_occuper_zone, fr_provoquer_colere,
/// fr_susciter_colere, fr_declencher_colere, fr_susciter_sympathie,
/// fr_rencontrer_groupe, fr_epingler, fr_epingler_gestion,
/// fr_vent_debout_contre, fr_dire_preoccupe_cite, fr_dire_pret_soutenir,
/// fr_crier_demission, fr_scander_demission,
/// fr_promettre_reponse_judiciaire, fr_promettre_poursuites,
/// fr_lancer_invitation, fr_adresser_invitation, fr_appeler_conference,
/// fr_indigner, fr_prolonger_etat_urgence, fr_prolonger_couvre_feu,
/// fr_prolongation_etat_urgence, fr_reclamer_fournitures,
/// fr_mettre_fin_etat_urgence, fr_mettre_fin_couvre_feu; fr/agents.tsv GOV
/// "chambre régionale des comptes"; actors Laurent Berger, Jean-Jacques
/// Urvoas, Bernard Accoyer, David Belliard, Sens commun, the CGT, CFDT and
/// Force ouvrière, the acronyms CGT and CFDT in fr/actor-names.tsv only).
/// After: exact 18 of 71 (0.254), relaxed root P 0.760 R 0.268 F1 0.396,
/// root and actors P 0.400 R 0.141 F1 0.208, still 3 of 144 (0.021); all
/// French blocks root F1 0.298 -> 0.387, root and actors 0.155 -> 0.230.
/// Floor 0.203, ceiling 0.071. What the rows could not mend, by
/// construction: tests/gold/misses/r60-fr-f2.txt.
///
/// `round 60 fr f3` (helper frblind3, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 60301 --n-orangesum 150 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held block f1 only (150 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of even ids), every one kept
/// in the order drawn but the one sentence block f2 also drew: 199
/// sentences, 62 event sentences (70 rows), 137 `#-` lines, annotated blind
/// and committed before sitrep coded any of them. Before its rows (main's
/// lexicon after f2's merge): exact 12 of 70 (0.171), relaxed root P 0.667
/// R 0.200 F1 0.308, root and actors F1 0.132, 1 of 137 no-event lines with
/// an event (0.007). Its rows (`# round 2 frblind3` in fr/verbs.tsv:
/// fr_contester_decision, fr_contester_legitimite, fr_recadrer,
/// fr_rappeler_a_l_ordre, fr_rappeler_x_a_l_ordre, fr_exprimer_regrets,
/// fr_exprimer_regrets_a, fr_exprimer_reconfort, fr_exprimer_reconfort_a,
/// fr_sommer_de, fr_sommer_any, fr_interdire_a, fr_interdire_entree,
/// fr_tester_arme, fr_bloquer_inspection, fr_entraver_inspection,
/// fr_refuser_inspection, fr_juger_pour, fr_renvoyer_proces; actors
/// Agnès Pannier-Runacher, Jean-Baptiste Lemoyne, Caroline Fiat, Hubert
/// Wulfranc, Boris Vallaud, Yves Veyrier, Philippe Martinez, Martine
/// Vassal, Carole Delga, Robert Redfield, the UNSA, CFE-CGC and Solidaires
/// unions, the WWF and the PNF, French names in fr/actor-names.tsv only).
/// After: exact 18 of 70 (0.257), relaxed root P 0.741 R 0.286 F1 0.412,
/// root and actors P 0.296 R 0.114 F1 0.165, still 1 of 137 (0.007); all
/// French blocks root F1 0.378 -> 0.410, root and actors 0.203 -> 0.212.
/// Floor 0.207, ceiling 0.057. What the rows could not mend, by
/// construction: tests/gold/misses/r60-fr-f3.txt.
///
/// `round 60 fr f4` (helper frblind4, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 60401 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French
/// of articles whose id ends in an even digit), every one kept in the order
/// drawn: 39 event sentences (44 rows), 111 `#-` lines, annotated blind and
/// committed before sitrep coded any of them (one code corrected by the
/// codebook afterwards, 186 -> 185, where sitrep gave nothing). Before its
/// rows: exact 9 of 44 (0.205), relaxed root P 0.667 R 0.227 F1 0.339, root
/// and actors F1 0.136, 2 of 111 no-event lines with an event (0.018). Its
/// rows (`# round 2 frblind4` in fr/verbs.tsv: fr_brocarder, fr_railler,
/// fr_ridiculiser, fr_tancer, fr_etriller, fr_moquer_de,
/// fr_qualifier_insulte, fr_mettre_en_cause_any, fr_deposer_plainte_any,
/// fr_porter_plainte_any, fr_appeler_manifester, fr_appeler_journee_action,
/// fr_annoncer_reprise_greve, fr_multiplier_arrestations,
/// fr_proceder_arrestation, fr_annoncer_assouplissement,
/// fr_demander_deploiement_force, fr_appeler_deploiement_force,
/// fr_declarer_manifestation). After: exact 20 of 44 (0.455), relaxed root
/// P 0.833 R 0.455 F1 0.588, root and actors P 0.500 R 0.273 F1 0.353,
/// still 2 of 111 (0.018); all French blocks root F1 0.398 -> 0.448, root
/// and actors 0.199 -> 0.238 (block f1 20 -> 21 exact out of sample).
/// Floor 0.404, ceiling 0.068. What the rows could not mend, by
/// construction: tests/gold/misses/r60-fr-f4.txt.
///
/// `round 61 fr f5` (helper frblind5, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 61501 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French
/// of articles whose id ends in an even digit) drawn while the file held
/// blocks f1-f4, every one kept in the order drawn: 34 event sentences (36
/// rows), 116 `#-` lines, annotated blind and committed before sitrep coded
/// any of them (two codes corrected by the codebook afterwards, indictments
/// 112 -> 173, where sitrep gave nothing). Before its rows: exact 10 of 36
/// (0.278), relaxed root P 0.714 R 0.278 F1 0.400, root and actors F1
/// 0.160, 1 of 116 no-event lines with an event (0.009). Its rows (`# round
/// 3 frblind5` in fr/verbs.tsv: fr_parler_actes_indignes,
/// fr_evoquer_actes_indignes, fr_presenter_demande_adhesion,
/// fr_deposer_demande_adhesion, fr_soumettre_demande_adhesion,
/// fr_esperer_etre_recu, fr_souhaiter_etre_recu, fr_demander_etre_recu,
/// fr_mettre_en_place_controles_export, fr_demander_tete_de,
/// fr_reclamer_tete_de, fr_exiger_tete_de, fr_viser_par_bombe,
/// fr_attribuer_attaque_a; actors Alain Rousset, François de Rugy,
/// Jean-Pierre Jouyet, Christophe Girard, Jérôme Lavrilleux, Ilhan Omar,
/// the ICTR and the IRMCT, their French names TPIR and MTPI in
/// fr/actor-names.tsv). After: exact 16 of 36 (0.444), relaxed root P 0.773
/// R 0.472 F1 0.586, root and actors P 0.364 R 0.222 F1 0.276, still 1 of
/// 116 (0.009); all French blocks root F1 0.442 -> 0.467, root and actors
/// 0.228 -> 0.243 (blocks f1-f4 unchanged). Floor 0.394, ceiling 0.059.
/// What the rows could not mend, by construction:
/// tests/gold/misses/r61-fr-f5.txt.
///
/// `round 61 fr f6` (helper frblind6, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 61601 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f4 (block f5 drawn at the same time
/// by another helper), 150 sentences (100 OrangeSum `politique`/`monde`, 50
/// MasakhaNEWS French of articles whose id ends in an even digit), every one
/// kept in the order drawn: 33 event sentences (42 rows), 117 `#-` lines,
/// annotated blind and committed before sitrep coded any of them. Before
/// its rows: exact 3 of 42 (0.071), relaxed root P 0.600 R 0.071 F1 0.128,
/// root and actors F1 0.085, 1 of 117 no-event lines with an event (0.009).
/// Its rows (`# round 3 frblind6` in fr/verbs.tsv:
/// fr_avoir_entretiens_mutuel, fr_tenir_entretiens_mutuel,
/// fr_accepter_se_rencontrer, fr_convenir_se_rencontrer,
/// fr_condamner_en_appel, fr_condamner_appel_any, fr_contester_en_justice,
/// fr_contester_devant_tribunal, fr_voter_censure,
/// fr_motion_censure_contre, fr_mepriser, fr_qualifier_nom_blame,
/// fr_plaider_politique, fr_demander_interdiction,
/// fr_reclamer_interdiction, fr_contacter_livrer, fr_demander_remise,
/// fr_combattre_affilies, fr_tuer_accord (`-`); fr/agents.tsv GOV
/// ombudsmen "Défenseur des droits", "défenseur du peuple"; actors Franklin
/// Roosevelt, Winston Churchill, Joseph Stalin ("Staline" in
/// fr/actor-names.tsv), Thierry Lepaon). After: exact 11 of 42 (0.262),
/// relaxed root P 0.846 R 0.262 F1 0.400, root and actors P 0.692 R 0.214
/// F1 0.327, still 1 of 117 (0.009); all French blocks root F1 0.408 ->
/// 0.439, root and actors 0.221 -> 0.251 (blocks f1-f4 unchanged in exact
/// rows). Floor 0.212, ceiling 0.059. What the rows could not mend, by
/// construction: tests/gold/misses/r61-fr-f6.txt.
///
/// `round 61 fr f7` (helper frblind7, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 61701 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f6, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 39 event sentences
/// (49 rows), 111 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 4 of 49 (0.082), relaxed root
/// P 0.625 R 0.102 F1 0.175, root and actors F1 0.070, 0 of 111 no-event
/// lines with an event. Its rows (`# round 3 frblind7` in fr/verbs.tsv:
/// fr_exprimer_tristesse, fr_demander_a_liberation, fr_nier_manquement,
/// fr_renvoyer_responsabilite_sur, fr_rejeter_responsabilite_sur,
/// fr_faire_eloge, fr_dire_ouvert_discussion, fr_condamner_contumace,
/// fr_recaler, fr_proposer_rencontrer, fr_se_jeter_sur,
/// fr_multiplier_visites, fr_appeler_laisser_justice, fr_lancer_invasion;
/// fr/agents.tsv HRI "organisations de défense des droits"; "Occident",
/// "Occidentaux", "pays occidentaux" … for WST in fr/actor-names.tsv;
/// actors Sylvie Goulard, Steffen Seibert, Rashida Tlaib, Frans
/// Timmermans, Anna Popova). After: exact 20 of 49 (0.408), relaxed root
/// P 0.900 R 0.367 F1 0.522, root and actors P 0.500 R 0.204 F1 0.290,
/// still 0 of 111; all French blocks root F1 0.426 -> 0.465, root and
/// actors 0.230 -> 0.255 (blocks f1-f6 unchanged). Floor 0.358, ceiling
/// 0.050. What the rows could not mend, by construction:
/// tests/gold/misses/r61-fr-f7.txt.
///
/// `round 61 fr f8` (helper frblind8, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 61801 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f7, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 39 event sentences
/// (44 rows), 111 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 5 of 44 (0.114), relaxed root
/// P 0.455 R 0.114 F1 0.182, root and actors F1 0.073, 2 of 111 no-event
/// lines with an event (0.018). Its rows (`# round 3 frblind8` in
/// fr/verbs.tsv: fr_rendre_hommage_figure, fr_dire_satisfait_de,
/// fr_nier_desaccord, fr_elever_contre, fr_echanger_amabilites,
/// fr_deployer_avions_avertir, fr_envoyer_avions_zone,
/// fr_faire_pression_pour, fr_faire_pression_sur, fr_interroger_enqueteurs,
/// fr_echanges_avec, fr_faire_grincer_dents; actors Juliette Méadel, Sophia
/// Chikirou, Patrick Balkany, the police union Unité SGP Police FO). After:
/// exact 12 of 44 (0.273), relaxed root P 0.647 R 0.250 F1 0.361, root and
/// actors P 0.235 R 0.091 F1 0.131, still 2 of 111 (0.018); all French
/// blocks (f8 counted in both) root F1 0.439 -> 0.454, root and actors
/// 0.238 -> 0.242 (blocks f1-f7 unchanged). Floor 0.223, ceiling 0.068.
/// What the rows could not mend, by construction:
/// tests/gold/misses/r61-fr-f8.txt.
///
/// `round 61 fr f9` (helper frblind9, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 61901 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`
/// drawn while the file held blocks f1-f8, 100 sentences (70 OrangeSum
/// `politique`/`monde`, 30 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 21 event sentences
/// (23 rows), 79 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 5 of 23 (0.217), relaxed root
/// P 0.778 R 0.304 F1 0.438, root and actors F1 0.250, 2 of 79 no-event
/// lines with an event (0.025). Its rows (`# round 3 frblind9` in
/// fr/verbs.tsv: fr_reiterer_opposition, fr_reaffirmer_opposition,
/// fr_rappeler_opposition, fr_reiterer_critiques, fr_reaffirmer_critiques,
/// fr_renouveler_critiques, fr_etayer_diatribe, fr_poursuivre_diatribe,
/// fr_accuser_de_discours, fr_faire_objet_enquete, fr_concert_casseroles,
/// fr_adresser_appel_pied, fr_faire_appel_pied, fr_interroger_armee,
/// fr_renvoyer_frontiere, fr_faire_face_manifestations; actor Cédric
/// Villani). After: exact 12 of 23 (0.522), relaxed root P 0.867 R 0.565
/// F1 0.684, root and actors P 0.400 R 0.261 F1 0.316, still 2 of 79
/// (0.025); all French blocks (f9 counted in both) root F1 0.454 -> 0.468,
/// root and actors 0.243 -> 0.246 (blocks f1-f8 unchanged). Floor 0.472,
/// ceiling 0.075. What the rows could not mend, by construction:
/// tests/gold/misses/r61-fr-f9.txt.
///
/// `round 62 fr f10` (helper frblind10, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 62001 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`
/// drawn while the file held blocks f1-f9, 100 sentences (70 OrangeSum
/// `politique`/`monde`, 30 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 19 event sentences
/// (22 rows), 81 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 2 of 22 (0.091), relaxed root
/// P 0.222 R 0.091 F1 0.129, root and actors F1 0.065, 5 of 81 no-event
/// lines with an event (0.062). Its rows (`# round 3 frblind10` in
/// fr/verbs.tsv: fr_faire_face_critiques, fr_essuyer_critiques,
/// fr_subir_critiques, fr_livrer_requisitoire, fr_dresser_requisitoire,
/// fr_dire_decu, fr_declarer_decu, fr_appeler_adv_a; actors Sundar Pichai
/// and the Inter-American Commission on Human Rights, "CIDH" in
/// fr/actor-names.tsv). After: exact 4 of 22 (0.182), relaxed root P 0.364
/// R 0.182 F1 0.242, root and actors P 0.273 R 0.136 F1 0.182, still 5 of
/// 81 (0.062); all French blocks (f10 counted in both) root F1 0.452 ->
/// 0.457, root and actors 0.238 -> 0.243 (blocks f1-f9 unchanged). Floor
/// 0.132, ceiling 0.112. What the rows could not mend, by construction:
/// tests/gold/misses/r62-fr-f10.txt.
///
/// `round 62 fr f11` (helper frblind11, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 62101 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f10, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 39 event sentences
/// (43 rows), 111 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 5 of 43 (0.116), relaxed root
/// P 0.538 R 0.163 F1 0.250, root and actors F1 0.036, 3 of 111 no-event
/// lines with an event (0.027). Its rows (`# round 3 frblind11` in
/// fr/verbs.tsv: fr_mettre_examen_passif, fr_effectuer_exercices,
/// fr_conduire_exercices, fr_effectuer_exercices_avec, fr_heurter_colere,
/// fr_bousculer, fr_saisir_au_sujet, fr_saisir_au_sujet_long,
/// fr_viser_sanctions, fr_passer_accord_avec, fr_allouer,
/// fr_attribuer_fonds, fr_etablir_contact, fr_prendre_contact,
/// fr_objet_interpellations, fr_exploser_bombe_nucleaire,
/// fr_monter_creneau_contre, fr_accueillir_jour; "pape", "pape François",
/// "souverain pontife" in fr/actor-names.tsv; actors Sébastien Chenu,
/// Delphine Batho, Alain Therrien). After: exact 18 of 43 (0.419), relaxed
/// root P 0.750 R 0.419 F1 0.537, root and actors P 0.333 R 0.186 F1 0.239,
/// still 3 of 111 (0.027); all French blocks (f11 counted in both) root F1
/// 0.441 -> 0.466, root and actors 0.227 -> 0.242 (f5 exact 0.444 -> 0.472,
/// the other blocks unchanged). Floor 0.369, ceiling 0.077. What the rows
/// could not mend, by construction: tests/gold/misses/r62-fr-f11.txt.
///
/// `round 62 fr f12` (helper frblind12, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 62201 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f11, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 27 event sentences
/// (33 rows), 123 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 5 of 33 (0.152), relaxed root
/// P 0.429 R 0.182 F1 0.255, root and actors P 0.214 R 0.091 F1 0.128, 2 of
/// 123 no-event lines with an event (0.016). Its rows (`# round 3
/// frblind12` in fr/verbs.tsv: fr_rendre_hommage_adj,
/// fr_rendre_esquisse_hommage, fr_dejeuner_avec, fr_diner_avec,
/// fr_partager_repas_avec, fr_faire_part_scepticisme,
/// fr_faire_porter_chapeau_a, fr_faire_porter_chapeau, fr_appeler_de_a,
/// fr_appeler_instaurer). After: exact 12 of 33 (0.364), relaxed root P
/// 0.600 R 0.364 F1 0.453, root and actors P 0.350 R 0.212 F1 0.264, still
/// 2 of 123 (0.016); all French blocks (f12 counted in both) root F1 0.455
/// -> 0.467, root and actors 0.238 -> 0.246 (blocks f1-f11 unchanged).
/// Floor 0.314, ceiling 0.066. What the rows could not mend, by
/// construction: tests/gold/misses/r62-fr-f12.txt.
///
/// `round 62 fr f13` (helper frblind13, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 62301 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f12, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 27 event sentences
/// (37 rows), 123 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 2 of 37 (0.054), relaxed root
/// P 0.182 R 0.054 F1 0.083, root and actors P 0.182 R 0.054 F1 0.083, 6 of
/// 123 no-event lines with an event (0.049). Its rows (`# round 3
/// frblind13` in fr/verbs.tsv: fr_se_rejeter_responsabilite,
/// fr_faire_objet_critiques, fr_susciter_protestations_de,
/// fr_deposer_actor, fr_rendre_pouvoir_civils, fr_rendre_pouvoir_a,
/// fr_reduire_aide_humanitaire, fr_reduire_aide, fr_faire_fi,
/// fr_recevoir_soutien_de, fr_propos_contre, fr_ouvrir_ambassade,
/// fr_expliquer_presse, fr_indiquer_presse, fr_affirmer_presse; "édile",
/// "élus locaux", "conseiller municipal" GOV in fr/agents.tsv; actors Fabien
/// Di Filippo, Samia Ghali, Cédric O, Ismaël Emelien). After: exact 14 of
/// 37 (0.378), relaxed root P 0.619 R 0.351 F1 0.448, root and actors P
/// 0.571 R 0.324 F1 0.414, 5 of 123 (0.041); all French blocks (f13 counted
/// in both) root F1 0.439 -> 0.460, root and actors 0.238 -> 0.258 (blocks
/// f1-f12 unchanged); French dev gold output unchanged. Floor 0.328,
/// ceiling 0.091. What the rows could not mend, by construction:
/// tests/gold/misses/r62-fr-f13.txt.
///
/// `round 62 fr f14` (helper frblind14, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 62401 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f13, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 35 event sentences
/// (46 rows), 115 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 7 of 46 (0.152), relaxed root
/// P 0.500 R 0.196 F1 0.281, root and actors P 0.167 R 0.065 F1 0.094, 2 of
/// 115 no-event lines with an event (0.017). Its rows (`# round 3
/// frblind14` in fr/verbs.tsv: fr_comparer_insulte,
/// fr_retrouver_sous_feu_critiques, fr_accueillir_favorablement,
/// fr_accueillir_froidement, fr_accueillir_avec_satisfaction,
/// fr_accueillir_avec_scepticisme, fr_rendre_responsable,
/// fr_tenir_pour_responsable, fr_prendre_distances, fr_frapper_personne,
/// fr_redeposer_motion_censure, fr_demander_a_de_annuler,
/// fr_demander_a_de_semparer, fr_emparer_dossier, fr_interpeller_par_elus,
/// fr_deposer_recours_devant, fr_reduction_aide_a, fr_transferer_a,
/// fr_mettre_feu_a, fr_plaindre_que, fr_bloquer_approvisionnement_any,
/// fr_se_renvoyer_balle, fr_reclamer_exclusion, fr_exiger_exclusion,
/// fr_demander_exclusion, fr_admettre_avoir; actors Aurélie Filippetti,
/// Agnès Thill, Alexandre Benalla, Svetlana Alexievitch). After: exact 20 of
/// 46 (0.435), relaxed root P 0.741 R 0.435 F1 0.548, root and actors P
/// 0.407 R 0.239 F1 0.301, 2 of 115 (0.017); all French blocks (f14 counted
/// in both) root F1 0.448 -> 0.471, root and actors 0.247 -> 0.261 (f8
/// exact 12 -> 13 of 44, f10 5 -> 6 of 22, out of sample; the others
/// unchanged); French and English dev gold output unchanged. Floor 0.385,
/// ceiling 0.067. What the rows could not mend, by construction:
/// tests/gold/misses/r62-fr-f14.txt.
/// `round 63 fr f15` (helper frblind15, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63401 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f14, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 37 event sentences
/// (42 rows), 113 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 12 of 42 (0.286), relaxed root
/// P 0.667 R 0.238 F1 0.351, root and actors P 0.333 R 0.119 F1 0.175, 3 of
/// 113 no-event lines with an event (0.027). Its rows (`# round 4
/// frblind15` in fr/verbs.tsv: fr_debrayer, fr_se_mettre_en_greve,
/// fr_entrer_en_greve, fr_declarer_satisfait_de,
/// fr_prendre_adverbe_distances, fr_faire_bondir; actors Julien Odoul,
/// Rémi Féraud, Daniel Fasquelle, Yousef Al Otaiba). After: exact 13 of 42
/// (0.310), relaxed root P 0.688 R 0.262 F1 0.379, root and actors P 0.375
/// R 0.143 F1 0.207, 3 of 113 (0.027); all French blocks (f15 counted in
/// both) root F1 0.464 -> 0.465, root and actors 0.256 -> 0.258 (the other
/// blocks unchanged; French and English dev gold output unchanged). Floor 0.260, ceiling 0.077. What the rows could not
/// mend, by construction: tests/gold/misses/r63-fr-f15.txt.
///
/// `round 63 fr f16` (helper frblind16, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63402 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f14, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 33 event sentences
/// (42 rows), 117 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 6 of 42 (0.143), relaxed root
/// P 0.533 R 0.190 F1 0.281, root and actors P 0.267 R 0.095 F1 0.140, 3 of
/// 117 no-event lines with an event (0.026). Its rows (`# round 4
/// frblind16` in fr/verbs.tsv: fr_{provoquer,susciter,declencher,soulever}_
/// {tolle,levee_boucliers,pluie_critiques}, fr_se_montrer_critique_envers,
/// fr_se_montrer_critique_egard, fr_se_montrer_critique_vis,
/// fr_faire_lumiere_sur, fr_envoyer_en_prison, fr_requerir_contre,
/// fr_distribuer_vivres; actors Zhang Jun, Steve Linick, Hala Zayed,
/// Aurélien Pradié, David Rachline, the party Génération.s). After: exact 12
/// of 42 (0.286), relaxed root P 0.619 R 0.310 F1 0.413, root and actors P
/// 0.286 R 0.143 F1 0.190, 3 of 117 (0.026); all French blocks (f16 counted
/// in both) root F1 0.460 -> 0.467, root and actors 0.254 -> 0.257; French
/// and English dev gold figures unchanged. Floor 0.236, ceiling 0.076. What
/// the rows could not mend, by construction: tests/gold/misses/r63-fr-f16.txt.
///
/// `round 63 fr f17` (helper frblind17, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63403 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f16, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 38 event sentences
/// (41 rows), 112 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 7 of 41 (0.171), relaxed root
/// P 0.700 R 0.171 F1 0.275, root and actors P 0.400 R 0.098 F1 0.157, 0 of
/// 112 no-event lines with an event (0.000). Its rows (`# round 4
/// frblind17` in fr/verbs.tsv: fr_s_en_prendre_a, fr_faire_aller_retour,
/// fr_remettre_dons, fr_qualifier_offensant, fr_donner_delai_pour,
/// fr_appeler_date_a, fr_exposer_situation_a). After: exact 11 of 41
/// (0.268), relaxed root P 0.786 R 0.268 F1 0.400, root and actors P 0.500
/// R 0.171 F1 0.255, 0 of 112 (0.000); all French blocks (f17 counted in
/// both) root F1 0.454 -> 0.459, root and actors 0.250 -> 0.254 (the other
/// blocks unchanged). Floor 0.218, ceiling 0.050. What the rows could not
/// mend, by construction: tests/gold/misses/r63-fr-f17.txt.
///
/// `round 63 fr f18` (helper frblind18, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63404 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f17, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 38 event sentences
/// (44 rows), 112 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 7 of 44 (0.159), relaxed root
/// P 0.474 R 0.205 F1 0.286, root and actors P 0.158 R 0.068 F1 0.095, 5 of
/// 112 no-event lines with an event (0.045). Its rows (`# round 4
/// frblind18` in fr/verbs.tsv: fr_{repousser,rejeter,refuser,decliner}_
/// offres_aide, fr_balayer_critiques, fr_balayer_accusations,
/// fr_se_montrer_oppose_a, fr_rompre_alliance_avec, fr_rejeter_invasion,
/// fr_attaquer_diffamation, fr_qualifier_injuste, fr_gifler; actors Jean
/// Leonetti, Éric Coquerel, Denis Baupin, Gilbert Collard, Pierre Charon,
/// Sébastien Pilard; the police actor of one row spelled FRACOP after the
/// blind commit). After: exact 14 of 44 (0.318), relaxed root P 0.652 R
/// 0.341 F1 0.448, root and actors P 0.304 R 0.159 F1 0.209, 5 of 112
/// (0.045); all French blocks (f18 counted in both) root F1 0.450 -> 0.459,
/// root and actors 0.245 -> 0.251 (the other blocks unchanged). Floor 0.268,
/// ceiling 0.095. What the rows could not mend, by construction:
/// tests/gold/misses/r63-fr-f18.txt.
/// `round 63 fr f19` (helper frblind19, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63405 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f18, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 28 event sentences
/// (37 rows), 122 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 6 of 37 (0.162), relaxed root
/// P 0.571 R 0.216 F1 0.314, root and actors P 0.429 R 0.162 F1 0.235, 3 of
/// 122 no-event lines with an event (0.025). Its rows (`# round 4
/// frblind19` in fr/verbs.tsv: fr_excuser_any, fr_jouer_les_mediateurs,
/// fr_etre_critique_{envers,egard}, fr_feliciter_adversaire,
/// fr_conference_telephonique_avec, fr_participer_conference_telephonique,
/// fr_scander_slogans, fr_accuser_deux_poids). After: exact 8 of 37
/// (0.216), relaxed root P 0.611 R 0.297 F1 0.400, root and actors P 0.389
/// R 0.189 F1 0.255, 3 of 122 (0.025); all French blocks (f19 counted in
/// both) root F1 0.452 -> 0.455, root and actors 0.251 -> 0.251. Floor
/// 0.166, ceiling 0.075. What the rows could not mend, by construction:
/// tests/gold/misses/r63-fr-f19.txt.
/// `round 63 fr f20` (helper frblind20, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63406 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`
/// drawn while the file held blocks f1-f19, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an even digit), every one kept in the order drawn: 35 event sentences
/// (41 rows), 115 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 9 of 41 (0.220), relaxed root
/// P 0.727 R 0.195 F1 0.308, root and actors P 0.364 R 0.098 F1 0.154, 1 of
/// 115 no-event lines with an event (0.009). Its rows (`# round 4
/// frblind20` in fr/verbs.tsv: fr_enerver_contre, fr_preter_assistance,
/// fr_ne_pas_souhaiter_commenter, fr_accepter_suspendre_bombardements,
/// fr_imposer_droits_douane, fr_relever_droits_douane,
/// fr_discussions_avec_noun). After: exact 9 of 41 (0.220), relaxed root
/// P 0.692 R 0.220 F1 0.333, root and actors P 0.308 R 0.098 F1 0.148, 1 of
/// 115 (0.009); all French blocks (f20 counted in both) root F1 0.449 ->
/// 0.450, root and actors 0.247 -> 0.247. Floor 0.170, ceiling 0.059. What
/// the rows could not mend, by construction: tests/gold/misses/r63-fr-f20.txt.
/// `round 64 fr f21` (helper frblind21, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63407 --n-orangesum 100 --n-masakhane 50 --masakhane-parity odd`
/// drawn while the file held blocks f1-f20, 150 sentences (100 OrangeSum
/// `politique`/`monde`, 50 MasakhaNEWS French of articles whose id ends in
/// an odd digit, as the block's prompt asked), every one kept in the order
/// drawn: 16 event sentences (20 rows), 134 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 3 of 20
/// (0.150), relaxed root P 0.333 R 0.200 F1 0.250, root and actors P 0.083
/// R 0.050 F1 0.063, 6 of 134 no-event lines with an event (0.045). Its rows
/// (`# round 4 frblind21` in fr/verbs.tsv: fr_recevoir_jour,
/// fr_imputer_attaque_a, fr_imputer_a_attaque, fr_attribuer_a_attaque,
/// fr_menacer_deployer_armee, fr_accueillir_nombre; actors/people.tsv
/// Alexis Corbière, Clémentine Autain, Gilles Le Gendre). After: exact 6 of
/// 20 (0.300), relaxed root P 0.500 R 0.350 F1 0.412, root and actors P
/// 0.214 R 0.150 F1 0.176, 5 of 134 (0.037); all French blocks (f21 counted
/// in both) root F1 0.445 -> 0.449, root and actors 0.242 -> 0.245. Floor
/// 0.250, ceiling 0.087. What the rows could not mend, by construction:
/// tests/gold/misses/r64-fr-f21.txt.
/// `round 64 fr f22` (helper frblind22, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63408 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// drawn while the file held blocks f1-f20, 150 sentences (100 OrangeSum
/// politique/monde, 50 MasakhaNEWS even ids): 34 event sentences (42 rows),
/// 116 `#-` lines, annotated blind. Before rows: exact 12/42 (0.286), root P
/// 0.700 R 0.333 F1 0.452, root and actors F1 0.226, false events 3 of 116
/// (0.026); all French blocks (f22 counted) root F1 0.450, root and actors
/// 0.246. Rows fr_instaurer_embargo, fr_encourager_a, fr_suggerer_dialoguer,
/// fr_dire_favorable_mediation, fr_encercler_villes (lexicon/fr/verbs.tsv,
/// `# round 4 frblind22`) left the block's figures unchanged (its sentences
/// need the coder: pronoun sources, quoted verbs, quote-incise blame); the
/// floor and ceiling are the before figures -0.05/+0.05. Misses by
/// construction: tests/gold/misses/r64-fr-f22.txt.
///
/// `round 64 fr f23` (helper frblind23, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63409 --n-orangesum 100 --n-masakhane 50 --masakhane-parity odd`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French
/// of articles whose id ends in an odd digit), every one kept in the order
/// drawn: 32 event sentences (38 rows), 118 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 11 of
/// 38 (0.289), relaxed root P 0.778 R 0.368 F1 0.500, root and actors P
/// 0.500 R 0.237 F1 0.321, 0 of 118 no-event lines with an event (0.000).
/// Its rows (`# round 4 frblind23` in fr/verbs.tsv: fr_infliger_amende,
/// fr_diligenter_inspection, fr_participer_manifestation,
/// fr_menacer_marcher_sur, fr_accepter_ne_pas_cibler). After: exact 14 of
/// 38 (0.368), relaxed root P 0.810 R 0.447 F1 0.576, root and actors P
/// 0.476 R 0.263 F1 0.339, 0 of 118 (0.000); all French blocks (f23 counted
/// in both) root F1 0.452 -> 0.456, root and actors 0.250 -> 0.251. Floor
/// 0.318, ceiling 0.050. What the rows could not mend, by construction:
/// tests/gold/misses/r64-fr-f23.txt.
/// `round 64 fr f24` (helper frblind24, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63410 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French
/// of articles whose id ends in an even digit), every one kept in the order
/// drawn: 28 event sentences (31 rows), 122 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 4 of
/// 31 (0.129), relaxed root P 0.500 R 0.161 F1 0.244, root and actors P
/// 0.400 R 0.129 F1 0.195, 4 of 122 no-event lines with an event (0.033).
/// Its rows (`# round 4 frblind24` in fr/verbs.tsv:
/// fr_rencontrer_ensemble_forces, fr_tendre_main, fr_donner_lecon,
/// fr_prendre_position_pour, fr_prendre_position_faveur, fr_recommander_a_de,
/// fr_demander_levee). After: exact 8 of 31 (0.258), relaxed root P 0.643
/// R 0.290 F1 0.400, root and actors P 0.429 R 0.194 F1 0.267, 4 of 122
/// (0.033); all French blocks (f24 counted in both) root F1 0.449 -> 0.453,
/// root and actors 0.247 -> 0.249. Floor 0.208, ceiling 0.083. What the rows
/// could not mend, by construction: tests/gold/misses/r64-fr-f24.txt.
///
/// `round 64 fr f25` (helper frblind25, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63411 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French
/// of articles whose id ends in an even digit), every one kept in the order
/// drawn: 30 event sentences (35 rows), 120 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 5 of
/// 35 (0.143), relaxed root P 0.500 R 0.229 F1 0.314, root and actors P
/// 0.188 R 0.086 F1 0.118, 3 of 120 no-event lines with an event (0.025).
/// Its rows (`# round 4 frblind25` in fr/verbs.tsv: fr_identifier_responsable,
/// fr_designer_responsable, fr_reprocher_omission, fr_envoyer_soldats_cote).
/// After: exact 7 of 35 (0.200), relaxed root P 0.500 R 0.257 F1 0.340, root
/// and actors P 0.222 R 0.114 F1 0.151, 3 of 120 (0.025); all French blocks
/// (f25 counted in both) root F1 0.450 -> 0.450, root and actors 0.244 ->
/// 0.245. Floor 0.150, ceiling 0.075. What the rows could not mend, by
/// construction: tests/gold/misses/r64-fr-f25.txt.
///
/// `round 64 fr f26` (helper frblind26, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63412 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French
/// of articles whose id ends in an even digit), every one kept in the order
/// drawn: 29 event sentences (34 rows), 121 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 5 of
/// 34 (0.147), relaxed root P 0.778 R 0.206 F1 0.326, root and actors P
/// 0.333 R 0.088 F1 0.140, 0 of 121 no-event lines with an event (0.000).
/// Its rows (`# round 4 frblind26` in fr/verbs.tsv: fr_multiplier_appels_a,
/// fr_culpabiliser, fr_inciter_a, fr_qualifier_discriminatoire,
/// fr_transmettre_a_note_confidentielle, fr_transmettre_note_confidentielle_a,
/// fr_se_faire_exploser; actors Hubert Minnis and Thierry Solère). After:
/// exact 11 of 34 (0.324), relaxed root P 0.857 R 0.353 F1 0.500, root and
/// actors P 0.286 R 0.118 F1 0.167, 0 of 121 (0.000); all French blocks
/// (f26 counted in both) root F1 0.445 -> 0.450, root and actors 0.242 ->
/// 0.243. Floor 0.274, ceiling 0.050. What the rows could not mend, by
/// construction: tests/gold/misses/r64-fr-f26.txt.
/// `round 64 fr f27` (helper frblind27, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63413 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French
/// of articles whose id ends in an even digit), every one kept in the order
/// drawn: 26 event sentences (33 rows), 124 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 7 of
/// 33 (0.212), relaxed root P 0.667 R 0.242 F1 0.356, root and actors P
/// 0.417 R 0.152 F1 0.222, 2 of 124 no-event lines with an event (0.016).
/// Its rows (`# round 4 frblind27` in fr/verbs.tsv: fr_decreter_fermeture_frontieres,
/// fr_ordonner_fermeture_frontieres, fr_etendre_fermeture_frontieres,
/// fr_prolonger_fermeture_frontieres, fr_retablir_libre_circulation,
/// fr_deposer_motion_censure, fr_engager_respecter_accords,
/// fr_reclamer_revalorisation, fr_reclamer_revalorisation_salariale,
/// fr_proposer_annuler_dette, fr_echanges_vifs_avec).
/// After: exact 14 of 33 (0.424), relaxed root P 0.765 R 0.394 F1 0.520, root
/// and actors P 0.471 R 0.242 F1 0.320, 2 of 124 (0.016); all French blocks
/// (f27 counted in both) root F1 0.446 -> 0.451, root and actors 0.245 ->
/// 0.248. Floor 0.374, ceiling 0.066. What the rows could not mend, by
/// construction: tests/gold/misses/r64-fr-f27.txt.
/// `round 64 fr f28` (helper frblind28, 2026-12-06): `scripts/draw-vocab-fr --seed 63414 --n-orangesum 100
/// --n-masakhane 50 --masakhane-parity even`, 150 sentences (27 event sentences, 32 rows, 123 `#-` lines),
/// annotated blind. Before rows: exact 7/32 (0.219), relaxed root F1 0.348, root and actors 0.130, false events
/// 5/123 (0.041); all French blind blocks (f28 counted) root F1 0.451, root and actors 0.243. One row
/// (fr_detenir_chercheur 173, "Téhéran détient l'anthropologue"). After: exact 8/32 (0.250), root F1 0.383, root
/// and actors 0.128, false events 5/123 (0.041); all French blocks root F1 0.452, root and actors 0.243. Misses
/// by construction: tests/gold/misses/r64-fr-f28.txt.
///
/// `round 64 fr f29` (helper frblind29, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63415 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 33 event sentences (38
/// rows), 117 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 5 of 38 (0.132), relaxed root P 0.429
/// R 0.158 F1 0.231, root and actors F1 0.077, 3 of 117 no-event lines with
/// an event (0.026). Its rows (`# round 4 frblind29` in fr/verbs.tsv:
/// fr_mettre_meme_sac, fr_obtenir_liberation, fr_en_appeler_a,
/// fr_consacrer_aides; actors/people.tsv Agnes Chow HKGOPP). After: exact 8
/// of 38 (0.211), relaxed root P 0.529 R 0.237 F1 0.327, root and actors P
/// 0.294 R 0.132 F1 0.182, still 3 of 117 (0.026). All French blocks (f29
/// counted in both) root F1 0.447 -> 0.450, root and actors 0.241 -> 0.244.
/// Floor 0.161, ceiling 0.076. What the rows could not mend, by
/// construction: tests/gold/misses/r64-fr-f29.txt.
/// `round 64 fr f30` (helper frblind30, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63416 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 35 event sentences (39
/// rows), 115 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 8 of 39 (0.205), relaxed root P 0.727
/// R 0.205 F1 0.320, root and actors F1 0.200, 1 of 115 no-event lines with
/// an event (0.009). Its rows (`# round 4 frblind30` in fr/verbs.tsv:
/// fr_fermer_lieux_publics, fr_suspendre_vols, fr_durcir_conditions,
/// fr_durcir_conditions_noun, fr_supplier_de, fr_semer_chaos,
/// fr_stabiliser_relations, fr_demander_excuses_a, fr_insurger_incise,
/// fr_pas_tendre_envers, fr_regretter_que). After: exact 16 of 39 (0.410),
/// relaxed root P 0.800 R 0.410 F1 0.542, root and actors P 0.500 R 0.256 F1
/// 0.339, still 1 of 115 (0.009). All French blocks (f30 counted in both)
/// root F1 0.444 -> 0.452, root and actors 0.240 -> 0.244. Floor 0.360,
/// ceiling 0.059. What the rows could not mend, by construction:
/// tests/gold/misses/r64-fr-f30.txt.
///
/// `round 64 fr f31` (helper frblind31, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63417 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 25 event sentences (26
/// rows), 125 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 4 of 26 (0.154), relaxed root P 0.267
/// R 0.154 F1 0.195, root and actors P 0.067 R 0.038 F1 0.049, 6 of 125
/// no-event lines with an event (0.048). Its rows (`# round 4 frblind31` in
/// fr/verbs.tsv: fr_annoncer_depot_plainte, fr_demander_excuses,
/// fr_demander_a_excuses, fr_exiger_excuses, fr_reclamer_excuses,
/// fr_pret_repondre_militairement). After: exact 6 of 26 (0.231), relaxed
/// root P 0.375 R 0.231 F1 0.286, root and actors P 0.188 R 0.115 F1 0.143,
/// still 6 of 125 (0.048). All French blocks (f31 counted in both) root F1
/// 0.442 -> 0.444, root and actors 0.237 -> 0.239. Floor 0.181, ceiling
/// 0.098. Most of its gold rows have a source or target with no country
/// (`-`), which the coder never codes. What the rows could not mend, by
/// construction: tests/gold/misses/r64-fr-f31.txt.
/// `round 64 fr f33` (helper frblind33, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63419 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 27 event sentences (40
/// rows), 123 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 9 of 40 (0.225), relaxed root P 0.643
/// R 0.225 F1 0.333, root and actors P 0.357 R 0.125 F1 0.185, 3 of 123
/// no-event lines with an event (0.024). Its rows (`# round 4 frblind33` in
/// fr/verbs.tsv: fr_exprimer_colere, fr_retirer_negociations). After: exact
/// 11 of 40 (0.275), relaxed root P 0.688 R 0.275 F1 0.393, root and actors
/// P 0.438 R 0.175 F1 0.250, still 3 of 123 (0.024). All French blocks (f33
/// counted in both) root F1 0.445 -> 0.447, root and actors 0.240 -> 0.242.
/// Floor 0.225, ceiling 0.074. Most misses are blame told by a quote with no
/// blame verb and second events in participial or relative clauses. What the
/// rows could not mend, by construction: tests/gold/misses/r64-fr-f33.txt.
///
/// `round 64 fr f32` (helper frblind32, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63418 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 32 event sentences (34
/// rows), 118 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 5 of 34 (0.147), relaxed root P 0.667
/// R 0.235 F1 0.348, root and actors P 0.333 R 0.118 F1 0.174, 3 of 118
/// no-event lines with an event (0.025). Its rows (`# round 4 frblind32` in
/// fr/verbs.tsv: fr_avoir_conversation_avec, fr_lancer_avertissement,
/// fr_susciter_inquietudes). After: exact 6 of 34 (0.176), relaxed root P
/// 0.692 R 0.265 F1 0.383, root and actors P 0.385 R 0.147 F1 0.213, still 3
/// of 118 (0.025). All French blocks (f32 counted in both) root F1 0.446 ->
/// 0.447, root and actors 0.240 -> 0.241. Floor 0.126, ceiling 0.075. A
/// third of its gold rows have a doer or target with no country (`-`). What
/// the rows could not mend, by construction: tests/gold/misses/r64-fr-f32.txt.
///
/// `round 65 fr f34` (helper frblind34, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63420 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences annotated blind: 33 event sentences (37 rows), 117 `#-` lines.
/// Before rows: exact 6 of 37 (0.162), relaxed root P 0.300 R 0.162 F1 0.211,
/// root and actors F1 0.105; 6 of 117 no-event sentences give an event (0.051).
/// One row, fr_deplorer_bilan (`-`: a toll a country "déplore" is a count, not
/// 111): after it exact 6 of 37 (0.162), root P 0.316 R 0.162 F1 0.214, root and
/// actors F1 0.105 -> 0.107, false events 5 of 117 (0.043). Floor 0.112, ceiling
/// 0.093. All French blocks (f34 counted in both) root F1 0.439 -> 0.439 (P
/// 0.683 -> 0.684), root and actors 0.237 -> 0.237.
/// Misses the rows could not mend, by construction: tests/gold/misses/r65-fr-f34.txt.
///
/// `round 65 fr f35` (helper frblind35, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63421 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 30 event sentences (35
/// rows), 120 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 0 of 35 (0.000), relaxed root P 0.250
/// R 0.057 F1 0.093, root and actors P 0.125 R 0.029 F1 0.047, 5 of 120
/// no-event lines with an event (0.042). Its rows (`# round 4 frblind35` in
/// fr/verbs.tsv: fr_complimenter, fr_ecarter_proposition,
/// fr_demander_depart_gap). After: exact 1 of 35 (0.029), relaxed root P
/// 0.333 R 0.086 F1 0.136, root and actors P 0.222 R 0.057 F1 0.091, still 5
/// of 120 (0.042). All French blocks (f35 counted in both) root F1 0.438 ->
/// 0.439, root and actors 0.237 -> 0.238. Floor 0.000 (0.029 - 0.05 below
/// zero), ceiling 0.092. Most of its gold rows have a doer or target with no
/// country (`-`) or blame told by a quote alone. What the rows could not
/// mend, by construction: tests/gold/misses/r65-fr-f35.txt.
///
/// `round 65 fr f36` (helper frblind36, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63422 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 34 event sentences (37
/// rows), 116 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 8 of 37 (0.216), relaxed root P 0.714
/// R 0.270 F1 0.392, root and actors P 0.500 R 0.189 F1 0.275, 2 of 116
/// no-event lines with an event (0.017). Its rows (`# round 4 frblind36` in
/// fr/verbs.tsv: fr_proposer_a_de, fr_lancer_appel_pour_que,
/// fr_lancer_appel_a_ce_que, fr_conclure_appel_pour_que,
/// fr_plaider_pour_accord, fr_recherche_pour_crime, fr_avis_de_recherche,
/// fr_emettre_avis_de_recherche, fr_juger_illegal; émettre in
/// fr/irregular_verbs.tsv). After: exact 12 of 37 (0.324), relaxed root P
/// 0.778 R 0.378 F1 0.509, root and actors P 0.500 R 0.243 F1 0.327, still 2
/// of 116 (0.017). All French blocks (f36 counted in both) root F1 0.431 ->
/// 0.434, root and actors 0.235 -> 0.237. Floor 0.274, ceiling 0.067. What
/// the rows could not mend, by construction: tests/gold/misses/r65-fr-f36.txt.
/// `round 65 fr f37` (helper frblind37, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63423 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 24 event sentences (33
/// rows, 8 of them one "contact intense" of the UN chief with four states),
/// 126 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 5 of 33 (0.152), relaxed root P 0.444 R 0.121
/// F1 0.190, root and actors P 0.333 R 0.091 F1 0.143, 3 of 126 no-event
/// lines with an event (0.024). Its rows (`# round 4 frblind37` in
/// fr/verbs.tsv: fr_ereinter, fr_ironiser_sur, fr_etre_en_contact,
/// fr_rester_en_contact, fr_prendre_the_avec, fr_etre_preoccupe_par). After:
/// exact 17 of 33 (0.515), relaxed root P 0.688 R 0.333 F1 0.449, root and
/// actors P 0.500 R 0.242 F1 0.327, still 3 of 126 (0.024). All French blocks
/// (f37 counted in both) root F1 0.427 -> 0.433, root and actors 0.232 ->
/// 0.236. Floor 0.465, ceiling 0.074. Most of the rest are passives with no
/// doer and a target with no country (arrests, an inquiry opened, security
/// stepped up): what the rows could not mend, by construction:
/// tests/gold/misses/r65-fr-f37.txt.
///
/// `round 65 fr f38` (helper frblind38, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63424 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 37 event sentences (43
/// rows), 113 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 6 of 43 (0.140), relaxed root P 0.500
/// R 0.163 F1 0.246, root and actors P 0.214 R 0.070 F1 0.105, 3 of 113
/// no-event lines with an event (0.027). Its rows (`# round 4 frblind38` in
/// fr/verbs.tsv: fr_attaquer_sur_gestion, fr_attaquer_par_sur_gestion,
/// fr_accuser_de_mentir, fr_accuser_avoir_menti,
/// fr_aligner_sur_proposition, fr_accepter_transition). After: exact 12 of
/// 43 (0.279), relaxed root P 0.625 R 0.233 F1 0.339, root and actors P 0.312
/// R 0.116 F1 0.169, still 3 of 113 (0.027). All French blocks (f38 counted
/// in both) root F1 0.429 -> 0.432, root and actors 0.235 -> 0.237. Floor
/// 0.229, ceiling 0.077. Most of the rest have a doer or target with no
/// country (`-`: police, insurgents, a gunman, pronoun speakers): what the
/// rows could not mend, by construction: tests/gold/misses/r65-fr-f38.txt.
///
/// `round 65 fr f39` (helper frblind39, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63425 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 33 event sentences (46
/// rows), 117 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 7 of 46 (0.152), relaxed root P 0.529
/// R 0.196 F1 0.286, root and actors P 0.412 R 0.152 F1 0.222, 5 of 117
/// no-event lines with an event (0.043). Its rows (`# round 4 frblind39` in
/// fr/verbs.tsv: fr_se_reclamer_de (no code), fr_combats_entre,
/// fr_entendre_sur_mutuel, fr_partager_desaccord, fr_offrir_aide_medicale,
/// fr_promettre_aide_somme, fr_appeler_pour_faire_part, fr_intenter_proces,
/// fr_recevoir_menaces; actors Christine Boutin, Julien Denormandie,
/// Nathalie Kosciusko-Morizet, Bruno Le Roux, Fahrettin Altun, Ihor
/// Kolomoisky). After: exact 14 of 46 (0.304), relaxed root P 0.696 R 0.348
/// F1 0.464, root and actors P 0.609 R 0.304 F1 0.406, still 5 of 117
/// (0.043). All French blocks (f39 counted in both) root F1 0.428 -> 0.433,
/// root and actors 0.236 -> 0.242 (other blocks unchanged). Floor 0.254,
/// ceiling 0.093. Most of the rest are quotes of blame told by their incise
/// ("a ironisé", "a lâché"), doers with no country and accusations inside a
/// complement: what the rows could not mend, by construction:
/// tests/gold/misses/r65-fr-f39.txt.
///
/// `round 65 fr f40` (helper frblind40, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63426 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 36 event sentences (42
/// rows), 114 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 5 of 42 (0.119), relaxed root P 0.500
/// R 0.143 F1 0.222, root and actors P 0.083 R 0.024 F1 0.037, 4 of 114
/// no-event lines with an event (0.035). Its rows (`# round 4 frblind40` in
/// fr/verbs.tsv: fr_etre_en_pourparlers, fr_rejouir_de,
/// fr_rejouir_accueillir, fr_demander_ouverture_enquete,
/// fr_demander_a_enqueter, fr_mettre_garde_contre_adv; actor Morocco's BCIJ
/// MARCOP; "parquet national financier" in lower case). After: exact 13 of
/// 42 (0.310), relaxed root P 0.667 R 0.286 F1 0.400, root and actors P 0.278
/// R 0.119 F1 0.167, still 4 of 114 (0.035). All French blocks (f40 counted
/// in both) root F1 0.428 -> 0.432, root and actors 0.237 -> 0.241. Floor
/// 0.260, ceiling 0.085. Most of the rest have doers or targets with no
/// country (pronoun speakers, "un homme", "la foule", a police officer
/// charged) and quotes of blame told by their incise: what the rows could not
/// mend, by construction: tests/gold/misses/r65-fr-f40.txt.
///
/// `round 66 fr f41` (helper frblind41, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63427 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 33 event sentences (42
/// rows), 117 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 7 of 42 (0.167), relaxed root P 0.400
/// R 0.238 F1 0.299, root and actors P 0.160 R 0.095 F1 0.119, 7 of 117
/// no-event lines with an event (0.060). Its rows (`# round 66 frblind41` in
/// fr/verbs.tsv: fr_rendre_hommage_clitique, fr_murer_permanence,
/// fr_deverser_devant, fr_mordre, fr_laisser_ensanglante, fr_envoyer_piques,
/// fr_lancer_piques, fr_clamer_innocence, fr_proclamer_innocence,
/// fr_desoler_deconsideration, fr_accorder_statut_candidat_a,
/// fr_accorder_statut_candidat, fr_mettre_fin_blocus,
/// fr_violents_combats_entre, fr_decrire_comme_inquietant,
/// fr_engager_poursuites_sans, fr_faire_reconnaitre_responsabilite; actor
/// place:catalonia ESP with its French demonyms). After: exact 16 of 42
/// (0.381), relaxed root P 0.562 R 0.429 F1 0.486, root and actors P 0.250
/// R 0.190 F1 0.216, still 7 of 117 (0.060). All French blocks (f41 counted
/// in both) root F1 0.429 -> 0.435, root and actors 0.237 -> 0.240. Floor
/// 0.331, ceiling 0.110. Most of the rest are blame told by a quote and its
/// incise or by "pour X,", doers with no country (pronouns, a named person
/// with no actor row) and events told by a nominal or a relative: what the
/// rows could not mend, by construction: tests/gold/misses/r66-fr-f41.txt.
///
/// `round 66 fr f42` (helper frblind42, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63428 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 50 event sentences (60
/// rows), 100 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 12 of 60 (0.200), relaxed root P 0.800
/// R 0.200 F1 0.320, root and actors P 0.667 R 0.167 F1 0.267, 1 of 100
/// no-event lines with an event (0.010). Its rows (`# round 66 frblind42` in
/// fr/verbs.tsv: fr_exprimer_condoleances, fr_exprimer_condoleances_pour,
/// fr_etre_pas_accord_avec, fr_donner_feu_vert_debat,
/// fr_mettre_garde_contre_danger, fr_convoquer_interroger,
/// fr_convoquer_interroger_clitique, fr_decliner_proposition,
/// fr_etre_pas_hostile_a, fr_se_rendre_il_y_a, fr_se_livrer_guerres_mutuel,
/// fr_se_desolidariser, fr_juger_tardif, fr_recevoir_dons,
/// fr_mettre_fin_mission_militaire; actors person:cecile_untermaier,
/// person:pascal_canfin, capital:dgsi, igo:ecdc, the Socialist youth
/// movement's French names on party:fra_ps). After: exact 23 of 60 (0.383),
/// relaxed root P 0.880 R 0.367 F1 0.518, root and actors P 0.800 R 0.333 F1
/// 0.471, still 1 of 100 (0.010). All French blocks (f42 counted in both)
/// root F1 0.432 -> 0.438, root and actors 0.241 -> 0.248. Floor 0.333,
/// ceiling 0.060. Most of the rest are acts with no doer the lexicon places
/// (pronouns, "le gouvernement", "le candidat", unnamed lawyers and experts),
/// blame told by a quote with "juge que", "pour X," or no verb of saying, and
/// events told by participles, nominals and relatives: what the rows could not
/// mend, by construction: tests/gold/misses/r66-fr-f42.txt.
///
/// `round 66 fr f43` (helper frblind43, 2026-12-06): `scripts/draw-vocab-fr
/// --seed 63429 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 33 event sentences (39
/// rows), 117 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 3 of 39 (0.077), relaxed root P 0.636
/// R 0.179 F1 0.280, root and actors P 0.182 R 0.051 F1 0.080, 3 of 117
/// no-event lines with an event (0.026). Its rows (`# round 66 frblind43` in
/// fr/verbs.tsv: fr_lancer_frappes_aeriennes, fr_mener_frappes_aeriennes,
/// fr_proposer_plan_paix, fr_presenter_plan_paix, fr_revoquer_autonomie,
/// fr_supprimer_autonomie, fr_abolir_autonomie, fr_faire_part_inquietude_a,
/// fr_faire_part_inquietude, fr_lancer_appel_dons, fr_proposer_tenue,
/// fr_insister_liberation, fr_proceder_liberation, fr_accomplir_liberation,
/// fr_nier_tentative, fr_prendre_ville, fr_contraindre_fermer, the `-` row
/// fr_frapper_par_fleau; the Crimea's
/// French name "Crimée" on place:crimea). After: exact 11 of 39 (0.282),
/// relaxed root P 0.824 R 0.359 F1 0.500, root and actors P 0.471 R 0.205 F1
/// 0.286, 2 of 117 (0.017). All French blocks (f43 counted in both) root F1
/// 0.435 -> 0.439, root and actors 0.245 -> 0.249. Floor 0.232, ceiling
/// 0.067. Most of the rest are blame told by a quote and its incise
/// ("a-t-il lancé", "a fait valoir") with pronoun or unplaced speakers, acts
/// with no doer the lexicon places ("le groupe", "les policiers", "des
/// voix", a board, an ethics commission) and events told by participles and
/// nominals ("l'accord signé entre", "l'assaut pour reprendre"): what the
/// rows could not mend, by construction: tests/gold/misses/r66-fr-f43.txt.
/// `round 67 fr f44` (helper f44, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63430 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 45 event sentences (57
/// rows), 105 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 11 of 57 (0.193), relaxed root P 0.556
/// R 0.175 F1 0.267, root and actors P 0.333 R 0.105 F1 0.160, 1 of 105
/// no-event lines with an event (0.010). Its rows (`# round 67 f44` in
/// fr/verbs.tsv: fr_emparer_sujet (a `-` row: taking up a subject is no
/// seizure), fr_ecrire_a_pour_que, fr_plaider_pour_renaissance,
/// fr_convoquer_sommet, fr_denoncer_violations_par, fr_s_opposer_projet,
/// fr_frapper_des_personnes, fr_juger_deplorable, fr_revenir_sur_projet).
/// After: exact 16 of 57 (0.281), relaxed root P 0.714 R 0.263 F1 0.385,
/// root and actors P 0.476 R 0.175 F1 0.256, 1 of 105 (0.010). All French
/// blocks (f44 counted in both) root F1 0.435 -> 0.437, root and actors
/// 0.247 -> 0.249. Floor 0.231, ceiling 0.060. Most of the rest are blame
/// and praise told by a quote and its incise ("renchérit une jeune maman",
/// "a estimé l'ancienne ministre", "a expliqué l'Elysée") or with no actor the
/// lexicon places ("il", "elle", "M. Roussel", "les pirates"), events told by
/// participles and nominals ("l'homme abattu", "le blocus russe des
/// céréales", "les protestations de Dublin et de Londres", "une plainte
/// déposée"), a parse that reads "plaide" as an adjective, and "est revenu"
/// read as a passive: tests/gold/misses/r67-fr-f44.txt.
/// `round 67 fr f45` (helper f45, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63431 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 36 event sentences (39
/// rows), 114 `#-` lines, annotated blind and committed before sitrep coded
/// any of them (no border closure in the draw: the open 163/172 convention
/// did not arise). Before its rows: exact 10 of 39 (0.256), relaxed root P
/// 0.500 R 0.256 F1 0.339, root and actors P 0.400 R 0.205 F1 0.271, 5 of 114
/// no-event lines with an event (0.044). Its rows (`# round 67 f45` in
/// fr/verbs.tsv: fr_discuter_gap_avec, fr_enjoindre_direct,
/// fr_preter_allegeance, fr_plaider_pour_agir, fr_tuer_lors_attaque,
/// fr_degenerer_violences, fr_assassinats_cibles, fr_manifester_scepticisme
/// (a `-` row: shown skepticism is no demonstration)). After: exact 15 of 39
/// (0.385), relaxed root P 0.636 R 0.359 F1 0.459, root and actors P 0.409
/// R 0.231 F1 0.295, 4 of 114 (0.035). All French blocks (f45 counted in
/// both) root F1 0.436 -> 0.438, root and actors 0.251 -> 0.251. Floor
/// 0.335, ceiling 0.085. Most of the rest are blame told by a quote and its
/// incise ("a estimé le maire de Meaux", "tonne quant à lui", "a assuré le
/// président"), a claim framed by "Pour l'accusation", events told by nouns
/// in the background ("En visite officielle au Chili", "lors de la prise
/// d'otages", "Cet attentat est le premier contre", "sanctions ...
/// imposées"), a warning read as an appeal ("appelé ... à ne pas jouer avec
/// le feu"), a negated "cacher mon inquiétude", and actors the lexicon does
/// not place ("le patron de l'agence onusienne", "le directeur de
/// l'Organisation iranienne"): tests/gold/misses/r67-fr-f45.txt.
/// `round 67 fr f46` (helper f46, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63432 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 25 event sentences (26
/// rows), 125 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 7 of 26 (0.269), relaxed root P 0.571
/// R 0.308 F1 0.400, root and actors P 0.286 R 0.154 F1 0.200, 2 of 125
/// no-event lines with an event (0.016). Its rows (`# round 67 f46` in
/// fr/verbs.tsv: fr_conseiller_a_de, fr_conseiller, fr_nier_rumeurs,
/// fr_etre_inquiet, fr_imposer_taxes_douanieres, fr_infliger_taxes_douanieres,
/// fr_reduire_gaz, fr_reduire_pourcent_gaz, fr_couper_gaz,
/// fr_pointer_responsabilite, fr_faire_porter_responsabilite, fr_cingler,
/// fr_reclamer_elections, fr_suis_inquiet; Iraj Harirchi and Philippe Vardon
/// in actors/people.tsv). After: exact 13 of 26 (0.500), relaxed root P 0.700
/// R 0.538 F1 0.609, root and actors P 0.350 R 0.269 F1 0.304, 2 of 125
/// (0.016). All French blocks (f46 counted in both) root F1 0.438 -> 0.441,
/// root and actors 0.251 -> 0.253. Floor 0.450, ceiling 0.066. Most of the
/// rest are blame told by a quote or a framing ("Pour Arnaud Montebourg, la
/// décision ... nous coûtera", "vous avez un drôle de respect", "présentée
/// comme une lobbyiste", "des messages particulièrement critiques contre"),
/// rows that match but have no actor at all ("a-t-il conseillé", "Ils lui
/// font porter la responsabilité"), a threat told by "laissé entendre qu'il
/// pourrait infliger" (read 163), two demands in one relative clause, a
/// support in a relative clause ("le soutien qu'elle a apporté à"), refusing
/// entry to a person (gold 172, the lexicon's 1245 rows ask for "à +"), and
/// "Congo" read as the DRC: tests/gold/misses/r67-fr-f46.txt.
/// `round 67 fr f47` (helper f47, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63433 --n-orangesum 80 --n-masakhane 40 --masakhane-parity even`,
/// 120 sentences (80 OrangeSum `politique`/`monde`, 40 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 22 event sentences (25
/// rows), 98 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 5 of 25 (0.200), relaxed root P 0.368
/// R 0.280 F1 0.318, root and actors P 0.158 R 0.120 F1 0.136, 7 of 98
/// no-event lines with an event (0.071). Its rows (`# round 67 f47` in
/// fr/verbs.tsv: fr_souligner_responsabilite, fr_appeler_changement_dirigeants,
/// fr_voir_mauvais_oeil, fr_demander_retrait_seul, fr_approuver_position,
/// fr_engager_guerre_contre; Julien Bayou in actors/people.tsv). After: exact
/// 11 of 25 (0.440), relaxed root P 0.500 R 0.480 F1 0.490, root and actors
/// P 0.250 R 0.240 F1 0.245, 7 of 98 (0.071). All French blocks (f47 counted
/// in both) root F1 0.439 -> 0.443, root and actors 0.252 -> 0.254. Floor
/// 0.390, ceiling 0.121. Most of the rest are blame told by a quote with no
/// verb of blame ("arrêtez de prendre les gens pour des boloss", "L'occupation
/// est responsable", "ouvre la voie à une régression"), rows that match but
/// have no actor at all ("reprochait-elle", "a reçu des coups", "La police
/// enquêtait", a judge named only "M. Mander"), acts told by a noun
/// ("l'expulsion de ces ressortissants français a été annoncée", "l'une des
/// principales demandes est que la Russie retire ses troupes", read 0874), an
/// attack with deaths read 1823 (gold 180), a threat told by "prendront leur
/// revanche sur", an apposition "Michel Beaugas, de FO" left without its
/// union, and false events from a negated invitation, a self-reproach and a
/// correction notice: tests/gold/misses/r67-fr-f47.txt.
/// `round 68 fr f48` (helper f48, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63434 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 34 event sentences (42
/// rows), 116 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 4 of 42 (0.095), relaxed root P 0.625
/// R 0.119 F1 0.200, root and actors P 0.125 R 0.024 F1 0.040, 2 of 116
/// no-event lines with an event (0.017). Its rows (`# round 68 f48` in
/// fr/verbs.tsv: fr_adresser_louanges_f48, fr_couvrir_eloges_f48,
/// fr_couvrir_cible_eloges_f48, fr_livrer_commentaires_f48,
/// fr_regler_comptes_f48, fr_regretter_adv_que_f48, fr_proceder_don_f48,
/// fr_faire_don_f48, fr_financer_achat_f48, fr_appeler_trouver_compromis_f48,
/// fr_demander_renforts_f48, fr_appeler_voter_f48). After: exact 9 of 42
/// (0.214), relaxed root P 0.750 R 0.214 F1 0.333, root and actors P 0.333
/// R 0.095 F1 0.148, 1 of 116 (0.009). All French blocks (f48 counted in
/// both) root F1 0.439 -> 0.441, root and actors 0.250 -> 0.252. Floor 0.164,
/// ceiling 0.059. Most of the rest are blame told by a quote, a framing or a
/// rhetorical question with no verb of blame ("Pour l'actrice ..., le
/// désormais ex-ministre 'n'a rien fait'", "Est-il concevable que ...", a
/// interrogé", "Je suis très choquée ... que le choix ... c'est de dire 'la
/// victime ment'", "estime que les propos ... sont 'd'un mépris total'",
/// "regrette cette manifestante"), rows that match but have no actor the
/// lexicon places ("confie-t-il", "dénonce la féministe dans le quotidien",
/// "Il demande des policiers", "Des milliers de personnes ont été poursuivies",
/// "le Beuc ... de la Commission"), acts told by a noun ("le refus de la
/// France insoumise de participer", "des attaques contre des permanences de
/// députés", "cette libération", "avant son arrestation"), a meeting announced
/// by "doit rencontrer ... les ambassadeurs des cinq membres ... (France, ...)"
/// and a false 040 from "a le droit de rencontrer":
/// tests/gold/misses/r68-fr-f48.txt.
/// `round 68 fr f49` (helper f49, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63435 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 34 event sentences (41
/// rows), 116 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 10 of 41 (0.244), relaxed root P 0.556
/// R 0.244 F1 0.339, root and actors P 0.389 R 0.171 F1 0.237, 2 of 116
/// no-event lines with an event (0.017). Its rows (`# round 68 f49` in
/// fr/verbs.tsv: fr_utiliser_lacrymogenes_f49, fr_recours_lacrymogenes_f49,
/// fr_lacrymogenes_pour_disperser_f49, fr_collaborer_armement_f49,
/// fr_cooperer_armement_f49, fr_guerre_des_mots_f49, fr_passe_armes_f49,
/// fr_souhaiter_dialogue_f49, fr_annoncer_venue_f49,
/// fr_remettre_cause_direction_f49, fr_grincer_f49, fr_ironiser_f49,
/// fr_souhaiter_que_etre_f49; fr_eval_risible_f49 in fr/evaluations.tsv;
/// Rachid Temal in actors/people.tsv). After: exact 18 of 41 (0.439), relaxed
/// root P 0.696 R 0.390 F1 0.500, root and actors P 0.478 R 0.268 F1 0.344,
/// 1 of 116 (0.009). All French blocks (f49 counted in both) root F1 0.439 ->
/// 0.443, root and actors 0.252 -> 0.254. Floor 0.389, ceiling 0.059. Most of
/// the rest are blame told by a quote, a sarcasm or a rhetorical question
/// with no verb of blame ("'Risible', a répondu", "Macron a tout cédé ...
/// Bérézina", "Est-ce qu'on n'est pas en train de faire perdre du temps à la
/// justice ...", "on m'a dit qu'il était un imbécile prétentieux"), rows that
/// match but have no actor the lexicon places ("a ironisé" by a singer,
/// "dénonçant ... tout un système" after "Elle", "Il a été critiqué pour",
/// "Une unité ... a été dépêchée"), an act noun in a prepositional phrase
/// ("à des gaz lacrymogènes pour déloger des manifestants", the doer "les
/// forces de l'ordre" bare COP), acts told by a noun or a participle ("le
/// soutien apporté par ... François Bayrou", "l'exigence ... de réformes",
/// "Trump, attendu vendredi soir à Paris", "un véhicule piégé a explosé à
/// l'entrée de la ... base militaire française"), a duty Trump lays on
/// Germany after "Selon", and a resignation read 0831 where the gold has no
/// event: tests/gold/misses/r68-fr-f49.txt.
/// `round 68 fr f50` (helper f50, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63436 --n-orangesum 100 --n-masakhane 50 --masakhane-parity even`,
/// 150 sentences (100 OrangeSum `politique`/`monde`, 50 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 33 event sentences (38
/// rows), 117 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 7 of 38 (0.184), relaxed root P 0.467
/// R 0.184 F1 0.264, root and actors P 0.267 R 0.105 F1 0.151, 4 of 117
/// no-event lines with an event (0.034). Its rows (`# round 68 f50` in
/// fr/verbs.tsv: fr_ordonner_liberation_f50, fr_ordonner_remise_liberte_f50,
/// fr_tirer_en_direction_f50, fr_ajouter_voix_critiques_f50,
/// fr_joindre_voix_critiques_f50, fr_lancer_projectiles_contre_f50,
/// fr_projectiles_lances_contre_f50, fr_appeler_commettre_attentats_f50,
/// fr_appeler_commettre_attentats_outre_f50, fr_promettre_rembourser_f50,
/// fr_engager_rembourser_f50, fr_engager_payer_dette_f50,
/// fr_se_rendre_jour_f50, fr_mettre_en_place_consultations_f50 and the
/// blocker fr_faire_etat_victimes_f50; "outre-Rhin", "outre-Manche",
/// "outre-Atlantique" in fr/actor-names.tsv). After: exact 16 of 38 (0.421),
/// relaxed root P 0.727 R 0.421 F1 0.533, root and actors P 0.409 R 0.237 F1
/// 0.300, 4 of 117 (0.034). All French blocks (f50 counted in both) root F1
/// 0.440 -> 0.444, root and actors 0.252 -> 0.255. Floor 0.371, ceiling
/// 0.084. Most of the rest are blame or praise told by a quote, a noun or an
/// understatement with no verb ("Le moins que l'on puisse dire, c'est que
/// cela n'a pas été probant", "Les condamnations sont unanimes, du
/// Rassemblement national aux Insoumis", "les moqueries des pro-Trump",
/// "Alain Juppé a deux atouts majeurs", "a une légitimité ... incontestée"),
/// a cleft relative ("ce sont les extrémistes que j'ai mis en cause"), duties
/// told by "il y a urgence à ce que" and "tout le monde devrait", acts whose
/// actors the sentence leaves untold ("Les deux pays ont signé une feuille de
/// route", a bomb that "a explosé"), a passive with a far "par" ("avait été
/// détruite après la révolution de 1979 par les autorités islamiques"), a
/// jail term on a Twitter handle ("condamner @khaleddrareni à 2 ans de
/// prison") and a 011 ("a refusé de commenter") the gold left as no event:
/// tests/gold/misses/r68-fr-f50.txt (from /work/notes/r68-fr-f50-constructions.txt).
///
/// `round 68 fr f51` (helper f51, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63437 --n-orangesum 80 --n-masakhane 40 --masakhane-parity even`,
/// 120 sentences (80 OrangeSum `politique`/`monde`, 40 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 36 event sentences (42
/// rows), 84 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 6 of 42 (0.143), relaxed root P 0.857
/// R 0.143 F1 0.245, root and actors P 0.429 R 0.071 F1 0.122, 0 of 84
/// no-event lines with an event (0.000). Its rows (`# round 68 f51` in
/// fr/verbs.tsv: fr_traiter_de_insulte_f51, fr_dezinguer_f51, fr_tacler_f51,
/// fr_egratigner_f51, fr_descendre_en_flammes_f51,
/// fr_remettre_cause_decision_f51, fr_reiterer_soutien_f51,
/// fr_affirmer_soutien_f51, fr_saluer_prise_parole_f51,
/// fr_reaffirmer_convergence_f51, fr_souligner_convergence_f51,
/// fr_engager_pour_montant_f51, fr_engager_hauteur_montant_f51,
/// fr_travailler_plan_soutien_f51, fr_organiser_appel_de_f51,
/// fr_craindre_pour_paix_f51, fr_envahir_terrain_f51; the person
/// jean_christophe_lagarde in actors/people.tsv). After: exact 15 of 42
/// (0.357), relaxed root P 0.938 R 0.357 F1 0.517, root and actors P 0.562
/// R 0.214 F1 0.310, 0 of 84 (0.000). All French blocks (f51 counted in
/// both) root F1 0.441 -> 0.445, root and actors 0.253 -> 0.256. Floor
/// 0.307, ceiling 0.050. Most of the rest are acts whose actors are all
/// unknown (a passive insult, "plusieurs voix dénoncent", "les associations
/// réclament", Floyd's death under "le genou d'un policier"), blame told by
/// a speakerless quote or a noun ("La faiblesse du président ..., son absence
/// de résultats", "une décision qui avait suscité la colère des parties
/// civiles"), an appeal in a participle with a clitic ("une tribune adressée
/// au chef de l'État, lui demandant d'agir"), mediation told as a failure
/// ("la Cédéao avait échoué a résoudre la crise opposant IBK au M5"), a
/// pitch invasion discarded as sport:
/// tests/gold/misses/r68-fr-f51.txt (from /work/notes/r68-fr-f51-constructions.txt).
///
/// `round 69 fr f52` (helper f52, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63438 --n-orangesum 80 --n-masakhane 40 --masakhane-parity even`,
/// 120 sentences (80 OrangeSum `politique`/`monde`, 40 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 23 event sentences (26
/// rows), 97 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 5 of 26 (0.192), relaxed root P 0.750
/// R 0.231 F1 0.353, root and actors P 0.250 R 0.077 F1 0.118, 0 of 97
/// no-event lines with an event (0.000). Its rows (`# round 69 f52` in
/// fr/verbs.tsv: the blockers fr_dire_agence_f52, fr_declarer_agence_f52,
/// fr_affirmer_agence_f52, fr_expliquer_agence_f52, fr_indiquer_agence_f52
/// ("a dit à l'AFP": an audience, no 010), fr_poursuivre_negociations_avec_f52,
/// fr_poursuivre_negociations_f52, fr_continuer_negociations_f52,
/// fr_renforcer_presence_policiere_f52, fr_renforcer_presence_police_f52,
/// fr_subir_deferlement_f52, fr_decider_se_rendre_f52,
/// fr_juger_pour_diffamation_f52). After: exact 8 of 26 (0.308), relaxed
/// root P 0.889 R 0.308 F1 0.457, root and actors P 0.333 R 0.115 F1 0.171,
/// 0 of 97 (0.000). All French blocks (f52 counted in both) root F1 0.444
/// -> 0.446, root and actors 0.254 -> 0.255. Floor 0.258, ceiling 0.050.
/// Most of the rest are blame told by a quote with the speaker a pronoun
/// ("a-t-il ironisé", "a-t-elle martelé", "avait-il ajouté") or by a
/// periphrasis ("j'ai une réaction viscérale à ce genre de rhétorique", "fait
/// partie des partisans du communautarisme", "ne cédera rien face à
/// l'idéologie haineuse", "une mesure qui attire ... les critiques"), acts
/// whose actors the lexicon cannot place (a clitic victim "l'ont abattu",
/// "plusieurs syndicats de la RATP", "l'homme politique", a movement "soutenu
/// par" opposition leaders), a second subject of a conjoined pair left out,
/// and a trial the gold codes 115 where the lexicon's fr_juger_pour says 173:
/// tests/gold/misses/r69-fr-f52.txt (from /work/notes/r69-fr-f52-constructions.txt).
/// `round 69 fr f53` (helper f53, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63439 --n-orangesum 80 --n-masakhane 40 --masakhane-parity even`,
/// 120 sentences (80 OrangeSum `politique`/`monde`, 40 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 26 event sentences (31
/// rows), 94 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 4 of 31 (0.129), relaxed root P 0.500
/// R 0.161 F1 0.244, root and actors P 0.200 R 0.065 F1 0.098, 3 of 94
/// no-event lines with an event (0.032). Its rows (`# round 69 f53` in
/// fr/verbs.tsv: fr_exclure_liste_f53, fr_feu_vert_extradition_f53,
/// fr_autoriser_extradition_f53, fr_accepter_extradition_f53,
/// fr_applaudir_demarche_f53, fr_saluer_demarche_f53,
/// fr_avoir_mots_remerciement_f53, fr_adresser_remerciements_f53,
/// fr_promettre_montant_f53, fr_faire_promesses_dons_f53, fr_demarquer_f53,
/// fr_demarquer_adverbe_f53, fr_rejoindre_manifestants_f53,
/// fr_rejoindre_mouvement_protestation_f53, and the blockers
/// fr_transmettre_courrier_presse_f53, fr_adresser_lettre_presse_f53,
/// fr_transmettre_presse_f53 (a letter to the press: an audience, no 010),
/// fr_sanctionner_par_police_f53 (behaviour punished by the police, no 163);
/// actors SNCF and RATP FRABUS, Ciudadanos and Vox ESPOPP, Valls FRAELI
/// after 2016). After: exact 8 of 31 (0.258), relaxed root P 0.571 R 0.258
/// F1 0.356, root and actors P 0.286 R 0.129 F1 0.178, 2 of 94 (0.021). All
/// French blocks (f53 counted in both) root F1 0.443 -> 0.445, root and
/// actors 0.253 -> 0.254. Floor 0.208, ceiling 0.071. Most of the rest are
/// acts whose actors the lexicon cannot place (a bare "ministre", "membres
/// des forces de sécurité", "Plusieurs policiers", victims and doers left
/// untold), blame told by a quote or an adjective ("Extrêmement choquée par
/// ces violences", "c'est un déni de démocratie", a Speaker's jibe "face aux
/// atermoiements de"), act nouns with no doer ("une journée de grèves et
/// manifestations", "des manifestations ... contre les ingérences de Pékin",
/// "un dépôt de plainte", "en voyage à Cuba, Ségolène Royal"), a decision
/// read as an intent ("ont décidé d'exclure" 1312 for 163), and a letter
/// "transmis à la presse" whose passive keeps fr_transmettre_message's 010:
/// tests/gold/misses/r69-fr-f53.txt (from /work/notes/r69-fr-f53-constructions.txt).
/// `round 69 fr f54` (helper f54, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63440 --n-orangesum 80 --n-masakhane 40 --masakhane-parity even`,
/// 120 sentences (80 OrangeSum `politique`/`monde`, 40 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 25 event sentences (26
/// rows), 95 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 5 of 26 (0.192), relaxed root P 0.667
/// R 0.231 F1 0.343, root and actors P 0.444 R 0.154 F1 0.229, 3 of 95
/// no-event lines with an event (0.032). Its rows (`# round 69 f54` in
/// fr/verbs.tsv: fr_contester_accusations_f54, fr_contester_idee_delit_f54,
/// fr_declarer_etat_urgence_f54, fr_declencher_etat_urgence_f54,
/// fr_demander_peine_contre_f54, fr_requerir_ineligibilite_f54,
/// fr_demander_compensation_f54, fr_assister_investiture_f54,
/// fr_riposter_a_jugeant_f54, fr_repliquer_a_jugeant_f54,
/// fr_qualifier_affaire_politique_f54, fr_remettre_question_engagement_f54,
/// fr_reprocher_manque_f54, and the blockers fr_refuser_choisir_f54 (voters
/// who refuse to choose between candidates: no 120) and fr_occuper_de_f54
/// ("s'occuper de": no 192); actor Laurianne Rossi FRALEG 2017-2022). After:
/// exact 12 of 26 (0.462), relaxed root P 0.812 R 0.500 F1 0.619, root and
/// actors P 0.562 R 0.346 F1 0.429, 2 of 95 (0.021). All French blocks (f54
/// counted in both) root F1 0.444 -> 0.447, root and actors 0.254 -> 0.256;
/// other blocks unchanged; French dev gold output unchanged, English 3k
/// byte-identical. Floor 0.412, ceiling 0.071. Most of the rest are acts with
/// no actor the lexicon places (a speaker told by "il", "une marcheuse",
/// "l'ancienne candidate", "certains proches du président", Amazon, private
/// persons), blame told only by a quote ("Un caprice à haut risque", "n'a
/// qu'un seul défaut, c'est son compagnon", "ceux qui sont victimes de la
/// politique de M. Macron"), a misparsed `demande "pardon"` (demande tagged
/// ADJ), a prosecutor's requested sentence the lexicon codes 115 where the
/// gold says 173, "l'invasion de X" 192 where the gold says 190, two false
/// events (an epidemic that "menace" people, 130; "les zones occupées de X"
/// read as 192), and "représenter la France à l'investiture de" whose row
/// was dropped because a `[représenter]` head makes the noun "représentant"
/// a verb and loses an apposed source elsewhere:
/// tests/gold/misses/r69-fr-f54.txt (from /work/notes/r69-fr-f54-constructions.txt).
/// `round 69 fr f55` (helper f55, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63441 --n-orangesum 80 --n-masakhane 40 --masakhane-parity even`,
/// 120 sentences (80 OrangeSum `politique`/`monde`, 40 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 30 event sentences (35
/// rows), 90 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 4 of 35 (0.114), relaxed root P 0.353
/// R 0.171 F1 0.231, root and actors P 0.235 R 0.114 F1 0.154, 7 of 90
/// no-event lines with an event (0.078). Its rows (`# round 69 f55` in
/// fr/verbs.tsv: fr_recevoir_menaces_part_f55, fr_faire_objet_menaces_part_f55,
/// fr_rejouir_reunir_f55, fr_opposer_independance_f55, and the blockers
/// fr_deposer_amendements_f55 (amendments "déposés par les députés": no 175),
/// fr_accueillir_par_reaction_f55 ("accueilli par une réponse": no 043) and
/// fr_saluer_but_f55 (a goal: no 051); actor Proactiva Open Arms ESPNGO in
/// actors/organisations.tsv, "Open Arms" in fr/actor-names.tsv). After:
/// exact 7 of 35 (0.200), relaxed root P 0.529 R 0.257 F1 0.346, root and
/// actors P 0.353 R 0.171 F1 0.231, 5 of 90 (0.056). All French blocks (f55
/// counted in both) root F1 0.444 -> 0.445, root and actors 0.255 -> 0.256;
/// other blocks unchanged; French dev gold output unchanged, English 3k
/// byte-identical. Floor 0.150, ceiling 0.106. Most of the rest are acts with
/// no actor the lexicon places (a speaker told by "il", "elle", "Plusieurs
/// membres de son parti", "la tweetosphère", agentless passives "ont été
/// arrêtées", "est attaqué", "a été largement saluée"), blame told only by a
/// quote ("La France se noie dans son racisme", "ça arrange Mme Dati de ne pas
/// parler d'écologie", "cherche à minimiser cette manifestation"), act nouns
/// ("une répression et une campagne d'assassinats", "les manifestations
/// étudiantes ... pour demander plus de démocratie", "devant le tollé
/// provoqué par"), a misparsed "dément" (tagged ADV), a first-person plural
/// "nous nous réjouissons" the forms do not cover, a clitic target ("un
/// courrier lui reprochant"), gold and lexicon disagreeing ("tirer sur" 193,
/// "envahir" 192 where the gold says 190), a passive "condamnée par les
/// religieux" read as a conviction (116), and attributive participles read as
/// acts ("les femmes incarcérées" 173):
/// tests/gold/misses/r69-fr-f55.txt (from /work/notes/r69-fr-f55-constructions.txt).
/// `round 69 fr f57` (helper f57, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63443 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f56's draw), every one kept in the order drawn: 21 event
/// sentences (25 rows), 79 `#-` lines, annotated blind and committed before
/// sitrep coded any of them. Before its rows: exact 2 of 25 (0.080), relaxed
/// root P 0.375 R 0.120 F1 0.182, root and actors P 0.125 R 0.040 F1 0.061, 4
/// of 79 no-event lines with an event (0.051). Its rows (`# round 69 f57` in
/// fr/verbs.tsv: fr_exprimer_agacement_f57, fr_regretter_media_que_f57,
/// fr_lancer_avertissements_adj_f57, fr_juger_huis_clos_f57,
/// fr_annoncer_ouverture_enquete_f57, fr_debouter_f57, and the blocker
/// fr_envisager_fermer_sites_f57 (a company weighing plant closures: no 014);
/// people Brune Poirson FRAGOV 2017-2020 and Charlotte Lecocq FRALEG
/// 2017-2024 in actors/people.tsv). After: exact 6 of 25 (0.240), relaxed
/// root P 0.600 R 0.240 F1 0.343, root and actors P 0.400 R 0.160 F1 0.229, 3
/// of 79 (0.038). All French blocks (f57 counted in both) root F1 0.443 ->
/// 0.444, root and actors 0.254 -> 0.255; other blocks unchanged; dev gold
/// output (French and English) unchanged, English 3k
/// byte-identical. Floor 0.190, ceiling 0.088. Most of the rest are acts with
/// no actor the lexicon places ("L'accusé a été jugé", "Le financier avait été
/// débouté", "a appelé les pays à", FIFA, a law "a été saluée comme"), blame
/// told only by a jibe or a negated verb ("Si elle gère la ville comme ...",
/// "ne tolèrent pas que", "refuse que", "je ne soutiendrai pas"), relative
/// clauses and act nouns ("à qui l'ONG portait aussi secours", "qu'il accuse
/// de" with the antecedent taken as source, "La prise de Bunagana", "L'enquête
/// s'est concentrée sur", "Un groupe de travail ... sera mis en place"), a
/// coordinated object beyond the gap ("la suspension des soldats impliqués et
/// l'ouverture d'une enquête"), and false events from a relative's verb given
/// the main subject ("qu'ils réclament"), an agentless "ont été priés de" and
/// attributive participles ("membres du Parlement inculpés ou mis en examen"):
/// tests/gold/misses/r69-fr-f57.txt (from /work/notes/r69-fr-f57-constructions.txt).
/// `round 70 fr f58` (helper f58, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63444 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 24 event sentences (30 rows),
/// 76 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 6 of 30 (0.200), relaxed root P 0.667 R 0.200
/// F1 0.308, root and actors P 0.333 R 0.100 F1 0.154, 3 of 76 no-event lines
/// with an event (0.039). Its rows (`# round 70 f58` in fr/verbs.tsv: the
/// reproach verbs after "se faire ... par" with the agent as source
/// fr_se_faire_reprendre_f58, _recadrer_, _tancer_, _sermonner_,
/// _reprimander_, _rabrouer_, _critiquer_, _etriller_f58; fr_moquer_f58;
/// fr_reconnaitre_faute_f58 (015); fr_assurer_, _affirmer_, _expliquer_,
/// _dire_, _declarer_navoir_commis_faute_f58 (016);
/// fr_promettre_rendre_pouvoir_f58, fr_engager_rendre_pouvoir_f58 (0341);
/// fr_annoncer_sanctions_f58, fr_annoncer_sanctions_encontre_f58,
/// fr_annoncer_sanctions_son_encontre_f58, fr_imposer_, _prendre_,
/// _adopter_sanctions_encontre_f58 (163); fr_echanger_prisonniers_f58,
/// fr_echanger_prisonniers_avec_f58, fr_proceder_echange_prisonniers_f58,
/// fr_engager_echange_prisonniers_f58 (084); the blocker
/// fr_faire_fi_menaces_f58 (ignoring threats or insults is no 128); Annie
/// Genevard FRALEG 2012-2024, FRAGOV since in actors/people.tsv and the French
/// spelling Mikhaïl Khodorkovski in fr/actor-names.tsv). After: exact 9 of 30
/// (0.300), relaxed root P 0.727 R 0.267 F1 0.390, root and actors P 0.364 R
/// 0.133 F1 0.195, 3 of 76 (0.039). All French blocks (f58 counted in both)
/// root F1 0.443 -> 0.444, root and actors 0.254 -> 0.254; other blocks
/// unchanged; dev gold output (French and English) unchanged, English 3k
/// unchanged by the lexicon (byte-identical with main's lexicon on the same
/// binary). Floor 0.250, ceiling 0.089. Most of the rest are acts whose speaker
/// or subject is a pronoun or an anaphor ("Ils ont annoncé de nouvelles
/// sanctions à son encontre", "Elle explique n'avoir jamais commis", "les deux
/// camps s'étant engagés dans un échange de prisonniers"), acts in the first
/// person inside quotes ("exhortons le Nord", "Je ne ferai aucun commentaire",
/// "je confisquerais les bateaux"), blame or appeals told only by a quote and
/// an inverted speech verb ("a-t-il critiqué", "a-t-il plaidé", "a-t-il
/// martelé"), praise by a gerund ("en louant") and a court told by a noun ("un
/// jugement ... demandant son extradition à la Belgique"), and false events
/// from "faisant fi des" before a long open quote, an attributive "policiers
/// assassinés" and "saluer sa mémoire": tests/gold/misses/r70-fr-f58.txt (from
/// /work/notes/r70-fr-f58-constructions.txt).
/// `round 70 fr f59` (helper f59, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63445 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f58's draw, seed 63444), every one kept in the order
/// drawn: 18 event sentences (21 rows), 82 `#-` lines, annotated blind and
/// committed before sitrep coded any of them (one target set after the run
/// from RUS to RUSGOV by the settled capital rule, noted in the header).
/// Before its rows: exact 4 of 21 (0.190), relaxed root P 0.400 R 0.190 F1
/// 0.258, root and actors P 0.200 R 0.095 F1 0.129, 4 of 82 no-event lines
/// with an event (0.049). Its rows (`# round 70 f59` in fr/verbs.tsv:
/// fr_revendique_par_f59 (015, "L'attentat a été revendiqué par"),
/// fr_ranger_derriere_f59, fr_ranger_cote_f59 (051),
/// fr_offrir_a_soutien_economique_f59, fr_apporter_soutien_economique_f59
/// (071), fr_offrir_a_soutien_militaire_f59 (072), fr_lutter_contre_f59
/// (190), fr_critique_venir_rangs_f59, fr_critique_venir_de_f59 (111, source
/// after the head), fr_organiser_conference_aide_f59 (033),
/// fr_promettre_revenir_f59 (036), and the blockers fr_menacer_fleau_f59 (a
/// hurricane that "menace" a country) and fr_liberer_forces_f59 ("libérant
/// des forces": no 0841); people Patrick Kanner and Raquel Garrido in
/// actors/people.tsv). After: exact 9 of 21 (0.429), relaxed root P 0.643 R
/// 0.429 F1 0.514, root and actors P 0.429 R 0.286 F1 0.343, 4 of 82 (0.049).
/// All French blocks (f59 counted in both) root F1 0.443 -> 0.446, root and
/// actors 0.254 -> 0.256; out of sample f11 gains one exact row (fr_lutter_contre_f59,
/// "le gouvernement qui lutte ... contre les rebelles Houthis"), other blocks
/// unchanged; dev gold output (French and English) unchanged, English 3k
/// byte-identical. Floor 0.379, ceiling 0.099. Most of the rest are acts whose
/// source is a pronoun ("Il a promis de revenir au Liban", "Il a aussi
/// dénoncé", "a-t-il critiqué"), blame or praise told only by a quote or a
/// retort ("Tu n'auras pas l'occasion!", "Ce n'est pas possible que ...",
/// "Je la soutiens à 200%"), a cleft denial ("ce n'était pas elle qui"), an act
/// noun with a demonym source ("blocus russe des ports ... ukrainiens"), a
/// head of state's trip discarded by "la finale", and false events from an
/// infinitive subject ("Capturer ou tuer Baghdadi était la priorité"), a
/// negated passive ("n'ayant pas été convié"), a hurricane that "menace" and a
/// speculative gerund ("pourrait ... en ciblant à nouveau Kiev"):
/// tests/gold/misses/r70-fr-f59.txt (from /work/notes/r70-fr-f59-constructions.txt).
/// `round 70 fr f60` (helper f60, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63446 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), none of them in f59's draw, every one kept in the order drawn:
/// 20 event sentences (20 rows), 80 `#-` lines, annotated blind and committed
/// before sitrep coded any of them. Before its rows: exact 3 of 20 (0.150),
/// relaxed root P 0.333 R 0.150 F1 0.207, root and actors P 0.111 R 0.050 F1
/// 0.069, 4 of 80 no-event lines with an event (0.050). Its rows (`# round 70
/// f60` in fr/verbs.tsv: fr_asperger_f60, fr_asperger_prep_f60 (182, splashing
/// a person with acid or a liquid); fr_battre_contre_f60 (190, "se battre
/// contre" an actor); fr_souligner_propos_hors_f60, fr_relever_propos_hors_f60,
/// fr_juger_propos_deplaces_f60, fr_qualifier_propos_deplaces_f60 (111,
/// remarks pointed out or judged out of place); the blocker
/// fr_former_par_convergence_f60 ("s'est formé par la convergence de" is no
/// training 072); and in fr/agents.tsv the majority's members "pilier|ténor|
/// cadre|poids lourd|élu|membre de la majorité" LEG). After: exact 6 of 20
/// (0.300), relaxed root P 0.545 R 0.300 F1 0.387, root and actors P 0.182 R
/// 0.100 F1 0.129, 3 of 80 (0.037). All French blocks (f60 counted in both)
/// root F1 0.442 -> 0.443, root and actors 0.252 -> 0.253; other blocks
/// unchanged; dev gold (French and English) unchanged, English 3k
/// byte-identical with main's binary. Floor 0.250, ceiling 0.088. Most of the
/// rest are acts with no placed actor (a pronoun "il s'est excusé", an
/// agentless "Des enquêtes judiciaires sont en cours", "mis en examen" in an
/// apposition, "aspergé d'un produit" in a pluperfect passive on "il"), blame
/// told only inside a quote ("Nicole Belloubet a menti ...", a assuré le
/// maire", "Vous êtes un ringard Bernard Tapie !"), a visit told by a
/// background noun ("Lors de sa visite en Algérie"), demonstrators'
/// "ont dénoncé" read as 111 rather than the protest 141, a conditional
/// announcement of sanctions against police read as imposed (163 against the
/// gold's 132), and false events from an adjective actor ("le débat public
/// français ... on refuse") and hospitals that "ont refusé" patients:
/// tests/gold/misses/r70-fr-f60.txt (from
/// /work/notes/r70-fr-f60-constructions.txt).
///
/// `round 70 fr f61` (helper f61, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63447 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f59's or f60's draws), every one kept in the order drawn:
/// 22 event sentences (30 rows), 78 `#-` lines, annotated blind and committed
/// before sitrep coded any of them. Before its rows: exact 8 of 30 (0.267),
/// relaxed root P 0.667 R 0.267 F1 0.381, root and actors P 0.167 R 0.067 F1
/// 0.095, 2 of 78 no-event lines with an event (0.026). Its rows (`# round 70
/// f61` in fr/verbs.tsv: fr_boycotter_seance_f61 (boycotting a sitting, a
/// session, a debate or a vote, 125 as boycotting a meeting, longer than
/// fr_boycotter's 143), fr_pratiquer_chaise_vide_f61, fr_faire_chaise_vide_f61
/// (125); fr_asperger_lacrymogenes_f61, fr_arroser_lacrymogenes_f61,
/// fr_recourir_lacrymogenes_f61 (175); fr_participer_meeting_contre_f61
/// (141); the blocker fr_entretenir_relations_mutuel_f61 ("Belgrade et
/// Pristina entretiennent des relations exécrables" is no 040)). After: exact
/// 10 of 30 (0.333), relaxed root P 0.833 R 0.333 F1 0.476, root and actors P
/// 0.250 R 0.100 F1 0.143, 1 of 78 (0.013). All
/// French blocks (f61 counted in both) root F1 0.443 -> 0.444, root and actors
/// 0.252 -> 0.253; other blocks unchanged; dev gold output (French and
/// English) unchanged, English 3k byte-identical with the branch point's
/// binary. Floor 0.283, ceiling 0.063. Most of the rest are acts whose doer
/// the lexicon does not place ("Les communistes", "il", "L'homme", "un
/// détracteur", "les deux camps", "MM. Morales"), speech verbs inverted after
/// a quote taking their subject as target ("s'est indigné le leader Insoumis
/// Jean-Luc Mélenchon", "assène un détracteur"), appeals and praise inside
/// quotes or parentheses ("Nous vous demandons de", "bravo à Jack Dorsey",
/// "appelant "les gaullistes patriotes" à"), acts told by a participle or a
/// gerund ("visitant notamment le camp de réfugiés", "en les accusant d'être
/// responsables"), an NGO halting its work ("MSF annonce avoir arrêté ses
/// activités"), and fr_envahir's 192 where the blocks code an invasion 190:
/// tests/gold/misses/r70-fr-f61.txt (from
/// /work/notes/r70-fr-f61-constructions.txt).
/// `round 70 fr f62` (helper f62, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63448 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 27 event sentences (28 rows),
/// 73 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 6 of 28 (0.214), relaxed root P 0.600 R 0.214
/// F1 0.316, root and actors P 0.300 R 0.107 F1 0.158, 1 of 73 no-event lines
/// with an event (0.014). Its rows (`# round 70 f62` in fr/verbs.tsv: the
/// blocker fr_interpeller_par_depute_f62 (a minister "interpellé par le
/// député" is a parliamentary question, not fr_interpeller's arrest 173);
/// fr_qualifier_impuissant_f62 ("qualifié le gouvernement d'impuissant|
/// incapable|laxiste", 111); fr_reserver_attaques_f62 ("a réservé ses
/// attaques au garde des Sceaux", 111); fr_inquieter_de_f62 ("s'inquiète du
/// déploiement de missiles américains", 012, with a target: concern about an
/// epidemic with no actor stays no event); fr_s_en_prendre_a_politique_f62
/// ("s'en prenant à la naïveté et au laxisme de la politique migratoire
/// française", 111)). After: exact 9 of 28 (0.321), relaxed root P 0.750 R
/// 0.321 F1 0.450, root and actors P 0.333 R 0.143 F1 0.200, 1 of 73 (0.014).
/// All French blocks (f62 counted in both) root F1 0.444 -> 0.445, root and
/// actors 0.254 -> 0.254; other blocks unchanged; dev gold output (French and
/// English) unchanged, English 3k byte-identical with the branch point's
/// binary. Floor 0.271, ceiling 0.064. Most of the rest are acts whose doer
/// the lexicon does not place ("Ils", "il", "l'ancien président", "la ville",
/// "Les critiques", the CNIL's "elle", a "groupe d'hommes"), blame, praise and
/// appeals told inside a quote by a state or a first person ("la gauche est
/// tétanisée", "le président a montré une capacité de leader", "Je ne supporte
/// plus les démagos", "il ne doit pas oublier un pays comme le Yémen", "Il y a
/// une collusion entre Nissan et le procureur"), protests and blame told by a
/// noun or an agentless passive ("une vague de protestation inédite",
/// "considéré comme une provocation"), the Fifa sentence dropped whole by
/// en/discards.tsv, and MSF's aid read as support 051:
/// tests/gold/misses/r70-fr-f62.txt (from
/// /work/notes/r70-fr-f62-constructions.txt).
/// `round 70 fr f63` (helper f63, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63449 --n-orangesum 55 --n-masakhane 25 --masakhane-parity even`,
/// 80 sentences (55 OrangeSum `politique`/`monde`, 25 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 14 event sentences (15 rows),
/// 66 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 2 of 15 (0.133), relaxed root P 0.667 R 0.133
/// F1 0.222, root and actors P 0.000 R 0.000 F1 0.000, 1 of 66 no-event lines
/// with an event (0.015: a minister who "menace de partir" read as 130). Its
/// rows (`# round 70 f63` in fr/verbs.tsv): fr_suspendre_importations_f63,
/// fr_geler_importations_f63, fr_bloquer_importations_f63,
/// fr_interrompre_importations_f63 ("a suspendu ses importations de viande
/// canadienne", 163); fr_requerir_prison_f63 ("a requis cinq ans de prison"
/// with no "contre", 115); fr_parler_de_propagande_f63 ("a parlé de
/// propagande|mascarade|trahison", 111); fr_protester_dans_rue_f63 ("ont
/// protesté dans la capitale|devant l'ambassade", 141);
/// fr_juger_pour_actes_f63 ("jugé pour actes d'intimidation, rébellion",
/// 173); fr_se_faire_traiter_de_f63 ("s'est fait traiter de dictateur par X",
/// 111, X the source); the blocker fr_menacer_de_partir_f63 ("menace de
/// partir|démissionner" threatens no one). After: exact 6 of 15 (0.400),
/// relaxed root P 0.857 R 0.400 F1 0.545, root and actors P 0.143 R 0.067 F1
/// 0.091, 0 of 66 (0.000). All French blocks (f63 counted in both) root F1
/// 0.444 -> 0.446, root and actors 0.253 -> 0.253; other blocks unchanged; dev
/// gold figures (French root F1 0.242, English 0.334) and French attribution
/// gold unchanged, English 3k byte-identical with the branch point's binary.
/// Floor 0.350, ceiling 0.050. Most of the rest are blame told inside a quote
/// or a judgement on a thing (Macron "l'antithèse" of de Gaulle's ideas, the
/// AstraZeneca vaccine "presque inefficace", "le gouvernement n'a cessé de
/// proférer mensonge après mensonge", selon Le Pen; "rétorque qu'il a tort"),
/// doers the lexicon does not place ("le jeune romancier", "Le Minnesota",
/// "l'extrême gauche"), a lower-case "la commission européenne" read as no
/// actor in a chain of passive agents, and a trial whose "pour" stands more
/// than four words after "jugé": tests/gold/misses/r70-fr-f63.txt (from
/// /work/notes/r70-fr-f63-constructions.txt).
///
/// 2026-12-07 (the lead, thirty-first session): the French parser gained the
/// Lefff's word classes (scripts/build-lefff-classes; GSD dev LAS 77.88 ->
/// 80.35 with gold tokens). Over the 63 French blocks then here root F1 rose
/// 0.446 -> 0.453 (780 -> 798 matches, with round 71's rows), root and actors
/// 0.254 -> 0.257; round 64 fr f28 lost
/// two exact rows to the new parses of two long sentences (Trump "vivement
/// critiqué … a choisi une nouvelle cible", the Comité "s'était rendu …,
/// dénonçant …, exhortant …"): 0.219 -> 0.156, under its floor of 0.200,
/// which is now that figure minus 0.05 (0.106), as every floor is set.
/// `round 71 fr f64` (helper f64, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63450 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 22 event sentences (26 rows),
/// 78 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 8 of 26 (0.308), relaxed root P 0.750 R 0.346
/// F1 0.474, root and actors P 0.250 R 0.115 F1 0.158, 3 of 78 no-event lines
/// with an event (0.038: "il ne faut pas se relâcher" 0841, jobs "occupés par
/// les jeunes" 192, "les personnes tuées étaient des terroristes" 1823). Its
/// rows (`# round 71 f64` in fr/verbs.tsv): fr_se_defendre_en_assurant_f64
/// ("s'est défendu en assurant", 016); fr_s_en_prendre_adv_a_f64 and
/// fr_s_en_prendre_a_rival_f64 ("s'en est prise directement à", "à son
/// adversaire X", 111); fr_prendre_un_otage_f64 ("prendre un otage", 181);
/// fr_demander_empecher_liberation_f64 ("a demandé à la Cour suprême
/// d'empêcher la libération", 020 over fr_demander_a_liberation's 0253);
/// fr_saisir_pour_propos_f64 ("saisit le CSA pour des propos de", 115);
/// fr_inquieter_risques_f64 ("s'inquiète également des risques de
/// violences", 012); fr_ne_participer_pas_rencontre_f64 ("ne participera pas
/// au sommet", 125); fr_mettre_garde_a_vue_f64 ("mis en garde à vue", 173);
/// the blocker fr_occuper_par_categorie_f64 (jobs "occupés par les jeunes");
/// Global Witness NGOGLW in actors/organisations.tsv. After: exact 14 of 26
/// (0.538), relaxed root P 0.875 R 0.538 F1 0.667, root and actors P 0.250
/// R 0.154 F1 0.190, 2 of 78 (0.026). All French blocks (f64 counted in both)
/// root F1 0.446 -> 0.449, root and actors 0.252 -> 0.253; other blocks
/// unchanged (a row "s'est défendu de toute faute" 016 was dropped: it gave
/// f27's Collomb sentence, coded 112 there, an extra 016). Floor 0.488,
/// ceiling 0.076. Most of the rest are passive acts whose patient is a
/// pronoun or uncoded ("il a été mis en garde à vue", "Lui et Alfred Yekatom
/// sont accusés d'avoir"), blame inside quotes ("on ne se comporte pas comme
/// un factieux", "vous attaquez maintenant les plus pauvres !"), a clitic
/// addressee ("lui a demandé"), a "passe d'armes" between persons with no code
/// by the date, "Le groupe" read as a pronoun, and "tué par balles" read as a
/// passive agent: tests/gold/misses/r71-fr-f64.txt (from
/// /work/notes/r71-fr-f64-constructions.txt).
/// `round 71 fr f65` (helper f65, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63451 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 22 event sentences (26 rows),
/// 78 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 3 of 26 (0.115), relaxed root P 0.571 R 0.154
/// F1 0.242, root and actors P 0.000 R 0.000 F1 0.000, 2 of 78 no-event lines
/// with an event (0.026: an idea "positivement accueillie par" 043, "La
/// méningite peut tuer" 1823). Its rows (`# round 71 f65` in fr/verbs.tsv):
/// fr_defausser_sur_f65 ("s'est défaussé sur", 111); fr_regretter_guillemet_que_f65
/// ("a regretté "qu'on …"", 111); fr_donner_somme_a_f65 ("a donné des
/// milliards d'euros à", 071); fr_annoncer_deploiement_forces_f65 ("a annoncé
/// le déploiement de 7.400 membres des forces de l'ordre", 150);
/// fr_constituer_avertissement_f65 ("constituera un avertissement aux
/// Etats-Unis", 138); "Sall" for Macky Sall in fr/actor-names.tsv. After:
/// exact 7 of 26 (0.269), relaxed root P 0.727 R 0.308 F1 0.432, root and
/// actors P 0.091 R 0.038 F1 0.054, 2 of 78 (0.026). All French blocks (f65
/// counted in both) root F1 0.452 -> 0.454, root and actors 0.253 -> 0.253;
/// f14 gains an exact row (20 -> 21 of 46), other blocks unchanged. Floor
/// 0.219, ceiling 0.076. Most of the rest are acts whose doer and patient are
/// pronouns or uncoded people ("L'un des individus l'a insulté, menacé ...,
/// frappé", "Il a été condamné", "Ils réclament"), blame told by an embedded
/// claim or a quote ("a estimé que X avait franchi la ligne rouge", "le doigt
/// est pointé vers"), a quote speaker after a first-person quote ("dit Sall"),
/// a host told by a place ("reçus à Matignon"): tests/gold/misses/r71-fr-f65.txt
/// (from /work/notes/r71-fr-f65-constructions.txt).
/// `round 71 fr f66` (helper f66, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63452 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 23 event sentences (28 rows),
/// 77 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 5 of 28 (0.179), relaxed root P 0.462 R 0.214
/// F1 0.293, root and actors P 0.077 R 0.036 F1 0.049, 4 of 77 no-event lines
/// with an event (0.052: "la responsabilité de soutenir 932 jeunes migrants"
/// 051, "vouloir la censurer ... est absurde" 1721, "refuse "comme Manuel
/// Valls" le principe" 120, a football coach who "s'est indigné" 111). Its
/// rows (`# round 71 f66` in fr/verbs.tsv): fr_appeler_date_greve_f66 ("ont
/// appelé jeudi 14 février à une grève", 143); fr_lancer_appel_greve_f66
/// ("a lancé un appel à la grève", 143); fr_montrer_satisfait_de_f66 ("se
/// sont montrés satisfaits de", 051); fr_rejouir_que_f66 ("s'est réjouie
/// qu'il ait été innocenté", 051); fr_tweeter_excuses_f66 and
/// fr_publier_excuses_f66 ("a tweeté|publié des excuses", 055);
/// fr_s_attaquer_a_sur_f66 ("s'est attaqué à X sur la question", 111 over
/// fr_attaquer's 190); Alain Vidalies and Jeong Kyeong-doo in
/// actors/people.tsv. After: exact 8 of 28 (0.286), relaxed root P 0.562
/// R 0.321 F1 0.409, root and actors P 0.188 R 0.107 F1 0.136, 4 of 77
/// (0.052). All French blocks (f66 counted in both) root F1 0.453 -> 0.455,
/// root and actors 0.252 -> 0.253; other blocks unchanged. Floor 0.236,
/// ceiling 0.102. Most of the rest are acts with no coded doer or patient
/// ("elle s'insurge", "a-t-elle dénoncé", "Il a lancé un appel à une grève",
/// thieves "arrêtés et condamnés", properties "perquisitionnées", an attack
/// that "a eu lieu à Cambrils"), an inverted passive subject list ("ont été
/// soupçonnés, entre autres, le PKK, l'armée ..."), blame by a predicate
/// adjective ("est hostile à ces mesures", "est un peu déroutante"), a gap
/// that does not cross a comma ("s'était attaqué à Macron l'été dernier, sur
/// la question"), a host in a reduced relative with a time adverbial
/// ("reçus la semaine dernière par François Hollande") and arms "fournies
/// par les Britanniques": tests/gold/misses/r71-fr-f66.txt (from
/// /work/notes/r71-fr-f66-constructions.txt).
/// `round 71 fr f67` (helper f67, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63453 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f66's draw of the same wave), every one kept in the order
/// drawn: 28 event sentences (35 rows), 72 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 6 of 35
/// (0.171), relaxed root P 1.000 R 0.171 F1 0.293, root and actors P 0.500
/// R 0.086 F1 0.146, 0 of 72 no-event lines with an event (0.000). Its rows
/// (`# round 71 f67` in fr/verbs.tsv): fr_parvenir_rappel_ordre_f67 and
/// fr_adresser_rappel_ordre_f67 ("a fait parvenir|adressé un rappel à l'ordre
/// à", 111); fr_avoir_mots_bienveillants_f67 and fr_avoir_mots_durs_f67 ("a eu
/// des mots bienveillants|durs envers", 051/111); fr_deposer_preavis_greve_f67
/// and fr_annoncer_preavis_greve_f67 (a strike notice, 133);
/// fr_insister_volonte_dialogue_f67 ("a insisté sur la volonté de dialogue",
/// 036); fr_preparer_voyage_f67 ("prépare une visite à", 036);
/// fr_accepter_tenir_discussions_f67 ("a accepté de tenir des discussions
/// avec", 036); fr_faire_paix_avec_f67 ("a fait la paix avec", 057);
/// fr_plaider_pour_soutien_f67 ("plaidant pour le soutien russe", 020);
/// fr_defendre_de_rumeurs_f67 ("s'est défendu de rumeurs", 016);
/// fr_viser_par_enquete_f67 ("est visé par une enquête", 091) with the blocker
/// fr_viser_par_enquete_interne_f67 (a disciplinary inquiry, no event in f52);
/// "Kazimi" for Mustafa al-Kadhimi in fr/actor-names.tsv. After: exact 14 of
/// 35 (0.400), relaxed root P 1.000 R 0.400 F1 0.571, root and actors P 0.429
/// R 0.171 F1 0.245, 0 of 72 (0.000). All French blocks (f67 counted in both)
/// root F1 0.453 -> 0.457, root and actors 0.253 -> 0.254; other blocks
/// unchanged. Floor 0.350, ceiling 0.050. Most of the rest are acts whose doer
/// and patient are pronouns, bare roles or uncoded people ("il est expulsé",
/// "il avait été aspergé", a candidate "agressé par une bande de jeunes",
/// "Le ministre de l'Action et des Comptes publics est visé par une enquête"),
/// threats, blame and a withdrawal told only in quotes ("ne passeront pas",
/// "Philippe n'a pas été assez présent", "je ne peux ni ne veux avoir des
/// soldats français"), and acts whose actors sit in a passive subject or a
/// relative's antecedent ("les relations diplomatiques entre Pékin et le
/// Saint-Siège ont été rompues", manifestations "qu'il avait interdites"):
/// tests/gold/misses/r71-fr-f67.txt (from
/// /work/notes/r71-fr-f67-constructions.txt).
/// `round 72 fr f68` (helper f68, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63454 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 28 event sentences (29 rows),
/// 72 `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 9 of 29 (0.310), relaxed root P 0.562 R 0.310
/// F1 0.400, root and actors P 0.312 R 0.172 F1 0.222, 3 of 72 no-event lines
/// with an event (0.042). Its rows (`# round 72 f68` in fr/verbs.tsv):
/// fr_devoir_rencontrer_f68 and fr_devoir_se_rendre_f68 ("doit rencontrer|se
/// rendre à", 036 as the futur); fr_plaider_pour_respect_f68 ("a plaidé pour
/// le respect de", 020); fr_publier_appel_pour_que_f68 and
/// fr_publier_appel_a_f68 ("a publié un appel pour que|à", 020);
/// fr_financer_insurrection_f68 (071); the blocker fr_tuer_accident_f68
/// ("tués dans un accident"); "Azar" for Alex Azar in fr/actor-names.tsv.
/// After: exact 11 of 29 (0.379), relaxed root P 0.647 R 0.379 F1 0.478, root
/// and actors P 0.353 R 0.207 F1 0.261, 2 of 72 (0.028). All French blocks
/// (f68 counted in both) root F1 0.456 -> 0.457, root and actors 0.253 ->
/// 0.254; f29 9 -> 11 and f30 17 -> 18 exact, f39 17 -> 16 (a new head row
/// of the devoir/plaider rows stops fr_intenter_proces matching "un procès
/// intenté devant la Cour suprême", reported to the lead). Floor 0.329,
/// ceiling 0.078. Most of the rest are blame told only in quotes, acts of
/// pronouns ("Il a revendiqué des attaques", "Il a tiré sur ma jambe"), a
/// participle clause under "claironnant avoir", and a cleft "c'est X qui ...
/// en demandant que": tests/gold/misses/r72-fr-f68.txt (from
/// /work/notes/r72-fr-f68-constructions.txt).
/// `round 72 fr f69` (helper f69, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63455 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f68's draw of the same wave, 0 dropped), every one kept
/// in the order drawn: 17 event sentences (22 rows), 83 `#-` lines, annotated
/// blind and committed before sitrep coded any of them. Before its rows:
/// exact 6 of 22 (0.273), relaxed root P 0.667 R 0.273 F1 0.387, root and
/// actors P 0.444 R 0.182 F1 0.258, 2 of 83 no-event lines with an event
/// (0.024). Its rows (`# round 72 f69` in fr/verbs.tsv):
/// fr_demander_rendez_vous_f69 and fr_solliciter_rendez_vous_f69 ("a demandé
/// un rendez-vous à", "a sollicité une audience", 036);
/// fr_qualifier_legitime_f69 ("a qualifié les préoccupations de X ... de
/// légitimes", 051); fr_acheter_armes_f69 ("achète des armes chinoises", 061,
/// the buyer the source); fr_rendre_visite_victimes_f69 and
/// fr_rendre_chevet_f69 ("a rendu visite aux blessés", "s'est rendu au chevet
/// des victimes", 042); fr_pointer_faute_f69 ("pointe les dérives de", 111);
/// the blocker fr_tuer_dans_oeuf_f69 (the idiom "tuer dans l'œuf"). After:
/// exact 10 of 22 (0.455), relaxed root P 0.769 R 0.455 F1 0.571, root and
/// actors P 0.615 R 0.364 F1 0.457, 1 of 83 (0.012). All French blocks (f69
/// counted in both) root F1 0.456 -> 0.457, root and actors 0.253 -> 0.255;
/// other blocks unchanged; French and English dev gold unchanged. Floor
/// 0.404, ceiling 0.062. Most of the rest are acts with no coded doer or
/// patient ("Ils ciblent des commerces", "nous avons dû tuer", a business
/// leader's visit to the president-elect, "le raid a eu lieu"), a threat and
/// blame told only in quotes, a participle read as an arrest ("Parmi les
/// femmes arrêtées"), a date between commas inside "a rendu visite, jeudi
/// ..., aux blessés", "pointe" read as a noun, and a relative "l'attentat qui
/// a fait 22 morts" given the main clause's subject as its doer:
/// tests/gold/misses/r72-fr-f69.txt (from
/// /work/notes/r72-fr-f69-constructions.txt).
/// `round 72 fr f70` (helper f70, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63456 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in an earlier block in another case or spacing), every one
/// kept in the order drawn: 23 event sentences (25 rows), 77 `#-` lines,
/// annotated blind and committed before sitrep coded any of them. Before its
/// rows: exact 5 of 25 (0.200), relaxed root P 0.385 R 0.200 F1 0.263, root
/// and actors P 0.154 R 0.080 F1 0.105, 4 of 77 no-event lines with an event
/// (0.052). Its rows (`# round 72 f70` in fr/verbs.tsv): fr_bouder_seance_f70
/// ("boude les questions au gouvernement|la séance", 125);
/// fr_montrer_circonspect_f70 ("s'est montrée circonspecte|sceptique sur",
/// 012); fr_soutenir_mouvement_f70 ("soutient un mouvement|une pétition",
/// 051); fr_avoir_dans_soiree_echange_f70 ("a eu dans la soirée un échange
/// très riche avec", 040); fr_prendre_sa_defense_f70 ("a pris sa défense",
/// 052); fr_etre_beneficiaire_aide_f70 and fr_figurer_beneficiaire_aide_f70
/// ("a été le plus grand bénéficiaire de l'aide étrangère américaine", 070,
/// the donor the source); fr_voir_arriere_pensees_f70 ("a vu dans ces
/// propositions des arrière-pensées|une manœuvre", 111). After: exact 11 of
/// 25 (0.440), relaxed root P 0.579 R 0.440 F1 0.500, root and actors P 0.368
/// R 0.280 F1 0.318, 4 of 77 (0.052). All French blocks (f70 counted in both)
/// root F1 0.457 -> 0.459, root and actors 0.255 -> 0.257; other blocks
/// unchanged; French and English dev gold unchanged; English output of the
/// first 3000 news-en documents unchanged. Floor 0.390, ceiling 0.102. Most of
/// the rest are acts with no coded doer ("ont été neutralisés", "elle a tenu
/// à prendre sa défense"), reproaches told only in quotes ("Elle aurait mieux
/// fait de", "Quand on est Garde des Sceaux"), an event noun with its doer
/// after it ("les demandes réitérées de la maire", "le cessez-le-feu proposé
/// par M. Sissi"), a clitic addressee read as no addressee ("qui les avaient
/// appelés à boycotter", 100 for 020), booing protesters, and a temporal
/// "lorsqu'ils prennent le contrôle" read as a threat (1382):
/// tests/gold/misses/r72-fr-f70.txt (from
/// /work/notes/r72-fr-f70-constructions.txt).
/// `round 72 fr f71` (helper f71, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63457 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f70's draw of the same wave, 0 dropped), every one kept
/// in the order drawn: 23 event sentences (24 rows), 77 `#-` lines, annotated
/// blind and committed before sitrep coded any of them. Before its rows:
/// exact 1 of 24 (0.042), relaxed root P 0.250 R 0.042 F1 0.071, root and
/// actors P 0.250 R 0.042 F1 0.071, 1 of 77 no-event lines with an event
/// (0.013). Its rows (`# round 72 f71` in fr/verbs.tsv):
/// fr_mettre_garde_contre_loi_f71 and fr_mettre_garde_contre_loi_de_f71 ("a
/// mis en garde Pékin contre une loi", 111, longer than
/// fr_mettre_garde_contre's 130); fr_cibler_par_critiques_f71 ("ciblé par des
/// membres du PS", 111, not fr_cibler's 195); fr_regretter_apres_citation_f71
/// ("...", regrettait le Premier ministre, 111); fr_reclamer_depart_any_f71
/// ("réclame le départ" with no leader named, 1041); fr_tirer_dessus_f71
/// ("nous leur avons tiré dessus", 190); fr_pointer_rires_f71 ("a pointé les
/// rires|propos de", 111); fr_violences_faire_morts_f71 ("ces violences ont
/// fait sept morts", 180, not fr_faire_morts' 1823). After: exact 7 of 24
/// (0.292), relaxed root P 0.857 R 0.250 F1 0.387, root and actors P 0.571
/// R 0.167 F1 0.258, 1 of 77 (0.013). All French blocks (f71 counted in
/// both) root F1 0.456 -> 0.459, root and actors 0.255 -> 0.256; f41 and f48
/// one more exact each (blame "regrette" after a quote), f15 one more false
/// event (a nostalgic "regrette Vladimir Vignjevic" after a quote, 4 -> 5 of
/// 113) and f49 one extra 111 beside fr_denoncer's; French and English dev
/// gold unchanged; English 3k
/// byte-identical. Floor 0.242, ceiling 0.063. Most of the rest are acts
/// with no coded doer ("le mouvement de protestation", "Il", "elle", "les
/// soldats", names the lexicon lacks), blame told only in quotes ("c'est
/// d'être les supplétifs de l'extrême droite", "Elle ne génère que désordre",
/// a rhetorical question), act nouns and participles ("Une information
/// judiciaire ... a été ouverte par le parquet", "l'avion de ligne ukrainien
/// abattu", the heading "Hautes personnalités arrêtées"), and a future
/// passive "qui sera poursuivi": tests/gold/misses/r72-fr-f71.txt (from
/// /work/notes/r72-fr-f71-constructions.txt).
/// `round 73 fr f72` (helper f72, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63458 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), 1 dropped as already in `round 70 fr f61` under another article
/// id, the other 99 kept in the order drawn: 21 event sentences (24 rows), 78
/// `#-` lines, annotated blind and committed before sitrep coded any of them.
/// Before its rows: exact 6 of 24 (0.250), relaxed root P 0.545 R 0.250 F1
/// 0.343, root and actors P 0.182 R 0.083 F1 0.114, 2 of 78 no-event lines
/// with an event (0.026). Its rows (`# round 73 f72` in fr/verbs.tsv):
/// fr_prendre_pour_grade_f72 ("en prenaient aussi pour leur grade", 111, the
/// subject the target); fr_imposer_loi_f72 ("la Chine aura imposé ... ce
/// texte|cette loi", 172; not "imposer sa loi"); fr_donner_feu_vert_accord_f72
/// ("ont donné leur feu vert à un accord de coalition", 057, the first party
/// named the source); fr_saluer_marins_f72 ("a salué les marins", a greeting,
/// `-`); fr/agents.tsv `-` "en compagnie de" (a companion, not a company BUS).
/// After: exact 11 of 24 (0.458), relaxed root P 0.692 R 0.375 F1 0.486,
/// root and actors P 0.385 R 0.208 F1 0.270, 1 of 78 (0.013). All French
/// blocks (f72 counted in both) root F1 0.458 -> 0.459, root and actors
/// 0.256 -> 0.257; other blocks unchanged; English 3k byte-identical. Floor
/// 0.408, ceiling 0.063. Most of the rest are acts with no actor the lexicon
/// places ("L'auteur a été interpellé", "elle a de nouveau pointé", "le maire
/// de Nice", "a été mis en examen et devra répondre devant la justice
/// américaine", whose "devra" is read as the writer's duty), blame told only
/// inside a quote or with its target inside it ("le problème c'est le
/// président de la République", "C'est un naufrage, Jean-Luc Mélenchon",
/// a-t-elle regretté), a heading glued to the next sentence ("?Il la débutera
/// par un petit-déjeuner ... en compagnie d'Édouard Philippe"), a gerund
/// before its subject ("Tout en dénonçant un crime horrible, le parti du
/// président Donald Trump"), a reported accusation and a protest march told
/// by "ont marché vers": tests/gold/misses/r73-fr-f72.txt (from
/// /work/notes/r73-fr-f72-constructions.txt).
/// `round 73 fr f73` (helper f73, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63459 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f72's draw of the same wave nor in an earlier block, 0
/// dropped), every one kept in the order drawn: 28 event sentences (30
/// rows), 72 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 2 of 30 (0.067), relaxed root P 0.571
/// R 0.133 F1 0.216, root and actors P 0.286 R 0.067 F1 0.108, 1 of 72
/// no-event lines with an event (0.014). Its rows (`# round 73 f73` in
/// fr/verbs.tsv): fr_former_cabinet_f73 (`-`: "former un cabinet" is no
/// training, fr_former's 072); fr_engager_aupres_f73 ("se sont engagés
/// auprès du président français", 030; the block's "auprès de M. Macron,
/// venu à Beyrouth" stays unread: "M." is outside the actor group); fr_appeler_changer_loi_f73 and
/// fr_exhorter_changer_loi_f73 ("appelle le gouvernement à changer la loi",
/// 0242, as fr_appeler_instaurer); fr_mettre_oeuvre_couvre_feu_f73 ("mettre
/// en oeuvre des couvre-feux", 1723); fr_proposer_reviser_constitution_f73
/// ("je proposerai au Parlement des modifications de la Constitution",
/// 0344); fr_porter_atteinte_honneur_f73 ("porter gravement atteinte à
/// l'honneur de la police", 111); fr_digerer_pas_f73 ("ne digère pas les
/// confidences du chef de l'État", 111, its "ne" written so the act is not
/// negated); fr_reunion_crise_avec_f73 ("une réunion de crise avec les
/// syndicats", 040). After: exact 8 of 30 (0.267), relaxed root P 0.818
/// R 0.300 F1 0.439, root and actors P 0.455 R 0.167 F1 0.244, still 1 of 72
/// (0.014, a hypothetical "pourraient s'emparer de villes" read as 192). All
/// French blocks root F1 0.457 -> 0.459, root and actors 0.256 -> 0.257;
/// no other block's figures move; French and English dev gold unchanged;
/// English 3k byte-identical. Floor 0.217, ceiling 0.064. Most of the rest
/// are acts with neither a coded doer nor a coded target ("Il", "elle",
/// "je", an agentless "l'enquête a été rouverte", "reconnu coupable et
/// condamné", "lui ont rendu hommage", Steinmetz and Libération unknown,
/// Sarkozy in 2016 dateless), blame told only in quotes or images
/// ("l'amertume c'est un poison de l'esprit", "C'est une gadgetisation",
/// "Intox pour Libération", a mocking question "lui a lancé"), a relative
/// "celui qu'il surnomme", and a visit noun with no place actor:
/// tests/gold/misses/r73-fr-f73.txt (from
/// /work/notes/r73-fr-f73-constructions.txt).
/// `round 73 fr f74` (helper f74, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63460 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f72's or f73's draw of the same wave nor in an earlier
/// block, 0 dropped), every one kept in the order drawn: 25 event sentences
/// (26 rows), 75 `#-` lines, annotated blind and committed before sitrep
/// coded any of them. Before its rows: exact 5 of 26 (0.192), relaxed root
/// P 0.875 R 0.269 F1 0.412, root and actors P 0.375 R 0.115 F1 0.176, 0 of
/// 75 no-event lines with an event. Its rows (`# round 73 f74` in
/// fr/verbs.tsv): fr_comparaitre_devant_f74 ("a comparu devant la CPI", 173,
/// the court the source); fr_parapher_f74 ("a paraphé l'accord", 057);
/// fr_annoncer_rupture_relations_f74 ("a annoncé la rupture de toutes les
/// relations avec", 161, the announcer the source: a nominal row took the
/// source from a later "occupé par Israël"); fr_convoquer_expliquer_devant_f74
/// ("convoquée pour s'expliquer devant l'Assemblée", 090, the assembly the
/// source); fr_contribution_financiere_f74 ("sa contribution financière à",
/// 071); fr_voir_bonne_base_f74 ("a vu dans le discours du président
/// français une bonne base", 051); fr_attaquer_en_justice_f74 ("a attaqué en
/// justice le parti", 115, the target after; fr_attaquer_justice has it
/// before); fr_condamnation_mort_de_f74 ("la condamnation à mort d'un
/// ressortissant canadien", 116). After: exact 12 of 26 (0.462), relaxed
/// root P 0.867 R 0.500 F1 0.634, root and actors P 0.467 R 0.269 F1 0.341,
/// still 0 of 75. All French blocks root F1 0.459 -> 0.461, root and actors
/// 0.256 -> 0.258; no other block's figures move; English 3k
/// byte-identical. Floor 0.412, ceiling 0.050. Most of the rest are acts
/// with neither a coded doer nor a coded target ("Il", "Elle", "il s'est
/// fait acheter", "Des élus de gauche marseillais", "un kamikaze", "M.
/// Bierry", "elle était brûlée vive", a bare "l'exécutif"), blame told only
/// by a quote or with no act verb ("estime Bruno Le Maire", "Pour le
/// président, Mme Omar ne correspond pas"), a passive agent behind an incise
/// ("paraphé, en tant que témoin, par le président du Soudan du Sud"), a
/// nominal cut from its subject by an incise ("l'Allemagne a doublé, la
/// faisant passer à ..., sa contribution"), a purpose verb that wins over the
/// visit ("s'est rendu ... pour rencontrer" 040) and a glued sentence
/// ("2016.Jeudi") whose court gets no source:
/// tests/gold/misses/r73-fr-f74.txt (from
/// /work/notes/r73-fr-f74-constructions.txt).
/// `round 73 fr f75` (helper f75, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63461 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in f72's, f73's or f74's draw of the same wave nor in an
/// earlier block, 0 dropped), every one kept in the order drawn: 16 event
/// sentences (18 rows), 84 `#-` lines, annotated blind and committed before
/// sitrep coded any of them. Before its rows: exact 0 of 18 (0.000), relaxed
/// root P 0.000 R 0.000 F1 0.000, root and actors the same, 4 of 84 no-event
/// lines with an event (0.048). Its rows (`# round 73 f75` in fr/verbs.tsv):
/// fr_ranger_appel_cessez_feu_f75 ("s'est rangé à un appel à un
/// cessez-le-feu", 0871, the one who yields the source); fr_mordre_sur_f75
/// (`-`: "mordre sur la frange plus à droite des Républicains" is winning
/// voters, not fr_mordre's 182); fr_pour_protester_contre_f75 (deputies who
/// act "pour protester contre cette mesure", 141). After: exact 2 of 18
/// (0.111), relaxed root P 0.333 R 0.111 F1 0.167, root and actors P 0.333
/// R 0.111 F1 0.167, 3 of 84 (0.036). All French blocks (f75 counted in
/// both) root F1 0.458 -> 0.459, root and actors 0.256 -> 0.257; no other
/// block's figures move; English 3k byte-identical. Floor 0.061, ceiling
/// 0.086. Most of the rest are acts with neither a coded doer nor a coded
/// target ("voix", "J'", "Ils", "à droite", a bare "procureur de la
/// République", Ludosky, Brigitte Macron and Hollande in 2020 codeless),
/// doers the lexicon does not group ("la candidate des Républicains", the
/// misspelt "Boris Johnsonn" before "le comité de liaison de la Chambre des
/// Communes"), blame or praise told only inside a quote ("Police et pompiers
/// sont magnifiques", a-t-il tweeté), a 1914 battle told by a noun, a call
/// told by "à l'initiative du Caire" and a relative clause whose object
/// stands 11 tokens before "infligées": tests/gold/misses/r73-fr-f75.txt
/// (from /work/notes/r73-fr-f75-constructions.txt).
/// `round 74 fr f76` (helper f76, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63462 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in an earlier block in another wording, 0 dropped), every
/// one kept in the order drawn: 28 event sentences (38 rows), 72 `#-` lines,
/// annotated blind and committed before sitrep coded any of them. Before its
/// rows: exact 6 of 38 (0.158), relaxed root P 0.583 R 0.184 F1 0.280, root
/// and actors P 0.250 R 0.079 F1 0.120, 2 of 72 no-event lines with an event
/// (0.028). Its rows (`# round 74 f76` in fr/verbs.tsv):
/// fr_ferrailler_avec_f76 ("ferraille avec ses homologues", 111);
/// fr_couvrir_injures_f76 and fr_couvrir_cible_injures_f76 ("couvrir
/// d'injures", 111, as fr_couvrir_eloges_f48's praise);
/// fr_accuser_manquer_f76 and fr_accuser_cible_manquer_f76 ("l'a accusé de
/// manquer de connaissances historiques", blame 111, not fr_accuser's 112);
/// fr_susciter_critiques_part_f76 ("a suscité de vives critiques de la part
/// de certains députés", 111, the source after "de la part de");
/// fr_rendre_visite_clitique_f76 ("lui aurait rendu visite", 042, also
/// f69's "a rendu visite, jeudi 25 mai au matin, aux blessés");
/// fr_obtenir_fonds_f76 ("a obtenu des fonds britanniques", 071, the donor
/// the source); fr_depouiller_droits_f76 and fr_depouiller_droits_any_f76
/// ("a dépouillé BSGR de ses droits miniers", 1711);
/// fr_interroger_autorites_f76 ("interrogé par les autorités
/// anti-corruption", 090); fr_demander_a_faveur_f76 ("a demandé à Marine Le
/// Pen un retour d'ascenseur", 020); fr_plan_menace_postes_f76 (`-`: "un
/// plan social menace 345 des 800 postes" threatens no one; it gave a false
/// 130). After: exact 15 of 38 (0.395), relaxed root P 0.778 R 0.368 F1
/// 0.500, root and actors P 0.444 R 0.211 F1 0.286, still 2 of 72 (0.028:
/// Montebourg's "s'il est élu, ... réclamera la démission" 1041, sceptical
/// unionists 012). All French blocks (f76 counted in both) root F1 0.457 ->
/// 0.460, root and actors 0.256 -> 0.258; `round 72 fr f69` exact 0.455 ->
/// 0.500, no other block's figures move; French and English dev gold and
/// attribution unchanged; English 3k byte-identical. Floor 0.345, ceiling
/// 0.078. Most of the rest are acts whose pattern matches with no actor the
/// lexicon places ("Il a déploré que", agentless "a été arrêté et inculpé"
/// and "a été interpellé", "nous continuons à exiger", "La tête de la liste
/// Renaissance ... en appelant à ce que"), blame or praise told only by a
/// quote ("s'était ainsi réjoui", "a susurré: "Putain, il est chiant lui"",
/// "Trump utilise à nouveau Israël", "a-t-il estimé"), acts told by a noun,
/// a participle or a relative ("malgré de lourds combats", "citant des
/// preuves de corruption", "ce que la société a nié"), a statement
/// "a réaffirmé la position de la France" no row codes 010 without taking
/// France as its target, and the lexicon's settled 046 for "engager des
/// discussions" and 143 for an appeal "appelant même à boycotter" against
/// the block's 040 and 020: tests/gold/misses/r74-fr-f76.txt (from
/// /work/notes/r74-fr-f76-constructions.txt).
/// `round 74 fr f77` (helper f77, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63463 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), 1 dropped as already in an earlier block in another wording
/// (orangesum-9610's "Les États-Unis sont le pays le plus touché ..." with
/// other figures is `round 71 fr f67`'s orangesum-9552), the other 99 kept
/// in the order drawn: 26 event sentences (27 rows), 73 `#-` lines,
/// annotated blind and committed before sitrep coded any of them. Before its
/// rows: exact 2 of 27 (0.074), relaxed root P 0.375 R 0.111 F1 0.171, root
/// and actors P 0.125 R 0.037 F1 0.057, 0 of 73 no-event lines with an event
/// (0.000). Its rows (`# round 74 f77` in fr/verbs.tsv):
/// fr_manifester_desapprobation_f77 ("ont manifesté bruyamment leur
/// désapprobation", 110, not fr_manifester's 141);
/// fr_montrer_impatience_f77 ("montrer de l'impatience à l'égard de
/// Bruxelles", 110); fr_vise_mandat_arret_f77 ("visé par un mandat d'arrêt
/// européen émis par la France", 173, the issuer the source);
/// fr_forcer_entree_f77 ("forcent ... l'entrée du ministère", 145);
/// fr_sceller_passif_f77 (a deal "scellé par X", 057);
/// fr_solidaire_avec_f77 ("solidaires avec|de X", 051);
/// fr_lancer_a_l_encontre_f77 (a barb "lancé à l'encontre de X", 111);
/// fr_afin_de_protester_contre_f77 (141, as f75's "pour protester
/// contre"); fr_payer_amende_f77 ("payer N euros d'amende", 172, the payer
/// the target). After: exact 6 of 27 (0.222), relaxed root P 0.636 R 0.259
/// F1 0.368, root and actors P 0.182 R 0.074 F1 0.105, still 0 of 73. All
/// French blocks (f77 counted in both) root F1 0.458 -> 0.459, root and
/// actors 0.256 -> 0.257; no other block's figures move; French and English
/// dev gold and attribution unchanged (output identical to the wave's
/// main binary); English 3k: no English file touched, its only differences
/// from the wave's main binary are 3 events of main's own c60/c61 rows
/// merged after it. Floor 0.172, ceiling 0.050. Most of the rest are acts
/// whose both sides the
/// lexicon does not place (a scuffle "Je l'ai bousculé", "Ils ont ordonné
/// aux putschistes", shells that "s'abattent", a rape told by "Elle dit
/// avoir été violée", "Tous deux devront ... payer 750.000 euros d'amende"),
/// blame told only by a quote ("protège le président", "Soit son cabinet
/// fonctionne mal", "taclait un proche", "lance t-il à l'encontre du
/// locataire de Bercy" misparsed), denials inside reported speech, gaps
/// longer than a row's "..." ("forcent avec un engin de chantier l'entrée",
/// "Ce mariage avec la branche Energies d'Alstom avait été scellé"), and
/// the lexicon's settled 100 for "appellent à" + infinitive against the
/// block's 020: tests/gold/misses/r74-fr-f77.txt.
/// `round 74 fr f78` (helper f78, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63464 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), 2 dropped as already in an earlier block in another wording
/// (orangesum-24306's "On trouve que c'est beaucoup de sous ..." is `round
/// 63 fr f18`'s orangesum-24205 with its attribution; orangesum-7893's
/// "Suivent le Royaume-Uni avec 38.489 morts ..." is `round 63 fr f15`'s
/// orangesum-9547 with other figures), the other 98 kept in the order
/// drawn: 18 event sentences (21 rows), 80 `#-` lines, annotated blind and
/// committed before sitrep coded any of them. Before its rows: exact 5 of 21
/// (0.238), relaxed root P 0.467 R 0.333 F1 0.389, root and actors P 0.200
/// R 0.143 F1 0.167, 1 of 80 no-event lines with an event (0.013). Its rows
/// (`# round 74 f78` in fr/verbs.tsv): fr_frapper_le_personne_f78
/// ("frappant le jeune homme", 182, not fr_frapper's 190);
/// fr_heurter_forte_opposition_f78 ("s'est heurté à une très forte
/// opposition de X", 111, fr_heurter_colere with a gap);
/// fr_pret_debuter_negociations_f78 ("prête à débuter ... des négociations
/// de paix avec X", 036); fr_etre_aux_cotes_f78 ("Je suis|sommes|est|sera
/// aux côtés de X", 051, not the imperfect of presence);
/// fr_utiliser_missiles_frapper_f78 ("a utilisé ... missiles ... pour
/// frapper ... X", 195); fr_saisir_dossier_f78 ("s'était saisie du
/// dossier", 090, not fr_saisir_instance's 114); fr_fournir_vivres_f78 and
/// fr_fournir_assistance_medicale_f78 ("leur fournira vêtements,
/// nourriture et assistance médicale", 073, futur 0333);
/// fr_exhorter_fin_repression_f78 and fr_appeler_fin_repression_f78 ("a
/// exhorté mardi X à mettre fin aux poursuites", 0251; they need X to be an
/// actor, which "les représentants de l'Etat" is not, so the block's
/// sentence still gets fr_exhorter's 020). A row for a clitic "l'a mis(e)
/// en cause" (112) was tried and dropped: the participle "les policiers mis
/// en cause" gave 34 false events in 2,500 French articles. After: exact 11
/// of 21 (0.524), relaxed root P 0.632 R 0.571 F1 0.600, root and actors P
/// 0.211 R 0.190 F1 0.200, still 1 of 80 (0.013: Thaçi's "je ferai face à
/// ces accusations" read by fr_faire_face_critiques as 111). All French
/// blocks (f78 counted in both) root F1 0.459 -> 0.461, root and actors
/// 0.256 -> 0.256 (matched 529 -> 530); `round 63 fr f19` exact 0.231 ->
/// 0.269 ("fournir des soins (... de la nourriture et des vêtements) aux
/// guérilleros", 073), no other block's figures move; French dev gold and
/// attribution output identical; English 3k byte-identical with the branch
/// point's binary. Floor 0.474, ceiling 0.063. Most of the rest are acts
/// whose pattern matches with no actor the lexicon places ("Ils sont
/// poursuivis pour", agentless "ont été interpellés et placés en
/// détention", "Le média l'avait mise en cause"), a source the lexicon
/// does not read ("la puissante Église orthodoxe grecque": no church
/// actor), blame told by an idiom or a quote ("On ne peut pas mettre entre
/// les mains de Marine Le Pen l'avenir de la France", "symbolise à merveille
/// le naufrage de l'Etat"), a legislature's "actes d'obstruction" no row
/// reads, and the lexicon's settled 100 for "appelle à" + infinitive
/// against the block's 020: tests/gold/misses/r74-fr-f78.txt.
/// `round 74 fr f79` (helper f79, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63465 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), none dropped (no sentence found in an earlier block in another
/// wording), all kept in the order drawn: 10 event sentences (10 rows), 90
/// `#-` lines, annotated blind and committed before sitrep coded any of
/// them. Before its rows: exact 1 of 10 (0.100), relaxed root P 0.167 R
/// 0.100 F1 0.125, root and actors P 0.167 R 0.100 F1 0.125, 4 of 90 no-event
/// lines with an event (0.044). Its rows (`# round 74 f79` in
/// fr/verbs.tsv): fr_soumettre_propositions_f79 ("a soumis dix propositions
/// au Premier ministre", 020, the target optional); fr_balayer_demande_f79,
/// fr_balayer_demande_any_f79 and fr_demande_balayee_par_f79 (a request or
/// proposal "balayé(e)" by X, active and as a participle after its noun,
/// 120); fr_detenir_avoirs_f79 and fr_entreprise_detenue_par_f79 (`-` rows:
/// "détient ... 1,5 milliard de dollars" and "la société, détenue par X" are
/// holding and owning, not fr_detenir's 173); fr_rencontrer_par_presse_f79
/// (`-`: a witness "rencontré par l'AFP" is no 040). After: exact 3 of 10
/// (0.300), relaxed root P 0.500 R 0.300 F1 0.375, root and actors P 0.500 R
/// 0.300 F1 0.375, 2 of 90 (0.022). All French blocks (f79 counted in both)
/// root F1 0.460 -> 0.461, root and actors 0.256 -> 0.257 (matched 531 ->
/// 533); `round 60 fr f3` no-event lines with an event 2 -> 1 of 137
/// (Manchester City "détenu par" a fund no longer read as 173), no other
/// block's figures move; English 3k byte-identical with the branch point's
/// binary. Floor 0.250, ceiling 0.072. Most of the rest are acts whose
/// actors the lexicon cannot place in one sentence ("le gouvernement" and
/// "l'exécutif" as bare roles with a pronoun or an unlisted doer: two 111s
/// and Plassat's 080 "sous la pression du gouvernement"), agentless acts
/// with unlisted people (Whelan's arrest, rioters' 145), a promise told by
/// a postposed "promet Laurent Berger" (036), and military aid told as
/// "l'aide américaine a permis à Israël" (072):
/// tests/gold/misses/r74-fr-f79.txt.
/// `round 75 fr f80` (helper f80, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63466 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids; none in an earlier block in another wording, 0 dropped), every
/// one kept in the order drawn: 21 event sentences (26 rows), 79 `#-` lines,
/// annotated blind and committed before sitrep coded any of them. Before its
/// rows: exact 3 of 26 (0.115), relaxed root P 0.333 R 0.154 F1 0.211, root
/// and actors P 0.167 R 0.077 F1 0.105, 4 of 79 no-event lines with an event
/// (0.051). Its rows (`# round 75 f80` in fr/verbs.tsv): fr_ne_pas_se_rendre_f80
/// and fr_conseiller_ne_pas_voyager_f80 (`-`: "a conseillé à ses
/// ressortissants ... de ne pas se rendre en Iran" is a travel advice, no
/// appeal and no visit; it gave a false 020 and 042);
/// fr_refuser_se_prononcer_f80 ("a refusé de se prononcer", 011, not
/// fr_refuser_de's 120); fr_organiser_reunion_mutuel_f80 ("la France et
/// l'Allemagne ont organisé ... une nouvelle réunion", 040 a row per ordered
/// pair); fr_poursuivre_bombardements_sur_f80 ("Moscou poursuit ses
/// bombardements sur les villes ukrainiennes", 195, longer than
/// fr_poursuivre_offensive's 1246); fr_fournir_masques_f80 ("fournir ... des
/// masques à X", 073); fr_instruire_dossier_f80 ("se déclare compétente pour
/// instruire le dossier de", 090); fr_se_defendre_inverse_f80 ("» s'est
/// défendu le chef de l'Etat", 016, the subject inverted). After: exact 8 of
/// 26 (0.308), relaxed root P 0.471 R 0.308 F1 0.372, root and actors P 0.176
/// R 0.115 F1 0.140, 3 of 79 (0.038: "le Covid-19 ... a fait neuf morts"
/// 1823, a deputy "qui soutient désormais Alain Juppé" 051 in a relative
/// clause, Nike's "refusé de coopérer" 121 of a player). All French blocks
/// (f80 counted in both) root F1 0.458 -> 0.460, root and actors 0.255 ->
/// 0.255; no other block's figures move. Floor 0.258, ceiling 0.088. Most of
/// the rest are acts whose pattern matches with no actor the lexicon places
/// ("ils condamnent", "Quatre cadres du parti ... ont dénoncé", "Fahmy a
/// refusé de se prononcer", statues "mises à terre ... par des
/// manifestants"), blame told only by a quote (Bayrou's "s'est interrogé",
/// two deputies' "C'est un encouragement politique"), a visit told by a noun
/// ("Manama est la troisième étape d'une tournée ... du responsable
/// américain, entamée en Israël"), a futur passive "seront reçus" read as 043
/// not the intent 036, an announced aid in a conditional ("s'associerait ...
/// pour fournir 60 000 masques"), and the lexicon's settled 100 for "appeler
/// à" with no addressee against the block's 020: tests/gold/misses/r75-fr-f80.txt.
/// `round 75 fr f81` (helper f81, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63467 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids); 3 dropped as already in an earlier block in other words
/// (orangesum-25884, -1198 and -23199: Hollande's "je ne ferai pas de
/// comparaison", Trump's "Tout le monde le nie", Blanquer's complaint for
/// defamation), the other 97 kept in the order drawn: 21 event sentences (21
/// rows), 76 `#-` lines, annotated blind and committed before sitrep coded any
/// of them. Before its rows: exact 2 of 21 (0.095), relaxed root P 0.222 R
/// 0.095 F1 0.133, root and actors P 0.000 R 0.000 F1 0.000, 2 of 76 no-event
/// lines with an event (0.026). Its rows (`# round 75 f81` in fr/verbs.tsv):
/// fr_plaindre_du_fait_que_f81 ("se plaignent du fait que", 111, the target
/// optional), fr_s_en_prendre_a_rivaux_f81 ("pour s'en prendre à ses
/// concurrents", 111 with no target named), fr_remettre_a_sa_place_f81
/// ("remettre son ministre à sa place", 111), fr_alleguer_que_f81 ("a allégué
/// que", 112), fr_traduire_en_justice_f81 ("traduire X en justice", 173,
/// active and passive), fr_se_montrer_critique_f81 ("s'est montré
/// particulièrement critique", 111 with no "envers"), fr_former_civils_f81
/// (`-`: "promettre 15 milliards d'euros pour former les plus jeunes, les
/// chômeurs" gave fr_former's 072); wine growers ("viticulteurs", "vignerons")
/// AGR in fr/agents.tsv. After: exact 6 of 21 (0.286), relaxed root P 0.500 R
/// 0.286 F1 0.364, root and actors P 0.083 R 0.048 F1 0.061, 1 of 76 (0.013:
/// "a-t-elle expliqué à Jean Castex" 010, the lexicon's statement to an
/// addressee). All French blocks (f81 counted in both) root F1 0.458 ->
/// 0.459, root and actors 0.254 -> 0.254; no other block's matched or
/// predicted counts move; English 3k byte-identical. Floor 0.236, ceiling
/// 0.063. Most of the rest are acts with no actor the lexicon places in a
/// country (an agentless "avait été arrêté" of a driver, "Kristine et Michael
/// ... traduits en justice", "Il a été condamné à 25 ans", Toubon "s'est
/// montré ... critique"), blame told only by a quote ("on se fout de sa
/// gueule", "le gouvernement de Bolsonaro se dirige [vers un génocide]",
/// "a-t-il jugé"), a speaker inverted after a quote beyond the pattern's gap
/// ("a déploré dimanche matin 18 février sur BFMTV Xavier Bertrand"), a
/// litotes "n'a pas manqué de" read as a negation, "s'était vu retirer ... son
/// indemnité" (the subject the target: a `$?` row after `[voir]` did not
/// match), a refusal told by "n'a jamais reçu de réponse de la part de", an
/// attack whose target is told before the verb ("choquée par les propos de
/// Florian Philippot ... s'est lancée dans une violente attaque en règle"), an
/// exhortation in the first person plural ("ayons l'humilité d'écouter"), and
/// an intent told through "ont laissé entendre que l'engagement des casques
/// bleus aux côtés de l'armée congolaise allait passer à une vitesse
/// supérieure": tests/gold/misses/r75-fr-f81.txt.
/// `round 75 fr f82` (helper f82, 2026-12-07): `scripts/draw-vocab-fr --seed
/// 63468 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`, 100
/// sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of even
/// ids); 1 dropped as already in an earlier block in other words
/// (orangesum-13604, "Un nouveau procès pour Jean-Luc Mélenchon.", the
/// headline of a lede coded 115 in an earlier block), the other 99 kept in
/// the order drawn: 19 event sentences (21 rows), 80 `#-` lines, annotated
/// blind and committed before sitrep coded any of them. Before its rows:
/// exact 5 of 21 (0.238), relaxed root P 0.467 R 0.333 F1 0.389, root and
/// actors P 0.200 R 0.143 F1 0.167, 5 of 80 no-event lines with an event
/// (0.062). Its rows (`# round 75 f82` in fr/verbs.tsv):
/// fr_indigner_inverse_f82 ("s'est indigné le député", 111, the speaker
/// inverted); fr_fustiger|denoncer|condamner_rapprochement_entre_f82 ("a
/// fustigé le rapprochement entre ... et l'Etat hébreu", 111);
/// fr_donner_mois_pour_f82 ("lui a donné un mois pour engager des réformes",
/// 139); fr_ecarter_rapprochement_f82 ("écarte tout rapprochement avec LREM",
/// 120); fr_demander_boycott_f82 ("avaient demandé le boycott", 020);
/// fr_saisir_juge_contre_f82 ("saisir le Conseil constitutionnel contre",
/// 115); fr_saluer_appel_de_f82 ("a salué l'appel ... de", 051);
/// fr_sondes_se_dire_f82 (`-`: a poll's "personnes interrogées se sont dites
/// mécontentes" gave fr_dire_decu's 110); fr_contraint_demissionner_f82
/// ("contraint de démissionner", 0831) with fr_demissionner turned `-` (a
/// voluntary resignation is no event: the English lexicon has no bare
/// "resign" row, and the French blocks coded ten resignations `#-` against
/// one forced 0831); David Cormand, Michèle Rivasi, Philippe Vigier and
/// Sophie Cluzel in people.tsv. After: exact 9 of 21 (0.429), relaxed root P
/// 0.667 R 0.476 F1 0.556, root and actors P 0.267 R 0.190 F1 0.222, 2 of 80
/// (0.025: a relative clause's "qui avait refusé de voter" 120, a law's "tout
/// étranger qui appelle au boycott d'Israël ... se verra refuser un visa" 143
/// and 120). All French blocks (f82 counted in both) root F1 0.464 -> 0.466
/// (matched 989 -> 992, predicted 1433 -> 1424), root and actors 0.256 ->
/// 0.257; the resignation row ends 8 false 0831 in f18, f31, f37, f41 (two),
/// f49 and f53, no block's matches fall; French and English dev gold and the
/// French attribution gold coded byte-identically, English 3k byte-identical.
/// Floor 0.379, ceiling 0.075. Most of the rest are blame carried by a quote
/// ("Il n'était nul besoin d'utiliser la force létale", Vigier's "vont
/// totalement à l'encontre des objectifs affichés", Jacob's "Stupéfait de la
/// sévérité de la décision"), acts with no actor the lexicon places (Internet
/// users who "reprochent à Ryanair", "Des appels à rassemblement ont été
/// lancés"), an incise between "s'en est pris" and "à", Salvini's stative
/// "les ports italiens sont fermés", a duty laid by "Il faut qu'il ...
/// échange avec les Français" read as an asserted 040, and the lexicon's 112
/// for "renvoie la responsabilité à" where the block has 111:
/// tests/gold/misses/r75-fr-f82.txt.
/// `round 75 fr f83` (helper f83, 2026-12-08): `scripts/draw-vocab-fr --seed
/// 63469 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`, 100
/// sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of even
/// ids); 2 dropped as already in an earlier block in other words
/// (orangesum-20092, Collomb's resignation and the reshuffle, is
/// orangesum-20159's; orangesum-34420, Blanquer's free masks, is
/// orangesum-34381's), the other 98 kept in the order drawn: 23 event
/// sentences (28 rows), 75 `#-` lines, annotated blind and committed before
/// sitrep coded any of them. Before its rows: exact 6 of 28 (0.214), relaxed
/// root P 0.667 R 0.214 F1 0.324, root and actors P 0.222 R 0.071 F1 0.108, 1
/// of 75 no-event lines with an event (0.013). Its rows (`# round 75 f83` in
/// fr/verbs.tsv): fr_demander_que_sans_cible_f83 ("demander que" with no
/// addressee, 020, as the blocks' "appeler à"; it also mends Fasquelle's "a
/// demandé que les dons ... soient redirigés" and Le Guen's "en demandant que
/// le Parti socialiste ouvre un débat" in two earlier blocks, out of sample,
/// but codes nothing in its own block's "Nous demandons que ...", which
/// names no actor); fr_signer|publier|ecrire_livre_a_charge_f83 ("signent un
/// livre à charge contre Anne Hidalgo", 111); fr_vilipender_f83 (111, as
/// fr_fustiger). Rows for a legal appeal ("faire appel de la décision",
/// "ferait appel devant le Tribunal arbitral du sport") were written and
/// dropped: f48 and f71 code it `#-`, this block 115 (a conflict left open;
/// the block's sentence names the Fifa, a discard, so its document codes
/// nothing anyway). After: exact 8 of 28 (0.286), relaxed root P 0.727 R
/// 0.286 F1 0.410, root and actors P 0.273 R 0.107 F1 0.154, 1 of 75 (0.013:
/// "regrette le président d'honneur de la Fondation Nicolas Hulot" 111 of a
/// lament for the planet). All French blocks (f83 counted in both) root F1
/// 0.465 -> 0.466 (matched 998 -> 1002, predicted 1433 -> 1437), root and
/// actors 0.255 -> 0.256 (matched 548 -> 550), no other block's false events
/// move. Floor 0.236, ceiling 0.063. Most of the rest are blame carried by a
/// quote or a frame with no act verb ("Pour lui, il s'agit d'un "meurtre de
/// sang-froid"", "On continue à nous mentir", a estimé la cheffe du RN;
/// "Pour le défenseur des droits, le texte ... représente "un recul de la
/// démocratie""; Letitia James's quote on Facebook; Shtayyeh's "une recette
/// pour plus de problèmes"), a participle clause before its subject
/// ("Dénonçant des "attaques ignobles" ..., Benjamin Griveaux ... s'est
/// retiré", parsed with the participle as root), a meeting in a relative
/// clause with a target the lexicon lacks ("une visite au cours de laquelle
/// il avait discrètement rencontré Carlos Ghosn"), an ousting told by a
/// passive whose agent is an offensive ("les talibans avaient été chassés du
/// pouvoir ... par une offensive menée par les Etats-Unis"), and a release
/// with no one placed ("il a été relâché en liberté provisoire"):
/// tests/gold/misses/r75-fr-f83.txt.
///
/// `round 75 fr f84` (helper f84, 2026-12-08): `scripts/draw-vocab-fr --seed
/// 63470 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`, 100
/// sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of even
/// ids), none dropped, every one kept in the order drawn: 17 event sentences
/// (18 rows), 83 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 3 of 18 (0.167), relaxed root P 0.600
/// R 0.167 F1 0.261, root and actors P 0.200 R 0.056 F1 0.087, 1 of 83
/// no-event lines with an event (0.012). Its rows (`# round 75 f84` in
/// fr/verbs.tsv): fr_tarir_eloges_sur_f84 and fr_tarir_eloges_egard_f84 ("ne
/// tarit pas d'éloges sur", 051), fr_renoncer_etre_f84 ("renonçait à être
/// pape", 0831, the lexicon's code for a plain resignation),
/// fr_trouver_deconcertant_f84 ("trouvent la vision de M. Trump ...
/// déconcertante", 111), fr_diminuer_nombre_soldats_f84 and
/// fr_reduire_nombre_soldats_f84 (087), fr_souhaiter_parvenir_accord_f84 and
/// fr_esperer_parvenir_accord_f84 (030); and the cue `intention vouloir` in
/// fr/cues.tsv ("a annoncé vouloir diminuer le nombre de soldats" 0356).
/// After: exact 6 of 18 (0.333), relaxed root P 0.750 R 0.333 F1 0.462, root
/// and actors P 0.375 R 0.167 F1 0.231, 1 of 83 (0.012): floor 0.283, ceiling
/// 0.062. All French blocks (f84 counted in both) root F1 0.464 -> 0.465, root
/// and actors 0.254 -> 0.255; other blocks unchanged; English 3k output
/// unchanged (cmp). What the rows could not mend (actors the lexicon does not
/// place, a jab told by a noun, "charger X de", an attack on a capital read as
/// military, praise and blame carried by quotes), by construction:
/// tests/gold/misses/r75-fr-f84.txt.
const FLOOR_EXACT: &[(&str, f64)] = &[("round 60 fr f1", 0.179), ("round 60 fr f2", 0.203), ("round 60 fr f3", 0.207), ("round 60 fr f4", 0.404), ("round 61 fr f5", 0.394), ("round 61 fr f6", 0.212), ("round 61 fr f7", 0.358), ("round 61 fr f8", 0.223), ("round 61 fr f9", 0.472), ("round 62 fr f10", 0.132), ("round 62 fr f11", 0.369), ("round 62 fr f12", 0.314), ("round 62 fr f13", 0.328), ("round 62 fr f14", 0.385), ("round 63 fr f15", 0.260), ("round 63 fr f16", 0.236), ("round 63 fr f17", 0.218), ("round 63 fr f18", 0.268), ("round 63 fr f19", 0.166), ("round 63 fr f20", 0.170), ("round 64 fr f21", 0.250), ("round 64 fr f22", 0.236), ("round 64 fr f23", 0.318), ("round 64 fr f24", 0.208), ("round 64 fr f25", 0.150), ("round 64 fr f26", 0.274), ("round 64 fr f27", 0.374), ("round 64 fr f28", 0.106), ("round 64 fr f29", 0.161), ("round 64 fr f30", 0.360), ("round 64 fr f31", 0.181), ("round 64 fr f33", 0.225), ("round 64 fr f32", 0.126), ("round 65 fr f34", 0.112), ("round 65 fr f35", 0.000), ("round 65 fr f36", 0.274), ("round 65 fr f37", 0.465), ("round 65 fr f38", 0.229), ("round 65 fr f39", 0.254), ("round 65 fr f40", 0.260), ("round 66 fr f41", 0.331), ("round 66 fr f42", 0.333), ("round 66 fr f43", 0.232), ("round 67 fr f44", 0.231), ("round 67 fr f45", 0.335), ("round 67 fr f46", 0.450), ("round 67 fr f47", 0.390), ("round 68 fr f48", 0.164), ("round 68 fr f49", 0.389), ("round 68 fr f50", 0.371), ("round 68 fr f51", 0.307), ("round 69 fr f52", 0.258), ("round 69 fr f53", 0.208), ("round 69 fr f54", 0.412), ("round 69 fr f55", 0.150), ("round 69 fr f57", 0.190), ("round 69 fr f56", 0.296), ("round 70 fr f58", 0.250), ("round 70 fr f59", 0.379), ("round 70 fr f60", 0.250), ("round 70 fr f61", 0.283), ("round 70 fr f62", 0.271), ("round 70 fr f63", 0.350), ("round 71 fr f64", 0.488), ("round 71 fr f65", 0.219), ("round 71 fr f66", 0.236), ("round 71 fr f67", 0.350), ("round 72 fr f68", 0.329), ("round 72 fr f69", 0.404), ("round 72 fr f70", 0.390), ("round 72 fr f71", 0.242), ("round 73 fr f72", 0.408), ("round 73 fr f73", 0.217), ("round 73 fr f74", 0.412), ("round 73 fr f75", 0.061), ("round 74 fr f76", 0.345), ("round 74 fr f77", 0.172), ("round 74 fr f78", 0.474), ("round 74 fr f79", 0.250), ("round 75 fr f80", 0.258), ("round 75 fr f81", 0.236), ("round 75 fr f82", 0.379), ("round 75 fr f83", 0.236), ("round 75 fr f84", 0.283)];

/// `round 69 fr f56` (helper f56, 2026-12-07): `scripts/draw-vocab-fr
/// --seed 63442 --n-orangesum 70 --n-masakhane 30 --masakhane-parity even`,
/// 100 sentences (70 OrangeSum `politique`/`monde`, 30 MasakhaNEWS French of
/// even ids), every one kept in the order drawn: 23 event sentences (26
/// rows), 77 `#-` lines, annotated blind and committed before sitrep coded
/// any of them. Before its rows: exact 3 of 26 (0.115), relaxed root P 0.375
/// R 0.115 F1 0.176, root and actors P 0.000 R 0.000 F1 0.000, 1 of 77
/// no-event lines with an event (0.013). Its rows (`# round 69 f56` in
/// fr/verbs.tsv: fr_faire_de_commentaire_f56, fr_faire_aucun_commentaire_f56,
/// fr_engager_discussions_f56, fr_entamer_discussions_f56,
/// fr_ouvrir_discussions_f56, fr_mener_discussions_f56,
/// fr_engager_discussions_mutuel_f56, fr_entamer_discussions_mutuel_f56,
/// fr_promettre_aide_montant_f56, fr_accuser_agression_sexuelle_f56 and
/// fr_accuse_agression_sexuelle_f56 (1121, longer than
/// fr_accuser_agression's 1123), fr_montrer_critique_f56, fr_attaquer_ile_f56,
/// fr_engager_retirer_troupes_f56 (0356), fr_qualifier_ridicule_f56,
/// fr_plainte_visant_f56; actor Basic Element RUSBUS in
/// actors/companies.tsv). After: exact 9 of 26 (0.346), relaxed root P 0.643
/// R 0.346 F1 0.450, root and actors P 0.286 R 0.154 F1 0.200, 1 of 77
/// (0.013). All French blocks (f56 counted in both) root F1 0.443 -> 0.445,
/// root and actors 0.253 -> 0.255; other blocks unchanged; English 3k
/// byte-identical. A `[vouloir]` head ("n'a pas voulu faire de commentaire")
/// was dropped: any `[vouloir]` row made "angle d'attaque si elle veut" in
/// f12 code 190. Floor 0.296, ceiling 0.063. Most of the rest are acts with
/// no actor the lexicon places ("Topuz", "elle", "Il", "Celle qui a échoué",
/// "Paiakan, cacique du peuple Kayapo", agentless "a été arrêté"), blame told
/// only by a quote ("Emmanuel Macron, c'est l'homme sans projet", "l'Union
/// européenne ... a été créée pour attaquer nos économies", "électeurs ...
/// trompés et trahis"), act nouns ("la libération par les autorités afghanes
/// de", "deux mois d'agitation sociale", "rassemblements ... exigeant que
/// justice soit faite" read as a demand 100), a denial told by "a affirmé
/// qu'aucune force de l'ordre ne s'en était pris", a joint subject with a
/// codeless party ("Les patrons du PS et de Place publique"), and a
/// participle whose subject is a statement ("un communiqué qualifiant les
/// sanctions de"): tests/gold/misses/r69-fr-f56.txt (from
/// /work/notes/r69-fr-f56-constructions.txt).
const CEILING_FALSE: &[(&str, f64)] = &[("round 60 fr f1", 0.057), ("round 60 fr f2", 0.071), ("round 60 fr f3", 0.057), ("round 60 fr f4", 0.068), ("round 61 fr f5", 0.059), ("round 61 fr f6", 0.059), ("round 61 fr f7", 0.050), ("round 61 fr f8", 0.068), ("round 61 fr f9", 0.075), ("round 62 fr f10", 0.112), ("round 62 fr f11", 0.077), ("round 62 fr f12", 0.066), ("round 62 fr f13", 0.091), ("round 62 fr f14", 0.067), ("round 63 fr f15", 0.077), ("round 63 fr f16", 0.076), ("round 63 fr f17", 0.050), ("round 63 fr f18", 0.095), ("round 63 fr f19", 0.075), ("round 63 fr f20", 0.059), ("round 64 fr f21", 0.087), ("round 64 fr f22", 0.076), ("round 64 fr f23", 0.050), ("round 64 fr f24", 0.083), ("round 64 fr f25", 0.075), ("round 64 fr f26", 0.050), ("round 64 fr f27", 0.066), ("round 64 fr f28", 0.091), ("round 64 fr f29", 0.076), ("round 64 fr f30", 0.059), ("round 64 fr f31", 0.098), ("round 64 fr f33", 0.074), ("round 64 fr f32", 0.075), ("round 65 fr f34", 0.093), ("round 65 fr f35", 0.092), ("round 65 fr f36", 0.067), ("round 65 fr f37", 0.074), ("round 65 fr f38", 0.077), ("round 65 fr f39", 0.093), ("round 65 fr f40", 0.085), ("round 66 fr f41", 0.110), ("round 66 fr f42", 0.060), ("round 66 fr f43", 0.067), ("round 67 fr f44", 0.060), ("round 67 fr f45", 0.085), ("round 67 fr f46", 0.066), ("round 67 fr f47", 0.121), ("round 68 fr f48", 0.059), ("round 68 fr f49", 0.059), ("round 68 fr f50", 0.084), ("round 68 fr f51", 0.050), ("round 69 fr f52", 0.050), ("round 69 fr f53", 0.071), ("round 69 fr f54", 0.071), ("round 69 fr f55", 0.106), ("round 69 fr f57", 0.088), ("round 69 fr f56", 0.063), ("round 70 fr f58", 0.089), ("round 70 fr f59", 0.099), ("round 70 fr f60", 0.088), ("round 70 fr f61", 0.063), ("round 70 fr f62", 0.064), ("round 70 fr f63", 0.050), ("round 71 fr f64", 0.076), ("round 71 fr f65", 0.076), ("round 71 fr f66", 0.102), ("round 71 fr f67", 0.050), ("round 72 fr f68", 0.078), ("round 72 fr f69", 0.062), ("round 72 fr f70", 0.102), ("round 72 fr f71", 0.063), ("round 73 fr f72", 0.063), ("round 73 fr f73", 0.064), ("round 73 fr f74", 0.050), ("round 73 fr f75", 0.086), ("round 74 fr f76", 0.078), ("round 74 fr f77", 0.050), ("round 74 fr f78", 0.063), ("round 74 fr f79", 0.072), ("round 75 fr f80", 0.088), ("round 75 fr f81", 0.063), ("round 75 fr f82", 0.075), ("round 75 fr f83", 0.063), ("round 75 fr f84", 0.062)];


#[test]
fn french_sentences_give_their_code() {
    let coder = Coder::new(Arc::new(Lexicon::builtin_in(Language::French).expect("built-in French lexicon")));
    let check = vocab::Check {
        file: "tests/gold/vocab-check-fr.tsv",
        first_block: "header",
        floors: FLOOR_EXACT,
        ceilings: CEILING_FALSE,
        sum: (" fr ", "all French blind blocks"),
    };
    vocab::run(&check, &coder);
}
