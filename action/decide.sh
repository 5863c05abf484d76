#!/usr/bin/env bash
# Whether this run publishes what it built. A pull request never does; a scheduled run only when the site differs from
# the one published last (SITEGEN_PUBLISHED=true when the cache holds this site's fingerprint, saved after each deploy);
# a push or a manual run always does. Step output: publish (true or false).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=action/common.sh
. "$here/common.sh"

event="${SITEGEN_EVENT:-${GITHUB_EVENT_NAME:-}}"
if [ "$event" = pull_request ]; then
  publish=false
  line="$(say 'Pull request: diperiksa dan dibangun, tidak diterbitkan.' 'Pull request: checked and built, not published.')"
elif [ "$event" = schedule ] && [ "${SITEGEN_PUBLISHED:-}" = true ]; then
  publish=false
  line="$(say 'Situs sama dengan yang sudah terbit; tidak diterbitkan ulang.' 'The site is the one already published; not published again.')"
else
  publish=true
  line="$(say 'Situs diterbitkan.' 'The site is published.')"
fi
note "$line" "$line"
printf '%s\n\n' "$line" | summary
output publish "$publish"
