def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 3 && runs.every { it.contains('BUILD SUCCESS') }, log
def run = { int n -> runs[n - 1] }

// 1: the POM's Hibernate class is read as sqlite, said once for the three goals; nothing fails with "Unknown dialect"
def sqliteInfo = '[INFO] db.dialect=org.hibernate.community.dialect.SQLiteDialect is a Hibernate dialect class; Cairn reads it as sqlite'
assert run(1).count(sqliteInfo) == 1, run(1)
assert run(1).contains('Current database version: 1')
assert new File(basedir, 'target/db/schema.sql').text.startsWith('-- Schema at version 1 (sqlite)')
assert !run(1).contains('[WARNING]'), run(1)

// 2: a PostgreSQL Hibernate class on the command line is read as postgresql
assert run(2).contains('[INFO] db.dialect=org.hibernate.dialect.PostgreSQL10Dialect is a Hibernate dialect class; Cairn reads it as postgresql')
assert new File(basedir, 'target/postgresql.sql').text.startsWith('-- Schema at version 1 (postgresql)')

// 3: any other value is ignored with a warning, and the goal works with the URL's dialect
assert run(3).contains('[WARNING] db.dialect=org.hibernate.dialect.H2Dialect is not a Cairn dialect (sqlite, postgresql, mysql, mariadb)'
        + ' nor a Hibernate dialect class; it is ignored and the dialect comes from db.url')
assert run(3).contains('Current database version: 1')
