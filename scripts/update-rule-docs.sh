#!/usr/bin/env bash
# Regenerates the docs made from rules/*.yml: one page per rule in docs/rules/<id>.md and README.md's rule table
# (between its two marker comments), all written by dev.claudit.report.RuleDocs. RuleDocsTest fails 'mvn verify'
# until this has been run after a rule file changes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q ${MAVEN_ARGS:-} test -Dtest=RuleDocsTest -Dclaudit.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false
echo "docs/rules/ and README.md's rule table regenerated from rules/*.yml ($(ls docs/rules/*.md | wc -l) rules)"
