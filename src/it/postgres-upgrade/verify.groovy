import java.sql.Driver

def log = new File(basedir, 'build.log').text
assert log.contains('Current database version: 3')
assert log.contains('Validated 3 migrations against 3 applied')

// the driver the build resolved as a plugin dependency, from the ITs' local repository
def jar = null
new File(localRepositoryPath, 'org/postgresql/postgresql').eachFileRecurse { if (it.name.endsWith('.jar')) jar = it }
Driver driver = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader()).loadClass('org.postgresql.Driver').getDeclaredConstructor().newInstance()
def props = new Properties()
props.setProperty('user', 'postgres')
def c = driver.connect('jdbc:postgresql://127.0.0.1:5432/postgres', props)
try {
    def schemas = []
    def r = c.createStatement().executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'cairn_it_pg_%' ORDER BY nspname DESC")
    while (r.next()) schemas << r.getString(1)
    assert !schemas.isEmpty()
    def tables = []
    r = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '${schemas[0]}' ORDER BY 1")
    while (r.next()) tables << r.getString(1)
    assert tables == ['cairn_history', 'posts', 'users']
    r = c.createStatement().executeQuery("SELECT count(*) FROM ${schemas[0]}.cairn_history WHERE state IS NULL")
    r.next()
    assert r.getInt(1) == 3
    r = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'posts'")
    r.next()
    assert r.getInt(1) == 0 : 'nothing lands in public'
    schemas.each { c.createStatement().execute("DROP SCHEMA ${it} CASCADE") }
} finally {
    c.close()
}
true // a verify script's last value decides: the assertions above passed
