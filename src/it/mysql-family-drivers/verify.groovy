import java.sql.Driver

def log = new File(basedir, 'build.log').text
assert log.count('Current database version: 2') >= 2 : 'both drivers reach version 2'

def jar = null
new File(localRepositoryPath, 'org/mariadb/jdbc/mariadb-java-client').eachFileRecurse { if (it.name.endsWith('.jar')) jar = it }
Driver driver = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader()).loadClass('org.mariadb.jdbc.Driver').getDeclaredConstructor().newInstance()
def props = new Properties()
props.setProperty('user', 'root')
def c = driver.connect('jdbc:mariadb://127.0.0.1:3306/', props)
try {
    for (prefix in ['cairn_it_mariadb_', 'cairn_it_mysql_']) {
        def databases = []
        def r = c.createStatement().executeQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '${prefix}%' ORDER BY 1 DESC")
        while (r.next()) databases << r.getString(1)
        assert !databases.isEmpty() : "no database ${prefix}…"
        def tables = []
        r = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '${databases[0]}' ORDER BY 1")
        while (r.next()) tables << r.getString(1)
        assert tables == ['cairn_history', 'posts', 'users']
        databases.each { c.createStatement().execute("DROP DATABASE ${it}") }
    }
} finally {
    c.close()
}
true // a verify script's last value decides: the assertions above passed
