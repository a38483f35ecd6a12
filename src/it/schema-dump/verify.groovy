def actual = new File(basedir, 'target/db/schema.sql').text
def expected = new File(basedir, 'expected-schema.sql').text
assert actual == expected, "target/db/schema.sql differs from expected-schema.sql:\n" + actual
def log = new File(basedir, 'build.log').text
assert log =~ /Schema at version \d+ written to /
