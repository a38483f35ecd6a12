import groovy.json.JsonSlurper

// -Ddb.format=json: the reports of db:upgrade, db:status and db:validate, parsed as a CI script would
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 5, "expected 5 invocations in build.log, found ${runs.size()}"
(0..3).each { assert runs[it].contains('BUILD SUCCESS'), "invocation ${it + 1}:\n${runs[it]}" }
def read = { String name -> new JsonSlurper().parse(new File(basedir, "target/$name")) }

def upgrade = read('upgrade.json')
assert upgrade.formatVersion == 1 && upgrade.goal == 'upgrade'
assert upgrade.fromVersion == 0 && upgrade.toVersion == 2
assert upgrade.applied*.version == [1, 2]
assert upgrade.applied*.file == ['src/main/resources/db/migrations/001_create_users.sql', 'src/main/resources/db/migrations/002_create_posts.sql']
assert upgrade.applied.every { it.executionMillis instanceof Number && it.irreversible == null }
assert upgrade.totalMillis instanceof Number
assert runs[0].contains('Wrote the upgrade report (JSON) to')

def status = read('status.json')
assert status.formatVersion == 1 && status.goal == 'status' && status.currentVersion == 2
assert status.migrations*.state == ['applied', 'applied', 'pending']
assert status.migrations.every { it.checksum ==~ /[0-9a-f]{64}/ }
assert status.migrations[0].appliedChecksum == status.migrations[0].checksum
assert status.migrations[0].appliedAt ==~ /\d{4}-\d\d-\d\dT.*Z/
assert status.migrations[2].appliedAt == null && status.migrations[2].description == 'add about me'
assert status.problems == []

def validate = read('validate.json')
assert validate.formatVersion == 1 && validate.goal == 'validate'
assert validate.valid == true && validate.currentVersion == 2 && validate.replayedMigrations == 3 && validate.appliedMigrations == 2
assert validate.problems == [] && validate.drift == []

// 4: without db.output the JSON is one line of standard output (mvn -q leaves only it)
def line = runs[3].readLines().find { it.startsWith('{"formatVersion":1,') }
assert line != null, runs[3]
assert new JsonSlurper().parseText(line).migrations*.state == ['applied', 'applied', 'pending']

// 5: drift fails the build, and the report (written first) holds the difference
assert runs[4].contains('BUILD FAILURE') && runs[4].contains('by_hand')
def drift = read('drift.json')
assert drift.valid == false && drift.problems == [] && drift.drift.size() == 1 && drift.drift[0].contains('by_hand')
true
