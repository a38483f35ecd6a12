// one pair of schema names per run, so runs never meet; the dry run writes no CREATE SCHEMA, so they are made here
def stamp = System.currentTimeMillis()
def file = "cairn_it_dryrun_file_${stamp}", real = "cairn_it_dryrun_real_${stamp}"
new File(basedir, 'run.properties').text = "file.schema=${file}\nreal.schema=${real}\n"
def p = ['psql', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres',
         '-c', "CREATE SCHEMA ${file}; CREATE SCHEMA ${real};"].execute()
def out = new StringBuilder(), err = new StringBuilder()
p.waitForProcessOutput(out, err)
assert p.exitValue() == 0, err
true // a hook script's last value decides
