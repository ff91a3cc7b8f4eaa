//! Embeds the trained English model when it is present, so the crate still
//! builds (and can train that model) in a checkout that lacks it.
fn main() {
    let model = std::path::Path::new("model/en.sitrep-syntax.gz");
    println!("cargo::rustc-check-cfg=cfg(sitrep_embedded_model)");
    println!("cargo::rerun-if-changed=model/en.sitrep-syntax.gz");
    if model.exists() {
        println!("cargo::rustc-cfg=sitrep_embedded_model");
    }
}
