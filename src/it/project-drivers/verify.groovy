import java.sql.Driver

// build.log holds the five invocations of invoker.properties, one after the other
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 5

// 1, 2: the driver from the project's dependencies reaches the server
[0, 1].each { k ->
    assert runs[k].contains('Current database version: 2'), runs[k]
    assert runs[k].contains('Validated 2 migrations against 2 applied'), runs[k]
    assert runs[k].contains('BUILD SUCCESS')
}

// 3-5: no driver anywhere: the error names the artifact
def missing = { String run, String url, String artifact ->
    assert run.contains('BUILD FAILURE')
    assert run.contains("No JDBC driver for ${url} is on the classpath: add ${artifact}"), run
}
missing(runs[2], 'jdbc:postgresql://127.0.0.1:5432/postgres', 'org.postgresql:postgresql')
missing(runs[3], 'jdbc:mariadb://127.0.0.1:3306/', 'org.mariadb.jdbc:mariadb-java-client')
missing(runs[4], 'jdbc:mysql://127.0.0.1:3306/', 'com.mysql:mysql-connector-j')

// the schemas the two upgrades created hold the tables; drop them
def driver = { String path, String name ->
    def jar = null
    new File(localRepositoryPath, path).eachFileRecurse { if (it.name.endsWith('.jar')) jar = it }
    new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader()).loadClass(name).getDeclaredConstructor().newInstance() as Driver
}
def check = { Driver d, String url, String user, String namespaces, String prefix, String drop ->
    def props = new Properties()
    props.setProperty('user', user)
    def c = d.connect(url, props)
    try {
        def found = []
        def r = c.createStatement().executeQuery("${namespaces} LIKE '${prefix}%' ORDER BY 1 DESC")
        while (r.next()) found << r.getString(1)
        assert !found.isEmpty(): "no ${prefix}…"
        def tables = []
        r = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '${found[0]}' ORDER BY 1")
        while (r.next()) tables << r.getString(1)
        assert tables == ['cairn_history', 'posts', 'users']
        found.each { c.createStatement().execute(drop.replace('NAME', it)) }
    } finally {
        c.close()
    }
}
check(driver('org/postgresql/postgresql', 'org.postgresql.Driver'), 'jdbc:postgresql://127.0.0.1:5432/postgres', 'postgres',
        'SELECT nspname FROM pg_namespace WHERE nspname', 'cairn_it_projdrv_pg_', 'DROP SCHEMA NAME CASCADE')
check(driver('org/mariadb/jdbc/mariadb-java-client', 'org.mariadb.jdbc.Driver'), 'jdbc:mariadb://127.0.0.1:3306/', 'root',
        'SELECT schema_name FROM information_schema.schemata WHERE schema_name', 'cairn_it_projdrv_mariadb_', 'DROP DATABASE NAME')
true
