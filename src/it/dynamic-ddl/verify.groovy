def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/db/migrations/002_add_author.sql:4:8: Cairn cannot know what this statement does to the schema'), log
assert log.contains('db.devUrl')
assert !log.contains('does not exist')
assert log.contains('Current database version: 3')
assert log.contains('Validated 3 migrations against 3 applied')
def schema = new File(basedir, 'target/db/schema.sql').text
assert schema.contains('author VARCHAR(64)') && schema.contains('ix_notes_author'), schema
assert !new File(basedir, 'target/scratch.db').exists() : 'the scratch file is deleted'

def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'dynamic-ddl.db').absolutePath, new Properties())
try {
    def r = c.createStatement().executeQuery("SELECT count(*) FROM pragma_index_info('ix_notes_author') WHERE name = 'author'")
    r.next()
    assert r.getInt(1) == 1
} finally {
    c.close()
}
true
