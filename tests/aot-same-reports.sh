#!/usr/bin/env bash
# The Native AOT build says what the IL build says: publishes tools/Policy.Cli with -p:PublishAot=true and runs
# the same commands with both on the example repositories (policies/, docs/examples/*, analyzers/samples/*) —
# validate (text, json, sarif, github), rules, explain, hash, inventory, render, site, new, diff, pr comment,
# release, verify (also of an edited manifest) and approve — comparing standard output, standard error, exit code and every file written, byte for
# byte. Skips, saying so, where clang (the native linker AOT needs) is missing.
# Usage: tests/aot-same-reports.sh [IL_POLICY_DLL]   (default: the Debug build .ci/run makes; AOT_POLICY=path/to/policy
# compares an AOT binary published before instead of publishing)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
il="${1:-$repo/tools/Policy.Cli/bin/Debug/net10.0/policy.dll}"
if ! command -v clang > /dev/null; then
  echo "aot-same-reports: skipped (clang, which Native AOT links with, is not installed)"
  exit 0
fi
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) echo "aot-same-reports: skipped (no Native AOT runtime identifier for $(uname -m))"; exit 0 ;; esac
[ -f "$il" ] || { echo "aot-same-reports: no IL build at $il (build Policy.sln first)" >&2; exit 2; }
work="$(mktemp -d /tmp/aot-same-reports-XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [ -n "${AOT_POLICY:-}" ]; then mkdir -p "$work/aot" && cp -r "$(dirname "$AOT_POLICY")/." "$work/aot/"   # an AOT build made before
else
  dotnet publish "$repo/tools/Policy.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/aot" -v q > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; echo "aot-same-reports: the Native AOT publish failed" >&2; exit 1; }
fi
aot="$work/aot/policy"
[ -f "$work/aot/schemas/system-card.schema.json" ] || { echo "aot-same-reports: the schemas are not beside the AOT binary" >&2; exit 1; }

# Two identical Git repositories (schemas/ and policies/ in one commit, fixed dates), one per build, for release/verify.
export GIT_AUTHOR_DATE="2026-12-01T12:00:00Z" GIT_COMMITTER_DATE="2026-12-01T12:00:00Z"
for build in il aot; do
  mkdir -p "$work/git-$build" && cp -r "$repo/schemas" "$repo/policies" "$work/git-$build/"
  git -C "$work/git-$build" init -q -b main
  git -C "$work/git-$build" -c user.name="AOT Check" -c user.email=aot@check.example -c commit.gpgsign=false commit -q --allow-empty -m example
  git -C "$work/git-$build" add -A
  git -C "$work/git-$build" -c user.name="AOT Check" -c user.email=aot@check.example -c commit.gpgsign=false commit -q -m "the example repository"
  git -C "$work/git-$build" config user.name "AOT Check"; git -C "$work/git-$build" config user.email aot@check.example
  git -C "$work/git-$build" config tag.gpgsign false
done

status=0
# case NAME DIR ARGS...: runs `policy ARGS` in DIR with each build; "@OUT" in an argument is a fresh folder
# for written files, "@GIT" the build's own Git repository; then compares everything.
case_() {
  local name=$1 dir=$2; shift 2
  for build in il aot; do
    local out="$work/$build/$name" args=() arg
    mkdir -p "$out/files"
    for arg in "$@"; do arg="${arg//@OUT/$work/files}"; args+=("${arg//@GIT/$work/git-$build}"); done
    rm -rf "$work/files"; mkdir -p "$work/files"
    local cwd="${dir//@GIT/$work/git-$build}" code=0
    if [ "$build" = il ]; then (cd "$cwd" && dotnet "$il" "${args[@]}") > "$out/stdout" 2> "$out/stderr" || code=$?
    else (cd "$cwd" && "$aot" "${args[@]}") > "$out/stdout" 2> "$out/stderr" || code=$?; fi
    echo "$code" > "$out/exit"
    cp -r "$work/files/." "$out/files/"
  done
  if diff -r "$work/il/$name" "$work/aot/$name" > "$work/$name.diff"; then
    echo "same: $name (exit $(cat "$work/il/$name/exit"), $(find "$work/il/$name" -type f -exec cat {} + | wc -c) bytes)"
  else
    echo "DIFFERENT: $name"; head -20 "$work/$name.diff"; status=1
  fi
}

validate() { # NAME ROOT [ARGS...]
  local name=$1 root=$2; shift 2
  case_ "$name" "$repo" validate "$root/policies" --root "$root" --today 2026-12-01 "$@" \
    --format text --format json=@OUT/report.json --format sarif=@OUT/report.sarif --format github=@OUT/report.github
}
validate repository "$repo"
for example in "$repo"/docs/examples/*/ "$repo"/analyzers/samples/*/; do
  [ -d "$example/policies" ] && validate "example-$(basename "$example")" "${example%/}" --schemas "$repo/schemas"
done
validate repository-jobs-1 "$repo" --jobs 1
case_ help "$repo" --help
case_ validate-help "$repo" validate --help
case_ version "$repo" --version
case_ rules "$repo" rules
case_ explain "$repo" explain XR-APP-13
case_ hash "$repo" hash "$repo/policies/governance.json"
for format in markdown csv json html; do
  case_ "inventory-$format" "$repo" inventory --root "$repo" --today 2026-12-01 --format "$format"
done
for system in "$repo"/policies/systems/*/; do
  for lang in fr en; do
    case_ "notice-$(basename "$system")-$lang" "$repo" render notice "$(basename "$system")" --root "$repo" --today 2026-12-01 --lang "$lang" --format markdown
  done
done
case_ notice-html "$repo" render notice ecg-assist --root "$repo" --today 2026-12-01
case_ site "$repo" site --root "$repo" --today 2026-12-01 --out @OUT/site
case_ new-system-card "$repo" new SystemCard --system new-system --root "$repo" --out @OUT/card.json
case_ diff "$repo" diff "$repo" "$repo/docs/examples/non-compliant" --today 2026-12-01 \
  --format text --format markdown=@OUT/diff.md --format json=@OUT/diff.json --format html=@OUT/diff.html
case_ diff-no-findings "$repo" diff "$repo" "$repo/docs/examples/non-compliant" --today 2026-12-01 --no-findings --format json
cp "$work/il/diff/files/diff.json" "$work/il/diff/files/diff.md" "$work"
echo '[]' > "$work/comments.json"
case_ pr-comment "$work" pr comment --comments "$work/comments.json" --diff-json "$work/diff.json" --markdown "$work/diff.md" --body-out @OUT/body.md
case_ release "@GIT" release v2026.12
for build in il aot; do git -C "$work/git-$build" cat-file tag v2026.12 > "$work/$build/release/files/tag" 2>&1 || true; done
diff -r "$work/il/release" "$work/aot/release" > /dev/null || { echo "DIFFERENT: release tag message"; status=1; }
case_ verify "@GIT" verify v2026.12
case_ verify-json "@GIT" verify v2026.12 --format json
for build in il aot; do   # a manifest edited after the release: verify quotes the entries that differ
  git -C "$work/git-$build" for-each-ref --format='%(contents)' refs/tags/v2026.12 | sed 's/"role": "ciso"/"role": "cio"/' > "$work/edited-$build"
  git -C "$work/git-$build" tag -a -F "$work/edited-$build" v2026.12-edited 'v2026.12^{commit}' 2> /dev/null || true
done
case_ verify-edited "@GIT" verify v2026.12-edited
case_ approve "@GIT" approve policies/systems/ecg-assist/patient-notice.json --role dpo --name "Sarah Benali" --email dpo-adjointe@chu-montreval.example
for build in il aot; do git -C "$work/git-$build" diff > "$work/$build/approve/files/changes"; done
diff -r "$work/il/approve" "$work/aot/approve" > /dev/null || { echo "DIFFERENT: approve's changes"; status=1; }
exit $status
