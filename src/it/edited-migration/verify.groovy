import java.security.MessageDigest

// build.log holds every invocation of invoker.properties, one after the other; split it per invocation
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 5, "expected 5 invocations in build.log, found ${runs.size()}"
def run = { int n -> runs[n - 1] }

// the checksum as the design describes it: SHA-256 of the text with CRLF/CR → LF and trailing whitespace removed
def checksum = { File f ->
    def normalized = f.text.split(/\r\n|\r|\n/, -1).collect { it.replaceAll(/\s+$/, '') }.join('\n').replaceAll(/\s+$/, '')
    MessageDigest.getInstance('SHA-256').digest(normalized.getBytes('UTF-8')).encodeHex().toString()
}
def original = checksum(new File(basedir, 'src/main/resources/db/migrations/002_create_posts.sql'))
def edited = checksum(new File(basedir, 'edited/002_create_posts.sql'))
assert original != edited

// what the history table recorded for 002
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'edited-migration.db').absolutePath, new Properties())
def recorded = [:]
try {
    def rs = c.createStatement().executeQuery('SELECT version, checksum FROM cairn_history ORDER BY version')
    while (rs.next()) recorded[rs.getLong(1)] = rs.getString(2)
} finally {
    c.close()
}
assert recorded.keySet() as List == [1L, 2L], 'the failed validate/upgrade must not change the history'
assert recorded[2L] == original

def problem = "edited/002_create_posts.sql was edited after it was applied: checksum now ${edited}, when applied ${original}"

assert run(1).contains('Current database version: 2') && run(1).contains('BUILD SUCCESS')

// 2: validate fails, naming the file and both checksums; 001 differs only in line endings and whitespace, which do not count
assert run(2).contains('BUILD FAILURE')
assert run(2).contains('Validation failed:')
assert run(2).contains(problem), 'validate output:\n' + run(2)
assert !run(2).contains('001_create_users.sql'), 'a whitespace/line-ending change must not count as an edit'

// 3: upgrade refuses the same way, before touching the database
assert run(3).contains('BUILD FAILURE')
assert run(3).contains('Validation failed:') && run(3).contains(problem), 'upgrade output:\n' + run(3)
assert !run(3).contains('Backed up') && !run(3).contains('Applying')
assert !run(3).contains('001_create_users.sql')

// 4: status reports it without failing
assert run(4).contains('BUILD SUCCESS') && run(4).contains('Current database version: 2')
assert run(4).contains('Problems:') && run(4).contains(problem)

// 5: with the files as applied, all is well
assert run(5).contains('BUILD SUCCESS')
assert run(5).contains('Validated 2 migrations against 2 applied; the database is at version 2')
true
