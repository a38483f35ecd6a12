// two existing databases that hold what migration 001 creates, for db:baseline to put under version control at version 1
def ddl = new File(basedir, 'src/main/resources/db/migrations/001_create_users.sql').text
['legacy.db', 'renamed.db'].each { db ->
    def file = new File(basedir, db)
    file.delete()
    new org.sqlite.JDBC().connect("jdbc:sqlite:${file.absolutePath}", new Properties()).withCloseable { c ->
        c.createStatement().execute(ddl)
    }
}
return true
