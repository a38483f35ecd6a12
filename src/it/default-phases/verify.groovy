// Executions without <phase> run in each goal's default phase, in lifecycle order
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def steps = log.split(/\[INFO\] --- /).drop(1) as List
def ran = steps.collect { (it =~ /^db:[^:]+:([\w-]+) \(([\w-]+)\)/)[0].with { m -> m[1] + '@' + m[2] } }
// validate → generate-sources → generate-resources → pre-integration-test (in POM order) → post-integration-test
assert ran == ['validate@db', 'generate-models@from-migrations', 'schema@from-migrations', 'upgrade@db', 'status@db',
               'downgrade@teardown'], "goal executions: $ran"
def step = { String goal -> steps[ran.findIndexOf { it.startsWith(goal + '@') }] }
assert step('upgrade').contains('Current database version: 2')
assert step('status').contains('Current database version: 2'), step('status')
assert step('downgrade').contains('Current database version: 1')
assert new File(basedir, 'target/db/schema.sql').text.contains('CREATE TABLE posts')
assert new File(basedir, 'target/generated-sources/cairn').isDirectory()

// no silent fallback: the default SQLite file is named once, although four goals connect to it; the goals that only
// read the migrations say once that they read them as SQLite
def file = new File(basedir, 'default-phases.db')
def notice = "[INFO] No db.url set; using SQLite file ${file} (the default: <artifactId>.db in the project folder; set db.url to use another database)"
assert log.readLines().count { it == notice } == 1, "expected once: $notice"
assert log.indexOf(notice) > log.indexOf('db:validate') && log.indexOf(notice) < log.indexOf('generate-models (from-migrations)')
assert log.readLines().count { it.startsWith('[INFO] No db.url or db.dialect set; reading the migrations as SQLite') } == 1
assert !log.contains('Unknown property')

new org.sqlite.JDBC().connect("jdbc:sqlite:${file.absolutePath}", new Properties()).withCloseable { c ->
    def rs = c.createStatement().executeQuery('SELECT max(version) FROM cairn_history')
    assert rs.next() && rs.getLong(1) == 1
}
true
