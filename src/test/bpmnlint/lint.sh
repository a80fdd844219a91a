#!/usr/bin/env bash
# Lints every BPMN file in processes/ the way Camunda Modeler does (bpmnlint + camunda-compat rules for 7.24).
# Run by ./mvnw verify; fails the build on any finding.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
if [ ! -d "$here/node_modules/bpmnlint" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi
cd "$here"
./node_modules/.bin/bpmnlint "$root"/processes/*.bpmn
echo "bpmnlint: no findings in processes/"
