// Makes the sample a git checkout of its own, as a project is: otherwise the .gitignore of the checkout that holds
// target/it would hide every file and the check would pass for having read nothing.
def p = new ProcessBuilder('git', 'init', '-q').directory(basedir).redirectErrorStream(true).start()
def out = p.inputStream.text
assert p.waitFor() == 0 : "git init: ${out}"
return true
