def log = new File(basedir, 'build.log').text.normalize()
def runs = log.split(java.util.regex.Pattern.quote('[INFO] Scanning for projects...')).findAll { it.contains('db:') }
assert runs.size() == 3
def (first, second, third) = runs
assert first.contains('Current database version: 2')
assert second.contains('is at version 2; linting the migrations after it (db.lint.pending)')
assert second.contains('003_clear_items.sql:1:1') && second.contains('unbounded-delete-update')
assert !second.contains('002_drop_note.sql:1:1'), 'applied migrations are not linted'
assert third.contains('002_drop_note.sql:1:1') && third.contains('drop-column')
assert third.contains('003_clear_items.sql:1:1')
true
