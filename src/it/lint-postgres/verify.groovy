import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text.normalize()
assert log.count('BUILD FAILURE') == 1 && log.count('BUILD SUCCESS') == 3, 'invocation 1 fails, 2 to 4 pass'

// 1: the finding, with its position, rule, message and fix; the build fails on it
def failed = log.substring(0, log.indexOf('BUILD SUCCESS'))
assert failed.contains('src/main/resources/db/migrations/002_index_posts_title.sql:2:1: error pg-index-not-concurrent: CREATE INDEX on posts')
assert failed.contains('fix: write CREATE INDEX CONCURRENTLY')
assert failed.contains('db:lint found 1 problem at error or above (db.lint.failOn)')
assert !failed.contains('table-without-primary-key'), 'switched off in the POM'

// 2: suppressed with a reason: nothing found, the build passes
def second = log.substring(log.indexOf('Re-run Maven'), log.indexOf('BUILD SUCCESS'))
assert second.contains('db:lint: 0 findings (0 error, 0 warning, 0 info) in 2 of 2 migrations, 1 suppressed')

// 3: SARIF 2.1.0
def sarif = new JsonSlurper().parse(new File(basedir, 'target/lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.'$schema' == 'https://json.schemastore.org/sarif-2.1.0.json'
def run = sarif.runs[0]
assert run.tool.driver.name == 'Cairn'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'pg-index-not-concurrent' && result.level == 'error'
assert run.tool.driver.rules[result.ruleIndex].id == 'pg-index-not-concurrent'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/resources/db/migrations/002_index_posts_title.sql'
assert location.region.startLine == 2 && location.region.startColumn == 1
assert !run.tool.driver.rules.any { it.id == 'table-without-primary-key' }

// 4: JSON
def json = new JsonSlurper().parse(new File(basedir, 'target/lint.json'))
assert json.goal == 'lint' && json.dialect == 'postgresql' && json.lintedMigrations == 2
assert json.findings*.rule == ['pg-index-not-concurrent']
assert json.findings[0].line == 2 && json.findings[0].fix.contains('CONCURRENTLY')
true
