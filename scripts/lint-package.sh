#!/usr/bin/env bash
# `npm run lint:package` (after `npm run build`): publint on the package as it is, and attw on the tarball npm would
# publish. The tarball is packed into a temporary folder: `attw --pack .` packs into the repository root and deletes
# the tarball afterwards, which also deleted a tarball of the same version already there.
set -euo pipefail
cd "$(dirname "$0")/.."
publint
pack_dir="$(mktemp -d)"
trap 'rm -rf "$pack_dir"' EXIT
tarball="$(npm pack --silent --pack-destination "$pack_dir" | tail -n 1)"
attw "$pack_dir/$tarball" --profile node16
