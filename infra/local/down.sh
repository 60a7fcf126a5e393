#!/usr/bin/env bash
# `npm run down`: stops every process that `npm run up` started (state is kept).
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/servers.sh"
servers_stop "${DAEMONS[@]}"
ok "all dondoc processes stopped; state kept in $STATE_DIR (delete it for a clean slate)"
