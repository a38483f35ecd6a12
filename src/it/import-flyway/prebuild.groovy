// the project as Flyway left it: V1 and V1.1 and the repeatable view applied by the real Flyway (a test dependency of
// the plugin); then a new migration written for Cairn to apply
def folder = new File(basedir, 'src/main/resources/db/migration')
org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:${new File(basedir, 'app.db')}", null, null)
        .locations("filesystem:${folder}").load().migrate()
new File(folder, 'V2__create_tags.sql').text = 'CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(30));\n'
true // a hook script's last value decides
