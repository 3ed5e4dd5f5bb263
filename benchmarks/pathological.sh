#!/usr/bin/env bash
# Pathological articles: writes one article of just under 2,000,000 characters (the default editorial.max_article_chars) in
# each shape that once cost time in the square of its size (and paragraphs of one construct in several forms), and times `editorial check` on each (wall time, user CPU time
# and peak memory, start-up included; on a shared machine the CPU time is the steadier figure), in the CLI's two
# precompiled forms: the native executable (`-p:PublishProfile=native`, Native AOT) and the framework-dependent build
# precompiled for the platform (ReadyToRun). Usage: benchmarks/pathological.sh [native|readytorun] (default: both)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

forms="${1:-native readytorun}"
for form in $forms; do
  case "$form" in
    # Native AOT: no JIT at all, and code inlined across assemblies (Markdig into the runtime's collections).
    native) options=(-p:PublishProfile=native -p:PublishDir="$work/native/") ;;
    # ReadyToRun: start-up is not mostly the JIT's, but code for generic instantiations over Editorial's own structs and
    # calls across assembly boundaries are still compiled at run time, first unoptimised.
    readytorun) options=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/readytorun") ;;
    *) echo "unknown form '$form': native or readytorun" >&2; exit 2 ;;
  esac
  dotnet publish "$root/src/Editorial.Cli" -c Release -f net10.0 "${options[@]}" --nologo -v quiet > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
done

python3 - "$work" <<'PY'
import sys
work, n = sys.argv[1], 1_990_000
shapes = {
    "quotations-in-one-paragraph.txt": "“a” ",
    "links-unclosed.md": "[a]( ",
    "one-line-of-words.txt": "the talks went on in the capital while officials said nothing more about it ",
    # Every capitalised run once asked whether its whole sentence is a title-case line: square of the sentence's length.
    "one-line-of-names.txt": "Kiev Kyiv word, ",
    # Every clipped "U.S" once gathered all the full forms of its letters.
    "one-line-of-abbreviations.txt": "U.S. US U.S officials, ",
}
for name, unit in shapes.items():
    open(f"{work}/{name}", "w", encoding="utf-8").write((unit * (n // len(unit) + 1))[:n] + "\n")
open(f"{work}/figures-in-one-sentence.txt", "w").write("".join(f"{i % 90 + 10} killed, " for i in range(n // 12))[:n] + ".\n")
open(f"{work}/figures-one-per-line.txt", "w").write("".join(f"{i % 90 + 10} killed,\n" for i in range(n // 11))[:n])

# Paragraphs of one construct in several forms, up to the limit: each spelling step that weighed every occurrence against
# every other once took minutes here.
import random
rng = random.Random(2)
def made_up_word(syllables):
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(syllables))
def paragraphs(name, make):
    text, i = [], 0
    while sum(map(len, text)) + 2 * len(text) < n - 200:
        text.append(make(i))
        i += 1
    open(f"{work}/{name}", "w", encoding="utf-8").write("\n\n".join(text) + "\n")
# Ties settled by the paragraph's earlier form, and one-word names asked whether they head a longer one.
paragraphs("paragraphs-of-name-variants.txt", lambda i: f"Volodymyr Zelensk{'y' * (1 + i % 3)} met Vladimir Putin in Kyi{'v' if i % 2 else 'iv'} on Monday.")
# Regional spellings: each finding's related places were sorted from all of the article's.
paragraphs("paragraphs-of-regional-spellings.txt", lambda i: f"The {'colour' if i % 2 else 'color'} of the {'centre' if i % 3 else 'center'} was {'organised' if i % 5 else 'organized'}.")
# Unknown words: each counted by a pass over the article, and each sought among the words of its first letter.
paragraphs("paragraphs-of-compounds.txt", lambda i: f"The {'e-mail' if i % 2 else 'email'} was sent by {'fund-raiser' if i % 3 else 'fundraiser'} to the {'front line' if i % 5 else 'frontline'} desk.")
paragraphs("paragraphs-of-unknown-words.txt", lambda i: " ".join(made_up_word(4) for _ in range(8)) + ".")
# Photo captions, short lines read as headings: each listed name in one asked for a table of every sentence's words.
paragraphs("paragraphs-of-captions.txt", lambda i: f"Zelensky speaks in Kyiv. (AP Photo/{made_up_word(3).capitalize()} {made_up_word(3).capitalize()})")
PY

for form in $forms; do
  for article in "$work"/*.txt "$work"/*.md; do
    /usr/bin/time -f "$form $(basename "$article"): %e s wall, %U s user CPU, %M KB peak" "$work/$form/editorial" check "$article" > /dev/null 2> "$work/time.log" || true
    tail -n 1 "$work/time.log"
  done
done
