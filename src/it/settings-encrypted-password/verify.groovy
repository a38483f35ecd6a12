import org.mariadb.jdbc.Driver

import java.sql.SQLException

def log = new File(basedir, 'build.log').text
assert log.contains('Current database version: 1')
// the server's password (Mdb-Secret-4711, decrypted from settings.xml), its encrypted form and the master password
for (secret in ['Mdb-Secret-4711', 'JFbpzXK/g6QHRamhcDIXEvFOKVjvY7P6UHv1J3PFWv4', 'cairn-it-master', 'G8Lninumyq0HQgkVMdl6lKmhdEwL2noBgpeMeP7qffc']) {
    assert !log.contains(secret) : "build.log shows a secret: ${secret}"
}

def names = new Properties()
new File(basedir, 'run.properties').withInputStream { names.load(it) }
def user = names.getProperty('it.secretUser')
def url = 'jdbc:mariadb://127.0.0.1:3306/'
def connect = { String name, String password ->
    def props = [user: name] as Properties
    if (password != null) props.setProperty('password', password)
    new Driver().connect(url, props)
}
def c = connect('root', null)
try {
    // the run's user made the database and the table (the migration ran with the decrypted password)
    def r = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '${user}' AND TABLE_NAME IN ('users', 'cairn_history')")
    r.next()
    assert r.getInt(1) == 2 : "the database ${user} holds users and cairn_history"
    // and nothing else gets in: no password, the encrypted text, a wrong one
    for (wrong in [null, '{JFbpzXK/g6QHRamhcDIXEvFOKVjvY7P6UHv1J3PFWv4=}', 'Mdb-Secret-4712']) {
        try {
            connect(user, wrong).close()
            assert false : "MariaDB let ${user} in with the password ${wrong}"
        } catch (SQLException e) {
            assert e.message.contains('Access denied') : e.message
        }
    }
    connect(user, 'Mdb-Secret-4711').close()
} finally {
    c.createStatement().execute("DROP DATABASE IF EXISTS `${user}`")
    c.createStatement().execute("DROP USER IF EXISTS '${user}'@'%'")
    c.close()
}
true // a verify script's last value decides: the assertions above passed
