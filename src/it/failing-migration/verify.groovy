// build.log holds every invocation of invoker.properties, one after the other; split it per invocation
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 6, "expected 6 invocations in build.log, found ${runs.size()}"
def run = { int n -> runs[n - 1] }
def migrations = 'src/main/resources/db/migrations/'

// 1: one transaction for the run (the default): 001 applies, 002 fails at its INSERT (file:line:column of the statement,
// quoted, with the engine's reason), the transaction rolls back with 001 in it, 003 never runs
def up = run(1)
assert up.contains('BUILD FAILURE')
assert up.contains("applied 1 create users (${migrations}001_create_users.sql)")
assert up.contains("Applying 2 create tags (${migrations}002_create_tags.sql) …")
assert up.contains("[WARNING] 2 create tags (${migrations}002_create_tags.sql) failed and was rolled back, with the migration this run "
        + "applied before it in the same transaction; later migrations were not run. The database is at version 0"), 'upgrade output:\n' + up
assert up.contains("${migrations}002_create_tags.sql:6:1: the database refused the statement:"), 'upgrade output:\n' + up
assert up.contains('3 values for 2 columns')
assert up.contains("INSERT INTO tags (id, name)")
assert !up.contains('003_add_about_me.sql') && !up.contains('Current database version')

// 2: the database is as the upgrade found it: version 0, all three pending
def status = run(2)
assert status.contains('BUILD SUCCESS')
assert status.contains('Current database version: 0'), status
assert status.contains('Pending (3):'), status

// 3: a transaction per migration (-Ddb.transaction=migration): 001 stays applied, 002 is rolled back alone
up = run(3)
assert up.contains('BUILD FAILURE')
assert up.contains("[WARNING] 2 create tags (${migrations}002_create_tags.sql) failed and was rolled back; later migrations were not run. "
        + "The database is at version 1"), 'upgrade output:\n' + up
assert !up.contains('003_add_about_me.sql') && !up.contains('Current database version')

// 4: the database stayed at 1; 002 and 003 are pending
status = run(4)
assert status.contains('BUILD SUCCESS')
assert status.contains('Current database version: 1')
assert status.contains('Applied (1):') && status =~ /\n\[INFO\] +1 +create users +\S+/
assert status.contains('Pending (2):')
assert status =~ /\n\[INFO\] +2 +create tags +src\/main\/resources\/db\/migrations\/002_create_tags\.sql/
assert status =~ /\n\[INFO\] +3 +add about me +src\/main\/resources\/db\/migrations\/003_add_about_me\.sql/

// 5: validate (with its drift check) passes: the table 002 created was rolled back with it
assert run(5).contains('BUILD SUCCESS')
assert run(5).contains('Validated 3 migrations against 1 applied; the database is at version 1')

// 6: a misspelt scope is a build failure (not a plugin crash) that says what to write
def wrong = run(6)
assert wrong.contains('BUILD FAILURE')
assert wrong.contains("upgrade (default-cli) on project failing-migration: Unknown transaction scope 'sometimes'; "
        + "use run (one transaction for the upgrade) or migration (one per migration)"), wrong
assert wrong.contains('Caused by: org.apache.maven.plugin.MojoFailureException: Unknown transaction scope'), wrong
assert !wrong.contains('Caused by: dev.cairn'), wrong

// and the file agrees: users only, no tags, no about_me, history at 1
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'failing-migration.db').absolutePath, new Properties())
try {
    def names = []
    def rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    while (rs.next()) names << rs.getString(1)
    assert names == ['cairn_history', 'users']
    def columns = []
    rs = c.createStatement().executeQuery("SELECT name FROM pragma_table_info('users')")
    while (rs.next()) columns << rs.getString(1)
    assert columns == ['id', 'nickname', 'email']
    def versions = []
    rs = c.createStatement().executeQuery('SELECT version FROM cairn_history')
    while (rs.next()) versions << rs.getLong(1)
    assert versions == [1L]
} finally {
    c.close()
}
true
