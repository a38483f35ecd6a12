def log = new File(basedir, 'build.log').text
assert log.contains('001_users_again.sql: version 1 is also used by src/main/resources/db/migrations/001_create_users.sql')
