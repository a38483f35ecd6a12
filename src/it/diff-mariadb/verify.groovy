import dev.cairn.dialect.Dialect
import dev.cairn.dialect.IntrospectionOptions
import dev.cairn.dialect.engines.Engines
import dev.cairn.schema.SchemaDifferences

import java.sql.Driver

// build.log holds every invocation of invoker.properties, one after the other; split it per invocation
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 6, "expected 6 invocations in build.log, found ${runs.size()}"
assert log.findAll(/BUILD SUCCESS/).size() == 6
def run = { int n -> runs[n - 1] }
def names = new Properties()
new File(basedir, 'run.properties').withInputStream { names.load(it) }

def folder = new File(basedir, 'src/main/resources/db/migrations')
assert folder.list().sort() == ['001_create_users.sql', '002_capture.sql'], folder.list()
def written = new File(folder, '002_capture.sql').text

// 3: MariaDB's own syntax, printed for review; no rebuild, so the down is left to the model
assert run(3).contains('Wrote ' + new File(folder, '002_capture.sql').path + ':')
['CREATE SEQUENCE', 'ticket_seq', 'CREATE TABLE tags', 'CREATE TABLE post_tags', 'ADD COLUMN', 'about_me', 'a few words',
 'DROP VIEW', 'CREATE VIEW', 'body'].each { assert written.contains(it), "missing «$it» in:\n$written" }
assert !written.contains(';;') && !written.contains('-- migrate:down') && !written.contains('cairn:rebuild')

assert run(4).contains('Current database version: 2')
assert run(5).contains('The database equals its migrations at version 2; there is no difference to write.')
assert run(6).contains('Current database version: 1') && run(6).contains('Validated 2 migrations against 1 applied')
assert run(6).contains('Current database version: 2')

// the two databases, introspected by Cairn, are the same
def jar = null
new File(localRepositoryPath, 'org/mariadb/jdbc/mariadb-java-client').eachFileRecurse { if (it.name.endsWith('.jar')) jar = it }
Driver driver = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader()).loadClass('org.mariadb.jdbc.Driver').getDeclaredConstructor().newInstance()
def props = new Properties()
props.setProperty('user', 'root')
def c = driver.connect('jdbc:mariadb://127.0.0.1:3306/', props)
try {
    def introspect = { String schema ->
        c.setCatalog(schema)
        Engines.of(Dialect.MARIADB).introspector().introspect(c, IntrospectionOptions.excluding('cairn_history'))
    }
    def hand = introspect(names.getProperty('hand.schema'))
    def fresh = introspect(names.getProperty('fresh.schema'))
    assert !hand.tables().isEmpty()
    def diff = SchemaDifferences.between(hand, fresh)
    assert diff.isEmpty(), diff.toString()
} finally {
    ['hand.schema', 'fresh.schema'].each { c.createStatement().execute("DROP DATABASE IF EXISTS ${names.getProperty(it)}") }
    c.close()
}
true
