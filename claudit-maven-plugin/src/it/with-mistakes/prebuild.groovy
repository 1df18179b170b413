// Makes the sample a git checkout of its own (as a project is: otherwise the .gitignore of the checkout that holds
// target/it would hide every file) and commits it a key made up now, so that no key-shaped string is in this
// repository for a secret scanner to flag: the prefix of an Anthropic API key, 93 random letters and digits, AA.
def git(String... args) {
    def p = new ProcessBuilder(['git'] + args.toList()).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "git ${args.join(' ')}: ${out}"
}
git('init', '-q')

def alnum = ('A'..'Z') + ('a'..'z') + ('0'..'9')
def random = new java.security.SecureRandom()
def key = 'sk-ant-' + 'api03-' + (1..93).collect { alnum[random.nextInt(alnum.size())] }.join('') + 'AA'
new File(basedir, '.env').text = "ANTHROPIC_API_KEY=${key}\n"
return true
