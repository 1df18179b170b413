// The check ran in verify, found nothing in the files it read, and left its SARIF report in target/.
def log = new File(basedir, 'build.log').text
assert log =~ /claudit: no findings in [1-9][0-9]* files?; report .*claudit\.sarif/
assert log.contains('BUILD SUCCESS')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/claudit.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'claudit'
assert sarif.runs[0].results.isEmpty()
return true
