// The dry run's file, run by the mariadb client in a database of its own, leaves a database that validates, with the
// history rows a real upgrade (and downgrade) writes in a second database, apart from applied_at and execution_ms.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
def names = new Properties()
new File(basedir, 'run.properties').withInputStream { names.load(it) }
def fileDb = names.getProperty('file.schema'), realDb = names.getProperty('real.schema')
def mariadb = { String sql ->
    def p = ['mariadb', '--no-defaults', '-h', '127.0.0.1', '-u', 'root', '-N', '-B', '-e', sql].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0, err
    out.toString()
}
def history = { String db ->
    mariadb("SELECT version, description, file_name, checksum, down_sql, irreversible, applied_by, schema_hash, state, note, owner FROM ${db}.cairn_history ORDER BY version")
}
try {
    assert runs.size() == 8, "expected 8 invocations in build.log, found ${runs.size()}"
    runs.eachWithIndex { r, k -> assert r.contains('BUILD SUCCESS'), "invocation ${k + 1}:\n$r" }

    def upgrade = new File(basedir, 'target/upgrade.sql').text
    assert upgrade.startsWith('-- Cairn upgrade from version 0 to 3 (mariadb)'), upgrade
    assert upgrade.contains('mariadb DATABASE < FILE')
    // the file works in db.schema, as the migrator's connection does
    assert upgrade.contains("USE `${fileDb}`;\n") || upgrade.contains("USE ${fileDb};\n"), upgrade
    // the trigger's body, semicolons included, between DELIMITER lines the client reads
    assert upgrade.contains('DELIMITER $$\nCREATE TRIGGER users_touch BEFORE INSERT ON users FOR EACH ROW\nBEGIN\n'), upgrade
    assert upgrade.contains('END\n$$\nDELIMITER ;\n')
    // the DDL commits itself: no BEGIN around it, as the real run
    assert !upgrade.contains('\nBEGIN;\n')
    assert upgrade.findAll(/INSERT INTO `?cairn_history`?/).size() == 3
    assert runs[0].contains('Wrote the SQL of the upgrade from version 0 to 3 (3 migrations, history statements included)')
    assert !runs[0].contains('Applying')

    // 3: the database the file made validates (drift check included) and is at version 3
    assert runs[2].contains('Validated 3 migrations against 3 applied; the database is at version 3'), runs[2]
    assert runs[2].contains('Current database version: 3')
    // the trigger the client created works (exec:exec@check-trigger); the default's quote and backslash arrived as written
    assert runs[2].contains("inserted:ann|1|it's; a \\ backslash"), runs[2]

    // 4: after the real upgrade, both hold the same 3 history rows (apart from applied_at and execution_ms)
    def hashes = (runs[3] =~ /(?m)^history:(file|real):(\d+):([0-9a-f]{32})$/).collect { it[1..3] }
    assert hashes.size() == 2 && hashes[0][0] == 'file' && hashes[1][0] == 'real', runs[3]
    assert hashes[0][1] == '3' && hashes[0][1..2] == hashes[1][1..2], hashes

    def downgrade = new File(basedir, 'target/downgrade.sql').text
    assert downgrade.startsWith('-- Cairn downgrade from version 3 to 1 (mariadb)'), downgrade
    assert downgrade.contains('DROP TRIGGER users_touch;\n')
    assert downgrade =~ /DELETE FROM `?cairn_history`? WHERE version = 3;/
    assert downgrade =~ /DELETE FROM `?cairn_history`? WHERE version = 2;/
    assert !downgrade.contains('WHERE version = 1;')
    // 7: after the downgrade file ran, the database validates at version 1; 8: the real downgrade leaves the same history
    assert runs[6].contains('Validated 3 migrations against 1 applied; the database is at version 1'), runs[6]
    def scripted = history(fileDb), real = history(realDb)
    assert scripted.startsWith('1\t'), scripted
    assert !scripted.contains('\n2\t') && !scripted.contains('\n3\t')
    assert scripted == real
} finally {
    mariadb("DROP DATABASE IF EXISTS ${fileDb}; DROP DATABASE IF EXISTS ${realDb}")
}
true
