#!/usr/bin/env bash
# `npm run down`: stops every process that `npm run up` started (state is kept).
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/servers.sh"
# ---- dondoc apps (issue 4: services): stopped first, while the servers they drain to are up.
for app in web audit notifier orchestrator worker directive-api mailbox; do stop_server "$app"; done
# ---- end of dondoc apps
servers_stop "${KNOWN_DAEMONS[@]}"
ok "all dondoc processes stopped; state kept in $STATE_DIR (delete it for a clean slate)"
