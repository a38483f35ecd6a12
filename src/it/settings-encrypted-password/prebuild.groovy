import org.mariadb.jdbc.Driver

// A MariaDB user of its own per run, with a real password: MariaDB refuses it any other password, so the build works
// only when the plugin decrypts the <server> password of ../settings.xml. The user's name is also its database's name.
// verify.groovy drops both; users and databases left by runs that failed before verify (older than an hour) go here.
def stamp = System.currentTimeMillis()
def user = "cairn_it_secret_${stamp}"
new File(basedir, 'run.properties').text = "it.secretUser=${user}\n"

def c = new Driver().connect('jdbc:mariadb://127.0.0.1:3306/', [user: 'root'] as Properties)
try {
    def stale = []
    def r = c.createStatement().executeQuery("SELECT User FROM mysql.user WHERE User LIKE 'cairn\\_it\\_secret\\_%'")
    while (r.next()) stale << r.getString(1)
    stale.findAll { (it - 'cairn_it_secret_').isLong() && (it - 'cairn_it_secret_').toLong() < stamp - 3_600_000 }.each {
        c.createStatement().execute("DROP USER IF EXISTS '${it}'@'%'")
        c.createStatement().execute("DROP DATABASE IF EXISTS `${it}`")
    }
    c.createStatement().execute("CREATE USER '${user}'@'%' IDENTIFIED BY 'Mdb-Secret-4711'")
    c.createStatement().execute("GRANT ALL PRIVILEGES ON `${user}`.* TO '${user}'@'%'")
} finally {
    c.close()
}
true // a hook script's last value decides
