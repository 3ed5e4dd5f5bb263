#!/usr/bin/env bash
# Extract the evaluation corpora (see eval/corpora.yml) into eval/data/ (git-ignored).
#
# Usage: eval/fetch.sh [MIRROR_DIR]        (default: $EDITORIAL_MIRROR or /work/.mirror)
#
# The corpora live in public GitHub repositories. This script does not download anything:
# it expects each repository mirrored as a bare git directory at
#   MIRROR_DIR/<owner>+<name>/repo   (e.g. /work/.mirror/launchnlp+BASIL/repo)
# which is what the workspace `fetch` tool produces (`fetch github:<owner>/<name>`); a plain
# `git clone --mirror https://github.com/<owner>/<name> MIRROR_DIR/<owner>+<name>/repo` works too.
# Files are read at the commit pinned in eval/extract.py / eval/corpora.yml (ukraine-media-2022 also needs
# 20 earlier commits of its history, so mirror the whole history, not a shallow clone).
# If a mirror or its pinned commit is missing, the script names the repository to fetch and exits 1.
# Re-running rebuilds eval/data/<corpus>/ from scratch (idempotent).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mirror="${1:-${EDITORIAL_MIRROR:-/work/.mirror}}"

command -v git >/dev/null || { echo "fetch.sh: git is required" >&2; exit 1; }
command -v python3 >/dev/null || { echo "fetch.sh: python3 is required" >&2; exit 1; }
[ -d "$mirror" ] || { echo "fetch.sh: mirror directory '$mirror' does not exist" >&2; exit 1; }

if ! python3 "$here/extract.py" --mirror "$mirror"; then
  echo "fetch.sh: extraction failed; fetch the repositories named above, then re-run." >&2
  exit 1
fi
