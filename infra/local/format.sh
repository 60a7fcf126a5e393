#!/usr/bin/env bash
# `npm run format` lays the code out with Prettier (.prettierrc.json, .prettierignore);
# `npm run format:check` (part of the lint step of `npm test`) lists what is not laid out so.
set -eu
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
CODE='**/*.{ts,tsx,mts,js,cjs,mjs}'
if [ "${1:-}" = "--check" ]; then
  exec prettier --check --log-level warn "$CODE"
fi
# Twice: on a few call chains Prettier's first layout is not its last (2 of 361 files of this
# tree, z.string().refine(…) chains), and --check compares with the last.
prettier --write --log-level warn "$CODE"
prettier --write --log-level warn "$CODE"
