// one pair of schema names per run, so runs never meet
def stamp = System.currentTimeMillis()
new File(basedir, 'run.properties').text = "hand.schema=cairn_it_diff_hand_${stamp}\nfresh.schema=cairn_it_diff_fresh_${stamp}\n"
true // a hook script's last value decides
