//! Third-party parsers meet hostile input here (any page on the web, any
//! feed). A panic inside one of them must cost one document, reported as an
//! error, not the whole run over a 10,000-record archive.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `parse`, turning a panic into an error message naming `what`.
/// Nothing is reused after a panic, so unwind safety is not at stake.
pub(crate) fn guard<T>(what: &str, parse: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(parse)).map_err(|payload| {
        let detail = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("{what} failed on this input ({detail})")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_errors() {
        assert_eq!(guard("x", || 1), Ok(1));
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let error = guard("the parser", || -> u8 { panic!("boom {}", 1) });
        std::panic::set_hook(hook);
        assert_eq!(
            error,
            Err("the parser failed on this input (boom 1)".to_owned())
        );
    }
}
