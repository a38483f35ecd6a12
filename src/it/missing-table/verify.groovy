def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/db/migrations/002_add_about_me.sql:2:13'), 'expected file:line:column of the table name'
assert log =~ /table "?user"? does not exist/
