// The build failed because of claudit's findings, each logged at its place, the key masked; the SARIF file was written.
def log = new File(basedir, 'build.log').text
def key = new File(basedir, '.env').text.trim().substring('ANTHROPIC_API_KEY='.length())

assert log.contains('[ERROR] .env:1:19: hardcoded-credential: Anthropic API key committed in source (sk-ant-api03-…')
assert log.contains('[ERROR] src/main/java/com/acme/Chat.java:18:18: bearer-instead-of-x-api-key: ')
assert log.contains('[ERROR] src/main/resources/application.yml:4:10: retired-model: `claude-3-opus-20240229` was retired')
assert log =~ /claudit: 3 findings in [0-9]+ files, 3 at or above fail-on warning/
assert log.contains('BUILD FAILURE')
assert log.contains('claudit-maven-plugin:') && log.contains(':check')
assert !log.contains(key.substring(20, 60)) : 'the key appears in the build log'

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/claudit.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId.sort() == ['bearer-instead-of-x-api-key', 'hardcoded-credential', 'retired-model']
assert !new File(basedir, 'target/claudit.sarif').text.contains(key.substring(20, 60))
return true
