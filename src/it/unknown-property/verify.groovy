// A db.* property no goal reads is warned about once a build, with the nearest known name (from the plugin's plugin.xml)
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def lines = log.readLines()
def once = { String line -> assert lines.count { it == line } == 1, "expected once:\n$line\nin\n$log" }
once('[WARNING] Unknown property db.ur; did you mean db.url? It is set on the command line (-Ddb.ur) and no Cairn goal reads it.')
once("[WARNING] Unknown property db.histroyTable; did you mean db.historyTable? It is set in the POM's <properties> and no Cairn goal reads it.")
once("[WARNING] Unknown property db.hostname: it is set in the POM's <properties> and no Cairn goal reads it (mvn db:help -Ddetail lists those they read).")
once("[WARNING] Unknown property db.lockTimout; did you mean db.lockTimeout? It is set as a system property of Maven's JVM (MAVEN_OPTS) and no Cairn goal reads it.")
assert lines.count { it.startsWith('[WARNING] Unknown property') } == 4

// the warnings come with the first goal, before it acts
def upgrade = log.indexOf(':upgrade (default-cli)')
def status = log.indexOf(':status (default-cli)')
assert upgrade >= 0 && status > upgrade
assert log.indexOf('Unknown property db.ur') > upgrade && log.indexOf('Unknown property db.ur') < log.indexOf('Applying')

// the typo changed nothing: the default file was used, and said so once
def file = new File(basedir, 'unknown-property.db')
once("[INFO] No db.url set; using SQLite file ${file} (the default: <artifactId>.db in the project folder; set db.url to use another database)")
assert file.exists()
assert !new File(basedir, 'typo.db').exists()
assert log.contains('Current database version: 2')
true
