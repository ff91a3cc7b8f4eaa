//! Embeds the trained English models when they are present, so the crate
//! still builds (and can train them) in a checkout that lacks them: the
//! coder's (`model/en.sitrep-syntax.gz`) and `sitrep parse`'s own
//! (`model/en-parse.sitrep-syntax.gz`); and the French one
//! (`model/fr.sitrep-syntax.gz`, `sitrep parse --lang fr`).
fn main() {
    println!("cargo::rustc-check-cfg=cfg(sitrep_embedded_model)");
    println!("cargo::rustc-check-cfg=cfg(sitrep_embedded_parse_model)");
    println!("cargo::rerun-if-changed=model/en.sitrep-syntax.gz");
    println!("cargo::rerun-if-changed=model/en-parse.sitrep-syntax.gz");
    println!("cargo::rustc-check-cfg=cfg(sitrep_embedded_french_model)");
    println!("cargo::rerun-if-changed=model/fr.sitrep-syntax.gz");
    if std::path::Path::new("model/fr.sitrep-syntax.gz").exists() {
        println!("cargo::rustc-cfg=sitrep_embedded_french_model");
    }
    if std::path::Path::new("model/en.sitrep-syntax.gz").exists() {
        println!("cargo::rustc-cfg=sitrep_embedded_model");
    }
    if std::path::Path::new("model/en-parse.sitrep-syntax.gz").exists() {
        println!("cargo::rustc-cfg=sitrep_embedded_parse_model");
    }
}
