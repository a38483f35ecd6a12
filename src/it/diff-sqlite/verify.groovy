import dev.cairn.dialect.Dialect
import dev.cairn.dialect.IntrospectionOptions
import dev.cairn.dialect.engines.Engines
import dev.cairn.schema.SchemaDifferences

// build.log holds every invocation of invoker.properties, one after the other; split it per invocation
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 7, "expected 7 invocations in build.log, found ${runs.size()}"
assert log.findAll(/BUILD SUCCESS/).size() == 7
def run = { int n -> runs[n - 1] }

def folder = new File(basedir, 'src/main/resources/db/migrations')
assert folder.list().sort() == ['001_create_users.sql', '002_capture_hand_changes.sql'], folder.list()
def written = new File(folder, '002_capture_hand_changes.sql').text

// 3: the migration db:diff wrote, printed for review: SQLite's own syntax, the rebuild of posts marked, a written down
assert run(3).contains('Wrote ' + new File(folder, '002_capture_hand_changes.sql').path + ':')
assert run(3).contains('  ALTER TABLE users ADD COLUMN about_me VARCHAR(140);')
assert written.startsWith('-- Capture hand changes\n-- Written by db:diff')
['ALTER TABLE users ADD COLUMN about_me VARCHAR(140);', 'CREATE TABLE tags', 'CREATE TABLE post_tags', 'CREATE TABLE new_posts',
 'DROP TABLE posts;', 'ALTER TABLE new_posts RENAME TO posts;', 'CREATE INDEX ix_posts_user_id ON posts (user_id);',
 'DROP VIEW user_names;', '-- cairn:rebuild', '-- migrate:down'].each { assert written.contains(it), "missing «$it» in:\n$written" }

// 4-5: the fresh database upgraded through 002 holds what the hand-changed one holds: db:diff finds nothing
assert run(4).contains('Current database version: 2')
assert run(5).contains('The database equals its migrations at version 2; there is no difference to write.')

// 6: down (the written one: a rebuild back) and up again
assert run(6).contains('Current database version: 1') && run(6).contains('Validated 2 migrations against 1 applied')
assert run(6).contains('Current database version: 2')

// the two databases, introspected by Cairn and listed by SQLite itself, are the same
def open = { String file -> new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, file).absolutePath, new Properties()) }
def hand = open('diff-sqlite.db'), fresh = open('fresh.db')
try {
    def introspect = { c -> Engines.of(Dialect.SQLITE).introspector().introspect(c, IntrospectionOptions.excluding('cairn_history')) }
    def diff = SchemaDifferences.between(introspect(hand), introspect(fresh))
    assert diff.isEmpty(), diff.toString()
    def listing = { c ->
        def out = []
        def tables = []
        def rs = c.createStatement().executeQuery("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'cairn%' ORDER BY type, name")
        while (rs.next()) {
            out << rs.getString(1) + ' ' + rs.getString(2) + ' on ' + rs.getString(3)
            if (rs.getString(1) == 'table') tables << rs.getString(2)
        }
        tables.each { t ->
            ['table_info', 'foreign_key_list', 'index_list'].each { pragma ->
                def r = c.createStatement().executeQuery("PRAGMA ${pragma}('${t}')")
                def cols = r.metaData.columnCount
                while (r.next()) out << t + ' ' + pragma + ' ' + (1..cols).collect { r.getString(it) }.join('|')
            }
        }
        out
    }
    assert listing(hand) == listing(fresh)
    def rows = hand.createStatement().executeQuery('SELECT nickname FROM users')
    assert rows.next() && rows.getString(1) == 'john': 'db:diff only reads the hand-changed database'
} finally {
    hand.close()
    fresh.close()
}
// db:diff recorded the written migration in the database it read: that database is at version 2 without drift
assert run(3).contains('Recorded version 2 as applied in this database'), run(3)
assert run(7).contains('Validated 2 migrations against 2 applied; the database is at version 2'), run(7)
assert run(7).contains('Current database version: 2'), run(7)
true
