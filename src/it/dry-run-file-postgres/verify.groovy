// The dry run's file, run by psql in a schema of its own, leaves a schema that validates, with the history rows a real
// upgrade (and downgrade) writes in a second schema, apart from applied_at and execution_ms.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
def names = new Properties()
new File(basedir, 'run.properties').withInputStream { names.load(it) }
def fileSchema = names.getProperty('file.schema'), realSchema = names.getProperty('real.schema')
def psql = { String sql ->
    def p = ['psql', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '-At', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-c', sql].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0, err
    out.toString()
}
def history = { String schema ->
    psql("SELECT version, description, file_name, checksum, down_sql, irreversible, applied_by, schema_hash, state, note, owner FROM ${schema}.cairn_history ORDER BY version")
}
try {
    assert runs.size() == 8, "expected 8 invocations in build.log, found ${runs.size()}"
    runs.eachWithIndex { r, k -> assert r.contains('BUILD SUCCESS'), "invocation ${k + 1}:\n$r" }

    def upgrade = new File(basedir, 'target/upgrade.sql').text
    assert upgrade.startsWith('-- Cairn upgrade from version 0 to 3 (postgresql)'), upgrade
    assert upgrade.contains('\\set ON_ERROR_STOP on\n')
    // the file works in db.schema, as the migrator's connection does: psql connected without one
    assert upgrade.contains("SET search_path TO ${fileSchema};\n")
    assert upgrade.indexOf("SET search_path") < upgrade.indexOf('CREATE TABLE IF NOT EXISTS cairn_history')
    // the dollar-quoted body as it is in the migration, semicolons, comment and quote included
    assert upgrade.contains('AS $body$\nBEGIN\n    NEW.touched_at := now(); -- it\'s touched\n    RETURN NEW;\nEND\n$body$;\n')
    assert upgrade.contains('CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();\n')
    // one transaction for the whole upgrade (db.transaction=run), as the real run
    assert upgrade.findAll(/(?m)^BEGIN;$/).size() == 1 && upgrade.findAll(/(?m)^COMMIT;$/).size() == 1
    assert upgrade.findAll(/INSERT INTO cairn_history/).size() == 3
    assert runs[0].contains('Wrote the SQL of the upgrade from version 0 to 3 (3 migrations, history statements included)')
    assert !runs[0].contains('Applying')

    // 3: the schema the file made validates (drift check included) and is at version 3
    assert runs[2].contains('Validated 3 migrations against 3 applied; the database is at version 3'), runs[2]
    assert runs[2].contains('Current database version: 3')
    // the function and trigger psql created work (exec:exec@check-trigger)
    assert runs[2].contains("inserted:true|it's; empty"), runs[2]

    // 4: after the real upgrade, both hold the same 3 history rows (apart from applied_at and execution_ms)
    def hashes = (runs[3] =~ /(?m)^history:(file|real):(\d+):([0-9a-f]{32})$/).collect { it[1..3] }
    assert hashes.size() == 2 && hashes[0][0] == 'file' && hashes[1][0] == 'real', runs[3]
    assert hashes[0][1] == '3' && hashes[0][1..2] == hashes[1][1..2], hashes

    def downgrade = new File(basedir, 'target/downgrade.sql').text
    assert downgrade.startsWith('-- Cairn downgrade from version 3 to 1 (postgresql)'), downgrade
    assert downgrade.contains("SET search_path TO ${fileSchema};\n")
    assert downgrade.contains('DROP FUNCTION touch();\n')
    assert downgrade.contains('DELETE FROM cairn_history WHERE version = 3;\n')
    assert downgrade.contains('DELETE FROM cairn_history WHERE version = 2;\n')
    assert !downgrade.contains('WHERE version = 1;')
    // 7: after the downgrade file ran, the schema validates at version 1; 8: the real downgrade leaves the same history
    assert runs[6].contains('Validated 3 migrations against 1 applied; the database is at version 1'), runs[6]
    def scripted = history(fileSchema), real = history(realSchema)
    assert scripted.startsWith('1|Create users|') || scripted.startsWith('1|create users|'), scripted
    assert !scripted.contains('\n2|') && !scripted.contains('\n3|')
    assert scripted == real
    // nothing landed in public
    assert psql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('users', 'cairn_history')").trim() == '0'
} finally {
    psql("DROP SCHEMA IF EXISTS ${fileSchema} CASCADE; DROP SCHEMA IF EXISTS ${realSchema} CASCADE")
}
true
