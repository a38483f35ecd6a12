// the fleet's files (*.db is ignored by git): three empty SQLite files, and one that is no database
def tenants = new File(basedir, 'tenants')
tenants.mkdirs()
['a', 'b', 'c'].each { new File(tenants, "${it}.db").bytes = new byte[0] }
def broken = new File(basedir, 'broken')
broken.mkdirs()
new File(broken, 'x.db').text = 'this file is not a database; Cairn must say so for it alone\n' * 3
true
