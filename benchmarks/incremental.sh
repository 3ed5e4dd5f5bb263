#!/usr/bin/env bash
# Incremental builds of a content project (issue 15, goal 5): writes a Microsoft.Build.NoTargets project of ARTICLES articles
# (default 10000: copies of the seed articles in samples/Newsroom, each copy in a folder of its own with the sample's
# .editorconfig and a story of its own, as a newsroom archive would be) under artifacts/incremental/, referencing the
# Editorial package packed from this checkout, then builds it three times and prints the time MSBuild's performance summary
# gives Editorial's tasks (CheckArticles: the check; ReportDiagnostics: logging the stored findings):
#   1. first build (no obj/: every article is checked),
#   2. no change (EditorialCheck is skipped by its inputs and outputs; the stored findings are logged again),
#   3. one article changed (its own rules run again; the others' findings come from obj/editorial.articles.cache).
# The whole `dotnet build`'s CPU time is printed too: on a loaded machine wall times say more about the neighbours.
# Usage: benchmarks/incremental.sh [ARTICLES]       The project is rewritten on every run.
set -euo pipefail

articles="${1:-10000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/samples/Newsroom"
project="$root/artifacts/incremental"
rm -rf "$project"
mkdir -p "$project"
# Two levels below the repository, as the sample is: its Directory.Build.* pack the package from this checkout and restore it.
cp "$sample/Newsroom.csproj" "$project/Incremental.csproj"
cp "$sample/Directory.Build.props" "$sample/Directory.Build.targets" "$sample/nuget.config" "$project/"
# The sample's own articles only: a build of the sample leaves text files of its own in obj/.
mapfile -t seeds < <(cd "$sample" && find . \( -name obj -o -name bin \) -prune -o -type f -name '*.txt' -print | sort)
copies=$(( (articles + ${#seeds[@]} - 1) / ${#seeds[@]} ))
# One folder of all the seeds, copied whole for each full copy: a process per file took most of an hour on a loaded machine.
template="$project/.template"
for seed in "${seeds[@]}"; do
  mkdir -p "$template/$(dirname "$seed")"
  cp "$sample/$seed" "$template/$seed"
done
written=0
for ((copy = 0; copy < copies; copy++)); do
  dest="$project/$(printf 'copy%04d' "$copy")"
  if ((articles - written >= ${#seeds[@]})); then
    cp -r "$template" "$dest"
    written=$((written + ${#seeds[@]}))
  else
    for seed in "${seeds[@]:0:articles - written}"; do
      mkdir -p "$dest/$(dirname "$seed")"
      cp "$sample/$seed" "$dest/$seed"
    done
    written=$articles
  fi
  { cat "$sample/.editorconfig"; printf '\n[*]\neditorial.story = copy%04d\n' "$copy"; } > "$dest/.editorconfig"
done
rm -rf "$template"
echo "project: $written articles in $copies folders, $(du -sh --exclude=obj "$project" | cut -f1)"

# Editorial's tasks in MSBuild's task performance summary: "  1234 ms  CheckArticles  1 calls".
editorial_time() {
  local check report
  check=$(awk '/Task Performance Summary/ { on = 1 } on && $3 == "CheckArticles" { print $1 }' "$1")
  report=$(awk '/Task Performance Summary/ { on = 1 } on && $3 == "ReportDiagnostics" { print $1 }' "$1")
  printf '%-22s CheckArticles %8s ms   ReportDiagnostics %6s ms   %6s warnings   whole build: %s\n' "$2" "${check:-skipped}" \
    "${report:-0}" "$(grep -c 'warning ED' "$1" || true)" "$(cat "$1.time")"
}

build() {
  /usr/bin/time -f '%e s wall, %U s user + %S s sys' -o "$1.time" \
    dotnet build "$project" --nologo -clp:PerformanceSummary -nodeReuse:false --no-restore > "$1" 2>&1 || true
}

dotnet restore "$project" --nologo -v quiet > "$project/restore.log" 2>&1 || { cat "$project/restore.log"; exit 1; }
build "$project/first.log"
editorial_time "$project/first.log" "first build:"
build "$project/nochange.log"
editorial_time "$project/nochange.log" "no change:"
printf '\nA late paragraph: officials said 31 people were taken to hospital in Kiev.\n' >> "$project/copy0000/ap/003.txt"
build "$project/onechange.log"
editorial_time "$project/onechange.log" "one article changed:"
