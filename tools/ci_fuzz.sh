#!/usr/bin/env bash
# CI stage: every fuzz target for about a minute; any finding fails the run.
set -euo pipefail
exec "$(dirname "$0")/fuzz.sh" 60
