#!/usr/bin/env bash
# Warnings on documentation written as code: Markdown pages of nine repositories, checked with the default profile.
# Nothing here is labelled; the count of warnings (what can fail a build) is the measure, and a rise is read by hand.
# The nineteenth session read these findings to fix what it found: the pages are a development set for documentation,
# not unseen copy any more.
#
# Usage: eval/docs-as-code.sh EDITORIAL [MIRROR_DIR]
#   EDITORIAL   the command to run: artifacts/native/editorial, or "dotnet /tmp/cli/editorial.dll"
#   MIRROR_DIR  bare git mirrors as eval/fetch.sh expects them ($EDITORIAL_MIRROR or /work/.mirror):
#               MIRROR_DIR/<owner>+<name>/repo, e.g. from the workspace's `fetch github:dotnet/docs-maui`
#
# Each corpus is read at its pinned commit into eval/data/docs-as-code/<name>/ (git-ignored) and checked; the
# script prints one line per corpus: files, errors, warnings, suggestions, as `editorial check` sums them up.
# Licences: the dotnet and PowerShell documentation CC-BY-4.0 (text) and MIT (code); nodejs.org MIT; the Rust books and
# blog MIT or Apache-2.0; Hugo's documentation Apache-2.0. No text of theirs is committed.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: eval/docs-as-code.sh EDITORIAL [MIRROR_DIR]" >&2; exit 2; }
editorial="$1"
mirror="${2:-${EDITORIAL_MIRROR:-/work/.mirror}}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$here/data/docs-as-code"

# name  repository  commit  folder
corpora="
docs-desktop      dotnet/docs-desktop               44731fef8be4d4ecb95c169a49757f3d0d4d065d dotnet-desktop-guide
docs-maui         dotnet/docs-maui                  f67ed2a3046811f234960e36e6cbab6f20608e48 docs
docs-aspire       dotnet/docs-aspire                1839b5aeecb4221c47b0a9678e5f95d79e2e55a5 docs
powershell-docs   MicrosoftDocs/PowerShell-Docs     27138b21b41de3e2b43cfcac4a56861ca419d5eb reference/7.5
nodejs.org        nodejs/nodejs.org                 6f94c8a6ab643beeee7038eba3fb521207d4b345 apps/site/pages/en
rust-book         rust-lang/book                    917544888a55e4da7109bdba8c88c893c0da70f4 src
rust-by-example   rust-lang/rust-by-example         898f0ac1479223d332309e0fce88d44b39927d28 src
rust-blog         rust-lang/blog.rust-lang.org      0243724c2e50ad2b7ebd3d9dbc7cd88aed7605a3 content
hugo-docs         gohugoio/hugoDocs                 1c613349f4220ae84070df25979d720c43e5cfa6 content/en
"

while read -r name repo commit folder; do
  [ -n "$name" ] || continue
  git_dir="$mirror/${repo/\//+}/repo"
  if ! git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "docs-as-code.sh: mirror $repo at $commit first (fetch github:$repo)" >&2
    exit 1
  fi
  target="$data/$name"
  if [ ! -f "$target/.commit" ] || [ "$(cat "$target/.commit")" != "$commit" ]; then
    rm -rf "$target" && mkdir -p "$target"
    # Only the Markdown pages: the repositories' images and binaries are of no use here. Files whose blobs the mirror
    # lacks (a partial snapshot) are left out, as the summary's file count shows.
    git --git-dir="$git_dir" ls-tree -r -z --name-only "$commit" -- "$folder" | grep -z -E '\.(md|markdown)$' \
      | while IFS= read -r -d '' path; do
          mkdir -p "$target/$(dirname "$path")"
          git --git-dir="$git_dir" show "$commit:$path" > "$target/$path" 2>/dev/null || rm -f "$target/$path"
        done
    echo "$commit" > "$target/.commit"
  fi
  # The summary line goes to standard error; the report itself is not needed.
  summary="$($editorial check "$target" --format json --output /dev/null 2>&1 >/dev/null | tail -1)" || true
  printf '%-16s %s\n' "$name" "$summary"
done <<< "$corpora"
