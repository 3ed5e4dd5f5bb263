#!/usr/bin/env bash
# Speed never changes a finding: builds the CLI of BASE_REV (default: main) and of the working tree in Release, runs
# `editorial check --format json` with each on the sample newsroom and on the bench corpus (../shared/bench/make-corpus.py:
# FILES files of one story, default 2000), and fails when any report differs.
# Usage: benchmarks/same-reports.sh [BASE_REV]      env: FILES (2000), CORPUS (an existing folder instead of the bench corpus)
# Slow (two builds, four whole runs): run it after a change to the engine or a corpus rule, not in `dotnet test`.
set -euo pipefail

base_rev="${1:-main}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The base sources as committed, unpacked apart: the repository and its worktrees are left as they are.
mkdir -p "$work/base-src" && git -C "$root" archive "$base_rev" | tar -x -C "$work/base-src"
for side in base new; do
  src="$root"; [ "$side" = base ] && src="$work/base-src"
  dotnet build "$src/src/Editorial.Cli" -c Release --nologo -v quiet -o "$work/$side" > "$work/build-$side.log" 2>&1 \
    || { cat "$work/build-$side.log"; exit 1; }
done

corpus="${CORPUS:-}"
if [ -z "$corpus" ]; then
  corpus="$work/corpus"
  shared="$root/../shared"; [ -d "$shared/bench" ] || shared="$root/../../shared"   # beside the main checkout, or a worktree's
  python3 "$shared/bench/make-corpus.py" "$shared/seeds" "$corpus" "${FILES:-2000}" 6000 > /dev/null
fi
# The sample's bin/ and obj/ are build output, not articles: check a copy without them.
cp -r "$root/samples/Newsroom" "$work/newsroom" && rm -rf "$work/newsroom/bin" "$work/newsroom/obj"

status=0
for input in "$work/newsroom" "$corpus"; do
  for side in base new; do
    (cd "$work" && dotnet "$side/editorial.dll" check "$input" --format json --output "$work/$side.json" > /dev/null 2>&1) || true
  done
  # The tool's version names the commit it was built from (none for the unpacked base): it differs by construction.
  for side in base new; do grep -v '^ *"version": ' "$work/$side.json" > "$work/$side.compared" || true; done
  if cmp -s "$work/base.compared" "$work/new.compared"; then
    echo "same: $(basename "$input") ($(grep -c '"id"' "$work/new.json") findings)"
  else
    echo "DIFFERENT: $(basename "$input")"; diff "$work/base.compared" "$work/new.compared" | head -20 || true; status=1
  fi
done
exit $status
