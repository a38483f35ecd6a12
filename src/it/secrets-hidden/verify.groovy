import java.sql.Driver

def log = new File(basedir, 'build.log').text
// the goals really ran, with debug output on
assert log.contains('[DEBUG]')
assert log.contains('Current database version: 2')
assert log.contains('(f) password = ****') : 'the password parameter is shown masked'
assert log.contains('password=****')
// goals 4 and 5 ran too: a new migration file, generated classes, a baseline
assert new File(basedir, 'target/generated-sources/cairn').exists() : 'db:generate-models ran'
assert log.contains('Baselined at version 0')
assert log.contains('(f) devUrl = jdbc:postgresql://postgres:****@127.0.0.1:5432/postgres?password=****')
for (secret in ['Cli-Secret-1', 'Url-Secret-2', 'Ssl-Secret-3', 'Info-Secret-4', 'Dev-Secret-5', 'Dev-Secret-6']) {
    assert !log.contains(secret) : "build.log shows a secret: ${secret}"
}

def jar = null
new File(localRepositoryPath, 'org/postgresql/postgresql').eachFileRecurse { if (it.name.endsWith('.jar')) jar = it }
Driver driver = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader()).loadClass('org.postgresql.Driver').getDeclaredConstructor().newInstance()
def props = new Properties()
props.setProperty('user', 'postgres')
def c = driver.connect('jdbc:postgresql://127.0.0.1:5432/postgres', props)
try {
    def r = c.createStatement().executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'cairn_it_secrets_%'")
    def schemas = []
    while (r.next()) schemas << r.getString(1)
    assert !schemas.isEmpty()
    schemas.each { c.createStatement().execute("DROP SCHEMA ${it} CASCADE") }
} finally {
    c.close()
}
true
