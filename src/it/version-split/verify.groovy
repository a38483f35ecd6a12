
// build.log holds the four invocations of invoker.properties one after the other
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 4 && runs.every { it.contains('BUILD SUCCESS') }, log
def run = { int n -> runs[n - 1] }

// 1: the old name baselines, with a warning naming the new one; the models are the newest version's, without a word
assert run(1).contains('[WARNING] db.version is deprecated for db:baseline; use -Ddb.baselineVersion=1')
assert run(1).contains('Baselined at version 1: 1 migrations recorded as applied')
assert !run(1).contains('is not read by db:generate-models')
def models = new File(basedir, 'target/generated-sources/cairn/it/cairn/model')
assert new File(models, 'Post.java').isFile(), 'generate-models modelled version 1: ' + models.list()

// 2: the new name, no warning
assert run(2).contains('Baselined at version 1: 1 migrations recorded as applied')
assert !run(2).contains('[WARNING]'), run(2)
['legacy.db', 'renamed.db'].each { db ->
    new org.sqlite.JDBC().connect("jdbc:sqlite:${new File(basedir, db).absolutePath}", new Properties()).withCloseable { c ->
        def rs = c.createStatement().executeQuery('SELECT MAX(version) FROM cairn_history')
        assert rs.next() && rs.getLong(1) == 1, db
    }
}

// 3: db:schema still reads db.version, with a warning naming the new name; 4: db.modelVersion, without a warning
assert run(3).contains('[WARNING] db.version is deprecated for db:schema; use -Ddb.modelVersion=1'), run(3)
assert run(3).contains('Schema at version 1 written to')
assert !new File(basedir, 'target/old-name.sql').text.contains('CREATE TABLE posts')
assert run(4).contains('Schema at version 1 written to')
assert !new File(basedir, 'target/model-version.sql').text.contains('CREATE TABLE posts')
assert !run(4).contains('[WARNING]'), run(4)
