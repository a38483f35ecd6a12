
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 2, log
def run = { int n -> runs[n - 1] }

// 1: applied, validated, and the schema written (a review file, in UTF-8) holds the default as written
assert run(1).contains('BUILD SUCCESS')
assert run(1).contains('Current database version: 1')
new org.sqlite.JDBC().connect("jdbc:sqlite:${new File(basedir, 'latin1-encoding.db').absolutePath}", new Properties()).withCloseable { c ->
    def rs = c.createStatement().executeQuery('SELECT nickname FROM users')
    assert rs.next() && rs.getString(1) == 'Jos\u00e9'
}

// 2: the same file read as UTF-8: where and what to set
assert run(2).contains('BUILD FAILURE')
assert run(2).contains('src/main/resources/db/migrations/001_create_users.sql:1:33: the file is not UTF-8: byte 0xE9 at offset 32 is not'
        + ' valid UTF-8 (a Latin-1 or Windows-1252 file?); save it as UTF-8, or read the migrations in its encoding: set db.encoding or'
        + ' project.build.sourceEncoding'), run(2)
