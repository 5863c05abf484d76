# shellcheck shell=bash
# Shared by the action's steps (sourced, not run). Messages are Indonesian unless SITEGEN_LANG=en, as sitegen's own.

# say ID EN: the text in the language SiteGen speaks.
say() { if [ "${SITEGEN_LANG:-}" = en ]; then printf '%s' "$2"; else printf '%s' "$1"; fi; }

# note ID EN: a line in the log.
note() { printf 'sitegen: %s\n' "$(say "$1" "$2")" >&2; }

# fail ID EN: an error annotation on the run, then exit 1.
fail() { printf '::error title=SiteGen::%s\n' "$(say "$1" "$2")"; exit 1; }

# output NAME VALUE: a step output (GITHUB_OUTPUT), or nothing outside GitHub Actions.
output() { if [ -n "${GITHUB_OUTPUT:-}" ]; then printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"; fi; }

# summary: appends standard input to the job summary (GITHUB_STEP_SUMMARY), or drops it outside GitHub Actions.
summary() { if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat >> "$GITHUB_STEP_SUMMARY"; else cat > /dev/null; fi; }

# The sitegen to run: the one install.sh put on the PATH (GITHUB_PATH takes effect only in later steps, so also SITEGEN).
sitegen() { "${SITEGEN:-sitegen}" "$@"; }
