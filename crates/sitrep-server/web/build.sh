#!/bin/sh
# Rebuilds dist/ (committed, embedded by the Rust crate) from src/ with the
# exact versions of package-lock.json. Needs only the npm registry.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run build
