#!/usr/bin/env bash
# Release check: build the sdist and wheel, check them with twine, install the
# wheel into a fresh virtual environment and parse the bundled example there.
set -euo pipefail
py=${1:-python3}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rm -rf dist
"$py" -m build --quiet --outdir dist . >/dev/null
"$py" -m twine check --strict dist/*
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q dist/*.whl
cd "$tmp"
example=$("$tmp/venv/bin/python" -c "import importlib.resources as r; print(r.files('dipstate') / 'examples' / 'joint_statement.txt')")
out=$("$tmp/venv/bin/dipstate" parse --format jsonl "$example")
echo "$out" | "$tmp/venv/bin/python" -c "
import json, sys
record = json.loads(sys.stdin.read())
assert record['header']['kind'] == 'joint_statement', record['header']
assert record['pledges'], 'no pledges parsed from the bundled example'
print('wheel check: installed', sys.argv[1], '->', record['header']['kind'], len(record['pledges']), 'pledges')
" "$(ls "$root"/dist/*.whl | xargs -n1 basename)"
