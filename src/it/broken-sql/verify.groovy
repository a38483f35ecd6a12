def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/db/migrations/002_create_posts.sql:3:23'), 'expected the position of the second, stray comma'
assert log.contains('body VARCHAR(140),,'), 'expected the statement to be quoted'
assert !new File(basedir, 'target/db/schema.sql').exists()
assert log.contains("syntax error near ','")
assert !log.contains('Was expecting'), 'the parser internals should not reach the user'
