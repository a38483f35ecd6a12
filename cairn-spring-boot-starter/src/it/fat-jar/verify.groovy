// The fat jar holds the migrations in BOOT-INF/classes and Cairn in BOOT-INF/lib; java -jar must find and apply them
import java.util.jar.JarFile

def jar = new File(basedir, 'target/app.jar')
assert jar.isFile()
def names = new JarFile(jar).withCloseable { j -> j.entries().collect { it.name } }
assert names.contains('BOOT-INF/classes/db/migrations/001_users.sql')
assert names.any { it ==~ /BOOT-INF\/lib\/model-runtime-.*\.jar/ }
assert names.any { it ==~ /BOOT-INF\/lib\/cairn-spring-boot-starter-.*\.jar/ }

def db = new File(basedir, 'target/app.db')
db.delete()
def javaBin = new File(System.getProperty('java.home'), 'bin/java').path
def run = { List<String> extra ->
    def p = new ProcessBuilder([javaBin, '-jar', jar.path, '--spring.datasource.url=jdbc:sqlite:' + db.path] + extra)
            .directory(new File(basedir, 'target')).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0: out
    out
}

def first = run([])
assert first.contains('Applying 1 users (classpath:db/migrations/001_users.sql)'): first
assert first.contains('Current database version: 2'): first
assert first.contains('users at start-up: [ada]'): first

def second = run([])
assert second.contains('Nothing to migrate'): second
assert second.contains('users at start-up: [ada]'): second

// the history as the application left it
def c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + db.path, new Properties()) // the driver is on the test class path, not DriverManager's
try {
    def r = c.createStatement().executeQuery('SELECT count(*) FROM cairn_history WHERE version > 0')
    r.next()
    assert r.getInt(1) == 2
} finally {
    c.close()
}
