// The dry run's file, run by sqlite3, leaves a database that validates, with the history rows a real upgrade (and
// downgrade) writes, apart from applied_at and execution_ms.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 8, "expected 8 invocations in build.log, found ${runs.size()}"
runs.eachWithIndex { r, k -> assert r.contains('BUILD SUCCESS'), "invocation ${k + 1}:\n$r" }

def upgrade = new File(basedir, 'target/upgrade.sql').text
assert upgrade.startsWith('-- Cairn upgrade from version 0 to 3 (sqlite)')
assert upgrade.contains('.bail on\n')
assert upgrade.contains('CREATE TABLE IF NOT EXISTS cairn_history (')
assert upgrade.contains("CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO post_log VALUES (NEW.id, 'insert; logged'); END;\n")
// one transaction for the whole upgrade (db.transaction=run), as the real run
assert upgrade.findAll(/(?m)^BEGIN;$/).size() == 1 && upgrade.findAll(/(?m)^COMMIT;$/).size() == 1
assert upgrade.findAll(/INSERT INTO cairn_history/).size() == 3
assert runs[0].contains('Wrote the SQL of the upgrade from version 0 to 3 (3 migrations, history statements included)')
assert !runs[0].contains('Applying')

// 3: the database the file made validates (drift check included) and is at version 3
assert runs[2].contains('Validated 3 migrations against 3 applied; the database is at version 3')
assert runs[2].contains('Current database version: 3')

def history = { String file ->
    def p = ['sqlite3', new File(basedir, file).path,
             'SELECT version, description, file_name, checksum, down_sql, irreversible, applied_by, schema_hash, state, note, owner FROM cairn_history ORDER BY version'].execute()
    def out = p.text
    assert p.waitFor() == 0
    out
}
def downgrade = new File(basedir, 'target/downgrade.sql').text
assert downgrade.startsWith('-- Cairn downgrade from version 3 to 1 (sqlite)')
assert downgrade.contains('DELETE FROM cairn_history WHERE version = 3;\nCOMMIT;')
assert downgrade.contains('DELETE FROM cairn_history WHERE version = 2;\nCOMMIT;')
assert !downgrade.contains('WHERE version = 1;')
// 7: after the downgrade file ran, the database validates at version 1; 8: the real downgrade leaves the same history
assert runs[6].contains('Validated 3 migrations against 1 applied; the database is at version 1')
def scripted = history('dry-run-file.db'), real = history('real.db')
assert scripted.startsWith('1|create users|') && !scripted.contains('\n2|') && !scripted.contains('\n3|')
assert scripted == real
true
