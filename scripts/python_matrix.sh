#!/usr/bin/env bash
# The lowest and highest supported Pythons, from the sdist: build it, install it with its test
# extra into a fresh virtual environment of each interpreter, and run the sdist's own test suite
# against the installed package. Interpreters come from the machine (PATH or pyenv).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${1:-python3}
shift || true
versions=("${@:-3.10 3.13}")
read -r -a versions <<< "${versions[*]}"
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$py" -m build --sdist --quiet --outdir "$work/dist" . >/dev/null 2>&1
sdist=$(ls "$work"/dist/*.tar.gz)
tar -xzf "$sdist" -C "$work"
tree=$(ls -d "$work"/dipstate-*/)
for version in "${versions[@]}"; do
    interpreter=""
    if command -v pyenv >/dev/null 2>&1; then
        full=$(pyenv versions --bare 2>/dev/null | grep -E "^${version//./\.}(\.[0-9]+)?$" | sort -V | tail -n 1 || true)
        [ -n "$full" ] && interpreter="$(pyenv root)/versions/$full/bin/python"
    fi
    if [ -z "$interpreter" ] || ! "$interpreter" -c "import sys" >/dev/null 2>&1; then
        interpreter=$(command -v "python$version" || true)
    fi
    if [ -z "$interpreter" ] || ! "$interpreter" -c "import sys" >/dev/null 2>&1; then
        echo "python $version: no interpreter on this machine" >&2
        exit 1
    fi
    echo "== python $version ($("$interpreter" --version 2>&1)) from $(basename "$sdist")"
    "$interpreter" -m venv "$work/venv$version"
    "$work/venv$version/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$work/venv$version/bin/python" -m pip install -q "$sdist[test]" >/dev/null
    (cd "$tree" && "$work/venv$version/bin/python" -m pytest -p no:cacheprovider tests)
done
