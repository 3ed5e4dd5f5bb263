#!/usr/bin/env bash
# Pathological articles: publishes the CLI precompiled for this platform (Release, ReadyToRun), writes one article of just under
# 2,000,000 characters (the default editorial.max_article_chars) in each shape that once cost time in the square of its size, and times `editorial check`
# on each (wall time, user CPU time and peak memory, start-up included; on a shared machine the CPU time is the steadier
# figure). Usage: benchmarks/pathological.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The CLI as `dotnet publish` precompiles it for this platform (ReadyToRun), so start-up is not mostly the JIT's.
dotnet publish "$root/src/Editorial.Cli" -c Release -f net10.0 -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v quiet -o "$work/cli" > "$work/build.log" || { cat "$work/build.log"; exit 1; }

python3 - "$work" <<'PY'
import sys
work, n = sys.argv[1], 1_990_000
shapes = {
    "quotations-in-one-paragraph.txt": "“a” ",
    "links-unclosed.md": "[a]( ",
    "one-line-of-words.txt": "the talks went on in the capital while officials said nothing more about it ",
}
for name, unit in shapes.items():
    open(f"{work}/{name}", "w", encoding="utf-8").write((unit * (n // len(unit) + 1))[:n] + "\n")
open(f"{work}/figures-in-one-sentence.txt", "w").write("".join(f"{i % 90 + 10} killed, " for i in range(n // 12))[:n] + ".\n")
open(f"{work}/figures-one-per-line.txt", "w").write("".join(f"{i % 90 + 10} killed,\n" for i in range(n // 11))[:n])
PY

for article in "$work"/*.txt "$work"/*.md; do
  /usr/bin/time -f "$(basename "$article"): %e s wall, %U s user CPU, %M KB peak" "$work/cli/editorial" check "$article" > /dev/null 2> "$work/time.log" || true
  tail -n 1 "$work/time.log"
done
