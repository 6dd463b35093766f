#!/bin/sh
# mypy over the installed layout: the stage folders are installed as actionplan.extract,
# .normalise and .output (setuptools package-dir), a mapping mypy cannot be told of, so it
# checks a tree of links laid out as installed (build/typecheck/actionplan/extract -> extract).
set -e
cd "$(dirname "$0")/.."
tree=build/typecheck
rm -rf "$tree"
mkdir -p "$tree/actionplan"
for entry in actionplan/*; do
    ln -s "$PWD/$entry" "$tree/actionplan/"
done
for stage in extract normalise output; do
    ln -s "$PWD/$stage" "$tree/actionplan/$stage"
done
MYPYPATH="$tree" exec "${MYPY:-.venv/bin/mypy}" --config-file pyproject.toml -p actionplan
