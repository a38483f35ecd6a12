

def log = new File(basedir, 'build.log').text
assert log.findAll(/BUILD SUCCESS/).size() == 3
assert log.contains('Imported from flyway_schema_history: 2 migrations and 1 repeatable ones recorded as applied in cairn_history')
assert log.contains('Current database version: 2 (Flyway version 1.1)')
assert log.contains('Applying 3 create tags (src/main/resources/db/migration/V2__create_tags.sql)')
assert log.contains('Current database version: 3')
assert log.contains('Current database version: 1')

def c = new org.sqlite.JDBC().connect("jdbc:sqlite:${new File(basedir, 'app.db')}", new Properties())
try {
    def s = c.createStatement()
    def rows = { String sql -> def r = s.executeQuery(sql); def out = []; while (r.next()) out << r.getString(1); r.close(); out }
    assert rows('SELECT version FROM cairn_history ORDER BY version') == ['1']
    assert rows("SELECT name FROM pragma_table_info('users') ORDER BY cid") == ['id', 'name'] // V1.1's email gone by its derived down
    assert rows("SELECT COUNT(*) FROM flyway_schema_history") == ['3'] // Flyway's table as Flyway left it
    assert rows("SELECT name FROM sqlite_master WHERE type = 'view'") == ['user_names']
} finally {
    c.close()
}
true
