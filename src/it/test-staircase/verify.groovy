import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text.normalize()
assert log.count('BUILD SUCCESS') == 1 && log.count('BUILD FAILURE') == 2, 'invocation 1 passes, 2 and 3 fail'
def runs = log.split(java.util.regex.Pattern.quote('[INFO] Scanning for projects...')).findAll { it.contains('db:') }
assert runs.size() == 3, "three invocations: ${runs.size()}"
def (first, second, third) = runs

// 1: every version up, down and up again, on a temporary file
assert first.contains('Testing 3 migrations up, down and up again on the scratch database temporary file')
(1..3).each { assert first.contains("Version $it (src/main/resources/db/migrations/00$it") && first.contains('up, down, up again') }
assert first.contains('Tested 3 migrations up, down and up again')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/cairn-reports/TEST-migrations.xml'))
assert xml.@tests == '3' && xml.@failures == '0' && xml.@skipped == '0'
assert xml.testcase.size() == 3
assert xml.testcase[2].@name.text().startsWith('version 3 ')

// 2: the down of 003 forgets the index: named with its version, step and what differs
assert second.contains('db:test: version 3 (broken/003_post_body.sql) fails after its down')
assert second.contains('ix_posts_title')
def broken = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/cairn-reports/TEST-broken.xml'))
assert broken.@tests == '3' && broken.@failures == '1'
assert broken.testcase[2].failure.@message == 'the schema differs after its down'
assert broken.testcase[2].failure.text().contains('ix_posts_title')
def json = new JsonSlurper().parse(new File(basedir, 'target/test.json'))
assert json.goal == 'test' && json.passed == false
assert json.migrations*.outcome == ['passed', 'passed', 'failed']
assert json.migrations[2].phase == 'down'

// 3: the rebuild changes the generated rows, and its down does not give them back
assert third.contains('db:test: version 2 (lossy/002_rebuild_users.sql) fails after its down')
assert third.contains('rows of users (id, nickname): 3 before the up, 3 after the down; lost [900001 | seed 1]')

// the project's own database was never created: db:test works on a scratch file only
assert !new File(basedir, 'test-staircase.db').exists()
true
