import java.sql.Connection

// build.log holds every invocation of invoker.properties, one after the other; split it per goal execution
def log = new File(basedir, 'build.log').text
assert log.findAll(/\[INFO\] Scanning for projects\.\.\./).size() == 8, 'expected 8 invocations in build.log'
assert log.findAll(/BUILD SUCCESS/).size() == 8
def steps = log.split(/\[INFO\] --- /).drop(1) as List
def goals = steps.collect { (it =~ /^(\w+):[^:]+:([\w-]+) /)[0].with { m -> m[1] + ':' + m[2] } }
assert goals == ['db:upgrade', 'resources:copy-resources',
                 'db:downgrade',
                 'db:downgrade',
                 'db:downgrade', 'db:validate', 'db:status', 'resources:copy-resources', 'db:downgrade',
                 'db:upgrade', 'db:validate', 'db:schema',
                 'db:downgrade',
                 'db:upgrade',
                 'db:upgrade']
// the numbers below are the goal executions listed above, from 1
def run = { int n -> steps[n - 1] }

def migration = { String v, String d, String f -> "Applying ${v as long} ${d} (src/main/resources/db/migrations/${v}_${f}.sql) …" }
def users = migration('001', 'create users', 'create_users')
def posts = migration('002', 'create posts', 'create_posts')
def aboutMe = migration('003', 'add about me', 'add_about_me')

// 1: empty → head
assert run(1).contains(users) && run(1).contains(posts) && run(1).contains(aboutMe)
assert run(1).indexOf(users) < run(1).indexOf(posts) && run(1).indexOf(posts) < run(1).indexOf(aboutMe)
assert run(1).contains('Current database version: 3')

// 3-5: step-wise downgrade, each warning about the data it drops and printing the new version
assert run(3).contains('[WARNING] Downgrading to version 2 drops column users.about_me and the data in it')
assert run(3).contains('Current database version: 2')
assert run(4).contains('[WARNING] Downgrading to version 1 drops table posts and the data in it')
assert run(4).contains('Current database version: 1')
assert run(5).contains('[WARNING] Downgrading to version 0 drops table users and the data in it')
assert run(5).contains('Current database version: 0')
[3, 4, 5].each { assert !run(it).contains('Applying'), "step $it" }
[3, 4, 5].each { assert run(it).findAll(/Downgrading to version/).size() == 1, "step $it should warn once" }

// 6-7: at version 0 the live schema (history table aside) is empty: validate runs the drift check against it
assert run(6).contains('Validated 3 migrations against 0 applied; the database is at version 0')
assert run(7).contains('Current database version: 0') && run(7).contains('Pending (3):')

// 9: nothing below 0
assert run(9).contains('The database is at version 0; nothing to downgrade.')

// 10-12: upgrading again gives the same schema
assert run(10).contains(users) && run(10).contains(posts) && run(10).contains(aboutMe)
assert run(10).contains('Current database version: 3')
assert run(11).contains('Validated 3 migrations against 3 applied; the database is at version 3')
def actual = new File(basedir, 'target/db/schema.sql').text
def expected = new File(basedir, 'expected-schema.sql').text
assert actual == expected, "target/db/schema.sql differs from expected-schema.sql:\n" + actual

// 13: straight to 0 warns about everything, newest first
def all = run(13).findAll(/Downgrading to version 0 drops [^\n]+ and the data in it/)
assert all == ['Downgrading to version 0 drops column users.about_me and the data in it',
               'Downgrading to version 0 drops table posts and the data in it',
               'Downgrading to version 0 drops table users and the data in it']
assert run(13).contains('Current database version: 0')

// 14-15: to a target, then the rest
assert run(14).contains(users) && !run(14).contains(posts) && run(14).contains('Current database version: 1')
assert !run(15).contains(users) && run(15).contains(posts) && run(15).contains(aboutMe)
assert run(15).contains('Current database version: 3')

// the files themselves
Connection open(File f) {
    assert f.isFile(), "missing $f"
    new org.sqlite.JDBC().connect('jdbc:sqlite:' + f.absolutePath, new Properties())
}
List<List<String>> objects(File f) {
    def c = open(f)
    try {
        def rs = c.createStatement().executeQuery("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        def out = []
        while (rs.next()) out << [rs.getString(1), rs.getString(2), rs.getString(3)]
        out
    } finally {
        c.close()
    }
}
List<Long> versions(File f) {
    def c = open(f)
    try {
        def rs = c.createStatement().executeQuery('SELECT version FROM cairn_history ORDER BY version')
        def out = []
        while (rs.next()) out << rs.getLong(1)
        out
    } finally {
        c.close()
    }
}

// at version 0 (copied after invocation 5) only the history table is left, and it is empty
def atZero = new File(basedir, 'target/snapshots/v0/upgrade-downgrade.db')
assert objects(atZero).collect { it[0] + ' ' + it[1] } == ['table cairn_history']
assert versions(atZero) == []

// the final database (down to 0 and up twice) holds exactly what the first upgrade made
def firstHead = objects(new File(basedir, 'target/snapshots/first-head/upgrade-downgrade.db'))
def finalDb = new File(basedir, 'upgrade-downgrade.db')
assert objects(finalDb) == firstHead
assert firstHead.collect { it[0] + ' ' + it[1] } == ['index ix_posts_user_id', 'index ix_users_email', 'index ix_users_nickname',
        'table cairn_history', 'table posts', 'table users']
assert versions(finalDb) == [1L, 2L, 3L]
true
