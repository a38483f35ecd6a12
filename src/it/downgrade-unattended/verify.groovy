
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 5, log
def run = { int n -> runs[n - 1] }
[1, 2, 4, 5].each { assert run(it).contains('BUILD SUCCESS'), "run $it" }

// 2: dropping an index loses nothing: the default step is taken
assert run(2).contains('Current database version: 2')

// 3: the step to version 1 drops posts: refused with what to add, the database untouched
assert run(3).contains('BUILD FAILURE')
assert run(3).contains('Refusing to downgrade without a target in a build that cannot ask (batch mode or CI): the step from version 2'
        + ' to 1 loses data (table posts). To go ahead, add -Ddb.target=1 or -Ddb.steps=1. Nothing was changed.')
assert !run(3).contains('Reverting')
assert !run(3).contains('Current database version')

// 4: still at version 2, nothing pending
assert run(4).contains('Current database version: 2')

// 5: -Ddb.steps=1 takes it
assert run(5).contains('[WARNING] Downgrading to version 1 drops table posts and the data in it')
assert run(5).contains('Current database version: 1')

new org.sqlite.JDBC().connect("jdbc:sqlite:${new File(basedir, 'downgrade-unattended.db').absolutePath}", new Properties()).withCloseable { c ->
    def rs = c.createStatement().executeQuery('SELECT MAX(version) FROM cairn_history')
    assert rs.next() && rs.getLong(1) == 1
    rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'posts'")
    assert rs.next() && rs.getInt(1) == 0
}
