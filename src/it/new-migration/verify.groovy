import java.time.Duration
import java.time.LocalDateTime
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

// build.log holds every invocation of invoker.properties, one after the other; split it per invocation
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 4, "expected 4 invocations in build.log, found ${runs.size()}"
def run = { int n -> runs[n - 1] }

def folder = new File(basedir, 'src/main/resources/db/migrations')
def template = { String name ->
    "-- ${name}\n" +
    "-- Write the up migration below. Cairn derives the down migration from the schema model;\n" +
    "-- to write it yourself, add a line \"-- migrate:down\" followed by its statements.\n\n"
}

// 1: the next sequence number, same width as the existing files, the name turned into a file name; the path is printed
def sequenced = new File(folder, '003_add_posts.sql')
assert sequenced.isFile()
assert sequenced.getText('UTF-8') == template('Add posts')
assert run(1).contains('BUILD SUCCESS')
assert run(1).contains('[INFO] Created ' + sequenced.path), 'db:new output:\n' + run(1)

// 2: a 14-digit UTC timestamp version
def stamped = folder.list().findAll { it ==~ /\d{14}_add_comments\.sql/ }
assert stamped.size() == 1, "expected one <yyyyMMddHHmmss>_add_comments.sql in ${folder.list()}"
def file = new File(folder, stamped[0])
assert file.getText('UTF-8') == template('Add comments')
assert run(2).contains('[INFO] Created ' + file.path)
def stamp = LocalDateTime.parse(stamped[0].substring(0, 14), DateTimeFormatter.ofPattern('yyyyMMddHHmmss'))
def age = Duration.between(stamp, LocalDateTime.now(ZoneOffset.UTC))
assert !age.isNegative() && age.toMinutes() < 30, "the version $stamp is not the UTC time of the build (now ${LocalDateTime.now(ZoneOffset.UTC)})"

// 3: an unknown style fails and creates nothing
assert run(3).contains('BUILD FAILURE')
assert run(3).contains('db.versionStyle must be sequence or timestamp, not uuid')
assert folder.list().sort() == ['001_create_users.sql', '002_create_posts.sql', '003_add_posts.sql', stamped[0]].sort()

// 4: the templates are comment-only files, valid no-op migrations: the schema replays up to the newest
assert run(4).contains('BUILD SUCCESS')
assert run(4).contains("Schema at version ${stamped[0].substring(0, 14) as long} written to")
true
