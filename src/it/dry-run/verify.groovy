import java.security.MessageDigest

// build.log holds every invocation of invoker.properties, one after the other; split it per invocation
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 5, "expected 5 invocations in build.log, found ${runs.size()}"
def run = { int n -> runs[n - 1] }
runs.each { assert it.contains('BUILD SUCCESS') }

def migrations = 'src/main/resources/db/migrations/'
def upOf002and003 = """\
[INFO] -- up of ${migrations}002_create_posts.sql (version 2)
[INFO] CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    body VARCHAR(140),
    timestamp DATETIME,
    user_id INTEGER NOT NULL REFERENCES users (id)
);
[INFO] CREATE INDEX ix_posts_user_id ON posts (user_id);
[INFO] -- its down (derived), stored in cairn_history:
[INFO] --   DROP INDEX ix_posts_user_id;
[INFO] --   DROP TABLE posts;
[INFO] -- up of ${migrations}003_add_about_me.sql (version 3)
[INFO] ALTER TABLE users ADD COLUMN about_me VARCHAR(140);
[INFO] -- its down (derived), stored in cairn_history:
[INFO] --   ALTER TABLE users DROP COLUMN about_me;
"""

// 1: a dry run on a fresh project prints the exact up SQL and the derived downs, in order, and creates no database
def fresh = run(1).normalize()
def expected1 = """\
[INFO] -- up of ${migrations}001_create_users.sql (version 1)
[INFO] CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    nickname VARCHAR(64) NOT NULL UNIQUE,
    email VARCHAR(120) NOT NULL UNIQUE
);
[INFO] CREATE INDEX ix_users_nickname ON users (nickname);
[INFO] CREATE INDEX ix_users_email ON users (email);
[INFO] -- its down (derived), stored in cairn_history:
[INFO] --   DROP INDEX ix_users_email;
[INFO] --   DROP INDEX ix_users_nickname;
[INFO] --   DROP TABLE users;
""" + upOf002and003 + """\
[INFO] Dry run: nothing was changed. The database stays at version 0; upgrading would reach 3
"""
assert fresh.contains(expected1), "dry run output on a fresh project:\n" + fresh
assert !fresh.contains('Applying')
// enforcer:enforce@no-database ran right after the dry run: no dry-run.db (nor journal) existed then
assert fresh.contains('enforcer:3.6.2:enforce (no-database)')
assert fresh.contains('Rule 0: org.apache.maven.enforcer.rules.files.RequireFilesDontExist passed')

// 2: a real upgrade to version 1
assert run(2).contains("Applying 1 create users (${migrations}001_create_users.sql) …")
assert run(2).contains('Current database version: 1')

// 4: a dry run from version 1 shows only the pending migrations
def fromOne = run(4).normalize()
assert fromOne.contains(upOf002and003 + '[INFO] Dry run: nothing was changed. The database stays at version 1; upgrading would reach 3\n'),
        "dry run output from version 1:\n" + fromOne
assert !fromOne.contains('001_create_users.sql') && !fromOne.contains('Applying')

// 5: a downgrade dry run prints the stored down and the history row it would delete
def down = run(5).normalize()
assert down.contains('[WARNING] Downgrading to version 0 drops table users and the data in it')
assert down.contains("""\
[INFO] -- down of ${migrations}001_create_users.sql (version 1)
[INFO] DROP INDEX ix_users_email;
DROP INDEX ix_users_nickname;
DROP TABLE users;
[INFO] DELETE FROM cairn_history WHERE version = 1;
[INFO] Dry run: nothing was changed. The database stays at version 1
"""), "downgrade dry run output:\n" + down
assert !down.contains('Reverting')

// the dry runs (4, 5) left the file byte-identical to its copy taken after the real upgrade (3), and made no backup
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def db = new File(basedir, 'dry-run.db')
def before = new File(basedir, 'target/before-dry-run/dry-run.db')
assert before.isFile() && before.length() > 0
assert db.bytes == before.bytes, "dry-run.db changed during the dry runs: ${sha(before)} before, ${sha(db)} after"
def extra = basedir.list().findAll { it.startsWith('dry-run.db') && it != 'dry-run.db' }
assert extra.isEmpty(), "unexpected files beside the database: $extra"
true
