import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text.normalize()
def runs = log.split(java.util.regex.Pattern.quote('[INFO] Scanning for projects...')).findAll { it.contains('db:') }
assert runs.size() == 4
def (first, second, third, fourth) = runs

// 1: three files to version 1, each line prefixed with its file, then the summary table
['a', 'b', 'c'].each { assert first.contains("tenants/${it}.db] Current database version: 1") }
assert first.contains('db:upgrade on 3 targets, 3 at a time')
assert first.contains('3 targets, 3 ok, 0 failed')

// 2: from 1 to 3, as JSON
def json = new JsonSlurper().parse(new File(basedir, 'target/fleet.json'))
assert json.goal == 'upgrade' && json.fleet == true && json.ok == true
assert json.targets.size() == 3
json.targets.each { assert it.fromVersion == 1 && it.toVersion == 3 && it.error == null }
assert json.targets*.target.collect { new File(it).name } == ['a.db', 'b.db', 'c.db']

// 3: status of two
assert third.contains('db:status on 2 targets')
assert !third.contains('tenants/b.db]')

// 4: the broken file fails alone; the build fails at the end naming it
assert fourth.contains('4 targets, 3 ok, 1 failed')
assert fourth.contains('db:upgrade failed on 1 of 4 databases')
assert fourth =~ /broken\/x\.db: /
true
