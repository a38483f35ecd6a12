import java.sql.Driver

def log = new File(basedir, 'build.log').text
assert log.contains('Current database version: 1')
// the server's password (Pg-Secret-4711, decrypted from settings.xml), its encrypted form and the master password
for (secret in ['Pg-Secret-4711', 'cxJWoiyE+AYHzAAmgEgTvbXsLGZOuJEr5+vwoDGTC5U', 'cairn-it-master', 'G8Lninumyq0HQgkVMdl6lKmhdEwL2noBgpeMeP7qffc']) {
    assert !log.contains(secret) : "build.log shows a secret: ${secret}"
}

def jar = null
new File(localRepositoryPath, 'org/postgresql/postgresql').eachFileRecurse { if (it.name.endsWith('.jar')) jar = it }
Driver driver = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader()).loadClass('org.postgresql.Driver').getDeclaredConstructor().newInstance()
def props = new Properties()
props.setProperty('user', 'postgres')
def c = driver.connect('jdbc:postgresql://127.0.0.1:5432/postgres', props)
try {
    def schemas = []
    def r = c.createStatement().executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'cairn_it_secret_%'")
    while (r.next()) schemas << r.getString(1)
    assert !schemas.isEmpty()
    schemas.each { c.createStatement().execute("DROP SCHEMA ${it} CASCADE") }
} finally {
    c.close()
}
true // a verify script's last value decides: the assertions above passed
