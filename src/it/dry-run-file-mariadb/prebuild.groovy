// one pair of database names per run, so runs never meet; the dry run writes no CREATE DATABASE, so they are made here
def stamp = System.currentTimeMillis()
def file = "cairn_it_dryrun_file_${stamp}", real = "cairn_it_dryrun_real_${stamp}"
new File(basedir, 'run.properties').text = "file.schema=${file}\nreal.schema=${real}\n"
def p = ['mariadb', '--no-defaults', '-h', '127.0.0.1', '-u', 'root', '-e', "CREATE DATABASE ${file}; CREATE DATABASE ${real};"].execute()
def out = new StringBuilder(), err = new StringBuilder()
p.waitForProcessOutput(out, err)
assert p.exitValue() == 0, err
true // a hook script's last value decides
