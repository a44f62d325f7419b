#!/usr/bin/env bash
# Runs every ```sh block of README.md, in order, in a scratch copy of the project, as a new user would
# type them, so an example that no longer works fails CI. The test command is left to .ci/run, which
# runs it itself; the rest (generate, pack and install the tool, sqlite3, query, remaking the samples)
# runs here, and the remade samples must equal the committed ones.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/project" "$scratch/tools-home"
(cd "$repo" && git ls-files -z | xargs -0 cp --parents -t "$scratch/project")

# The README installs polaris-gen with --global: into a home of the run's own, not the machine's.
export DOTNET_CLI_HOME="$scratch/tools-home"
export PATH="$DOTNET_CLI_HOME/.dotnet/tools:$PATH"

# A machine without the sqlite3 shell still runs the example, through Python's copy of SQLite.
if ! command -v sqlite3 >/dev/null; then
  sqlite3() { python3 "$repo/scripts/sqlite3-shell.py" "$@"; }
  export -f sqlite3
  export repo
fi

examples=$(awk '/^```sh$/ { inside = 1; next } /^```/ { inside = 0 } inside' "$repo/README.md" |
  grep -vx 'dotnet test PolarisSampleData.sln')
cd "$scratch/project"
echo "$examples" | sed 's/^/readme> /'
bash -euo pipefail -c "$examples"
diff -r "$repo/samples/seed-42" samples/seed-42
echo "README examples: all ran, and the samples they remake equal the committed ones"
