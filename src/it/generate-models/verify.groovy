def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line), "build.log lacks: " + line }

expect 'Current database version: 3'
expect 'Entity classes in '
expect ': 5 written, 0 unchanged, 0 deleted'
expect 'Entity classes are up to date in '
assert new File(basedir, 'target/generated-sources/cairn/it/cairn/model/User.java').isFile()
assert !new File(basedir, 'target/generated-sources/cairn/it/cairn/model/PostTag.java').exists()

expect 'schema version 3'
expect 'user 1 john'
expect 'user 2 susan'
expect 'john wrote: my first post! (by john)'
expect 'john wrote: john again (by john)'
expect "susan's manager: john"
expect 'john manages: [susan]'
expect 'tags of first post: [news]'
expect 'posts tagged news: [my first post!]'
expect 'message from john to susan: lunch?'
expect 'susan received 1 message(s)'
expect "posts like '%john%' or by susan: [hello from susan, john again]"
expect 'posts after the first, newest first, at most 1: [john again]'
expect 'posts left: 2'
expect 'Post{id=1, body=my first post!, timestamp=2026-11-25T09:01, userId=1}'
expect 'detached: User.posts loads through the session that loaded this User, and that session is closed'
