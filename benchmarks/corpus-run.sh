#!/usr/bin/env bash
# Whole-corpus CLI run: builds the CLI in Release, writes a corpus of at least SIZE_MB megabytes (default 10) made of
# copies of the seed articles in samples/Newsroom into a temporary folder (each copy in its own folder, as a newsroom
# archive would be, each copy its own story), then times `editorial check` over it: wall time, peak memory, MB/s.
# Usage: benchmarks/corpus-run.sh [SIZE_MB]     Reruns are cheap: nothing is kept between runs.
set -euo pipefail

size_mb="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Editorial.Cli" -c Release --nologo -v quiet -o "$work/cli" > "$work/build.log" || { cat "$work/build.log"; exit 1; }

corpus="$work/corpus"
mkdir -p "$corpus"
article_bytes() { find "$1" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
seed_bytes=$(article_bytes "$root/samples/Newsroom")
target=$((size_mb * 1024 * 1024))
copy=0
while [ $((copy * seed_bytes)) -lt "$target" ]; do
  dest="$corpus/$(printf 'copy%04d' "$copy")"
  mkdir -p "$dest"
  cp -r "$root/samples/Newsroom/." "$dest/"
  rm -rf "$dest/bin" "$dest/obj"   # the sample's own build output is not articles
  # Each copy is a story of its own, as in a newsroom archive: cross-article rules compare the articles of one story.
  printf '\n[*]\neditorial.story = copy%04d\n' "$copy" >> "$dest/.editorconfig"
  copy=$((copy + 1))
done
files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' \) | wc -l)
bytes=$(article_bytes "$corpus")
echo "corpus: $files articles, $bytes bytes, in $copy copies of samples/Newsroom"

editorial=("dotnet" "$work/cli/editorial.dll")
# A first run warms the disk cache and the runtime's files; it is not timed.
"${editorial[@]}" check "$corpus" --format json --output "$work/warm.json" 2> /dev/null || true

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs 5 -i "${editorial[*]} check $corpus --format json --output $work/report.json"
  exit 0
fi

status=0
/usr/bin/time -f '%e %M %U %S' -o "$work/time" "${editorial[@]}" check "$corpus" --format json --output "$work/report.json" 2> "$work/summary" || status=$?
read -r seconds peak_kb user_s sys_s < "$work/time"
cat "$work/summary"
echo "exit code: $status (0 clean, 1 errors found, 2 configuration problems)"
# CPU time is printed too: on a shared, loaded machine the wall time says more about the neighbours than about Editorial.
awk -v b="$bytes" -v s="$seconds" -v m="$peak_kb" -v u="$user_s" -v k="$sys_s" -v n="$(nproc)" \
  'BEGIN { printf "wall: %.2f s   cpu: %.2f s (user %.2f + sys %.2f) on %d cores   peak memory: %.0f MB\nthroughput: %.1f MB/s wall, %.1f MB per cpu-second (both including start-up)\n", s, u + k, u, k, n, m / 1024, b / 1e6 / s, b / 1e6 / (u + k) }'
